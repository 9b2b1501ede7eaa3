"""A long Pipeline is read in a thread when it is shown (ui/pipeline/filter_index): the pane
says it is reading and keeps its keys, takes the rows when they come, and reads again when
the store was written meanwhile, never showing rows older than the store."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_rows
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline import filter_index
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.pipeline_fixtures import add, small_pipeline


@pytest.fixture
def gated_read(monkeypatch: pytest.MonkeyPatch, opened_paths: DataPaths) -> threading.Semaphore:
    """The eight applications count as a long Pipeline; each read in a thread waits for a
    release of the semaphore (at most a minute:
    ten seconds were once too few on a loaded machine)."""
    store_once(opened_paths, small_pipeline)
    gate = threading.Semaphore(0)
    reads: list[int] = []

    def gated(*args: Any, **kwargs: Any) -> Any:
        rows = pipeline_rows.load_rows(*args, **kwargs)  # read, then held back
        if threading.current_thread() is not threading.main_thread():
            reads.append(len(rows.rows))
            assert gate.acquire(timeout=60)
        return rows

    monkeypatch.setattr(filter_index, "READ_IN_BACKGROUND", 3)
    monkeypatch.setattr(filter_index, "load_rows", gated)
    gate.reads = reads  # type: ignore[attr-defined]
    return gate


def table_text(pane: PipelinePane) -> str:
    return "\n".join(pane.table.render_line(y).text for y in range(4))


async def test_the_pane_says_it_is_reading_then_shows_the_rows(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        assert pane.rows == []
        assert "Reading 8 applications" in table_text(pane)
        assert not app.query_one("#pipeline-empty").display  # not "No applications yet"
        assert app.focused is not None  # the keys still work: the pane holds them
        await pilot.press("1")  # and the person can go elsewhere meanwhile
        await pilot.pause()
        await pilot.press("2")
        await pilot.pause()
        gated_read.release()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(pane.rows) == 8
        assert pane.selected_row is not None
        assert pane._funnel.sent == 7  # the funnel came from the thread too
        assert app.focused is pane.table
        status = str(app.query_one("#pipeline-filter-status", Static).render())
        assert "8 in all" in status
        # The index came with the rows: the first letter needs no wait.
        assert pane._model.has_index
        await pilot.press("/", *"nortwind")
        await pilot.pause()
        assert [row.company for row in pane.visible_rows] == ["Northwind Analytics"]


async def test_rows_read_before_a_write_are_read_again(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        # Another window adds an application once the rows have been read.
        for _ in range(50):
            if gated_read.reads:  # type: ignore[attr-defined]
                break
            await pilot.pause(0.02)
        other = Database(opened_paths.database)
        try:
            add(other, "Late Arrival Ltd")
        finally:
            other.dispose()
        app.store_watch.version()  # the app notices (as its idle check would)
        gated_read.release()  # the first read: older than the store now
        gated_read.release()  # the read again
        shown: set[int] = set()
        for _ in range(100):  # a worker replaced by a newer read ends as cancelled
            await pilot.pause(0.05)
            shown.add(len(pane.rows))
            if len(pane.rows) == 9:
                break
        assert 8 not in shown  # the rows read before the write were never shown
        assert len(pane.rows) == 9
        assert "Late Arrival Ltd" in [row.company for row in pane.rows]
        assert gated_read.reads == [8, 9]  # type: ignore[attr-defined]


@pytest.mark.app_gc_freeze
async def test_rows_read_in_the_thread_are_frozen_as_a_built_panes_are(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    """The app freezes what a pane holds once it is built (ui/app.freeze_long_lived), so a
    full collection does not walk 100,000 rows; rows read in the thread come after that and
    are frozen when taken."""
    import gc

    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        gated_read.release()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(pane.rows) == 8
        collected = {id(obj) for obj in gc.get_objects()}  # the frozen are not among them
        assert not any(id(row) in collected for row in pane.rows)
