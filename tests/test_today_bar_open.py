"""With Today's due list focused the key bar says what Enter does there: "⏎ Open" (`?`
listed it, the bar did not), after the keys Today's words name. With nothing to open, the
bar leaves it out."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.today.board import TodayBoard
from tests.pipeline_fixtures import add
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle


def _labels(app: object) -> list[str]:
    return [label for _keys, label in app.screen.query_one(KeyBar).shown()]  # type: ignore[attr-defined]


async def test_the_bar_shows_open_while_the_due_list_has_focus(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Northwind", "Analyst", next_follow_up="2026-03-16")
    async with app_on(opened_paths, size=(120, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        assert isinstance(app.focused, TodayBoard)
        assert "Due now · 1" in screen_text(app)
        bar = app.screen.query_one(KeyBar)
        shown = dict((label, keys) for keys, label in bar.shown())
        assert "Open" in shown, bar.shown()
        assert shown["Open"] == "⏎"
        # After the keys Today's words name, which a narrow bar keeps first; before `?`.
        labels = _labels(app)
        assert labels.index("Next step") < labels.index("Check in") < labels.index("Open")
        assert labels.index("Open") < labels.index("Keys")
        assert focus_problem(app) is None


async def test_the_bar_leaves_open_out_with_nothing_due(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Northwind", "Analyst")
    async with app_on(opened_paths, size=(120, 30)) as (app, pilot, _pane):
        await settle(pilot, 3)
        assert isinstance(app.focused, TodayBoard)
        assert "Open" not in _labels(app)
