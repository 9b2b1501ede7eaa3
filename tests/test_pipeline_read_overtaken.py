"""A long Pipeline's read in a thread (ui/pipeline/filter_index) while the store is written:
another window writing every few seconds can no longer keep it at "Reading …" for ever, and
this window's own actions during a read show with the rows rather than instead of them."""

from __future__ import annotations

import threading
import time
from typing import Any

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.pipeline_fixtures import add
from tests.test_pipeline_read_thread import gated_read, table_text

__all__ = ["gated_read"]  # the fixture, shared with test_pipeline_read_thread


async def _until(pilot: Any, done: Any, seconds: float = 60.0) -> None:
    """Wait until ``done()``; fail, saying so, if it never comes. (It used to give up
    quietly after 200 looks, about 4 s: under a load of 10 a step took longer, the test
    went on in the wrong state and a held read was never released.)"""
    deadline = time.monotonic() + seconds
    while not done():
        assert time.monotonic() < deadline, "never came"
        await pilot.pause(0.02)


def _write_elsewhere(paths: DataPaths, app: BouncebackApp, company: str) -> None:
    """Another window adds an application; the app notices (as its idle check would)."""
    other = Database(paths.database)
    try:
        add(other, company)
    finally:
        other.dispose()
    app.store_watch.version()


async def test_writes_from_another_window_during_every_read_do_not_hold_the_rows_back(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    reads: list[int] = gated_read.reads  # type: ignore[attr-defined]
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        # Each read is overtaken by a write from another window before it lands.
        for number in range(2):
            await _until(pilot, lambda n=number: len(reads) > n)
            _write_elsewhere(opened_paths, app, f"Elsewhere {number}")
            gated_read.release()
        await _until(pilot, lambda: bool(pane.rows))
        # The second overtaken read is shown: as new as the store when it began (the
        # first write in it), not the rows read before any write.
        assert len(pane.rows) == 9
        assert "Elsewhere 0" in {row.company for row in pane.rows}
        # ...and another read has started for what was written since.
        await _until(pilot, lambda: len(reads) == 3)
        assert reads == [8, 9, 10]
        gated_read.release()
        await _until(pilot, lambda: len(pane.rows) == 10)
        assert {"Elsewhere 0", "Elsewhere 1"} <= {row.company for row in pane.rows}
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert reads == [8, 9, 10]  # nothing written since: no more reads


async def test_an_application_added_during_the_first_read_waits_for_the_rows(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    reads: list[int] = gated_read.reads  # type: ignore[attr-defined]
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        await _until(pilot, lambda: bool(reads))
        await pilot.press("a")
        await _until(pilot, lambda: isinstance(app.screen, FormScreen))
        app.screen.query_one("#field-company").value = "Added Meanwhile"  # type: ignore[attr-defined]
        app.screen.query_one("#field-role").value = "Engineer"  # type: ignore[attr-defined]
        await pilot.press("ctrl+s")
        await _until(pilot, lambda: not isinstance(app.screen, FormScreen))
        await pilot.pause()
        # Not the new application alone as if it were the whole Pipeline: still reading.
        assert pane.rows == []
        assert "Reading 8 applications" in table_text(pane)
        status = str(app.query_one("#pipeline-filter-status", Static).render())
        assert "1 in all" not in status
        assert app.focused is not None
        gated_read.release()
        await _until(pilot, lambda: bool(pane.rows))
        await pilot.pause()
        # The rows read before the save, with the new one on top; selected; read once.
        assert len(pane.rows) == 9
        assert "Added Meanwhile" in {row.company for row in pane.rows}
        selected = pane.selected_row
        assert selected is not None and selected.company == "Added Meanwhile"
        assert "9 in all" in str(app.query_one("#pipeline-filter-status", Static).render())
        await app.workers.wait_for_complete()
        assert reads == [8]


async def _a_read_held_and_a_save_during_it(  # type: ignore[no-untyped-def]
    app: BouncebackApp, pilot, opened_paths: DataPaths, gated_read: threading.Semaphore
) -> PipelinePane:
    """Rows shown, another window writes, the pane reads again in the thread (held by the
    gate), and an application is added here meanwhile: shown at once, on top of the rows."""
    reads: list[int] = gated_read.reads  # type: ignore[attr-defined]
    await pilot.press("2")
    await pilot.pause()
    pane = app.query_one(PipelinePane)
    gated_read.release()
    await _until(pilot, lambda: len(pane.rows) == 8)
    _write_elsewhere(opened_paths, app, "Elsewhere")
    pane.refresh_if_stale()  # as the idle check or a return to the pane would
    await _until(pilot, lambda: len(reads) == 2)
    await pilot.press("a")
    await _until(pilot, lambda: isinstance(app.screen, FormScreen))
    app.screen.query_one("#field-company").value = "Added Here"  # type: ignore[attr-defined]
    app.screen.query_one("#field-role").value = "Engineer"  # type: ignore[attr-defined]
    await pilot.press("ctrl+s")
    await _until(pilot, lambda: "Added Here" in {row.company for row in pane.rows})
    return pane


async def _the_read_lands_with_both(  # type: ignore[no-untyped-def]
    app: BouncebackApp, pilot, pane: PipelinePane, gated_read: threading.Semaphore
) -> None:
    """The held read lets go: the rows hold the other window's and this one's, and
    everything was read twice, not three times."""
    reads: list[int] = gated_read.reads  # type: ignore[attr-defined]
    gated_read.release()
    await _until(pilot, lambda: len(pane.rows) == 10)
    await app.workers.wait_for_complete()
    await pilot.pause()
    assert {"Elsewhere", "Added Here"} <= {row.company for row in pane.rows}
    assert reads == [8, 9]


async def test_a_later_read_keeps_this_windows_edit_made_while_it_ran(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    """Rows shown, another window writes, the pane reads again in the thread; an
    application added here meanwhile shows at once and is still there when the rows come
    (read again on top of them, without a third read of everything)."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        pane = await _a_read_held_and_a_save_during_it(app, pilot, opened_paths, gated_read)
        await _the_read_lands_with_both(app, pilot, pane, gated_read)


async def test_the_idle_check_after_a_save_during_a_read_leaves_that_read_be(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    """As above, with the idle check (or focus) coming back between the save and the rows,
    the order a loaded machine took: the read on its way, with the saved application read
    again on top, is as new as the store; no third read of everything replaces it (that
    read was then held, and the rows stayed without "Elsewhere")."""
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        pane = await _a_read_held_and_a_save_during_it(app, pilot, opened_paths, gated_read)
        app._watch_tick()  # the idle check, the form closed: the store is newer than the read
        pane.refresh_if_stale()  # and focus coming back to the terminal
        await pilot.pause()
        await _the_read_lands_with_both(app, pilot, pane, gated_read)


async def test_the_idle_check_noticing_each_write_elsewhere_does_not_start_the_read_over(
    opened_paths: DataPaths, gated_read: threading.Semaphore
) -> None:
    """Rows shown; another window then writes during every read, and the idle check
    notices each write before the read lands. The read on its way is kept (read again once
    when it lands, then taken all the same), not replaced by a new one at every write, which
    kept the rows as they were for as long as the writes went on."""
    reads: list[int] = gated_read.reads  # type: ignore[attr-defined]
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        gated_read.release()
        await _until(pilot, lambda: len(pane.rows) == 8)
        _write_elsewhere(opened_paths, app, "Elsewhere 0")
        app._watch_tick()  # the idle check notices it: a read in the thread
        for number in range(1, 4):
            await _until(pilot, lambda n=number: len(reads) == n + 1)
            _write_elsewhere(opened_paths, app, f"Elsewhere {number}")
            app._watch_tick()  # the idle check notices this one before the read lands
            await pilot.pause()
            gated_read.release()
        # The second read was overtaken, read again, overtaken again and taken all the same.
        await _until(pilot, lambda: "Elsewhere 1" in {row.company for row in pane.rows})
        await _until(pilot, lambda: len(reads) == 5)
        assert reads == [8, 9, 10, 11, 12]
        gated_read.release()
        await _until(pilot, lambda: len(pane.rows) == 12)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert {f"Elsewhere {n}" for n in range(4)} <= {row.company for row in pane.rows}
        assert reads == [8, 9, 10, 11, 12]
