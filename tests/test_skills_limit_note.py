"""The Skills limit warning goes once it is no longer true, and never sits over a dialog.

A new user on the demo store (80x24): after a fourth item went to Doing and one was then
finished, "4 skills are in progress now; your limit is 3" stayed beside "3 of 3", and the
same warning was drawn over the "Delete …?" dialog."""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit import toast_room
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.built_stores import store_once
from tests.screen_text import is_on_screen
from tests.skills_fixtures import Seeded, seed_backlog
from tests.ui_harness import app_on, settle, toasts

OVER = "4 skills are in progress now; your limit is 3."


@pytest.fixture
def seeded(opened_paths: DataPaths) -> Seeded:
    return store_once(opened_paths, seed_backlog)


@pytest.fixture(autouse=True)
def earlier_is_a_moment_ago(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(toast_room, "EARLIER_SECONDS", 0.05)


async def _four_in_progress(pilot: Any) -> None:
    await pilot.press("space")  # System design interviews -> doing (2 of 3)
    await pilot.press("h", "space")  # Quantify impact on the resume -> doing (3 of 3)
    await pilot.press("h", "space")  # Lead a design review -> doing (4 of 3)
    await settle(pilot)
    assert any(OVER in note for note in toasts(pilot.app)), toasts(pilot.app)


async def test_finishing_one_lets_the_over_the_limit_warning_go(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with app_on(opened_paths, "skills", size=(80, 24), notifications=True) as run:
        app, pilot = run.app, run.pilot
        await _four_in_progress(pilot)
        assert is_on_screen(app, "4 skills are in progress now")
        await pilot.press("space")  # Lead a design review -> done: 3 of 3
        await settle(pilot)
        assert is_on_screen(app, "Doing · 3 of 3")
        assert not any("in progress now" in note for note in toasts(app)), toasts(app)
        assert not is_on_screen(app, "in progress now")


async def test_the_over_the_limit_warning_is_not_drawn_over_the_delete_dialog(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with app_on(opened_paths, "skills", size=(80, 24), notifications=True) as run:
        app, pilot = run.app, run.pilot
        await _four_in_progress(pilot)
        await pilot.pause(0.1)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert is_on_screen(app, "Delete")
        assert not is_on_screen(app, "in progress now")
        assert toasts(app) == []


async def test_a_fifth_in_progress_says_the_new_count_alone(
    opened_paths: DataPaths, seeded: Seeded
) -> None:
    async with app_on(opened_paths, "skills", size=(100, 30), notifications=True) as run:
        app, pilot = run.app, run.pilot
        await _four_in_progress(pilot)
        await pilot.press("l", "l")  # Done: Kubernetes basics
        await pilot.press("left_square_bracket")  # back to doing: 5 of 3
        await settle(pilot)
        limits = [note for note in toasts(app) if "in progress now" in note]
        assert len(limits) == 1 and limits[0].startswith("5 skills are in progress now"), limits
