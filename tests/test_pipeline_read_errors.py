"""A long Pipeline's read in a thread that fails (ui/pipeline/filter_index): the pane stops
saying it is reading, and the idle check does not read again, and toast the same error
again, every few seconds while the store is unchanged (as every other pane's read)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_rows
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline import filter_index
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.pipeline_fixtures import add, small_pipeline
from tests.test_pipeline_read_thread import table_text


class Flaky:
    """``load_rows`` whose reads in a thread fail while ``failing``; counts those reads."""

    def __init__(self) -> None:
        self.failing = False
        self.thread_reads = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            self.thread_reads += 1
            if self.failing:
                raise BouncebackError("The store could not be read just now.")
        return pipeline_rows.load_rows(*args, **kwargs)


@pytest.fixture
def flaky(monkeypatch: pytest.MonkeyPatch, opened_paths: DataPaths) -> Flaky:
    store_once(opened_paths, small_pipeline)  # eight applications: a long Pipeline below
    read = Flaky()
    monkeypatch.setattr(filter_index, "READ_IN_BACKGROUND", 3)
    monkeypatch.setattr(filter_index, "load_rows", read)
    return read


async def settle(app: BouncebackApp, pilot: Any) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_a_failed_first_read_does_not_go_on_saying_reading(
    opened_paths: DataPaths, flaky: Flaky
) -> None:
    flaky.failing = True
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await settle(app, pilot)
        pane = app.query_one(PipelinePane)
        assert flaky.thread_reads == 1
        shown = table_text(pane)
        assert "Reading 8 applications" not in shown  # nothing is being read any more
        assert "could not be read" in shown
        assert app.key_label("app.refresh", "ctrl+r") in shown  # how to try again
        assert app.focused is not None
        flaky.failing = False
        await pilot.press("ctrl+r")  # what it says: the person asks again
        await settle(app, pilot)
        assert len(pane.rows) == 8


async def test_a_failed_read_is_not_tried_again_at_every_idle_check(
    opened_paths: DataPaths, flaky: Flaky
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await settle(app, pilot)
        pane = app.query_one(PipelinePane)
        assert len(pane.rows) == 8 and flaky.thread_reads == 1
        other = Database(opened_paths.database)  # another window adds one
        try:
            add(other, "Late Arrival Ltd")
        finally:
            other.dispose()
        flaky.failing = True
        for _ in range(4):  # the idle check, every few seconds
            app._watch_tick()
            await settle(app, pilot)
        # Read once, failed once and said so; not again until the store changes.
        assert flaky.thread_reads == 2
        assert len(pane.rows) == 8  # what was there, still shown
        flaky.failing = False
        other = Database(opened_paths.database)
        try:
            add(other, "Later Still Ltd")
        finally:
            other.dispose()
        app._watch_tick()
        await settle(app, pilot)
        assert len(pane.rows) == 10
