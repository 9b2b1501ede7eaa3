"""Pilot helpers for the command palette tests."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Iterator

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input
from textual.worker import WorkerState

from bounceback_tui.services import search as search_service
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen


def hold_index(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """For a fixture: the records' index is read only once the event it yields is set (a
    slow search), and set at the end, never leaving the reading thread waiting."""
    release = threading.Event()
    read = search_service.INDEXES.index

    def held(*args):  # type: ignore[no-untyped-def]
        release.wait(30)
        return read(*args)

    monkeypatch.setattr(search_service.INDEXES, "index", held)
    yield release
    release.set()


async def settle(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait for the palette's searches (and the index read in a thread) to finish."""
    for _ in range(3):
        # A search replaced by the next keystroke is cancelled: that is fine here.
        await asyncio.gather(*(worker.wait() for worker in app.workers), return_exceptions=True)
        await pilot.pause()


async def search(app: BouncebackApp, pilot, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Open the palette, enter ``text`` and return the results as plain text, one per hit
    ("Application · Google (Backend Engineer) | Applied 2 Mar · Berlin")."""
    await _until_today_filled(app, pilot)
    await pilot.press("ctrl+p")
    await settle(app, pilot)
    assert isinstance(app.screen, CommandPalette)
    if text:
        await enter_query(pilot, text)
    await settle(app, pilot)
    await _until_results_settle(app, pilot)
    # The wait above can outlast the cursor's half-second blink: hold it visible, so a
    # snapshot does not depend on which half of the blink it caught.
    app.screen.query_one(Input).cursor_blink = False
    await pilot.pause()
    return shown(app, hits_only=True)


async def enter_query(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """``text`` into the open palette's search box as one edit at its cursor, where typing
    leaves it: the palette searches once for it instead of once a letter, each search
    cancelled by the next (the results are the last search's either way). The palette's
    own tests of typing (tests/test_palette_timing.py) press the keys."""
    assert isinstance(pilot.app.screen, CommandPalette)
    pilot.app.screen.query_one(Input).insert_text_at_cursor(text)
    await pilot.pause()


async def _until_results_settle(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """The palette adds hits in batches as its search worker gathers them, and shows the
    last batch as that worker ends: wait until no worker is pending or running and one more
    idle pause (which outlasts the "Searching…" timer) leaves the list as it was; or about
    two seconds. It used to wait for four unchanged looks 0.1 s apart whatever happened, half a
    second of every search (docs/testing.md, "Suite time, fixsuite13")."""
    last: list[str] | None = None
    for _ in range(60):
        now = shown(app)
        busy = any(worker.state in _BUSY for worker in app.workers)
        if now == last and not busy:
            return
        last = now
        if busy:
            await pilot.pause(0.1)
        else:
            await pilot.pause()


_BUSY = (WorkerState.PENDING, WorkerState.RUNNING)


async def _until_today_filled(app: BouncebackApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Today fills its mood chart just after the first paint; a palette opened before that
    would show the chart behind it half-drawn, differently on a slow machine (CI saw it).
    An empty store shows the welcome instead, with no chart to fill: nothing to wait for."""
    from bounceback_tui.ui.today.pane import TodayPane

    def filled(pane: TodayPane) -> bool:
        summary = pane.summary
        return pane.care_filled or summary is None or summary.is_empty_store

    for _ in range(60):
        panes = list(app.screen.query(TodayPane))
        if all(filled(pane) for pane in panes):
            break
        await pilot.pause(0.05)
    await pilot.pause()


def shown(app: BouncebackApp, *, hits_only: bool = False) -> list[str]:
    """The palette's list as plain text. ``hits_only``: without the "No matches found" line
    Textual adds half a second after a search found nothing, which a wait on a busy
    machine caught or missed by chance (the hits are the same either way)."""
    results = app.screen.query_one(CommandList)
    options = [results.get_option_at_index(i) for i in range(results.option_count)]
    return [
        str(option.prompt).replace("\n", " | ")
        for option in options
        if not (hits_only and option.id == CommandPalette._NO_MATCHES)
    ]


async def choose(app: BouncebackApp, pilot, text: str, *, down: int = 0) -> None:  # type: ignore[no-untyped-def]
    """Search, move down ``down`` results, press Enter, and let the action finish."""
    await search(app, pilot, text)
    for _ in range(down):
        await pilot.press("down")
    await pilot.press("enter")
    await settle(app, pilot)


async def export_form(app: BouncebackApp, pilot, kind: str = "JSON") -> FormScreen:  # type: ignore[no-untyped-def, type-arg]
    """The palette's "Export as JSON" (or as ``kind``) chosen: its form, open."""
    await choose(app, pilot, f"export as {kind}")
    form = app.screen
    assert isinstance(form, FormScreen)
    return form


def messages(app: BouncebackApp) -> list[str]:
    return [str(n.message) for n in app._notifications]
