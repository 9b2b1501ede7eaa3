"""A thought record opened from the command palette closes back to the pane it was opened on.

The twenty-third round made a draft opened from Today go back to Today on Escape, but one
opened from the palette (ctrl+p, then its entry) still closed to Reframe's list, away from
the Pipeline or wherever the person had been. It goes back there now, with the focus where
it was; opened from Reframe's own list, it still closes to that list.
"""

from __future__ import annotations

from textual.command import CommandPalette

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.palette_fixtures_ui import search
from tests.quiet import until_quiet
from tests.reframe_fixtures import add_record
from tests.ui_harness import settle, toasts

THOUGHT = "Nobody reads my cover letters"
ENTRY = f"Thought record · {THOUGHT}"


async def _open_from_palette(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    hits = await search(app, pilot, "cover letters")
    assert any(hit.startswith(ENTRY) for hit in hits), hits
    assert hits[0].startswith(ENTRY), hits
    await pilot.press("enter")
    await until_quiet(pilot)
    assert not isinstance(app.screen, CommandPalette)


async def test_a_draft_opened_from_the_palette_closes_back_to_the_pipeline(
    opened_paths: DataPaths, db: Database
) -> None:
    record = add_record(db, THOUGHT, complete=False, step=2)
    add_application(
        db, ApplicationInput(company="Acme", role="Analyst", date_applied=clock.today())
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("2")
        await until_quiet(pilot)
        pipeline = app.current_pane
        assert pipeline.id == "pipeline"
        table = app.focused
        assert table is not None and pipeline in table.ancestors
        await _open_from_palette(app, pilot)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "exercise"
        assert app.current_pane.exercise.draft.id == record
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is pipeline
        assert app.focused is table
        assert focus_problem(app) is None
        assert "Kept as a draft: open it from Reframe's list to carry on." in toasts(app)
    (row,) = reframe_service.history(db)
    assert row.id == record and not row.complete


async def test_a_finished_record_opened_from_the_palette_closes_back_to_today(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, THOUGHT, traps=("mind_reading",), feelings=(("sad", 70, 40),))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_quiet(pilot)
        today = app.current_pane
        assert today.id == "today"
        await _open_from_palette(app, pilot)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "summary"
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane is today
        assert focus_problem(app) is None


async def test_a_draft_opened_from_the_palette_on_reframe_still_closes_to_its_list(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, THOUGHT, complete=False, step=2)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        await _open_from_palette(app, pilot)
        assert app.current_pane.mode == "exercise"
        await pilot.press("escape")
        await settle(pilot, 4)
        assert app.current_pane.id == "reframe"
        assert app.current_pane.mode == "history"
        assert "Kept as a draft: open it from the list to carry on." in toasts(app)
