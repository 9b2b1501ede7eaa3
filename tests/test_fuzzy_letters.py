"""One letter typed matches the words it begins (domain/fuzzy_letters): the items known
beforehand for each letter are the ones the word-by-word matcher finds, on any text (accents,
markup, control characters, right-to-left overrides, emoji, other scripts) and after edits
and additions."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.fuzzy_letters import LETTERS
from bounceback_tui.domain.fuzzy_text import words

# Text a person could type or paste: plain words, accents, markup, escapes, bidi overrides,
# zero-width joiners, emoji, Arabic, CJK, digits and punctuation.
PIECES = [
    "acme",
    "Northwind",
    "Café",
    "Øresund",
    "straße",
    "[b]bold[/b]",
    "[link=x]",
    "\x1b[31m",
    "\u202eemca",
    "\u200d",
    "🚀",
    "مؤسسة",
    "東京",
    "42",
    "x_y",
    "",
    " ",
    "-",
    "q",
]
texts = st.lists(st.sampled_from(PIECES), max_size=4).map(" ".join) | st.text(max_size=12)
QUERIES = [*LETTERS, "N", "É", "ø", "ß", "_", "é", "東", " n ", "n n"]


def matched_by_words(items: list[str], query: str) -> set[int]:
    """The plain rule for one letter: the items with a word it begins ("b" is not found
    inside "Numérique"); a letter of a script written without spaces, inside its run of
    letters ("東" in "東京")."""
    (letter,) = set(words(query))

    def matched(word: str) -> bool:
        return letter in word if letter == "東" else word.startswith(letter)

    return {place for place, text in enumerate(items) if any(map(matched, words(text)))}


def found(index: FuzzyIndex[str], query: str) -> tuple[set[int], bool]:
    places, scores = index.matches(query)
    return set(places), scores is None


@settings(max_examples=200, deadline=None)
@given(items=st.lists(texts, max_size=30), query=st.sampled_from(QUERIES))
def test_one_letter_finds_what_the_word_matcher_finds(items: list[str], query: str) -> None:
    known = FuzzyIndex(items, str, letters=True)
    plain = FuzzyIndex(items, str)
    assert found(known, query) == found(plain, query)
    if len(set(words(query))) == 1 and len(words(query)[0]) == 1:
        assert found(known, query)[0] == matched_by_words(items, query)
    places, _ = known.matches(query)
    assert len(places) == len(set(places))
    assert sorted(places) == sorted(set(places))  # iterating gives each place once


@settings(max_examples=150, deadline=None)
@given(
    items=st.lists(texts, max_size=20),
    edits=st.lists(st.tuples(st.integers(0, 25), texts), max_size=12),
    query=st.sampled_from(QUERIES),
)
def test_after_edits_and_additions_one_letter_finds_what_a_fresh_index_finds(
    items: list[str], edits: list[tuple[int, str]], query: str
) -> None:
    known = FuzzyIndex(items, str, letters=True)
    texts_now = list(items)
    for place, text in edits:
        if place >= len(texts_now):  # one past the last: an addition
            known.replace(len(texts_now), text, "", text)
            texts_now.append(text)
        else:
            known.replace(place, text, texts_now[place], text)
            texts_now[place] = text
    assert found(known, query) == found(FuzzyIndex(texts_now, str), query)
    places, _ = known.matches(query)
    assert all(place in places for place in set(places))
    assert -1 not in places and len(texts_now) not in places
