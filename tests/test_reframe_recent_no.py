"""A thought record begun on the day of a no is about that no.

A stranger had a no from Fabrikam, made a low check-in the same day and chose "Write the hard
thought down and reframe it": the record, all eight steps done, was linked to no rejection,
and Fabrikam's "Watch for negative thought patterns" stayed open, though a record begun from
the plan ticks it. A record begun without a no named (the low-day offer, Reframe's `a`) is
now about the latest no of the last three days, its situation prefilled with it. Here today
is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.reframe_recent import recent_no
from bounceback_tui.store.database import Database
from bounceback_tui.ui.reframe.exercise import ReframeExercise
from bounceback_tui.ui.reframe.pane import ReframePane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.test_care_hard_day_walk import ROUGH, _check_in
from tests.ui_harness import app_on, settle_workers


async def _write(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    from textual.widgets import TextArea

    for _ in range(150):
        if isinstance(pilot.app.focused, TextArea):
            break
        await pilot.pause(0.02)
    area = pilot.app.focused
    assert isinstance(area, TextArea), area
    area.insert(text)
    await pilot.pause()


async def test_a_reframe_from_the_low_day_offer_is_about_todays_no_and_ticks_its_step(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.care.low_day import LowDayScreen

    rid = add_rejection(
        db,
        "Fabrikam",
        rejected_on=date(2026, 3, 16),
        reason="They wanted more hands-on Kubernetes.",
    )
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await settle_workers(pilot)
        await _check_in(pilot, ROUGH)
        assert isinstance(app.screen, LowDayScreen)
        await pilot.press("down", "down", "down", "enter")  # "Write the hard thought down…"
        await settle_workers(pilot)
        pane = app.query_one("#reframe", ReframePane)
        assert pane.mode == "exercise"
        draft = app.query_one("#rf-exercise", ReframeExercise).draft
        assert draft.rejection_id == rid
        assert draft.situation.startswith("Fabrikam said no to me")
        await pilot.press("ctrl+n")  # the situation, as prefilled
        await _write(pilot, "I'll never get hired")
        await pilot.press("ctrl+n")
        await pilot.press("8", "0", "ctrl+n")
        await pilot.press("space", "ctrl+n")
        for text in ("One no", "Two interviews this month", "One no is one no"):
            await _write(pilot, text)
            await pilot.press("ctrl+n")
        await pilot.pause()
        await pilot.press("5", "0", "ctrl+n")
        await settle_workers(pilot)
        assert pane.mode == "summary"
    (row,) = reframe_service.history(db)
    record = reframe_service.load_record(db, row.id)
    assert record.complete and record.rejection_id == rid
    assert step_by_key(db, rid, "guardrails.thoughts").done_at is not None


async def test_reframes_a_on_an_older_no_starts_a_record_about_nothing(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Fabrikam", rejected_on=date(2026, 3, 12))  # four days ago
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await pilot.press("4")
        await settle_workers(pilot)
        await pilot.press("a")
        await settle_workers(pilot)
        draft = app.query_one("#rf-exercise", ReframeExercise).draft
        assert draft.rejection_id is None and draft.situation == ""


async def test_reframes_a_after_a_recent_no_links_it(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db, "Fabrikam", rejected_on=date(2026, 3, 13))  # three days ago
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _):
        await pilot.press("4")
        await settle_workers(pilot)
        await pilot.press("a")
        await settle_workers(pilot)
        draft = app.query_one("#rf-exercise", ReframeExercise).draft
        assert draft.rejection_id == rid


def test_the_latest_of_the_recent_noes_is_the_one(db: Database) -> None:
    add_rejection(db, "Contoso", rejected_on=date(2026, 3, 15))
    latest = add_rejection(db, "Fabrikam", rejected_on=date(2026, 3, 16))
    add_rejection(db, "Tomorrow Inc", rejected_on=date(2026, 3, 17))  # not yet: a typo's day
    assert recent_no(db, date(2026, 3, 16)) == latest
    assert recent_no(db, date(2026, 3, 21)) is None  # the latest, four days before
