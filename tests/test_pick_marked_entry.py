"""The link picker (People `l`) marks the entry Enter takes, and says what Enter does to it.

A stranger's fortnight: the picker's first entry was told only by a faint background while
"Type to find" had the focus, and its keys line said "Enter choose  ↓ the list". Taking ↓
for the way into the list, they pressed ↓ Enter and linked the second application. The
highlighted entry now carries "›" and the list's cursor colours (as a focused list shows
them) while the box has the focus, and the keys line says "Enter link the one marked ›".
Every picker built on the same one (``PickScreen``: take off, which interview, a coping
card...) marks its entry the same way, its Enter said as "choose".
"""

from __future__ import annotations

from textual.color import Color
from textual.widgets import Input, OptionList

from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.pick import PickScreen
from tests.people_fixtures import seed_people
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle


def _entries(app: object) -> list[str]:
    """The picker's entry lines as shown, without the dialog's border."""
    lines = [line.strip(" │") for line in screen_lines(app)]  # type: ignore[arg-type]
    return [line for line in lines if "Acme (Engineer)" in line or "Initech (Analyst)" in line]


async def test_the_link_pickers_entry_is_marked_and_enter_is_said(opened_paths: DataPaths) -> None:
    ids = seed_people(
        opened_paths,
        reached=Stage.APPLIED,
        people={"rita": ({"name": "Rita", "email": "", "kind": "recruiter"}, ())},
    )
    async with app_on(opened_paths, "people", size=(80, 24)) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("l")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PickScreen)
        assert isinstance(app.focused, Input)  # typing finds; Enter takes the marked one
        first, second = _entries(app)
        assert first.startswith("› ") and not second.startswith("›"), (first, second)
        keys = " ".join(screen.query_one(".form-keys").render().plain.split())
        assert keys.startswith("Enter Link the one marked › ↓ Mark the next one"), keys
        # The cursor's own colours, not the faint blurred background, with the box focused.
        options = screen.query_one(OptionList)
        shown = options.get_visual_style("option-list--option", "option-list--option-highlighted")
        cursor = Color.parse(app.theme_variables["block-cursor-background"])
        assert shown.background is not None and shown.background.rgb == cursor.rgb
        await pilot.press("down")
        await settle(pilot)
        first, second = _entries(app)
        assert second.startswith("› ") and not first.startswith("›"), (first, second)
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, PickScreen)
        assert focus_problem(app) is None


async def test_another_picker_marks_its_entry_and_says_choose(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        items = [(1, "Acme (Engineer)", "Applied"), (2, "Initech (Analyst)", "Rejected")]
        app.push_screen(PickScreen("About which application?", items, ""))
        await settle(pilot)
        first, second = _entries(app)
        assert first.startswith("› ") and not second.startswith("›"), (first, second)
        keys = " ".join(app.screen.query_one(".form-keys").render().plain.split())
        assert keys.startswith("Enter Choose the one marked ›"), keys


async def test_the_key_that_chooses_is_said_as_bound(opened_paths: DataPaths) -> None:
    # Enter is the picker's `pick.choose`: remapped, the keys line names the key bound and
    # that key takes the marked entry, from the box as from the list.
    opened_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    opened_paths.settings_file.write_text('[keymap]\n"pick.choose" = "ctrl+o"\n', encoding="utf-8")
    chosen: list[int | None] = []
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        items = [(1, "Acme (Engineer)", "Applied"), (2, "Initech (Analyst)", "Rejected")]
        app.push_screen(PickScreen("About which application?", items, ""), chosen.append)
        await settle(pilot)
        keys = " ".join(app.screen.query_one(".form-keys").render().plain.split())
        assert keys.startswith("^o Choose the one marked ›"), keys
        await pilot.press("ctrl+o")
        await settle(pilot)
        assert chosen == [1]
        assert focus_problem(app) is None
