"""Today's interviews are on its first screen, with the due list, not seconds after it.

A stranger's walk on a 10,000-application store on a busy two-core machine: for the first
4-7 s Today had no "How did it go?" line, no interview lines and no `h` or `N` on the key
bar; then they came, and the Due-now box jumped down under the cursor, with nothing saying
that part was still being read. The people part was read in a thread after the first paint,
and that thread waited behind the warm-up's (the ORM's import, Textual's worker threads
all busy). It is read with the due list now, through the same connection.

Here every thread the app starts is held until the test has looked at the first screen: a
person sees what is there without anything in the background having finished.

The store: tests/test_today_soon_interview.py's (an interview last Friday not yet told how
it went, one this evening, three more this week), on Monday 2026-03-16 09:30.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from textual.worker import Worker

from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.test_today_soon_interview import build_week_of_interviews
from tests.ui_harness import app_on, settle_workers

ASK = "How did it go? Phone screen at Harbor Freight (Engineer), Fri 13 Mar 15:00  (h)"
TONIGHT = "today 19:00  Phone screen: Lumen Health (Engineer)  (N)"


@pytest.fixture
def held_threads(monkeypatch: pytest.MonkeyPatch) -> Iterator[asyncio.Event]:
    """Every thread worker waits until the event is set (a machine too busy to run them)."""
    gate = asyncio.Event()
    original = Worker._run_threaded

    async def held(self: Worker[Any]) -> Any:
        await gate.wait()
        return await original(self)

    monkeypatch.setattr(Worker, "_run_threaded", held)
    yield gate
    gate.set()


async def test_the_interviews_and_their_keys_are_on_the_first_screen_with_the_due_list(
    opened_paths: DataPaths, held_threads: asyncio.Event
) -> None:
    build_week_of_interviews(opened_paths)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        lines = screen_lines(app)
        assert any("Riverstone Legal" in line and "│" in line for line in lines)  # due list
        people = [line.strip(" █") for line in lines if line.startswith(" █ ")]
        assert ASK in people, lines
        assert TONIGHT in people, lines
        bar = lines[-1]
        assert "h How did it go?" in bar, bar
        assert "N Edit interview" in bar, bar
        due_top = next(i for i, line in enumerate(lines) if "Due now" in line)
        held_threads.set()
        await settle_workers(pilot)
        # Nothing moves once the background has caught up: the due list stays where it was.
        after = screen_lines(app)
        assert next(i for i, line in enumerate(after) if "Due now" in line) == due_top
