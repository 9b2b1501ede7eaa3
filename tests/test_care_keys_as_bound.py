"""The care texts, and the other notes the key-hint guard's brackets and key words now
reach, name each key as the person's keymap binds it.

"Talk it through" and "If you are struggling" said "Settings (,) can keep someone you would
call, and People (6) the ones you lean on" and "Set your country in Settings (,)", the
message dialog "Settings (,) has it.", Settings' own intro "Enter goes to a section; Escape
closes." and the Skills board "Esc clears the filter first": all written by hand, so a
person who had moved Settings, People or the filter's clearing read keys that did nothing.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.screen_text import flat, screen_lines, screen_text
from tests.test_keymap import _keymapped
from tests.ui_harness import settle_workers

MOVED = (
    "[keymap]\n"
    '"app.settings" = "f2"\n'
    '"pane.people" = "7"\n'
    '"settings.go_to" = "ctrl+g"\n'
    '"settings.close" = "ctrl+t"\n'
    '"skills.clear_filter" = "ctrl+l"\n'
)


def _painted(app: object) -> str:
    """The screen as painted, its lines joined, the boxes' borders off (a wrapped sentence
    reads whole)."""
    return flat(" ".join(line.strip(" │▎▊") for line in screen_lines(app)))


async def test_talk_it_through_names_settings_and_people_as_bound(
    opened_paths: DataPaths,
) -> None:
    from tests.palette_fixtures_ui import choose

    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await choose(app, pilot, "talk it through")
        said = _painted(app)
        assert "Settings (f2) can keep someone you would call" in said, said
        assert "People (7) the ones you lean on" in said, said
        assert "(,)" not in said and "(6)" not in said
        assert focus_problem(app) is None


async def test_struggling_names_settings_as_bound(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await pilot.press("question_mark")
        await settle_workers(pilot)
        await pilot.press("h")
        await settle_workers(pilot)
        said = _painted(app)
        assert "Settings (f2) can keep their name and number" in said, said
        assert "Set your country in Settings (f2) to see its lines first." in said, said
        assert "(,)" not in said
        assert focus_problem(app) is None


async def test_the_message_dialog_names_settings_as_bound(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.people.message import MessageScreen

    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        for key in ("7", "m", "down", "enter"):
            await pilot.press(key)
            await settle_workers(pilot)
        assert isinstance(app.screen, MessageScreen)
        said = _painted(app)
        assert "the sign-off is blank: Settings (f2) has it." in said, said


async def test_settings_says_its_own_keys_as_bound(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.screens.settings import SettingsScreen

    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await pilot.press("f2")
        await settle_workers(pilot)
        assert isinstance(app.screen, SettingsScreen)
        said = flat(screen_text(app))
        assert "^g goes to a section; ^t closes." in said, said
        assert "Enter goes" not in said and "Escape closes" not in said
        assert focus_problem(app) is None


async def test_the_skills_board_says_the_filter_s_clearing_as_bound(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await pilot.press("5")
        await settle_workers(pilot)
        await pilot.press("slash", *"design", "enter")
        await settle_workers(pilot)
        await pilot.press("J")  # reordering waits until the filter is cleared
        await settle_workers(pilot)
        said = [str(message) for message in app.messages]
        assert "Reordering works on the whole backlog: ^l clears the filter first." in said, said
        assert focus_problem(app) is None
