"""A long Pipeline's filter index is built in a thread (ui/pipeline/filter_index): a letter
typed before it is ready shows at once, says it is searching, and the rows follow."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.domain import fuzzy, list_model, pipeline_list
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.pipeline_fixtures import small_pipeline


@pytest.fixture
def slow_index(monkeypatch: pytest.MonkeyPatch, opened_paths: DataPaths) -> threading.Event:
    """The eight applications count as a long Pipeline, and building their index waits
    until the test lets it go (at most ten seconds)."""
    store_once(opened_paths, small_pipeline)
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


@pytest.fixture
def gated_index(monkeypatch: pytest.MonkeyPatch, opened_paths: DataPaths) -> threading.Semaphore:
    """The eight applications count as a long Pipeline; each fuzzy index built waits for a
    release of the semaphore (at most ten seconds), and ``gated_index.built`` counts them."""
    store_once(opened_paths, small_pipeline)
    gate = threading.Semaphore(0)
    built: list[int] = []

    class GatedIndex(fuzzy.FuzzyIndex[Any]):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            assert gate.acquire(timeout=10)
            super().__init__(*args, **kwargs)
            built.append(1)

    monkeypatch.setattr(pipeline_list, "INDEX_IN_BACKGROUND", 3)
    monkeypatch.setattr(list_model, "FuzzyIndex", GatedIndex)
    gate.built = built  # type: ignore[attr-defined]
    return gate


async def _filtered(app: BouncebackApp, pilot: Any, gate: threading.Semaphore, text: str) -> Any:
    """The Pipeline with its first index built and ``text`` typed, the list focused."""
    await pilot.press("2")
    await pilot.pause()
    gate.release()
    await app.workers.wait_for_complete()
    await pilot.pause()
    pane = app.query_one(PipelinePane)
    await pilot.press("/", *text, "enter")
    await pilot.pause()
    return pane


def field(app: BouncebackApp, name: str) -> Any:
    return app.screen.query_one(f"#field-{name}")


async def test_an_edit_while_filtered_shows_the_edited_row_at_once_with_no_new_index(
    opened_paths: DataPaths, gated_index: threading.Semaphore
) -> None:
    """Saving an edit changes only that row's words in the index: the filter runs again at
    once on the saved row, and no index is rebuilt (two seconds at 100,000 rows, which the
    save used to spend on the UI thread)."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        pane = await _filtered(app, pilot, gated_index, "nortwind")
        assert [row.company for row in pane.visible_rows] == ["Northwind Analytics"]
        await pilot.press("e")
        await pilot.pause()
        field(app, "location").value = "Hamburg"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [(row.company, row.location) for row in pane.visible_rows] == [
            ("Northwind Analytics", "Hamburg")
        ]
        assert "1 of 8" in status(app)
        assert gated_index.built == [1]  # type: ignore[attr-defined]
        # The index has the new word and not the old one.
        pane.filter_bar.value = "hamburg"
        await pilot.pause()
        assert [row.company for row in pane.visible_rows] == ["Northwind Analytics"]
        pane.filter_bar.value = "berlin"
        await pilot.pause()
        assert pane.visible_rows == []
        # A new application that matches is found at once too.
        pane.filter_bar.value = "hamburg"
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        field(app, "company").value = "Hamburg Harbour Data"
        field(app, "role").value = "Analyst"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert sorted(row.company for row in pane.visible_rows) == [
            "Hamburg Harbour Data",
            "Northwind Analytics",
        ]
        assert pane.selected_row is not None
        assert pane.selected_row.company == "Hamburg Harbour Data"
        assert pane.filter_input.value == "hamburg"  # the filter kept: the new row shows
        assert gated_index.built == [1]  # type: ignore[attr-defined]


async def test_a_deletion_while_filtered_keeps_the_fresh_results_until_the_new_index(
    opened_paths: DataPaths, gated_index: threading.Semaphore
) -> None:
    """Rows deleted move the others, so the index is built again, in the thread; meanwhile
    the filter shows what it showed, as the store has it now (the deleted row gone, an
    edited one as saved), and says it is searching."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        pane = await _filtered(app, pilot, gated_index, "engineer")
        engineers = sorted(row.company for row in pane.visible_rows)
        assert len(engineers) == 5 and "Harbor Freight Tech" in engineers
        harbor = next(row for row in pane.visible_rows if row.company == "Harbor Freight Tech")
        pane.select_item(harbor.id)
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        waiting = sorted(row.company for row in pane.visible_rows)
        assert waiting == [c for c in engineers if c != "Harbor Freight Tech"]
        assert "Searching 7" in status(app)
        assert app.focused is pane.table
        # An edit meanwhile shows as saved.
        bluefin = next(row for row in pane.visible_rows if row.company == "Bluefin Labs")
        pane.select_item(bluefin.id)
        await pilot.press("e")
        await pilot.pause()
        field(app, "location").value = "Lisbon"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert [row.location for row in pane.visible_rows if row.id == bluefin.id] == ["Lisbon"]
        assert sorted(row.company for row in pane.visible_rows) == waiting
        # The index for the rows as they are now lands: the filter's own results.
        for _ in range(3):
            gated_index.release()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert sorted(row.company for row in pane.visible_rows) == waiting
        assert "4 of 7" in status(app)
        pane.filter_bar.value = "lisbon"
        await pilot.pause()
        assert [row.company for row in pane.visible_rows] == ["Bluefin Labs"]
