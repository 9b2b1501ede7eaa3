"""Correcting "Date applied" moves the timeline's first entry with it
(services/applied_entry.py).

A stranger's walk (seventeenth round): Northwind added today, then `e` and "-10d": the detail
said "Applied 2026-11-25 10d ago" over a timeline still starting "● 2026-12-05 Applied", and
"In stage 0d".
"""

from __future__ import annotations

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.services import applications as svc
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, add, put, timeline


def _edit(db: Database, app_id: int, **values: str) -> None:
    form = {"company": "Northwind", "role": "Engineer", **values}
    svc.update_application(db, app_id, validate_application(form, FIXED_TODAY))


def test_the_first_entry_follows_a_corrected_date_applied(db: Database) -> None:
    app_id = add(db, "Northwind")  # today, 2026-03-16
    assert timeline(db.path, app_id) == [(None, "applied", "2026-03-16")]
    _edit(db, app_id, date_applied="-10d")
    assert timeline(db.path, app_id) == [(None, "applied", "2026-03-06")]


def test_it_moves_with_later_entries_as_long_as_it_stays_first(db: Database) -> None:
    app_id = put(
        db,
        "Northwind",
        [("applied", D(2026, 3, 10)), ("screening", D(2026, 3, 12))],
        date_applied=D(2026, 3, 10),
    )
    _edit(db, app_id, date_applied="2026-03-02", stage="screening")
    assert timeline(db.path, app_id) == [
        (None, "applied", "2026-03-02"),
        ("applied", "screening", "2026-03-12"),
    ]
    # A day after the screening would put "Applied" after it: the entry stays.
    _edit(db, app_id, date_applied="2026-03-14", stage="screening")
    assert timeline(db.path, app_id)[0] == (None, "applied", "2026-03-02")


def test_a_first_entry_not_on_the_old_day_or_a_saved_one_stays(db: Database) -> None:
    # Sent from Saved with `]` today: the first entry is Saved's, not the sending.
    saved = add(db, "Northwind", stage="saved")
    target = moves.move_target(db, saved, 1)
    assert target is not None
    moves.move_stage(db, saved, target)
    _edit(db, saved, date_applied="-3d")
    assert timeline(db.path, saved)[0] == (None, "saved", "2026-03-16")
