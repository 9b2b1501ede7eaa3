"""The Pipeline's commands are in the palette from launch, whether or not the Pipeline was opened.

On a fresh Today (the Pipeline not opened yet), "quiet" found Quit alone, listed and not
picked, and Enter ran nothing, though an application had gone quiet: "Review quiet
applications" was offered only once the Pipeline had been opened. "followup" found only
People's "Write a message": "Set a follow-up date" too waited for the Pipeline. Both are
offered now from launch, as they are once the Pipeline was opened; the Pipeline is not
built for it (the palette asks the store whether something looks quiet).

The clock stands at Monday 16 March 2026 (tests/conftest.py). Every expected text is written
out by hand.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.dialogs import GhostScreen
from tests.palette_fixtures_ui import messages, search, settle
from tests.pipeline_fixtures import add


def _titles(results: list[str]) -> list[str]:
    return [line.split(" | ")[0] for line in results]


def _pipeline_built(app: BouncebackApp) -> bool:
    return bool(app.screen_stack[0].query("#panes > #pipeline"))


async def test_quiet_on_a_fresh_today_finds_the_quiet_applications(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Globex", "Analyst", date_applied="2026-02-01")  # 43 days without a word
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "quiet")
        assert not _pipeline_built(app)  # the palette did not build it to ask
        assert _titles(results) == ["Review quiet applications", "Quit"]
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.is_running
        assert isinstance(app.screen, GhostScreen)  # the quiet one's question


async def test_quiet_with_nothing_quiet_is_the_same_before_and_after_the_pipeline(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Globex", "Analyst", date_applied="2026-03-10")  # six days: not quiet
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        before = _titles(await search(app, pilot, "quiet"))
        await pilot.press("escape")
        await pilot.press("2", "1")  # the Pipeline opened, and back to Today
        await settle(app, pilot)
        assert _pipeline_built(app)
        after = _titles(await search(app, pilot, "quiet"))
    assert before == after == ["Quit"]


async def test_followup_on_a_fresh_today_finds_the_follow_up_date(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Globex", "Analyst", date_applied="2026-03-10")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        results = await search(app, pilot, "followup")
        assert not _pipeline_built(app)
        assert _titles(results) == ["Set a follow-up date", "Write a message"]
        assert results[0] == (
            "Set a follow-up date | Choose the application in the Pipeline first; this takes "
            "you there"
        )
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.shown_pane() == "pipeline"
        assert "Choose the application, then press f." in messages(app)
        assert app.focused is not None and app.focused.screen is app.screen
