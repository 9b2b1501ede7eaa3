"""Under a dialog the key bar gives the dialog's keys in the order of its buttons, and writes
Escape as the dialog's own keys line does ("Esc").

A stranger's walk: under the New application form the bar read "esc Cancel  ^s Save" over
the form's own line "^s save … Esc cancel" and its buttons Save, Cancel; under the Pipeline's
`i` question ("… for later (a opens it)?") it read "y Import  n Back  c Carry on" over the
buttons Import a posting, Carry on, Back. One way of writing a key for the whole app, and one
order for a dialog's keys: its buttons' (kit/key_text.key_written, kit/bar_bindings.py).
"""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from textual.widgets import Button

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.pipeline.dialogs import GhostScreen, PlanOfferScreen
from bounceback_tui.ui.screens.link import LinkScreen
from bounceback_tui.ui.today.long_past import LongPastScreen
from tests.built_stores import store_once
from tests.test_dialog_keys_whole import DIALOGS, FOLLOW_UP, Opener, pressed, pushed, writing
from tests.test_import_keeps_draft import _left_over
from tests.test_keymap import _keymapped
from tests.ui_harness import app_on, settle, settle_workers

WIDE = (140, 40)


def _bar(app: Any) -> list[tuple[str, str]]:
    """(keys, label) of each key on the key bar under the dialog, in order."""
    return app.screen.query_one(KeyBar).shown()


def _buttons(app: Any) -> list[str]:
    return [str(button.label) for button in app.screen.query(Button) if button.display]


def _in_order(shown: list[tuple[str, str]], wanted: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The keys of ``wanted`` as the bar gives them, in its order."""
    return [item for item in shown if item in wanted]


async def test_the_bar_under_a_form_writes_esc_as_the_form_does(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline", size=WIDE) as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, ApplicationFormScreen)
        line = app.screen.query_one(".form-keys", KeysHint).keys.plain
        assert "Esc Cancel" in line, line
        shown = _bar(app)
        assert ("Esc", "Cancel") in shown, shown
        assert all(keys != "esc" for keys, _label in shown), shown


async def test_a_key_the_keymap_moved_is_written_as_bound_on_the_bar_and_the_line(
    opened_paths: DataPaths,
) -> None:
    async with _keymapped(opened_paths, '[keymap]\n"form.cancel" = "ctrl+l"\n') as (app, pilot):
        await pilot.press("2")
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, ApplicationFormScreen)
        assert "^l Cancel" in app.screen.query_one(".form-keys", KeysHint).keys.plain
        assert ("^l", "Cancel") in _bar(app)


async def test_the_i_question_s_bar_gives_its_keys_in_its_buttons_order(
    opened_paths: DataPaths, db: Database
) -> None:
    _left_over(db)
    async with app_on(opened_paths, "pipeline", size=WIDE) as (app, pilot, _pane):
        await pilot.press("i")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        assert _buttons(app) == ["Import a posting", "Carry on", "Back"]
        wanted = [("y", "Import a posting"), ("c", "Carry on"), ("n/Esc", "Back")]
        assert _in_order(_bar(app), wanted) == wanted, _bar(app)
        assert focus_problem(app) is None


# Each dialog with buttons: its buttons as the person reads them, and the bar's keys for them
# in that order (a key with no button, such as a dialog's Escape for later, anywhere).
BUTTONS_AND_BAR: dict[str, tuple[Opener, list[str], list[tuple[str, str]]]] = {
    "new application form": (
        pressed("2", "a"),
        ["Save", "Cancel"],
        [("^s", "Save"), ("Esc", "Cancel")],
    ),
    "a yes or no": (
        pushed(lambda: ConfirmScreen("Go on?", "Say yes or no.")),
        ["Yes", "No"],
        [("y", "Yes"), ("n/Esc", "No")],
    ),
    "changed in another window": (
        pushed(lambda: ConflictScreen("Acme was changed in another window.", deleted=False)),
        ["Reload", "Save my changes"],
        [("r", "Reload"), ("o", "Save my changes")],
    ),
    "deleted in another window": (
        pushed(lambda: ConflictScreen("Acme was deleted in another window.", deleted=True)),
        ["Save as new", "Discard"],
        [("n", "Save as new"), ("d", "Discard")],
    ),
    "deleted, and it cannot be saved as new": (
        pushed(
            lambda: ConflictScreen(
                "Acme was deleted in another window.", deleted=True, can_save_as_new=False
            )
        ),
        ["Back to my text", "Discard"],
        [("Esc", "Back to my text"), ("d", "Discard")],
    ),
    "plan offer": (
        pushed(lambda: PlanOfferScreen("Lumen Health (Data Analyst)")),
        ["Open the plan", "Not now"],
        [("y", "Open the plan"), ("n/Esc", "Not now")],
    ),
    "ghosting question": (
        pushed(lambda: GhostScreen("Lumen Health", "Data Analyst", 45, 14, 0)),
        ["Ghosted", "Not yet"],
        [("y", "Ghosted"), ("n", "Not yet")],
    ),
    "follow-ups from a while back": (
        pushed(lambda: LongPastScreen([FOLLOW_UP], date(2026, 2, 3))),
        ["Let them go", "In a week"],
        [("l", "Let them go"), ("w", "In a week")],
    ),
    "open a link": (
        pushed(lambda: LinkScreen(_link())),
        ["Copy", "Close"],
        [("c", "Copy"), ("Esc", "Close")],
    ),
    "how prepared was I": (
        writing("reflect.prepared"),
        ["Save", "Close"],
        [("^s", "Save"), ("Esc", "Close")],
    ),
}


def _link() -> Any:
    from bounceback_tui.domain.links import WebLink

    return WebLink("https://example.com/jobs", "https://example.com/jobs")


@pytest.mark.parametrize("dialog", list(BUTTONS_AND_BAR))
async def test_the_bar_gives_a_dialog_s_keys_in_its_buttons_order(
    opened_paths: DataPaths, dialog: str
) -> None:
    opener, buttons, wanted = BUTTONS_AND_BAR[dialog]
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=WIDE) as (app, pilot, _pane):
        await opener(app, pilot)
        await settle_workers(pilot)
        await settle(pilot, 4)
        assert _buttons(app) == buttons
        assert _in_order(_bar(app), wanted) == wanted, _bar(app)
        assert focus_problem(app) is None


@pytest.mark.parametrize("dialog", list(DIALOGS))
async def test_every_dialog_s_bar_writes_esc_as_its_keys_line(
    opened_paths: DataPaths, dialog: str
) -> None:
    opener, _keys = DIALOGS[dialog]
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=WIDE) as (app, pilot, _pane):
        await opener(app, pilot)
        await settle_workers(pilot)
        await settle(pilot, 4)
        shown = _bar(app)
        lines = app.screen.query(".form-keys").results(KeysHint)
        line = next(lines, None)  # a question has none: its keys are on the bar alone
        assert "Esc" in (line.keys.plain if line else _bar_text(shown)), (line, shown)
        # (a key with two, "n,escape", shows both as the line does: "n/Esc No")
        assert all("esc" not in keys.split("/") for keys, _label in shown), shown


def _bar_text(shown: list[tuple[str, str]]) -> str:
    return "  ".join(f"{keys} {label}" for keys, label in shown)
