"""A word typed for two of an action's words written as one finds it: "followup" is Set a
follow-up date.

"follow up" found "Set a follow-up date" (and Write a message, whose words hold "follow
up"), but "followup", one word, found nothing at all: the palette matched word by word, and
no word of any action is "followup". "backup" found Back up now only because "backup" is
among its keywords. A word typed for two neighbouring words of an action's name or its
words, written as one ("followup", "checkin", "goto"), now finds it, a step below the same
word found as typed. Every expected first hit is written out by hand.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from textual.widgets import Input

from bounceback_tui.domain.search import Ranker
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.palette_fixtures import Records, build_store
from tests.palette_fixtures_ui import search


class Action(NamedTuple):
    title: str
    keywords: str


ACTIONS = [
    Action("Go to Pipeline", "pane switch open show pipeline"),
    Action("Daily check-in", "check in mood feeling how am i"),
    Action("Set a follow-up date", "follow up remind chase nudge"),
    Action("Write a message", "message thank you thanks note email follow up write reply"),
    Action("Back up now", "backup copy safe"),
    Action("Restore a backup", "restore backup undo earlier copy go back recover"),
    Action("Edit the application", "change update"),
]


def _first(typed: str) -> list[str]:
    ranker = Ranker(
        ACTIONS,
        label_of=lambda a: a.title,
        text_of=lambda a: a.keywords,
        verb_first=True,
        joined=True,
    )
    return [hit.item.title for hit in ranker.search(typed)]


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("followup", "Set a follow-up date"),
        ("follow up", "Set a follow-up date"),
        ("follow-up", "Set a follow-up date"),
        ("folowup", "Set a follow-up date"),  # a letter left out: one slip
        ("followup date", "Set a follow-up date"),
        ("checkin", "Daily check-in"),
        ("goto pipeline", "Go to Pipeline"),
        ("backup", "Back up now"),
        ("update", "Edit the application"),  # a word as typed comes before two joined
    ],
)
def test_a_word_for_two_words_joined_finds_the_action(typed: str, first: str) -> None:
    found = _first(typed)
    assert found[:1] == [first], found


def test_followup_finds_the_message_too_and_nothing_it_does_not_name() -> None:
    found = _first("followup")
    assert "Write a message" in found, found  # its words hold "follow up"
    assert "Back up now" not in found and "Daily check-in" not in found, found


@pytest.fixture
def records(db: Database) -> Records:
    return store_once(db, build_store)


async def test_followup_in_the_palette(records: Records, opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(records.northwind)
        results = await search(app, pilot, "followup")
        assert [line.split(" | ")[0] for line in results][:1] == ["Set a follow-up date"], results
        assert app.focused is app.screen.query_one(Input)


@pytest.mark.parametrize(
    ("typed", "taken_for"),
    [
        ("followup", ()),  # as typed
        ("folowup", ("followup",)),  # a letter left out
        ("followpu", ("followup",)),  # two letters swapped
        ("checkin", ()),
        ("chekin", ("checkin",)),
        ("folow up", ("follow",)),  # a slip in one word, as before
    ],
)
def test_a_joined_word_typed_with_a_slip_is_a_slip(typed: str, taken_for: tuple[str, ...]) -> None:
    """ "folowup" and "followpu" were taken as typed ("followup" is no word of any action, so
    no slip was found), and Enter weighed them as a word typed exactly: a slip is now a slip,
    whether in one word or in two written as one, and says which it was taken for."""
    ranker = Ranker(
        ACTIONS,
        label_of=lambda a: a.title,
        text_of=lambda a: a.keywords,
        verb_first=True,
        joined=True,
    )
    first = ranker.search(typed)[0]
    assert first.guessed == taken_for, first


def test_a_slip_in_two_words_joined_ranks_below_them_typed_exactly() -> None:
    ranker = Ranker(ACTIONS, label_of=lambda a: a.title, text_of=lambda a: a.keywords, joined=True)
    exact = ranker.search("followup")[0]
    slip = ranker.search("followpu")[0]
    assert exact.item.title == slip.item.title == "Set a follow-up date"
    assert slip.score < exact.score
