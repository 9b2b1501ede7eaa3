"""A contraction is one word for initials: "I'll never get hired" is "ingh", not "ilngh".

The apostrophe of "I'll", "don't" or "can’t" (typed or pasted with U+2019) parted the word in
two, so the thought "I'll never get hired" had the initials "ilngh" and "ingh", its words'
first letters as a person reads them, found nothing. A contraction's ending ('ll, 't, 's, 'd,
'm, 're, 've) now stays with its word; a name's two parts still make two initials ("O'Brien
Consulting" is "obc"). Every expected result is written out by hand.
"""

from __future__ import annotations

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.fuzzy_initials import initial_runs
from bounceback_tui.domain.fuzzy_text import fold
from bounceback_tui.domain.search import Kind, SearchIndex
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.search import load_entries
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_contraction_gives_one_initial(apostrophe: str) -> None:
    def runs(text: str) -> set[str]:
        return initial_runs(text.replace("'", apostrophe), fold, any_case=True)

    assert runs("I'll never get hired") == {"ingh"}
    assert runs("They don't call back") == {"tdcb"}
    assert runs("I can't do this") == {"icdt"}
    assert runs("Acme's Data Team") == {"adt"}
    assert runs("O'Brien Consulting") == {"obc"}  # a name's two parts, as before


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_the_palette_finds_a_thought_with_a_contraction_by_its_initials(
    opened_paths: DataPaths, db: Database, apostrophe: str
) -> None:
    hired = add_record(db, f"I{apostrophe}ll never get hired")
    cant = add_record(db, f"I can{apostrophe}t do interviews")
    index = SearchIndex(load_entries(opened_paths.database, clock.today()))

    def found(typed: str) -> list[tuple[Kind, int]]:
        return [(hit.item.kind, hit.item.id) for hit in index.search(typed)]

    assert found("ingh") == [(Kind.THOUGHT_RECORD, hired)]
    assert found("icdi") == [(Kind.THOUGHT_RECORD, cant)]
