"""A word of one letter matches the start of a word (or an initial), not its inside.

`b q` in a filter found "Café Numérique", "q" being inside "Numérique": one letter is inside
most texts, so a query of initials found rows that begin with none of them. Now a word of one
letter is found where a word begins ("b" finds "Backend" and "B. Reyes"), and a longer word is
found as before, inside one too ("ique"). One matcher is behind every place a list is searched:
the panes' filters (tests/test_filter_nonsense.py asks the Pipeline, Recovery, Skills and
People the same table), the palette's records and actions, and the pickers. A letter of a
script written without spaces between words is still found inside its run of letters ("京" in
"東京": there a run is a phrase, not a word). Every expected result is written out by hand.
"""

from __future__ import annotations

from textual.widgets import OptionList

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.search import Kind, Ranker, SearchEntry, SearchIndex
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.people.pick import PickScreen
from tests.ui_harness import app_on, settle

ENTRIES = [
    SearchEntry(Kind.APPLICATION, 1, "Café Numérique — Backend Engineer"),
    SearchEntry(Kind.APPLICATION, 2, "Foxglove Health — QA Engineer"),
    SearchEntry(Kind.PERSON, 3, "B. Reyes", text="Recruiter at Quarry Labs"),
    SearchEntry(Kind.SKILL, 4, "東京 office Japanese"),
]


def _found(query: str) -> list[int]:
    return sorted(hit.item.id for hit in SearchIndex(ENTRIES).search(query))


def test_the_palette_finds_records_by_the_words_the_letters_begin() -> None:
    assert _found("b q") == [3]  # "B." and "Quarry", not "Backend" and "Numérique"
    assert _found("q e") == [2]  # QA Engineer
    assert _found("b e") == [1]  # Backend Engineer
    assert _found("c n") == [1]  # Café Numérique
    assert _found("k t") == []  # inside "Backend" and "Engineer" only
    assert _found("ique") == [1]  # a longer word is still found inside one
    assert _found("京 o") == [4]  # a letter of a script without spaces: inside its run


def test_the_palette_s_actions_match_a_letter_where_a_word_begins() -> None:
    actions = Ranker(
        ["Quit", "Add an application", "Back up the store", "Export everything"],
        label_of=str,
    )
    assert [hit.item for hit in actions.search("q")] == ["Quit"]  # not "Back up"'s "u"…
    assert sorted(hit.item for hit in actions.search("b")) == ["Back up the store"]
    assert [hit.item for hit in actions.search("k")] == []  # inside "Back" only
    assert [hit.item for hit in actions.search("ything")] == ["Export everything"]


def test_a_letter_typed_alone_finds_the_words_it_begins_with_the_letters_known() -> None:
    """A long list knows each letter's items beforehand (``domain/fuzzy_letters``): the same
    rule there, before and after an edit."""
    texts = ["Café Numérique Backend", "QA Engineer", "B. Reyes", "Lumen Health"]
    index = FuzzyIndex(texts, str, letters=True)
    assert sorted(index.matches("q")[0]) == [1]
    assert sorted(index.matches("b")[0]) == [0, 2]
    assert sorted(index.matches("k")[0]) == []
    index.replace(3, "Kestrel Labs", "Lumen Health", "Kestrel Labs")
    assert sorted(index.matches("k")[0]) == [3]
    assert sorted(index.matches("h")[0]) == []  # "Health" went with the edit


ITEMS = [
    (11, "Café Numérique — Backend Engineer", "Applied"),
    (12, "Foxglove Health — QA Engineer", "Applied"),
    (13, "Quarry Labs — Analyst", "Screening"),
]


async def _shown_in_picker(paths: DataPaths, typed: str) -> list[str]:
    async with app_on(paths, size=(100, 30)) as (app, pilot, _pane):
        app.push_screen(PickScreen("About which application?", ITEMS, "None"))
        await settle(pilot)
        for key in typed:
            await pilot.press("space" if key == " " else key)
            await settle(pilot)
        options = app.screen.query_one(OptionList)
        return [
            str(options.get_option_at_index(index).prompt).split("  ")[0]
            for index in range(options.option_count)
        ]


async def test_a_picker_finds_the_words_the_letters_begin(opened_paths: DataPaths) -> None:
    assert await _shown_in_picker(opened_paths, "b q") == ["Nothing matches “b q”."]
    # The name the letter begins first (tests/test_one_letter_ranked.py), then the rest.
    assert await _shown_in_picker(opened_paths, "q") == [
        "Quarry Labs — Analyst",
        "Foxglove Health — QA Engineer",
    ]
