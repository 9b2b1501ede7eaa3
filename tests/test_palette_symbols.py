"""The palette asks the symbols typed among the words, as the panes' filters do.

The palette passed only the words of a query to the matcher, so a symbol typed there was
ignored: "c++" found what "c" found (the actions with a "c"; no record, one letter being too
short), and "c#" and ".net" found nothing specific (".net" found Internet and Netflix). Now
the palette asks what the filters ask (``domain/fuzzy_text.query_terms``): a symbol that is part of
a word ("c++", "c#") and a word begun with a full stop (".net") must be in the record as
typed, while the punctuation between words is still excused ("Northwind: C++", the app's own
"Company (Role)"). Every expected result is written out by hand.
"""

from __future__ import annotations

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.search import Kind, Ranker, SearchEntry, SearchIndex
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add

ROLES = [
    ("Northwind Analytics", "C++ Developer"),
    ("Contoso", "C# Engineer"),
    ("Fabrikam", ".NET Developer"),
    ("Netflix", "Data Engineer"),
    ("Coho Winery", "Designer"),
]
ENTRIES = [
    *(
        SearchEntry(Kind.APPLICATION, n, f"{company} — {role}")
        for n, (company, role) in enumerate(ROLES, 1)
    ),
    SearchEntry(Kind.SKILL, 6, "Internet security basics"),
]


def _found(query: str) -> list[int]:
    return sorted(hit.item.id for hit in SearchIndex(ENTRIES).search(query))


def test_a_symbol_in_a_word_is_asked_of_the_record() -> None:
    assert _found("c++") == [1]
    assert _found("c#") == [2]
    assert _found(".net") == [3]  # not Netflix, not Internet
    assert _found("c++ dev") == [1]
    assert _found("net") == [3, 4, 6]  # the word alone finds them all, as before


def test_punctuation_between_words_is_still_excused() -> None:
    assert _found("Northwind: C++") == [1]
    assert _found("Northwind Analytics (C++ Developer)") == [1]  # the app's own name
    assert _found("contoso, c#") == [2]
    assert _found("fabrikam .net?") == [3]


def test_a_symbol_the_record_does_not_hold_finds_nothing() -> None:
    assert _found("c*") == []
    assert _found("net 🚀") == []


def test_the_actions_ask_the_symbols_too() -> None:
    """An action's title holds no "+": "c++" no longer lists every action with a "c"."""
    actions = Ranker(["Clear the filter", "Copy the link", "Add an application"], label_of=str)
    assert [hit.item for hit in actions.search("c++")] == []
    assert [hit.item for hit in actions.search("c")] == ["Clear the filter", "Copy the link"]


def test_the_palette_and_the_filters_find_the_same() -> None:
    """The same queries in a pane's filter (the ``ListModel`` every pane holds)."""
    model: ListModel[SearchEntry, int] = ListModel(lambda entry: entry.id, lambda e: e.label)
    model.replace(ENTRIES)
    for query in ("c++", "c#", ".net", "net", "Northwind: C++", "c*"):
        model.set_filter(query)
        assert sorted(entry.id for entry in model.visible) == _found(query), query


async def test_the_palette_finds_c_plus_plus_and_not_what_c_finds(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        for company, role in ROLES:
            add(db, company, role, date_applied="2026-03-02")
    finally:
        db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "c++")
    assert [line.split(" | ")[0] for line in results] == [
        "Application · Northwind Analytics (C++ Developer)"
    ]
