"""A run of letters typed in a filter finds the names it is the initials of.

`sre` found "screen" in a note (a scattered match inside one word) and not the Site
Reliability Engineer roles (the last walk). A run of letters now also matches the initials of
consecutive capitalised words, and ranks them above a scattered match inside one word, below
a word typed as the text has it. One matcher is behind every list's filter, the palette and
the pickers. Every expected result is written out by hand.
"""

from __future__ import annotations

from textual.widgets import Static

from bounceback_tui.domain.fuzzy import FuzzyIndex, rank
from bounceback_tui.domain.search import Kind, SearchEntry, SearchIndex
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.pipeline_fixtures import add
from tests.ui_harness import app_on, settle

TEXTS = [
    "Lumen Studio (Data Analyst) the screen share went fine",
    "Northwind Labs (Senior Site Reliability Engineer)",
    "Acme Robotics (Site Reliability Engineer)",
    "Foxglove Health (Product Manager)",
    "Initech (Backend Engineer) some really easy questions",
    "SRE Guild (Organizer)",
]


def _found(typed: str) -> list[str]:
    return [text.split(" (")[0] for text, _score in rank(typed, TEXTS, str)]


def test_letters_typed_find_the_words_they_are_the_initials_of() -> None:
    # The word typed as the text has it first, then the initials, then the note's "screen".
    assert _found("sre") == ["SRE Guild", "Northwind Labs", "Acme Robotics", "Lumen Studio"]
    assert _found("pm") == ["Foxglove Health"]  # Product Manager
    # Senior Site Reliability Engineer, then "SRE" with a letter typed twice (one slip).
    assert _found("ssre") == ["Northwind Labs", "SRE Guild"]
    assert _found("nl") == ["Northwind Labs"]
    # Words without capitals make no initials: a note's plain sentence is not a name.
    assert "Initech" not in _found("sre")
    # A bracket ends a name: "Northwind Labs (Senior Site" is two names, not one.
    assert _found("lss") == []
    assert _found("hpm") == []  # "Foxglove Health (Product Manager)"


def test_an_edited_text_is_found_by_its_new_initials_only() -> None:
    index = FuzzyIndex(TEXTS, str)
    index.replace(3, "Foxglove Health (Program Lead)", TEXTS[3], "Foxglove Health (Program Lead)")
    assert index.search("pm") == []
    assert [item for item, _ in index.search("pl")] == ["Foxglove Health (Program Lead)"]


def test_the_palette_finds_a_role_by_its_initials() -> None:
    entries = [SearchEntry(Kind.APPLICATION, n, text) for n, text in enumerate(TEXTS)]
    found = [hit.item.id for hit in SearchIndex(entries).search("sre")]
    # The initials first; then, as a filter finds it (one rule: "sre" is "screen" with a
    # letter left out), the note about the screen share.
    assert found == [5, 1, 2, 0]
    assert {item for item, _ in FuzzyIndex(TEXTS, str).search("sre")} == {TEXTS[n] for n in found}


async def test_sre_in_the_pipeline_shows_the_reliability_roles_before_the_screen_note(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Lumen Studio", "Data Analyst", notes="The screen share went fine.")
    add(db, "Northwind Labs", "Senior Site Reliability Engineer")
    add(db, "Acme Robotics", "Site Reliability Engineer")
    add(db, "Foxglove Health", "Product Manager")
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert isinstance(pane, PipelinePane)
        await pilot.press("slash", *"sre")
        await settle(pilot)
        shown = [row.company for row in pane.visible_rows]
        assert shown[:2] in (
            ["Northwind Labs", "Acme Robotics"],
            ["Acme Robotics", "Northwind Labs"],
        )
        assert shown[2:] == ["Lumen Studio"]
        assert "3 of 4" in str(app.query_one("#pipeline-filter-status", Static).render())
        assert pane.filter_input.has_focus
