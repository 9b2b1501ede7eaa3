"""Keys a dialog's line names by their word, and a service's sentence, as the keymap has them.

The low day's offer read "↑↓ choose  Enter open  Esc not now" and the interview's choice
"e edit  d delete  Enter choose  Esc cancel" with Enter written by hand: their lists' Enter
is now a binding of the kit's (``choices.choose``), and a keymap that moves it is read there.
The Pipeline's `x` over a rejection made in another window said "press e on it in Recovery
(3)", written in services/, which cannot ask the keymap: it now takes the keys as bound.
"""

from __future__ import annotations

from bounceback_tui.domain.care import LowDayOffer
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import ConflictError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.move_conflicts import rejection_retold
from bounceback_tui.ui.care.low_day import LowDayScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.test_keymap import _keymapped


async def test_the_low_day_offer_names_its_lists_enter_as_bound(opened_paths: DataPaths) -> None:
    chosen: list[str | None] = []
    async with _keymapped(opened_paths, '[keymap]\n"choices.choose" = "o"\n') as (app, pilot):
        app.push_screen(LowDayScreen(LowDayOffer(show_crisis_link=False)), chosen.append)
        await pilot.pause()
        await pilot.pause()
        keys = str(app.screen.query_one(".form-keys").render())
        assert keys == "↑↓ Choose  o Open  Esc Not now", keys
        await pilot.press("o")
        await pilot.pause()
        await pilot.pause()
        assert chosen == ["breathe"]
        assert focus_problem(app) is None


async def test_the_low_day_offer_keeps_enter_when_left_alone(opened_paths: DataPaths) -> None:
    async with _keymapped(opened_paths, "") as (app, pilot):
        app.push_screen(LowDayScreen(LowDayOffer(show_crisis_link=False)))
        await pilot.pause()
        await pilot.pause()
        keys = str(app.screen.query_one(".form-keys").render())
        assert keys == "↑↓ Choose  Enter Open  Esc Not now", keys


def test_a_rejection_made_elsewhere_names_recoverys_keys_as_given() -> None:
    """The caller gives the keys as its keymap has them (ui/pipeline/stage_moves.py)."""
    error = ConflictError(
        "changed", current={"stage": Stage.REJECTED.value, "company": "Acme"}, current_version=3
    )
    told = rejection_retold(
        error, "Acme", Stage.APPLIED, "Engineer", edit_key="E", recovery_key="ctrl+3"
    )
    assert told.settled == (
        "It is already marked rejected there, so yours cannot be saved over it. "
        "Reload to see it; to change the reason, press E on it in Recovery (ctrl+3)."
    )


async def test_the_interview_choice_names_its_lists_enter_as_bound(
    opened_paths: DataPaths,
) -> None:
    from textual.content import Content

    from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen

    async with _keymapped(opened_paths, '[keymap]\n"choices.choose" = "o"\n') as (app, pilot):
        screen = InterviewChoiceScreen(Content("Technical"), Content("Fri 13 Mar"), can_undo=True)
        app.push_screen(screen)
        await pilot.pause()
        await pilot.pause()
        keys = str(app.screen.query_one(".form-keys").render())
        assert keys == "e Edit  d Delete  o Choose  Esc Cancel", keys
