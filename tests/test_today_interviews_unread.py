"""Today says its interviews could not be read when they could not, never nothing.

A helper's walk: with the interviews unreadable (a store busy past the wait, a disk error)
while the due list read, Today showed no interview lines, as on a week with none, and `h`
said "No interview to ask about yet", over an interview waiting to be told how it went.
Now the interview lines' place says "Your interviews could not be read", why (the store's
own words for a failed read, store/read_failure.py) and the key that reads again, and `h`
says the same; reading again once the store answers brings them back.

The store: tests/test_today_soon_interview.py's (an interview last Friday not yet told how
it went, one this evening, three more this week), on Monday 2026-03-16 09:30.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.fastread import FastReader
from tests.screen_text import screen_lines
from tests.test_today_soon_interview import build_week_of_interviews
from tests.ui_harness import app_on, keep_toasts, settle, settle_workers


def _busy(*_args: Any, **_kwargs: Any) -> Any:
    raise sqlite3.OperationalError("database is locked")


async def test_unread_interviews_are_said_not_shown_as_none(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_week_of_interviews(opened_paths)
    monkeypatch.setattr(FastReader, "interviews_awaiting_outcome", _busy)
    async with app_on(opened_paths, size=(120, 40), notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        again = app.key_label("app.refresh", "ctrl+r")  # as bound
        text = " ".join(line for line in screen_lines(app) if line.startswith(" █ "))
        assert "Your interviews could not be read: The store is busy" in text, screen_lines(app)
        assert f"({again} reads again)" in text, screen_lines(app)
        assert "database is locked" not in text  # said in plain words, not SQLite's
        said = keep_toasts(app)
        await pilot.press("h")
        await settle(pilot)
        assert said[-1].startswith("Your interviews could not be read: The store is busy"), said
        assert said[-1].endswith(f"({again} reads again)"), said
        monkeypatch.undo()  # the store answers again
        await pilot.press("ctrl+r")
        await settle_workers(pilot)
        strip = " ".join(line for line in screen_lines(app) if line.startswith(" █ "))
        assert "could not be read" not in strip
        assert "How did it go? Phone screen at Harbor Freight (Engineer)" in strip
