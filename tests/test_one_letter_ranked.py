"""One letter typed in a filter or the palette puts the items it begins first.

A letter matches every word it begins, all alike, so a one-letter filter listed its matches
in the list's order: "n" in the Pipeline showed an application whose note said "need to
call" or whose role was "Network Engineer" above Northwind and Nimbus, whichever came first
in the sort. Now the items whose first word the letter begins (a row's company, a person's
name, an action's title) come first, then the rest, each in the list's order; what matches
is as before. A long list (``fuzzy_letters``, from 20,000 items) ranks the same. Every
expected result is written out by hand.
"""

from __future__ import annotations

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.search import Ranker
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.pipeline_fixtures import add
from tests.ui_harness import app_on, settle

TEXTS = [
    "Acme Data Analyst need to call back",
    "Globex Network Engineer",
    "Northwind Labs Data Analyst",
    "Zeta Designer",
    "Nimbus Backend Engineer",
]


def test_the_items_a_letter_begins_come_first_then_the_rest_in_order() -> None:
    index = FuzzyIndex(TEXTS, str)
    assert [text.split()[0] for text, _ in index.search("n")] == [
        "Northwind",
        "Nimbus",
        "Acme",
        "Globex",
    ]


def test_an_edit_moves_an_item_between_the_two() -> None:
    index = FuzzyIndex(TEXTS, str)
    index.replace(2, "Lumen Northwind Data Analyst", TEXTS[2], "Lumen Northwind Data Analyst")
    index.replace(5, "Nova Health", "", "Nova Health")  # added
    assert [text.split()[0] for text, _ in index.search("n")] == [
        "Nimbus",
        "Nova",
        "Acme",
        "Globex",
        "Lumen",
    ]


def test_a_ranked_list_shows_them_first_in_its_sort_order_long_or_short() -> None:
    for letters_from in (None, 1):  # short, and a list long enough to know its letters
        model: ListModel[str, str] = ListModel(
            lambda text: text, str, order=sorted, ranked=True, letters_from=letters_from
        )
        model.replace(TEXTS)
        model.set_filter("n")
        assert [text.split()[0] for text in model.visible] == [
            "Nimbus",
            "Northwind",
            "Acme",
            "Globex",
        ]
        assert model.visible.index_of_key(TEXTS[1]) == 3  # Globex, found where it is shown
        assert model.visible.index_of_key(TEXTS[3]) is None  # Zeta: no word "n" begins
        model.set_filter("n", lambda text: "Data" in text, condition_key="data")
        assert [text.split()[0] for text in model.visible] == ["Northwind", "Acme"]


def test_the_palette_s_actions_put_the_titles_a_letter_begins_first() -> None:
    actions = Ranker(
        ["Add an application", "Export everything", "Back up the store", "Breathe for a minute"],
        label_of=str,
    )
    assert [hit.item for hit in actions.search("b")] == [
        "Back up the store",
        "Breathe for a minute",
    ]
    # "Breathe for a minute" holds the word "a": after the title "a" begins.
    assert [hit.item for hit in actions.search("a")] == [
        "Add an application",
        "Breathe for a minute",
    ]
    actions = Ranker(["Go to Today", "Today's answers", "Talk it through"], label_of=str)
    assert [hit.item for hit in actions.search("t")] == [
        "Today's answers",
        "Talk it through",
        "Go to Today",
    ]


async def test_n_in_the_pipeline_shows_the_companies_it_begins_first(
    opened_paths: DataPaths, db: Database
) -> None:
    # Added first, so the newest-first list had them last.
    add(db, "Northwind Labs", "Data Analyst")
    add(db, "Nimbus", "Backend Engineer")
    add(db, "Zeta", "Designer")
    add(db, "Globex", "Network Engineer")
    add(db, "Acme", "Data Analyst", notes="Need to call back.")
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert isinstance(pane, PipelinePane)
        await pilot.press("slash", "n")
        await settle(pilot)
        shown = [row.company for row in pane.visible_rows]
        assert sorted(shown[:2]) == ["Nimbus", "Northwind Labs"]
        assert sorted(shown[2:]) == ["Acme", "Globex"]
        assert app.focused is pane.filter_input
