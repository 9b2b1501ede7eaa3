"""A person who opened the app every morning, saving nothing, was not away.

A tester read Today every morning for nine days and saved nothing; the app counted only days
with a saved change, and greeted them "Welcome back. It has been 9 days… Time away is no
mark against you", and "Active  starts again today". The app now remembers the days it was
opened, privately, beside the store (services/days_opened.py): those are days here. Opening
today does not end a return's welcome (the first action does, as before), and a read-only
store is opened with its note and nothing is written beside it.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.care import load_care_today
from bounceback_tui.services.days_opened import mark_opened
from bounceback_tui.services.today import load_today
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.quiet import until_quiet
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers, toasts

LAST_SAVED = date(2026, 3, 7)  # nine days before today


def _store(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES ('Soylent', 'Engineer', 'screening', "
            "'2026-01-05', '2026-02-27', '2026-01-05 09:00:00', '2026-01-05 09:00:00')"
        )
        for back in range(3):  # saved something three days running, up to 7 March
            day = (LAST_SAVED - timedelta(days=back)).isoformat()
            conn.execute("INSERT INTO activity_day (day, actions) VALUES (?, 1)", (day,))
    conn.close()


@pytest.fixture
def away(opened_paths: DataPaths) -> DataPaths:
    """A store whose last saved change was nine days ago (``_store``)."""
    _store(opened_paths)
    return opened_paths


def _kept(paths: DataPaths) -> Path:
    """The days the app was opened, kept beside the store."""
    return paths.data_dir / "opened-days"


def _opened_every_morning_since(paths: DataPaths, first: date) -> None:
    days = [first + timedelta(days=n) for n in range((FIXED_TODAY - first).days)]
    _kept(paths).write_text("".join(f"{d.isoformat()}\n" for d in days))


def test_read_every_morning_is_no_time_away(away: DataPaths) -> None:
    _opened_every_morning_since(away, date(2026, 3, 8))
    summary = load_today(away.database, FIXED_TODAY)
    assert summary.next_step.title != "Welcome back"
    assert not summary.hard_day
    # Mornings only opened are rest days like any without an action (docs/metrics.md): the
    # run that ended on 7 March is not held by them (tests/test_opened_days_rest.py).
    assert summary.streak_days == 0
    titles = [item.title for item in summary.due]
    assert not any("you were away" in title for title in titles), titles
    assert load_care_today(away.database, FIXED_TODAY).care_line is None


def test_nine_days_not_opened_are_still_a_return(away: DataPaths) -> None:
    summary = load_today(away.database, FIXED_TODAY)
    assert summary.next_step.title == "Welcome back"
    assert summary.streak_days == 0


async def test_opening_keeps_the_day_privately_and_still_welcomes(away: DataPaths) -> None:
    async with app_on(away) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert "Welcome back" in screen_text(app)  # today's opening is no action
    kept = _kept(away)
    assert kept.read_text() == "2026-03-16\n"
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert sorted(p.name for p in away.data_dir.iterdir() if "opened" in p.name) == ["opened-days"]


@pytest.fixture
def read_only_store(away: DataPaths) -> Iterator[DataPaths]:
    away.database.chmod(0o400)
    yield away
    away.database.chmod(0o600)


async def test_a_read_only_store_is_not_written_beside(read_only_store: DataPaths) -> None:
    async with app_on(read_only_store, notifications=True) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert any("read-only" in toast.lower() for toast in toasts(app)), toasts(app)
    assert not _kept(read_only_store).exists()


async def test_the_first_key_past_midnight_keeps_the_new_day_once(away: DataPaths) -> None:
    # The window was left open past midnight: the new day was kept only at the next launch,
    # so a person who read Today on it, the window never closed, was "away" that day.
    kept = _kept(away)
    async with app_on(away) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert kept.read_text() == "2026-03-16\n"
        clock.freeze(datetime(2026, 3, 17, 0, 5))
        await pilot.press("2")  # to the Pipeline
        await settle_workers(pilot)
        assert kept.read_text() == "2026-03-16\n2026-03-17\n"
        written = kept.stat().st_ino  # put in place whole: a write is a new file
        for key in ("1", "2", "1"):
            await pilot.press(key)
        await settle_workers(pilot)
        assert kept.stat().st_ino == written  # no write on the day's other keys
        assert focus_problem(app) is None


async def test_the_pointer_passing_over_past_midnight_keeps_no_day(away: DataPaths) -> None:
    # A pointer moved across the window past midnight is no person here: only a key, a
    # paste or a click keeps the new day.
    kept = _kept(away)
    async with app_on(away) as (app, pilot, _pane):
        await settle_workers(pilot)
        clock.freeze(datetime(2026, 3, 17, 0, 5))
        await pilot.hover(offset=(10, 10))
        await pilot.hover(offset=(20, 12))
        await settle_workers(pilot)
        assert kept.read_text() == "2026-03-16\n"
        await pilot.click(offset=(20, 12))
        await settle_workers(pilot)
        assert kept.read_text() == "2026-03-16\n2026-03-17\n"
        assert focus_problem(app) is None


async def test_taking_the_demo_before_the_check_ends_keeps_the_day_in_the_own_folder(
    away: DataPaths,
) -> None:
    # The quick check finished after the person took the demo: today was kept in the
    # throw-away demo folder, and their own never knew they were here.
    checked = threading.Event()

    class CheckStillRunning:
        result = "ok"

        def wait_ok(self, timeout: float | None = None) -> bool:
            checked.wait(30)
            return True

    app = BouncebackApp(away, store_check=CheckStillRunning())  # type: ignore[arg-type]
    async with app.run_test(size=(100, 30)) as pilot:
        app.action_open_demo()
        await app.workers.wait_for_complete([w for w in app.workers if w.group == "demo"])
        await until_quiet(pilot)
        assert app.demo
        demo_folder = app.paths.data_dir
        checked.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not (demo_folder / "opened-days").exists()
    assert _kept(away).read_text() == "2026-03-16\n"


def test_a_link_left_where_the_day_is_written_is_not_followed(opened_paths: DataPaths) -> None:
    # A link left at the half-written file's name (by someone else, or a crash and a
    # reused process id) was followed: the days were written into the file it led to.
    elsewhere = opened_paths.data_dir.parent / "elsewhere.txt"
    elsewhere.write_text("someone else's words\n")
    partial = opened_paths.data_dir / f"opened-days.{os.getpid()}.partial"
    partial.symlink_to(elsewhere)
    mark_opened(opened_paths.database, FIXED_TODAY)
    assert elsewhere.read_text() == "someone else's words\n"
    kept = _kept(opened_paths)
    assert kept.read_text() == "2026-03-16\n"
    assert not kept.is_symlink()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert not partial.exists() and not partial.is_symlink()
