"""How the Recovery pane looks with a half-done plan, at 100x30 and 80x24, and with a step skipped.

Update after an intended change with
`pytest tests/test_recovery_snapshots.py --snapshot-update`, then read the SVGs.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.recovery_forms import FeedbackRequestInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.recovery_fixtures import add_rejection, link_records, step_by_key, steps_of


def _half_done_store(db: Database) -> None:
    finished = add_rejection(db, "Orchard Bank", "Data Analyst", date(2026, 1, 20))
    for step in steps_of(db, finished):
        step_service.set_step_done(db, step.id, True)
    add_rejection(db, "Tessellate", "Site Reliability Engineer", date(2026, 2, 27))
    rid = add_rejection(
        db,
        "Northwind Analytics",
        "Senior Backend Engineer",
        date(2026, 3, 10),
        stage_reached="interviewing",
        reason="Went with a candidate with more domain experience.",
    )
    for key in ("breathe.feel", "breathe.talk", "guardrails.bridge"):
        step_service.set_step_done(db, step_by_key(db, rid, key).id, True)
    step_service.save_answer(
        db,
        step_by_key(db, rid, "reflect.prepared").id,
        "Solid on the system design; I bluffed through capacity planning.",
    )
    step_service.save_draft(db, step_by_key(db, rid, "reflect.soft_skills").id, "Mostly technical.")
    step_service.save_feedback_request(
        db,
        step_by_key(db, rid, "feedback.ask").id,
        FeedbackRequestInput(date(2026, 3, 13), "email"),
    )
    link_records(db, rid)


@pytest.mark.parametrize("size", [(100, 30), (80, 24)], ids=["100x30", "80x24"])
def test_half_done_plan(snap_compare, opened_paths: DataPaths, db: Database, size) -> None:  # type: ignore[no-untyped-def]
    _half_done_store(db)
    app = BouncebackApp(opened_paths)
    # Into the plan (its first open step), up to the answered reflection step above it.
    assert snap_compare(app, press=["3", "enter", "up"], terminal_size=size)


def test_a_plan_with_its_ask_skipped(snap_compare, opened_paths: DataPaths, db: Database) -> None:  # type: ignore[no-untyped-def]
    """The ask of a no without feedback skipped (`x`), its reply with it: the ask reads "[–]",
    struck out, "skipped 16 Mar", and its detail says it is not due; the group "2
    skipped"; the list's count 2/13."""
    from bounceback_tui.services.step_skips import set_step_skipped

    rid = add_rejection(db, "Contoso", "Engineer", date(2026, 3, 1), reason="No reason given.")
    for key in ("breathe.feel", "breathe.talk"):
        step_service.set_step_done(db, step_by_key(db, rid, key).id, True)
    ask = step_by_key(db, rid, "feedback.ask").id
    set_step_skipped(db, ask, True)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("3")
        await pilot.pause()
        pilot.app.current_pane.select_step(ask)

    app = BouncebackApp(opened_paths)
    assert snap_compare(app, run_before=run_before, terminal_size=(100, 30))
