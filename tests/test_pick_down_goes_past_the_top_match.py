"""In a picker with "Type to find" above its list, Enter alone takes the top match and Down
goes on to the next one (README: "press Enter for the top match, or Down to pick another").

A tester on People (`m` on a person, a message, then "About which application?"): one Down
from the box landed on the top match, the very one Enter alone takes, so Down, Enter never
picked the second. The top match counts as highlighted already; Down moves on from it, in
every picker built on the shared one (``PickScreen``).
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, OptionList

from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.people_fixtures import seed_people
from tests.ui_harness import app_on, settle

ITEMS = [
    (11, "Acme — Engineer", "Applied"),
    (12, "Globex — Designer", "Applied"),
    (13, "Initech — Analyst", "Rejected"),
    (14, "Umbrella — Engineer", "Screening"),
]


async def _pick(paths: DataPaths, *keys: str) -> tuple[list[int | None], Any]:
    """Open a picker of ``ITEMS``, press ``keys``; what it gave back (if it closed)."""
    chosen: list[int | None] = []
    async with app_on(paths, size=(80, 24)) as (app, pilot, _pane):
        app.push_screen(PickScreen("Link Rita to an application", ITEMS, "None"), chosen.append)
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        assert focus_problem(app) is None
        still_open = isinstance(app.screen, PickScreen)
    return chosen, still_open


async def test_enter_alone_takes_the_top_item(opened_paths: DataPaths) -> None:
    assert (await _pick(opened_paths, "enter"))[0] == [11]


async def test_one_down_then_enter_takes_the_second_item(opened_paths: DataPaths) -> None:
    assert (await _pick(opened_paths, "down", "enter"))[0] == [12]


async def test_two_downs_take_the_third_and_up_goes_back(opened_paths: DataPaths) -> None:
    assert (await _pick(opened_paths, "down", "down", "enter"))[0] == [13]
    assert (await _pick(opened_paths, "down", "up", "enter"))[0] == [11]


async def test_end_and_home_in_the_list_reach_the_last_and_the_first(
    opened_paths: DataPaths,
) -> None:
    assert (await _pick(opened_paths, "down", "end", "enter"))[0] == [14]
    assert (await _pick(opened_paths, "down", "end", "home", "enter"))[0] == [11]


async def test_down_after_typing_goes_to_the_second_match(opened_paths: DataPaths) -> None:
    # "engineer" finds Acme and Umbrella, and no other.
    assert (await _pick(opened_paths, *"engineer", "enter"))[0] == [11]
    assert (await _pick(opened_paths, *"engineer", "down", "enter"))[0] == [14]


async def test_with_one_match_down_stays_on_it(opened_paths: DataPaths) -> None:
    assert (await _pick(opened_paths, *"globex", "down", "enter"))[0] == [12]


async def test_with_nothing_matching_down_and_enter_pick_nothing(
    opened_paths: DataPaths,
) -> None:
    chosen, still_open = await _pick(opened_paths, *"zzqx", "down", "enter")
    assert chosen == [] and still_open
    chosen, still_open = await _pick(opened_paths, *"zzqx", "down", "escape")
    assert chosen == [None] and not still_open


async def test_about_which_application_down_enter_takes_the_second(
    opened_paths: DataPaths,
) -> None:
    """The tester's walk: Rita is on Acme (applied) and Initech (rejected), and a check-in
    fits both, so People asks which."""
    ids = seed_people(
        opened_paths,
        reached=Stage.APPLIED,
        acme_stage=Stage.APPLIED,
        people={
            "rita": (
                {"name": "Rita", "email": "rita@example.com", "kind": "recruiter"},
                ("acme", "initech"),
            ),
        },
    )
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("m")
        await settle(pilot)
        await pilot.press(*"check-in", "enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, PickScreen)
        assert screen.title_text == "About which application?"
        assert isinstance(app.focused, Input)
        second = screen.query_one(OptionList).get_option_at_index(1).id
        await pilot.press("down")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        message = app.screen
        assert isinstance(message, MessageScreen), message
        assert str(message.view.application_id) == second
