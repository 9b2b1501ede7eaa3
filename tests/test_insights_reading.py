"""What's working reads its figures in a thread and says "Reading …" until they come.

Before, the screen read every application on the UI thread as it opened: with 100,000 the
app froze for about 5.5 s with nothing on screen to say why, and a key pressed meanwhile
was lost (an attacker's walk). Here the read is held back by an event the test controls,
so what the screen does while it waits is seen without any timing.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import insights
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.test_care_insights_ui import _insert_apps
from tests.ui_harness import settle, settle_workers


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The screen's read, waiting (in its thread) until the test sets the event. The figures
    Today read for its suggestions are not taken up here, so that the screen reads
    (tests/test_insights_kept.py has them taken up)."""
    release = threading.Event()
    real = insights.load_insights_once

    def slow(
        db_path: Path, start: date | None, end: date | None, stamp: object, *rest: str
    ) -> object:
        assert release.wait(30), "the test never let the read go"
        return real(db_path, start, end, None, *rest)

    monkeypatch.setattr("bounceback_tui.ui.insights.screen.load_insights_once", slow)
    monkeypatch.setattr("bounceback_tui.ui.insights.screen.kept_insights", lambda *_: None)
    yield release
    release.set()  # never leave a thread waiting


def _text(app: BouncebackApp, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


async def test_the_screen_says_reading_until_the_figures_come(
    opened_paths: DataPaths, held: threading.Event
) -> None:
    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        await pilot.press("w")
        await settle(pilot, 4)
        assert isinstance(app.screen, InsightsScreen)
        assert _text(app, "#insights-summary") == "Reading your applications …"
        assert "Referral" not in _text(app, "#insights-charts")
        assert focus_problem(app) is None
        assert "o Outcome: interviews next" in _text(app, "#insights-keys")
        # Keys still work while it reads: o picks interviews for when the figures come.
        await pilot.press("o")
        await settle(pilot)
        assert "o Outcome: offers next" in _text(app, "#insights-keys")
        held.set()
        await settle_workers(pilot)
        assert "24 applications sent · all time" in _text(app, "#insights-summary")
        charts = _text(app, "#insights-charts")
        assert "Interviews: each bar is a group's share" in charts
        assert "Referral" in charts and "Job board" in charts
        assert focus_problem(app) is None


async def test_escape_while_reading_closes_at_once_and_the_late_figures_are_dropped(
    opened_paths: DataPaths, held: threading.Event
) -> None:
    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        await pilot.press("w")
        await settle(pilot, 4)
        assert isinstance(app.screen, InsightsScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, InsightsScreen)
        assert focus_problem(app) is None
        held.set()  # the read finishes after the screen has gone
        await settle_workers(pilot)
        assert not isinstance(app.screen, InsightsScreen)
        assert focus_problem(app) is None
    # Leaving run_test re-raises anything the app met meanwhile: nothing did.


async def test_a_new_date_range_reads_again_and_says_so(
    opened_paths: DataPaths, held: threading.Event
) -> None:
    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        held.set()
        await pilot.press("w")
        await settle_workers(pilot)
        assert "24 applications sent · all time" in _text(app, "#insights-summary")
        held.clear()
        await pilot.press("r")
        await settle(pilot)
        await pilot.press(*"2026-03-01", "ctrl+s")
        await settle(pilot, 4)
        assert isinstance(app.screen, InsightsScreen)
        assert _text(app, "#insights-summary") == "Reading your applications …"
        assert focus_problem(app) is None
        held.set()
        await settle_workers(pilot)
        # All 24 were sent on 2026-02-02, before the range starts.
        assert "0 applications sent · 2026-03-01 to today" in _text(app, "#insights-summary")
