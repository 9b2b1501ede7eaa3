"""A form's keys line says saving and cancelling in its buttons' words, as the key bar does.

The form for following a job board read "Enter save  Esc cancel" over the buttons Follow,
Cancel and the bar's "^s Follow  Esc Cancel": two wordings of one choice. Every form said
"save" whatever its button said (Follow, Next, Record, Export). The line now reads
"Enter Follow  Esc Cancel", the keys as bound, wherever the cursor is.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Button, Static, TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.test_keymap import _keymapped
from tests.ui_harness import app_on, settle


def _line(app: Any) -> str:
    return str(app.screen.query_one(".form-keys", Static).render())


def _bar(app: Any) -> list[str]:
    return [f"{keys} {words}" for keys, words in app.screen.query_one(KeyBar).shown()]


def _buttons(app: Any) -> list[str]:
    return [str(button.label) for button in app.screen.query(Button)]


async def test_the_follow_a_board_form_says_follow(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, _pane):
        await pilot.press("b")
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        assert _buttons(app) == ["Follow", "Cancel"]
        assert _line(app) == "Enter Follow  Esc Cancel"
        assert [e for e in _bar(app) if e in ("^s Follow", "Esc Cancel")] == [
            "^s Follow",
            "Esc Cancel",
        ]
        assert focus_problem(app) is None


def _record_form() -> FormScreen[dict[str, str]]:
    return FormScreen(
        "Record a no",
        (FieldSpec("company", "Company"), FieldSpec("note", "Note", kind="multiline")),
        lambda values: values,
        submit_label="Record",
    )


async def test_a_form_names_its_button_with_its_keys_as_bound(opened_paths: DataPaths) -> None:
    keymap = '[keymap]\n"form.save" = "ctrl+t"\n"form.cancel" = "ctrl+l"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        app.push_screen(_record_form())
        await settle(pilot, 3)
        assert _line(app) == "Enter Record  ^l Cancel"
        assert [e for e in _bar(app) if e in ("^t Record", "^l Cancel")] == [
            "^t Record",
            "^l Cancel",
        ]
        await pilot.press("tab")  # into the note: Enter starts a new line there
        await settle(pilot)
        assert isinstance(app.focused, TextArea)
        assert _line(app) == "^t Record  Enter New line  ^l Cancel"
        assert focus_problem(app) is None
