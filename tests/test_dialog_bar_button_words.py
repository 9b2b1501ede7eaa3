"""Under a dialog the key bar says what its buttons say, writes a key of several as the
dialog's own keys line does, and the keys line follows the buttons' order.

A stranger's walk: under "Write a thank-you note now?" (buttons Write it, Not now) the bar
read "y Yes  n No", and under the line "n/Esc no" it named n alone. The conflict dialog for a
record deleted elsewhere that cannot be saved as new read "d discard  Esc back" over its
buttons Back to my text, Discard. (The dialogs have no keys line of their own now: see
tests/test_dialog_line_button_words.py.)
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.test_keymap import _keymapped
from tests.ui_harness import app_on, settle

WIDE = (140, 40)


def _bar(app: Any) -> list[tuple[str, str]]:
    return app.screen.query_one(KeyBar).shown()


def _thank_you() -> ConfirmScreen:
    return ConfirmScreen(
        "Write a thank-you note now?",
        "A short note the day after keeps you in mind.",
        confirm_label="Write it",
        cancel_label="Not now",
        danger=False,
    )


async def test_the_bar_says_what_the_buttons_say(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=WIDE) as (app, pilot, _pane):
        app.push_screen(_thank_you())
        await settle(pilot, 4)
        shown = _bar(app)
        labels = [label for _keys, label in shown]
        assert "Write it" in labels and "Not now" in labels, shown
        assert "Yes" not in labels and "No" not in labels, shown
        assert focus_problem(app) is None


async def test_the_bar_names_both_keys_of_no(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=WIDE) as (app, pilot, _pane):
        app.push_screen(_thank_you())
        await settle(pilot, 4)
        assert ("n/Esc", "Not now") in _bar(app), _bar(app)
        assert ("y", "Write it") in _bar(app), _bar(app)


async def test_a_no_the_keymap_moved_reads_as_bound_on_the_bar(
    opened_paths: DataPaths,
) -> None:
    keymap = '[keymap]\n"confirm.no" = "x,escape"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        app.push_screen(_thank_you())
        await settle(pilot, 4)
        assert ("x/Esc", "Not now") in _bar(app), _bar(app)


async def test_the_deleted_dialog_s_bar_follows_its_buttons(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, size=WIDE) as (app, pilot, _pane):
        app.push_screen(
            ConflictScreen(
                "Acme was deleted in another window.", deleted=True, can_save_as_new=False
            )
        )
        await settle(pilot, 4)
        shown = [item for item in _bar(app) if item[1] in ("Back to my text", "Discard")]
        assert shown == [("Esc", "Back to my text"), ("d", "Discard")], _bar(app)
        assert focus_problem(app) is None
