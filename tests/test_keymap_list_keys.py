"""A pane's key moved onto a key its list uses is refused and said, as a clash with another
pane key is. A newcomer's walk (eighteenth round): `"skills.advance" = "enter"` was taken
without a word; Enter still opened the item (the list's key wins while it has focus), and
advancing could no longer be done at all."""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.binding_catalogue import check_keymap


@pytest.mark.parametrize(
    ("keymap", "named"),
    [
        ({"skills.advance": "enter"}, "Skills"),
        ({"people.add": "down"}, "People"),
        ({"list.select": "space"}, "space"),
    ],
)
def test_a_pane_key_onto_a_list_key_is_refused(keymap: dict[str, str], named: str) -> None:
    found = check_keymap(keymap)
    (binding_id,) = keymap
    assert binding_id not in found.keymap
    (problem,) = found.problems
    assert problem.startswith(f"{binding_id} was not changed")
    assert named in problem


def test_a_free_key_is_still_taken() -> None:
    found = check_keymap({"skills.advance": "x"})
    assert found.keymap.get("skills.advance") == "x"
    assert found.problems == []


async def test_todays_top_line_shows_the_key_in_force(opened_paths: DataPaths) -> None:
    """A refused entry is not shown either (an attacker's walk: `"today.check_in" = "down"`
    refused, `c` still the key, and the top line read "No check-in yet today · ↓")."""
    from tests.screen_text import screen_text
    from tests.test_keymap import _keymapped

    async with _keymapped(opened_paths, '[keymap]\n"today.check_in" = "down"\n') as (app, pilot):
        await pilot.pause()
        assert any("today.check_in was not changed" in m for m in app.messages)
        top = [line for line in screen_text(app).splitlines() if "check-in" in line]
    assert top and top[0].rstrip().endswith("· c"), top


async def test_the_tab_bar_shows_the_pane_keys_in_force(opened_paths: DataPaths) -> None:
    """An attacker's walk swapped `1` and `2`: the keys obeyed, and the tabs still read
    "1 Today  2 Pipeline"."""
    from tests.screen_text import screen_text
    from tests.test_keymap import _keymapped

    keymap = '[keymap]\n"pane.today" = "2"\n"pane.pipeline" = "1"\n"pane.skills" = "down"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.pause()
        tabs = next(line for line in screen_text(app).splitlines() if "Today" in line)
        # The swap is in force; "down" for Skills is refused (the lists' key), so 5 stays.
        assert "2 Today" in tabs and "1 Pipeline" in tabs and "5 Skills" in tabs, tabs
        await pilot.press("1")
        await pilot.pause()
        assert app.shown_pane() == "pipeline"


async def test_every_refused_entry_is_named_on_the_keys_screen(opened_paths: DataPaths) -> None:
    """Ten refused entries: the toast named four and "…and 6 more", named nowhere (an
    attacker's walk)."""
    from bounceback_tui.ui.screens.help import HelpScreen
    from tests.test_keymap import _keymapped

    ids = [f"nothing.{n}" for n in range(10)]
    keymap = "[keymap]\n" + "".join(f'"{i}" = "x"\n' for i in ids)
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        assert any("6 more (? lists them all)" in m for m in app.messages)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        help_screen = app.screen
        text = "\n".join(str(s.render()) for s in help_screen.query("Static"))
    assert "Keymap entries not applied" in text
    assert all(f"'{i}' is not a binding id" in text for i in ids)


async def test_one_refused_entry_is_not_said_of_the_whole_keymap(opened_paths: DataPaths) -> None:
    """A stranger's walk: one bad entry, the others applied, and `?` headed the list "Your
    keymap: not applied", as if none of it was."""
    from bounceback_tui.ui.screens.help import HelpScreen
    from tests.test_keymap import _keymapped

    keymap = '[keymap]\n"pipeline.add" = "n"\n"nothing.here" = "x"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        text = "\n".join(str(s.render()) for s in app.screen.query("Static"))
    assert "Keymap entries not applied" in text
    assert "Your keymap: not applied" not in text
    assert "nothing.here" in text and "pipeline.add" not in text


async def test_the_note_names_the_help_key_as_bound(opened_paths: DataPaths) -> None:
    """`"app.help" = "f1"` and five bad entries: the note ended "…and 1 more (? lists them
    all)." and `?` no longer opened the list (a stranger's walk)."""
    from bounceback_tui.ui.screens.help import HelpScreen
    from tests.test_keymap import _keymapped

    keymap = '[keymap]\n"app.help" = "f1"\n' + "".join(f'"nothing.n{n}" = "x"\n' for n in range(5))
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        assert any("…and 1 more (f1 lists them all)." in m for m in app.messages), app.messages
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
