"""Typing on a closed dropdown picks the choice it starts, never vanishes.

A new user's walk: the check-in's `c` then `2` did nothing until Enter opened the mood's
list; "Remote" typed on Work mode vanished, and "60000" typed where Tab had landed on a
dropdown vanished too. A key typed on a closed dropdown now picks the first choice whose
label starts with what was typed (the same letter again: the next such choice); a key no
choice starts with is said, once, rather than dropped unseen (ui/kit/dropdown.py).
"""

from __future__ import annotations

from textual.widgets import Select

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen
from tests.ui_harness import app_on, keep_toasts, settle

_MODES = (("On-site", "onsite"), ("Hybrid", "hybrid"), ("Remote", "remote"), ("Relocate", "move"))


async def _form(app, pilot) -> Select:  # type: ignore[no-untyped-def]
    fields = [FieldSpec("mode", "Work mode", kind="select", options=_MODES, value="onsite")]
    app.push_screen(FormScreen("Where", fields, lambda values: values))
    await settle(pilot)
    field = app.screen.query_one("#field-mode", Select)
    assert app.focused is field
    return field


async def test_the_check_in_mood_takes_a_digit(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("2")
        await settle(pilot)
        mood = app.screen.query_one("#field-mood", Select)
        assert mood.value == "2"
        assert not mood.expanded


async def test_letters_pick_the_choice_they_start(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        field = await _form(app, pilot)
        await pilot.press("R", "e", "m")
        await settle(pilot)
        assert field.value == "remote"
        assert not field.expanded
        await pilot.press("tab", "shift+tab", "r", "e", "l")
        await settle(pilot)
        assert field.value == "move"
        # The same letter again: the next choice it starts.
        await pilot.press("tab", "shift+tab", "r", "r")
        await settle(pilot)
        assert field.value == "move"
        await pilot.press("h")
        await settle(pilot)
        assert field.value == "hybrid"


async def test_a_key_no_choice_starts_is_said(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        said = keep_toasts(app)
        field = await _form(app, pilot)
        await pilot.press("6", "0", "0", "0", "0")
        await settle(pilot)
        assert field.value == "onsite"
        notes = [note for note in said if "“6”" in note]
        assert len(notes) == 1, said
