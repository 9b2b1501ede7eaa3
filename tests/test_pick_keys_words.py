"""A pick list's keys line says what each key does as the forms and dialogs do: the word
after the key capitalised, as its button would be.

A stranger's walk: the forms read "^s Save  Enter Choose  Esc Close" with a dropdown open
and the dialogs' bars "y Throw away  n/Esc Keep editing", while the pick lists read "Enter
choose the one marked ›  ↓ mark the next one  Esc cancel", the trap filter "Enter choose
Esc cancel" and the hard day's offer "↑↓ choose  Enter open  Esc not now".
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.content import Content

from bounceback_tui.domain.care import LowDayOffer
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.open_applications import OpenApplication
from bounceback_tui.ui.care.low_day import LowDayScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from bounceback_tui.ui.people.pick import PickScreen
from bounceback_tui.ui.recovery.open_choice import OpenApplicationChoiceScreen
from bounceback_tui.ui.reframe.trap_filter import TrapFilterScreen
from tests.ui_harness import app_on, settle

OPEN = OpenApplication(1, "Acme", "Data Analyst", Stage.APPLIED, None, None, 1)

PICK_LISTS: dict[str, tuple[Any, str]] = {
    "pick one": (
        lambda: PickScreen("About which application?", [(1, "Acme", "Applied")], ""),
        "Enter Choose the one marked ›  ↓ Mark the next one  Esc Cancel",
    ),
    "link someone": (
        lambda: PickScreen(
            "Link Rita to an application", [(1, "Acme", "Applied")], "", verb="link"
        ),
        "Enter Link the one marked ›  ↓ Mark the next one  Esc Cancel",
    ),
    "trap filter": (lambda: TrapFilterScreen({}), "Enter Choose  Esc Cancel"),
    "a hard day": (
        lambda: LowDayScreen(LowDayOffer(show_crisis_link=False)),
        "↑↓ Choose  Enter Open  Esc Not now",
    ),
    "edit or delete an interview": (
        lambda: InterviewChoiceScreen(Content("Technical"), Content("Fri"), can_undo=True),
        "e Edit  d Delete  Enter Choose  Esc Cancel",
    ),
    "is this no for an open application": (
        lambda: OpenApplicationChoiceScreen([OPEN]),
        "Enter Choose  s A separate no  Esc Keep editing",
    ),
}


@pytest.mark.parametrize("pick_list", list(PICK_LISTS))
async def test_a_pick_list_says_its_keys_as_the_forms_do(
    opened_paths: DataPaths, pick_list: str
) -> None:
    make, expected = PICK_LISTS[pick_list]
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        app.push_screen(make())
        await settle(pilot, 3)
        keys = " ".join(str(app.screen.query_one(".form-keys").render()).split(" "))
        assert keys == expected, keys
        assert focus_problem(app) is None
