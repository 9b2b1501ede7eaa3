"""A long Pipeline's filter index is built in a thread (ui/pipeline/filter_index): a letter
typed before it is ready shows at once, says it is searching, and the rows follow."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.domain import fuzzy, list_model, pipeline_list
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.pipeline_fixtures import small_pipeline


@pytest.fixture
def slow_index(monkeypatch: pytest.MonkeyPatch, opened_paths: DataPaths) -> threading.Event:
    """The eight applications count as a long Pipeline, and building their index waits
    until the test lets it go (at most ten seconds)."""
    db = Database(opened_paths.database)
    try:
        small_pipeline(db)
    finally:
        db.dispose()
    go = threading.Event()

    class SlowIndex(fuzzy.FuzzyIndex[Any]):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            go.wait(10)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(pipeline_list, "INDEX_IN_BACKGROUND", 3)
    monkeypatch.setattr(list_model, "FuzzyIndex", SlowIndex)
    return go


def status(app: BouncebackApp) -> str:
    return str(app.query_one("#pipeline-filter-status", Static).render())


async def test_a_letter_typed_before_the_index_is_ready_waits_for_it(
    opened_paths: DataPaths, slow_index: threading.Event
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        await pilot.press("/", *"nortwind")
        await pilot.pause()
        # The keystrokes were not held up by the index: the text is there, the rows wait.
        assert pane.filter_input.value == "nortwind"
        assert "Searching 8" in status(app)
        assert len(pane.visible_rows) == 8
        assert app.focused is pane.filter_input
        slow_index.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert [row.company for row in pane.visible_rows] == ["Northwind Analytics"]
        assert "1 of 8" in status(app)
        await pilot.press("backspace", "backspace")
        await pilot.pause()
        assert [row.company for row in pane.visible_rows] == ["Northwind Analytics"]
        await pilot.press("escape")
        await pilot.pause()
        assert len(pane.visible_rows) == 8


async def test_the_index_is_ready_before_the_filter_opens(
    opened_paths: DataPaths, slow_index: threading.Event
) -> None:
    slow_index.set()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        assert pane._model.has_index
        await pilot.press("/", "q", "u", "a", "r")
        await pilot.pause()
        assert [row.company for row in pane.visible_rows] == ["Quarry & Co"]
