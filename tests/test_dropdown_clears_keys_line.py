"""A form's open dropdown list never lies over its keys line.

A tester's check-in (`c` on Today, Enter on Mood): the open list ran down over the form's
row of keys and buttons, and the keys line showed through beside it, reading "^s save  Enter
cho5 · great". The list now ends above that row (it scrolls), or, where a form leaves it
too little room, the keys line is hidden while it is open.
"""

from __future__ import annotations

from typing import Any

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit import dropdown
from bounceback_tui.ui.kit.dropdown import DropdownList
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle, settle_workers

LIST_KEYS = "^s Save  Enter Choose  Esc Close"


def _open_list(app: Any) -> DropdownList:
    (overlay,) = app.screen.query(DropdownList)
    assert overlay.display and overlay.region.height, "\n".join(screen_lines(app))
    return overlay


@pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])
async def test_the_mood_list_ends_above_the_keys_line(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    async with app_on(opened_paths, size=size) as (app, pilot, _):
        await settle_workers(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("enter")  # on Mood: the list opens
        await settle(pilot, 3)
        overlay = _open_list(app)
        row = app.screen.query_one(".form-buttons")
        assert overlay.region.bottom <= row.content_region.y, "\n".join(screen_lines(app))
        painted = "\n".join(screen_lines(app))
        assert LIST_KEYS in painted, painted
        assert "cho5" not in painted
        await pilot.press("down", "down", "down", "down", "down", "enter")  # 5 · great
        await settle(pilot, 3)
        assert app.screen.query_one("#field-mood").value == "5"
        assert app.screen.query_one(".form-keys").visible


def _one_choice() -> FormScreen[Any]:
    """A form whose only field is a dropdown, right above its keys: no room below it."""
    options = tuple((f"{n} · choice", str(n)) for n in range(1, 7))
    field = FieldSpec("pick", "Pick", kind="select", options=options, placeholder="Choose")
    return FormScreen("One choice", [field], lambda values: values)


async def test_a_list_kept_to_few_rows_still_clears_the_keys_line(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _):
        await settle_workers(pilot)
        app.push_screen(_one_choice())
        await settle(pilot, 3)
        await pilot.press("enter")
        await settle(pilot, 3)
        overlay = _open_list(app)
        row = app.screen.query_one(".form-buttons")
        assert overlay.region.bottom <= row.content_region.y, "\n".join(screen_lines(app))
        assert LIST_KEYS in "\n".join(screen_lines(app))


async def test_with_too_little_room_the_keys_line_is_hidden_while_the_list_is_open(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The one-choice form leaves its list three rows above the keys: fewer than asked here.
    monkeypatch.setattr(dropdown, "LEAST_ROWS", 4)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _):
        await settle_workers(pilot)
        app.push_screen(_one_choice())
        await settle(pilot, 3)
        keys = app.screen.query_one(".form-keys")
        await pilot.press("enter")
        await settle(pilot, 3)
        _open_list(app)
        assert not keys.visible
        assert "Enter cho" not in "\n".join(screen_lines(app))
        await pilot.press("escape")  # the list closes, the form stays
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        assert keys.visible
