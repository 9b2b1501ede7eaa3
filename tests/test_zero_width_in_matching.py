"""A zero-width space or a word joiner is not a symbol to match, in a query or in a row.

The matcher left out the zero-width joiner and non-joiner (tests/test_filter_joiners.py) but
took a zero-width space (U+200B) or a word joiner (U+2060) for a symbol: "acme" with a
zero-width space pasted after it found no "Acme", and a company stored as "Glo" U+200B
"bex" (pasted from a web page) was not found by "globex". Neither shows on screen, so the
person could not see why. Both are now left out of the query and of the stored text alike,
as the joiners are; the row keeps them as written. Every expected result is written by hand.
"""

from __future__ import annotations

from bounceback_tui.domain.fuzzy import rank
from bounceback_tui.domain.search import Kind, SearchEntry, SearchIndex

ZWSP, WJ = "\u200b", "\u2060"
TEXTS = [
    "Acme (Data Analyst)",
    f"Glo{ZWSP}bex (Data Analyst)",
    f"Northwind{WJ} Labs (Engineer)",
    f"Site{ZWSP} Reliability Engineer",
]


def _found(typed: str) -> list[str]:
    return [text for text, _score in rank(typed, TEXTS, str)]


def test_a_zero_width_space_or_word_joiner_typed_is_not_asked_of_the_rows() -> None:
    assert _found(f"acme{ZWSP}") == ["Acme (Data Analyst)"]
    assert _found(f"ac{WJ}me") == ["Acme (Data Analyst)"]
    assert _found(f"{ZWSP}acme{WJ}") == ["Acme (Data Analyst)"]


def test_a_zero_width_space_or_word_joiner_stored_is_not_in_the_way() -> None:
    assert _found("globex") == [f"Glo{ZWSP}bex (Data Analyst)"]
    assert _found("northwind labs") == [f"Northwind{WJ} Labs (Engineer)"]
    assert _found("sre") == [f"Site{ZWSP} Reliability Engineer"]  # its initials too


def test_the_palette_leaves_them_out_too() -> None:
    entries = [SearchEntry(Kind.APPLICATION, n, text) for n, text in enumerate(TEXTS)]
    index = SearchIndex(entries)
    assert [hit.item.id for hit in index.search(f"acme{ZWSP}")] == [0]
    assert [hit.item.id for hit in index.search("globex")] == [1]
    assert [hit.item.id for hit in index.search(f"north{WJ}wind")] == [2]
