"""At 60 columns every dialog names each of its keys whole (a tester who keeps the terminal
narrow).

The plan offer and the ghosting question took a keys line that goes on to a next line between
two keys (ui/kit/keys_hint.py); the other dialogs kept one line cut with an ellipsis: the
conflict dialog read "r reload  o mine…" (how to go back gone), "1 follow-up from a while
back" "l let go  w in a we…", the pick list "… ↓ mark the next one  Esc…", the answer bank
"… d delete  Esc cl…", the note's questions "… ctrl+s add the ticked  Esc back to yo…".
A question (yes or no, the conflict dialog, the plan offer) has no keys line of its own:
the key bar under it names its buttons' keys with the buttons' words, whole.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any

import pytest
from textual.content import Content
from textual.widget import Widget

from bounceback_tui.domain.care import LowDayOffer
from bounceback_tui.domain.links import WebLink
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.long_past import LongPastFollowUp
from bounceback_tui.services.open_applications import OpenApplication
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from bounceback_tui.ui.people.pick import PickScreen
from bounceback_tui.ui.pipeline.dialogs import GhostScreen, PlanOfferScreen
from bounceback_tui.ui.recovery.open_choice import OpenApplicationChoiceScreen
from bounceback_tui.ui.reframe.trap_filter import TrapFilterScreen
from bounceback_tui.ui.screens.link import LinkScreen
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from bounceback_tui.ui.today.long_past import LongPastScreen
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, fill, settle, settle_workers

Opener = Callable[[Any, Any], Awaitable[None]]
NARROW = (60, 20)


def pushed(make: Callable[[], Any]) -> Opener:
    async def opener(app: Any, pilot: Any) -> None:
        app.push_screen(make())

    return opener


def pressed(*keys: str, note: str = "") -> Opener:
    """The keys a person presses; ``note`` is typed into the form the keys before opened."""

    async def opener(app: Any, pilot: Any) -> None:
        for key in keys:
            if key == "NOTE":
                await fill(pilot, note=note)
                continue
            await pilot.press(key)
            await settle_workers(pilot)

    return opener


def _confirm(yes: str, no: str) -> Opener:
    return pushed(
        lambda: ConfirmScreen("Go on?", "Say yes or no.", confirm_label=yes, cancel_label=no)
    )


def writing(step_key: str) -> Opener:
    """Recovery (`3`), the step ``step_key`` of a new no's plan, Enter: its writing screen."""

    async def opener(app: Any, pilot: Any) -> None:
        from bounceback_tui.ui.recovery.pane import RecoveryPane
        from tests.recovery_fixtures import add_rejection, step_by_key

        if step_key.startswith("optional."):
            from bounceback_tui.services.settings import save_setting

            save_setting(app.db, "recovery_optional_steps", True)
        step = step_by_key(app.db, add_rejection(app.db), step_key)
        await pilot.press("3")
        await settle_workers(pilot)
        assert app.screen.query_one(RecoveryPane).select_step(step.id)
        await pilot.press("enter")

    return opener


def _low_day() -> Any:
    from bounceback_tui.ui.care.low_day import LowDayScreen

    return LowDayScreen(LowDayOffer(show_crisis_link=True))


FOLLOW_UP = LongPastFollowUp(False, 1, "Acme", "Data Analyst", date(2026, 1, 2), 1)
OPEN = OpenApplication(1, "Acme", "Data Analyst", Stage.APPLIED, None, None, 1)

DIALOGS: dict[str, tuple[Opener, tuple[str, ...]]] = {
    "throw away what you typed": (
        _confirm("Throw away", "Keep editing"),
        ("y Throw away", "n/Esc Keep editing"),
    ),
    "unfollow a board": (
        _confirm("Unfollow", "Keep following"),
        ("y Unfollow", "n/Esc Keep following"),
    ),
    "untick a step": (_confirm("Untick", "Keep it ticked"), ("y Untick", "n/Esc Keep it ticked")),
    "add it again": (
        _confirm("Add another", "Keep editing"),
        ("y Add another", "n/Esc Keep editing"),
    ),
    "start the draft empty": (
        _confirm("Start empty", "Carry on"),
        ("y Start empty", "n/Esc Carry on"),
    ),
    "changed in another window": (
        pushed(lambda: ConflictScreen("Acme was changed in another window.", deleted=False)),
        ("r Reload", "o Save my changes", "Esc Keep editing"),
    ),
    "deleted in another window": (
        pushed(lambda: ConflictScreen("Acme was deleted in another window.", deleted=True)),
        ("n Save as new", "d Discard", "Esc Keep editing"),
    ),
    "plan offer": (
        pushed(lambda: PlanOfferScreen("Lumen Health (Data Analyst)")),
        ("y Open the plan", "n/Esc Not now"),
    ),
    "ghosting question": (
        pushed(lambda: GhostScreen("Lumen Health", "Data Analyst", 45, 14, 0)),
        ("y Ghosted", "n Not yet", "Esc Later"),
    ),
    "follow-ups from a while back": (
        pushed(lambda: LongPastScreen([FOLLOW_UP], date(2026, 2, 3))),
        ("l Let them go", "w In a week", "Esc Later"),
    ),
    "pick someone": (
        pushed(
            lambda: PickScreen("Link someone to an application", [(1, "Acme", "Applied")], "None")
        ),
        ("Enter Choose the one marked ›", "↓ Mark the next one", "Esc Cancel"),
    ),
    "open a link": (
        pushed(lambda: LinkScreen(WebLink("https://example.com/jobs", "https://example.com/jobs"))),
        ("c Copy", "Esc Close"),
    ),
    "edit or delete an interview": (
        pushed(lambda: InterviewChoiceScreen(Content("Interview"), Content("Fri"), can_undo=True)),
        ("e Edit", "d Delete", "Enter Choose", "Esc Cancel"),
    ),
    "is this no for an open application": (
        pushed(lambda: OpenApplicationChoiceScreen([OPEN])),
        ("Enter Choose", "s A separate no", "Esc Keep editing"),
    ),
    "trap filter": (pushed(lambda: TrapFilterScreen({})), ("Enter Choose", "Esc Cancel")),
    "a hard day": (
        pushed(lambda: _low_day()),
        ("↑↓ Choose", "Enter Open", "Esc Not now"),
    ),
    "answer bank": (
        pressed("i"),
        ("p Practise", "a Add", "e Edit", "n From a note", "d Delete", "Esc Close"),
    ),
    "practising an answer": (
        pressed("i", "p", "space"),
        ("1-2 Shaky", "3-5 Good", "Esc Close"),
    ),
    "a note's questions": (
        pressed("i", "n", "NOTE", "ctrl+s", note="Is Acme hiring? Why Acme?"),
        ("Space Keep or leave", "^s Add the ticked", "Esc Back to your note"),
    ),
    "how prepared was I": (
        writing("reflect.prepared"),
        ("^s Save and tick", "Esc Close, draft kept"),
    ),
    "questions I would answer differently": (
        writing("reflect.redo"),
        ("^s Save and tick", "Esc Close, draft kept"),
    ),
    "what came back": (
        writing("feedback.response"),
        ("^s Save and tick", "Esc Close, draft kept"),
    ),
    "writing it out, timed": (
        writing("optional.expressive"),
        ("^t Pause", "^s Save", "Esc Close, kept"),
    ),
    "a message to send": (
        pressed("6", "m", "down", "enter"),
        ("^y Copy", "^s Mark as sent", "^o Open in mail", "Esc Close"),
    ),
}


def keys_line_as_shown(app: Any) -> str:
    """What the terminal shows where the dialog's keys line is, its lines joined; a question
    has none, its buttons' keys with their words are on the key bar under it."""
    lines_in = app.screen.query(".form-keys")
    line: Widget = lines_in.first() if lines_in else app.screen.query_one(KeyBar)
    assert line.display and line.region.height, "the keys line is not shown"
    lines = screen_lines(app)
    region = line.region
    return "  ".join(
        lines[y][region.x : region.right].strip() for y in range(region.y, region.bottom)
    )


@pytest.mark.parametrize("size", [NARROW, (60, 30)], ids=["60x20", "60x30"])
@pytest.mark.parametrize("dialog", list(DIALOGS))
async def test_every_key_a_dialog_offers_is_shown_whole(
    opened_paths: DataPaths, dialog: str, size: tuple[int, int]
) -> None:
    opener, keys = DIALOGS[dialog]
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await opener(app, pilot)
        await settle_workers(pilot)
        await settle(pilot, 4)
        shown = keys_line_as_shown(app)
        screen = "\n".join(screen_lines(app))
        assert "…" not in shown, screen
        for key in keys:
            assert key in shown, (key, screen)
        assert focus_problem(app) is None


async def test_the_store_problem_s_fresh_start_question_names_its_keys_whole(
    opened_paths: DataPaths,
) -> None:
    app = StoreProblemApp(
        "The store cannot be read (file is not a database). It was left untouched.",
        backup_label=None,
        aside_name="bounceback.sqlite3.unreadable-20261206-133000",
        restore=lambda: None,
        fresh=lambda: None,
        quiet_s=0,
    )
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot, 4)
        await pilot.press("f")
        await settle(pilot, 4)
        assert isinstance(app.screen, ConfirmScreen)
        shown = keys_line_as_shown(app)
        assert "…" not in shown and "y Start fresh" in shown and "n/Esc Go back" in shown, shown
