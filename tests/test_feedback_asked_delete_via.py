"""Deleting a "Feedback asked" line changes how the ask went only as that line wrote it.

A "Feedback asked" line ticks the plan's ask with its day and the person it went to. Two
slips when such a line was deleted: with another ask still in the log, the step moved to
that ask's day but still said it was sent to the deleted line's person (Recovery: "asked
16 Mar (sent to Rita Okoye ...)", a day Rita was not asked); and with none left, the how
was wiped even when the person had typed their own in Recovery after the tick. Now the
step says the remaining ask's person, and a how typed in Recovery stays.

Seeded as tests/test_people_pane.py (Rita Okoye, a recruiter on Initech), with Sam Reyes,
a hiring manager at Initech, asked too, and Initech's no moved back to Tue 24 Feb; the
clock is Mon 16 Mar 2026.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from bounceback_tui.domain.people import InteractionInput, InteractionKind, validate_contact
from bounceback_tui.domain.recovery_forms import FeedbackRequestInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits, people_log, recovery_steps
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.test_people_pane import seeded  # noqa: F401
from tests.written_over import another_program_writes

Seeded = tuple[DataPaths, dict[str, int]]
RITA = "Rita Okoye <rita@initech.example>"
SAM = "Sam Reyes <sam@initech.example>"


def _ask(paths: DataPaths) -> tuple[Any, ...]:
    """(id, asked_on, asked_via) of the plan's feedback ask."""
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(
            "SELECT id, asked_on, asked_via FROM recovery_step WHERE template_key = 'feedback.ask'"
        ).fetchone()
    conn.close()
    return tuple(found)


def _asked(db: Database, app_id: int, who: int, day: date) -> int:
    line = InteractionInput(InteractionKind.FEEDBACK_ASKED, day, "Asked for feedback")
    return people_log.log_interaction(db, line, application_id=app_id, contact_id=who).id


def _no_came_on_24_feb(paths: DataPaths) -> None:
    another_program_writes(paths, "UPDATE rejection SET rejected_on = '2026-02-24'")


def _sam(db: Database, app_id: int) -> int:
    person = validate_contact(
        {"name": "Sam Reyes", "kind": "hiring_manager", "email": "sam@initech.example"},
        FIXED_TODAY,
    )
    return people_edits.add_contact(db, person, application_id=app_id)


def test_the_step_says_the_remaining_ask_went_to_its_person(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        sam = _sam(db, ids["initech"])
        ritas = _asked(db, ids["initech"], ids["rita"], date(2026, 3, 14))
        _asked(db, ids["initech"], sam, date(2026, 3, 16))
        assert _ask(paths)[1:] == ("2026-03-14", RITA)  # Rita's ask ticked it
        deleted = people_log.delete_interaction(db, ritas)
        assert _ask(paths)[1:] == ("2026-03-16", SAM)  # Sam was asked on 16 Mar, not Rita
        people_log.restore_interaction(db, deleted)
        assert _ask(paths)[1:] == ("2026-03-14", RITA)  # `u`: as it was
    finally:
        db.dispose()


def test_a_how_typed_in_recovery_stays_when_the_line_goes(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        line = _asked(db, ids["initech"], ids["rita"], date(2026, 3, 16))
        step_id = _ask(paths)[0]
        typed = FeedbackRequestInput(date(2026, 3, 16), "By phone, after the debrief")
        recovery_steps.save_feedback_request(db, step_id, typed)
        people_log.delete_interaction(db, line)
        assert _ask(paths)[1:] == (None, "By phone, after the debrief")
    finally:
        db.dispose()


def test_a_how_typed_in_recovery_stays_when_another_ask_remains(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        sam = _sam(db, ids["initech"])
        ritas = _asked(db, ids["initech"], ids["rita"], date(2026, 3, 14))
        _asked(db, ids["initech"], sam, date(2026, 3, 16))
        typed = FeedbackRequestInput(date(2026, 3, 14), "on LinkedIn")
        recovery_steps.save_feedback_request(db, _ask(paths)[0], typed)
        people_log.delete_interaction(db, ritas)
        assert _ask(paths)[1:] == ("2026-03-16", "on LinkedIn")
    finally:
        db.dispose()


def test_the_line_s_own_how_goes_with_it(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    _no_came_on_24_feb(paths)
    db = Database(paths.database)
    try:
        line = _asked(db, ids["initech"], ids["rita"], date(2026, 3, 16))
        assert _ask(paths)[1:] == ("2026-03-16", RITA)
        people_log.delete_interaction(db, line)
        assert _ask(paths)[1:] == (None, "")
    finally:
        db.dispose()
