"""In a picker ("Type to find" over a list), ↑ on the first entry and letters typed on the
list go back to the box, and the key bar shows the picker's keys wherever the focus is.

A stranger on People (`l`, link to an application), twice: after ↓ then ↑ the "›" was back
on the first entry but the list kept the focus; letters typed then were dropped without a
word (the box still said "Type to find"); one more ↑ wrapped the "›" round to the last
entry and Enter linked that one; and the bottom bar said only "esc Cancel". Every picker is
the shared ``PickScreen`` (link, take off, which interview, which application, a coping
card, a thank-you), so one walk covers them.
"""

from __future__ import annotations

from typing import Any

from textual.widgets import Input, OptionList

from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.pick import PickScreen
from tests.people_fixtures import seed_people
from tests.ui_harness import app_on, settle

ITEMS = [
    (11, "Acme — Engineer", "Applied"),
    (12, "Globex — Designer", "Applied"),
    (13, "Initech — Analyst", "Rejected"),
    (14, "Umbrella — Engineer", "Screening"),
]


def _bar(app: Any) -> str:
    """The bottom row as drawn."""
    strips = app.screen._compositor.render_strips()
    return " ".join("".join(segment.text for segment in strips[-1]).split())


async def _walk(paths: DataPaths, *keys: str) -> tuple[list[int | None], Any, str, str]:
    """Open a picker of ``ITEMS``, press ``keys``: what it gave back, what has the focus,
    what the box holds, and the key bar."""
    chosen: list[int | None] = []
    async with app_on(paths, size=(80, 24)) as (app, pilot, _pane):
        app.push_screen(PickScreen("Link Rita to an application", ITEMS, "None"), chosen.append)
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        assert focus_problem(app) is None
        focused = app.focused
        box = app.screen.query_one(Input).value if isinstance(app.screen, PickScreen) else ""
        return chosen, focused, box, _bar(app)


async def test_up_on_the_first_entry_goes_back_to_the_box_not_round_to_the_last(
    opened_paths: DataPaths,
) -> None:
    _chosen, focused, _box, _bar_text = await _walk(opened_paths, "down", "up")
    assert isinstance(focused, OptionList)  # on the first entry, still in the list
    _chosen, focused, _box, _bar_text = await _walk(opened_paths, "down", "up", "up")
    assert isinstance(focused, Input)
    chosen, _focused, _box, _bar_text = await _walk(opened_paths, "down", "up", "up", "enter")
    assert chosen == [11]  # the first entry, never the last
    chosen, *_ = await _walk(opened_paths, "down", "up", "up", "up", "enter")
    assert chosen == [11]


async def test_letters_typed_on_the_list_are_typed_in_the_box(opened_paths: DataPaths) -> None:
    chosen, focused, box, _bar_text = await _walk(opened_paths, "down", *"umb")
    assert isinstance(focused, Input) and box == "umb"
    chosen, *_ = await _walk(opened_paths, "down", *"umb", "enter")
    assert chosen == [14]
    # What was typed before going down stays and is added to; j and k are letters here.
    _chosen, focused, box, _bar_text = await _walk(opened_paths, *"ac", "down", *"jk")
    assert isinstance(focused, Input) and box == "acjk"


async def test_the_key_bar_shows_the_pickers_keys_in_the_box_and_on_the_list(
    opened_paths: DataPaths,
) -> None:
    for keys in ((), ("down",)):
        _chosen, _focused, _box, bar = await _walk(opened_paths, *keys)
        for key in ("⏎ Choose", "↓ Next", "Esc Cancel"):
            assert key in bar, (keys, bar)


async def test_on_people_link_up_and_typing_reach_the_box(opened_paths: DataPaths) -> None:
    """The stranger's walk itself."""
    ids = seed_people(
        opened_paths,
        reached=Stage.APPLIED,
        people={"rita": ({"name": "Rita", "email": "", "kind": "recruiter"}, ())},
    )
    async with app_on(opened_paths, "people", size=(80, 24)) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        for key in ("down", "up", "up", "i", "n"):
            await pilot.press(key)
            await settle(pilot)
            assert focus_problem(app) is None
        assert isinstance(app.focused, Input)
        assert app.focused.value == "in"
        assert "⏎ Choose" in _bar(app)


async def test_backspace_on_the_list_mends_what_was_typed(opened_paths: DataPaths) -> None:
    """The round's last walk: `senior`, ↓, then Backspace did nothing while letters typed
    after it still went into the box ("seniorx")."""
    _chosen, focused, box, _bar_text = await _walk(
        opened_paths, "e", "n", "g", "down", "backspace", "backspace"
    )
    assert isinstance(focused, Input)
    assert box == "e"
