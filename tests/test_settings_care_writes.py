"""Settings' "If you are struggling" fields write settings.toml once, when the field is
left or Settings closes, never a key at a time; and `q` closes Settings from any part of it
that takes no typing, as Escape does.

A tester's walk: typing "+353 87 123 4567" as the number to call rewrote settings.toml at
nearly every key, and "Narnia" as the country saved "NA" on the way (a country nobody
chose). On the sections list Settings opens on, `q` quit the whole app, where What's
working, the answer bank and `?` treat `q` as "close"; the theme, the switches and the
template lists did the same.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import care_settings
from bounceback_tui.services.care_settings import load_care
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.quit_guard import QuitConfirmScreen
from bounceback_tui.ui.screens import settings_care
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.ui_harness import app_on, settle


async def _settings(app: Any, pilot: Any) -> SettingsScreen:
    await pilot.press("comma")
    await settle(pilot)
    assert isinstance(app.screen, SettingsScreen)
    return app.screen


def _count_writes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each value the care fields write, in order (through the real write)."""
    written: list[str] = []
    real = care_settings.save_care_field

    def counted(path: Path, key: str, value: str, **kwargs: Any) -> None:
        written.append(value)
        real(path, key, value, **kwargs)

    monkeypatch.setattr(settings_care, "save_care_field", counted)
    return written


def _note(screen: SettingsScreen, key: str) -> str:
    return " ".join(str(screen.query_one(f"#note-care-{key}", Static).render()).split())


async def test_a_care_field_is_written_once_when_it_is_left(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _count_writes(monkeypatch)
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        screen.query_one("#care-support_number", Input).focus()
        await pilot.press(*"+353 87 123 4567")
        await settle(pilot)
        assert written == []
        assert load_care(opened_paths.settings_file).support_number == ""
        assert _note(screen, "support_number") == "Shown, never dialled."
        await pilot.press("shift+tab")  # to the name above it
        await settle(pilot)
        assert written == ["+353 87 123 4567"]
        assert _note(screen, "support_number") == "Saved in settings.toml."
        assert focus_problem(app) is None
    assert load_care(opened_paths.settings_file).support_number == "+353 87 123 4567"


async def test_a_country_not_right_yet_writes_nothing_on_the_way(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    written = _count_writes(monkeypatch)
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        screen.query_one("#care-country", Input).focus()
        await pilot.press(*"Narnia")
        await settle(pilot)
        assert "Not saved." in _note(screen, "country")
        await pilot.press("tab")
        await settle(pilot)
        assert written == []  # not "NA" on the way
        assert "Not saved." in _note(screen, "country")
    assert load_care(opened_paths.settings_file).country == ""


@pytest.mark.parametrize("key", ["escape", "ctrl+q"])
async def test_closing_or_quitting_from_the_field_writes_what_was_typed(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    written = _count_writes(monkeypatch)
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        screen.query_one("#care-support_name", Input).focus()
        await pilot.press(*"Mum")
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert written == ["Mum"]
        assert not screen.is_attached or not app.is_running
    assert load_care(opened_paths.settings_file).support_name == "Mum"


async def test_ctrl_c_in_the_field_keeps_the_typing_there(opened_paths: DataPaths) -> None:
    """ctrl+c is not a quit in the app (Textual says "ctrl+q"): the typing stays, and is
    written once the field is left."""
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        field = screen.query_one("#care-support_name", Input)
        field.focus()
        await pilot.press(*"Mum", "ctrl+c")
        await settle(pilot)
        assert app.screen is screen and field.value == "Mum"
        await pilot.press("escape")
        await settle(pilot)
    assert load_care(opened_paths.settings_file).support_name == "Mum"


async def test_typing_that_cannot_be_written_is_not_thrown_away_unasked(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        field = screen.query_one("#care-country", Input)
        field.focus()
        await pilot.press(*"Narnia", "escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("escape")  # no: back to it
        await settle(pilot)
        assert (
            app.screen is screen and app.focused is field and field.value == "Narn"
        )  # the field takes four letters
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, QuitConfirmScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen and focus_problem(app) is None


# Each part of Settings that takes no typing, by its id (the list it opens on first).
NOT_TYPED_INTO = [
    "settings-sections",
    "setting-theme",
    "setting-tour_seen",
    "message-templates",
    "template-table",
]


@pytest.mark.parametrize("part", NOT_TYPED_INTO)
async def test_q_closes_settings_from_every_part_that_takes_no_typing(
    opened_paths: DataPaths, part: str
) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        screen.query_one(f"#{part}").focus()
        await settle(pilot)
        await pilot.press("q")
        await settle(pilot)
        assert app.is_running  # the app did not quit
        assert not screen.is_attached
        assert app.screen is app.screen_stack[0]
        assert focus_problem(app) is None


async def test_q_in_a_text_field_is_a_letter(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths) as (app, pilot, _pane):
        screen = await _settings(app, pilot)
        field = screen.query_one("#setting-your_name", Input)
        field.focus()
        await pilot.press("q")
        await settle(pilot)
        assert app.screen is screen and field.value == "q"
