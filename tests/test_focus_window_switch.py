"""Switching terminal windows keeps the person's focus: the terminal's focus-out clears
Textual's focus, and the focus keeper used to move it to the pane's list, so on focus-in
the keys meant for a step, a field, a column or the filter went to the list."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from textual import events

from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import skills as skill_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import add
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import app_on, settle


def _fill(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        add(db, "Initech", "Analyst")
        add_rejection(db, "Initech", "Analyst")
        skill_service.add_skill(db, SkillInput(title="Speak up in meetings"))
    finally:
        db.dispose()


async def _keys(pilot: Any, *keys: str) -> None:
    for key in keys:
        await pilot.press(key)
        await settle(pilot, 3)


async def _recovery_steps(pilot: Any) -> None:
    await _keys(pilot, "3", "enter", "down")


async def _reframe_second_field(pilot: Any) -> None:
    await _keys(pilot, "4", "a", "tab")


async def _form_second_field(pilot: Any) -> None:
    await _keys(pilot, "2", "a", "tab")


async def _skills_other_column(pilot: Any) -> None:
    await _keys(pilot, "5", "right")


async def _pipeline_filter(pilot: Any) -> None:
    await _keys(pilot, "2", "/", "a")


WHERE: dict[str, Callable[[Any], Awaitable[None]]] = {
    "recovery steps": _recovery_steps,
    "reframe's second field": _reframe_second_field,
    "new application form, second field": _form_second_field,
    "skills board, another column": _skills_other_column,
    "pipeline filter bar": _pipeline_filter,
}


@pytest.mark.parametrize("where", list(WHERE))
async def test_switching_windows_and_back_keeps_focus(opened_paths: DataPaths, where: str) -> None:
    _fill(opened_paths)
    async with app_on(opened_paths) as (app, pilot, _pane):
        await WHERE[where](pilot)
        screen = app.screen
        before = screen.focused
        assert before is not None
        bar_before = _bar(app)
        for _ in range(2):
            app.post_message(events.AppBlur())
            await settle(pilot, 4)
            app.post_message(events.AppFocus())
            await settle(pilot, 4)
            assert app.screen is screen
            assert screen.focused is before, (where, screen.focused)
            assert _bar(app) == bar_before
            assert focus_problem(app) is None


def _bar(app: Any) -> list[str]:
    from bounceback_tui.ui.kit.key_bar import KeyBar

    bars = app.screen.query(KeyBar)
    return [label for _keys, label in bars.first().shown()] if bars else []
