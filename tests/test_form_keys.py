"""What is typed right after a form's key lands in its first field, whenever it arrives.

A person presses `a` and types "Acme" at once. On a busy machine (the Pipeline reading a
100,000-application store in its thread, say) the keys reach the app spread around the
moments the form is pushed, built and focused. Seen in Pilot: "cme", "Ac" or "me" in the
Company field. Two ways it went wrong, each on every form:

- keys held while the form was opening were given to its first field before the field's own
  Focus event, which selected them (Input selects what it holds on focus): the next key
  replaced them;
- a key sent to the pane before `a` had opened the form came back up after keys typed
  later, and was typed after them.

These tests post the keys the way a terminal delivers them, each group at one of those
moments (Pilot's ``press`` waits for the app to be idle after every key, which hides it).
They wait by counting turns of the event loop, never by time.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, post_burst, settle

# (pane, the key that opens the form, its first field)
FORMS = [
    ("pipeline", "a", "company"),
    ("recovery", "n", "company"),
    ("skills", "a", "title"),
    ("people", "a", "name"),
]
TURNS = 20_000  # turns of the event loop before giving up on a moment that never comes


async def _turn_until(condition: Callable[[], bool]) -> None:
    for _ in range(TURNS):
        if condition():
            return
        await asyncio.sleep(0)
    raise AssertionError("the moment never came")


def _form_opening(app: object) -> bool:
    screen = app.screen  # type: ignore[attr-defined]
    return isinstance(screen, FormScreen) and screen.focused is None


def _field_focused(app: object, field: str) -> Callable[[], bool]:
    def focused() -> bool:
        widget = app.focused  # type: ignore[attr-defined]
        return widget is not None and widget.id == f"field-{field}"

    return focused


def _count(paths: DataPaths, table: str) -> int:
    with sqlite3.connect(paths.database) as connection:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def _typed(app: object, pilot: object, field: str) -> str:
    await settle(pilot, 6)
    await app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await settle(pilot, 4)
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, FormScreen), type(screen).__name__
    return str(screen.query_one(f"#field-{field}", Input).value)


@pytest.mark.parametrize(("pane", "key", "field"), FORMS)
async def test_letters_typed_as_the_first_field_takes_focus(
    opened_paths: DataPaths, pane: str, key: str, field: str
) -> None:
    """Half the word while the form is built, half just after its field took focus."""
    async with app_on(opened_paths, pane) as (app, pilot, _pane):
        post_burst(app, [key])
        await _turn_until(lambda: _form_opening(app))
        post_burst(app, list("Ac"))
        await _turn_until(_field_focused(app, field))
        post_burst(app, list("me"))
        assert await _typed(app, pilot, field) == "Acme"
        assert len(app.screen_stack) == 2


@pytest.mark.parametrize(("pane", "key", "field"), FORMS)
async def test_a_letter_in_the_keys_burst_stays_first(
    opened_paths: DataPaths, pane: str, key: str, field: str
) -> None:
    """The first letter arrives with the form's key (sent before the form opened); the rest
    while the form is built."""
    async with app_on(opened_paths, pane) as (app, pilot, _pane):
        post_burst(app, [key, "A"])
        await _turn_until(lambda: _form_opening(app))
        post_burst(app, list("cme"))
        assert await _typed(app, pilot, field) == "Acme"
        assert len(app.screen_stack) == 2


async def test_pane_keys_typed_while_the_form_opens_do_not_act_on_the_pane(
    opened_paths: DataPaths,
) -> None:
    """In Skills `d` deletes and `A` accepts a suggestion: typed as the title, they are the
    title's letters and the backlog behind the form is left alone."""
    from bounceback_tui.store.database import Database
    from tests.skills_fixtures import seed_backlog

    database = Database(opened_paths.database)
    try:
        seed_backlog(database)
    finally:
        database.dispose()
    before = _count(opened_paths, "skill")
    async with app_on(opened_paths, "skills") as (app, pilot, _pane):
        post_burst(app, ["a", "d"])
        await _turn_until(lambda: _form_opening(app))
        post_burst(app, list("Ad"))
        await _turn_until(_field_focused(app, "title"))
        post_burst(app, list("ed"))
        assert await _typed(app, pilot, "title") == "dAded"
        assert len(app.screen_stack) == 2
    assert _count(opened_paths, "skill") == before


@pytest.mark.parametrize(("pane", "key", "field"), FORMS)
async def test_a_burst_waits_for_a_first_field_focused_late(
    opened_paths: DataPaths, pane: str, key: str, field: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A slow build (a busy machine): the form focuses its first field two refreshes after
    it mounted. The burst typed with the form's key waits for it, instead of going to the
    form itself (where letters mean nothing) once it has shown."""
    focus_first = FormScreen.on_mount

    def late(screen: FormScreen[object]) -> None:
        screen.call_after_refresh(screen.call_after_refresh, focus_first, screen)

    monkeypatch.setattr(FormScreen, "on_mount", late)
    async with app_on(opened_paths, pane) as (app, pilot, _pane):
        post_burst(app, [key, *"Acme"])
        assert await _typed(app, pilot, field) == "Acme"
        assert len(app.screen_stack) == 2


@pytest.mark.parametrize("spread", [False, True])
async def test_digits_typed_right_after_the_settings_key_change_nothing(
    opened_paths: DataPaths, spread: bool
) -> None:
    """`,` opened Settings on the weekly goal, its value selected: "12" typed at once (out of
    habit: digits switch panes everywhere else) replaced the goal, and it was saved. Settings
    opens on its list of sections now: the digits change no setting, and the pane behind
    stays as it was, whether they arrive with `,` or while the screen is built."""
    from bounceback_tui.services.settings import read_setting
    from bounceback_tui.ui.screens.settings import SAVE_DELAY, SettingsScreen

    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        if spread:
            post_burst(app, ["comma", "1"])
            await _turn_until(lambda: isinstance(app.screen, SettingsScreen))
            post_burst(app, ["2"])
        else:
            post_burst(app, ["comma", "1", "2"])
        await settle(pilot, 6)
        await app.workers.wait_for_complete()
        await pilot.pause(SAVE_DELAY + 0.3)  # past the pause a typed setting is saved after
        await settle(pilot, 4)
        assert isinstance(app.screen, SettingsScreen)
        assert app.screen.query_one("#setting-weekly_goal", Input).value == "5"
        assert app.current_pane.id == "pipeline"
        assert read_setting(app.db, "weekly_goal") == 5
        assert app.focused is not None and app.focused.id == "settings-sections"


async def test_a_number_typed_after_enter_on_the_settings_sections(opened_paths: DataPaths) -> None:
    """`,` Enter "12" in one burst: Enter goes to the first section's first setting, the weekly
    goal, and the digits wait for it (not the list it left), then replace what it held."""
    from bounceback_tui.ui.screens.settings import SettingsScreen

    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        post_burst(app, ["comma", "enter", "1", "2"])
        await settle(pilot, 6)
        await app.workers.wait_for_complete()
        await settle(pilot, 4)
        assert isinstance(app.screen, SettingsScreen)
        assert app.screen.query_one("#setting-weekly_goal", Input).value == "12"
