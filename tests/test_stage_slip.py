"""`[` straight after a slip of `]` on a closed application takes the slip back.

Walking the app (rev5): `]` on a rejected application moved it to Screening ("Its rejection
and plan stay in Recovery."), and `[` then went on to Applied, so the slip could not be
undone: the timeline kept a made-up reply (counted by the funnel) and the only way back to
Rejected was `x`, a second rejection with a second plan. Now `[` the same day puts it back
in its exit and drops the slip from the timeline, as it already did along the progression.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import BouncebackError
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.recovery import delete_rejection
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.pipeline_fixtures import D, put, rows, stage_of, timeline
from tests.store_rules import store_problems


def _rejected(db: Database) -> int:
    app_id = put(db, "Acme", [("applied", D(2026, 3, 1))], date_applied=D(2026, 3, 1))
    details = RejectionInput(rejected_on=D(2026, 3, 9), stage_reached=Stage.APPLIED, reason="")
    moves.mark_rejected(db, app_id, details)
    return app_id


def test_a_slip_out_of_rejected_is_taken_back_the_same_day(db: Database) -> None:
    app_id = _rejected(db)
    before = timeline(db.path, app_id)
    out = moves.move_target(db, app_id, 1)
    assert out is Stage.SCREENING
    moves.move_stage(db, app_id, out)  # `]` by mistake
    assert moves.move_target(db, app_id, -1) is Stage.REJECTED  # `[` straight away
    result = moves.move_stage(db, app_id, Stage.REJECTED)
    assert result.took_back and stage_of(db.path, app_id) == "rejected"
    assert timeline(db.path, app_id) == before
    assert rows(db.path, "SELECT count(*) FROM rejection") == [(1,)]  # no second plan
    db.dispose()
    assert store_problems(db.path) == []


def test_a_slip_out_of_ghosted_is_taken_back_too(db: Database) -> None:
    app_id = put(
        db,
        "Acme",
        [("applied", D(2026, 1, 5)), ("screening", D(2026, 1, 12)), ("ghosted", D(2026, 2, 20))],
        date_applied=D(2026, 1, 5),
    )
    moves.move_stage(db, app_id, Stage.INTERVIEWING)
    assert moves.move_target(db, app_id, -1) is Stage.GHOSTED
    assert moves.move_stage(db, app_id, Stage.GHOSTED).took_back
    assert timeline(db.path, app_id)[-1] == ("screening", "ghosted", "2026-02-20")


def test_no_way_back_to_rejected_once_its_rejection_is_deleted(db: Database) -> None:
    """Every application in Rejected has its rejection: with it gone, `[` steps back along
    the progression as before, and a move to Rejected is still refused."""
    app_id = _rejected(db)
    moves.move_stage(db, app_id, Stage.SCREENING)
    ((rejection_id,),) = rows(db.path, "SELECT id FROM rejection")
    delete_rejection(db, rejection_id, key_of=usual_keys)
    assert moves.move_target(db, app_id, -1) is Stage.APPLIED
    with pytest.raises(BouncebackError):
        moves.move_stage(db, app_id, Stage.REJECTED)


def test_a_move_out_of_an_exit_on_another_day_stays(db: Database, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from bounceback_tui import clock

    app_id = _rejected(db)
    moves.move_stage(db, app_id, Stage.SCREENING)
    later = FIXED_TODAY + timedelta(days=1)
    monkeypatch.setattr(clock, "today", lambda: later)
    assert moves.move_target(db, app_id, -1) is Stage.APPLIED
