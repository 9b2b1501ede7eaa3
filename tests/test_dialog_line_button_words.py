"""A question names each choice one way: its buttons say it, and the key bar under the
dialog gives each button's key with the button's words, in the buttons' order. It has no
keys line of its own, which named the same choices in other words.

"Delete Acme (Data Analyst)?" read "y yes  n/Esc no" inside the dialog, over the buttons
Delete, Keep it and the bar's "y Delete  n/Esc Keep it": two wordings of one choice. The
dialog for a record deleted in another window read "Esc back  d discard" over Back to my
text, Discard; the ghosting question "y ghosted  n not yet  Esc later"; the plan offer
"y open  n/Esc not now" over Open the plan, Not now; the long-past follow-ups "l let go"
over Let them go. With the buttons' words the line was the bar again, on two or three
lines beside the buttons ("o Save mine over…"). The link dialog read "c copy  Esc close"
over Copy, Close; a message to send "^y copy  ^o mail  ^s sent  Esc close" over Mark as
sent and the bar's "^s Mark as sent  ^o Open in mail".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from textual.screen import Screen
from textual.widgets import Button

from bounceback_tui.domain.links import WebLink
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.long_past import LongPastFollowUp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.pipeline.dialogs import GhostScreen, PlanOfferScreen
from bounceback_tui.ui.pipeline.import_or_draft import ImportOrDraftScreen
from bounceback_tui.ui.screens.link import LinkScreen
from bounceback_tui.ui.today.long_past import LongPastScreen
from tests.built_stores import store_once
from tests.test_keymap import _keymapped
from tests.ui_harness import app_on, settle, settle_workers

WIDE = (160, 40)


def _delete() -> Screen[Any]:
    return ConfirmScreen(
        "Delete Acme (Data Analyst)?", confirm_label="Delete", cancel_label="Keep it"
    )


def _long_past() -> Screen[Any]:
    follow_up = LongPastFollowUp(False, 1, "Acme", "Data Analyst", date(2026, 1, 2), 1)
    return LongPastScreen([follow_up], date(2026, 3, 9))


# What a person should read under each dialog: each key, then its choice's words.
DIALOGS: dict[str, tuple[Callable[[], Screen[Any]], list[str]]] = {
    "delete": (_delete, ["y Delete", "n/Esc Keep it"]),
    "changed elsewhere": (
        lambda: ConflictScreen("Acme was changed in another window.", deleted=False),
        ["r Reload", "o Save my changes", "Esc Keep editing"],
    ),
    "deleted elsewhere": (
        lambda: ConflictScreen("Acme was deleted.", deleted=True, can_save_as_new=False),
        ["Esc Back to my text", "d Discard"],
    ),
    "deleted elsewhere, save as new": (
        lambda: ConflictScreen("Acme was deleted.", deleted=True),
        ["n Save as new", "d Discard", "Esc Keep editing"],
    ),
    "plan offer": (lambda: PlanOfferScreen("Acme (Analyst)"), ["y Open the plan", "n/Esc Not now"]),
    "ghosting": (
        lambda: GhostScreen("Acme", "Analyst", 30, 14, 0),
        ["y Ghosted", "n Not yet", "Esc Later"],
    ),
    "import or draft": (
        lambda: ImportOrDraftScreen("Acme (Analyst)", None),
        ["y Import a posting", "c Carry on", "n/Esc Back"],
    ),
    "long past": (_long_past, ["l Let them go", "w In a week", "Esc Later"]),
    "open a link": (
        lambda: LinkScreen(WebLink("https://example.com/[b]jobs", "https://example.com/[b]jobs")),
        ["c Copy", "Esc Close"],
    ),
}


def _lines(app: Any) -> list[str]:
    """The keys lines inside the dialog (none)."""
    return [hint.keys.plain for hint in app.screen.query(KeysHint) if hint.display]


def _bar(app: Any) -> list[str]:
    return [f"{keys} {words}" for keys, words in app.screen.query_one(KeyBar).shown()]


def _buttons(app: Any) -> list[str]:
    return [str(button.label) for button in app.screen.query(Button)]


@pytest.mark.parametrize("which", list(DIALOGS))
async def test_the_buttons_and_the_bar_name_each_choice_one_way(
    opened_paths: DataPaths, which: str
) -> None:
    make, said = DIALOGS[which]
    async with app_on(opened_paths, size=WIDE) as (app, pilot, _pane):
        app.push_screen(make())
        await settle(pilot, 4)
        bar = _bar(app)
        assert _lines(app) == [], _lines(app)
        assert [entry for entry in bar if entry in said] == said, bar
        # Every button's words are on the bar, in the buttons' order.
        buttons = _buttons(app)
        worded = [entry.split(" ", 1)[1] for entry in bar]
        assert [words for words in worded if words in buttons] == buttons, (bar, buttons)
        assert focus_problem(app) is None


async def test_a_remapped_yes_and_no_show_under_the_buttons_with_their_words(
    opened_paths: DataPaths,
) -> None:
    keymap = '[keymap]\n"confirm.yes" = "Y"\n"confirm.no" = "x"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        app.push_screen(_delete())
        await settle(pilot, 4)
        assert _lines(app) == [], _lines(app)
        assert [e for e in _bar(app) if e in ("Y Delete", "x Keep it")] == ["Y Delete", "x Keep it"]
        assert focus_problem(app) is None


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)], ids=["60x20", "80x24", "120x40"])
async def test_a_message_to_send_names_its_keys_once_in_its_words(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        for key in ("6", "m", "down", "enter"):  # People: a gracious reply to a no
            await pilot.press(key)
            await settle_workers(pilot)
        await settle(pilot, 4)
        assert isinstance(app.screen, MessageScreen)
        assert _lines(app) == [], _lines(app)
        said = ["^y Copy", "^s Mark as sent", "^o Open in mail", "Esc Close"]
        assert sorted(entry for entry in _bar(app) if entry in said) == sorted(said), _bar(app)
        assert focus_problem(app) is None
