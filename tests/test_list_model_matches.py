"""The list model's filter walks only the matches (domain/list_model): the same rows, in the
same order, as checking every row would give, whatever the sort, condition and ranking.

The reference below is the plain rule, written out: every row in the sort order that the
condition lets through and the words match, best score first when ranked, ties (and
everything when not ranked) in the sort order.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.list_model import ListModel

WORDS = ["acme", "globex", "initech", "hooli", "backend", "data", "engineer", "analyst", "ops"]


@dataclass(frozen=True)
class Row:
    id: int
    text: str
    weight: int
    flag: bool


rows_strategy = st.lists(
    st.builds(
        Row,
        id=st.integers(0, 10_000),
        text=st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
        weight=st.integers(0, 5),
        flag=st.booleans(),
    ),
    max_size=40,
    unique_by=lambda row: row.id,
)


def reference(
    rows: list[Row], query: str, ranked: bool, by_weight: bool, only_flagged: bool
) -> list[int]:
    ordered = sorted(rows, key=lambda row: row.weight) if by_weight else list(rows)
    scores = FuzzyIndex(rows, lambda row: row.text).scores(query)
    place = {row.id: n for n, row in enumerate(rows)}
    hits = [
        (scores[place[row.id]], row)
        for row in ordered
        if place[row.id] in scores and (row.flag or not only_flagged)
    ]
    if ranked:
        hits.sort(key=lambda hit: -hit[0])  # stable: ties keep the sort order
    return [row.id for _, row in hits]


@settings(max_examples=150, deadline=None)
@given(
    rows=rows_strategy,
    query=st.lists(
        st.sampled_from([*WORDS, "bakend", "enginer", "x", "a", "e", "k", "z", "9"]),
        min_size=1,
        max_size=2,
    ),
    ranked=st.booleans(),
    by_weight=st.booleans(),
    only_flagged=st.booleans(),
    letters=st.booleans(),
)
def test_the_matches_are_the_rows_every_row_checked_would_give(
    rows: list[Row],
    query: list[str],
    ranked: bool,
    by_weight: bool,
    only_flagged: bool,
    letters: bool,
) -> None:
    """With ``letters`` the index knows each letter's matches beforehand, as it does for a
    long list (``LETTERS_FROM``); the rows are the same either way."""
    text = " ".join(query)
    listing: ListModel[Row, int] = ListModel(
        lambda row: row.id,
        lambda row: row.text,
        order=(lambda items: sorted(items, key=lambda row: row.weight)) if by_weight else None,
        ranked=ranked,
        letters_from=0 if letters else None,
    )
    listing.replace(rows)
    condition = (lambda row: row.flag) if only_flagged else None
    listing.set_filter(text, condition, condition_key=only_flagged)
    assert [row.id for row in listing.visible] == reference(
        rows, text, ranked, by_weight, only_flagged
    )


def test_a_new_sort_order_places_the_matches_anew() -> None:
    rows = [Row(1, "acme ops", 3, True), Row(2, "acme data", 1, True), Row(3, "hooli", 2, True)]
    listing: ListModel[Row, int] = ListModel(lambda row: row.id, lambda row: row.text)
    listing.replace(rows)
    listing.set_filter("acme")
    assert [row.id for row in listing.visible] == [1, 2]
    listing.set_order(lambda items: sorted(items, key=lambda row: row.weight))
    assert [row.id for row in listing.visible] == [2, 1]


@settings(max_examples=150, deadline=None)
@given(
    rows=rows_strategy,
    changes=st.lists(
        st.tuples(
            st.integers(0, 10_050),
            st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
        ),
        max_size=6,
        unique_by=lambda change: change[0],
    ),
    query=st.lists(
        st.sampled_from([*WORDS, "bakend", "enginer", "x", "a", "e", "k", "z", "9"]),
        min_size=1,
        max_size=2,
    ),
    ranked=st.booleans(),
    by_weight=st.booleans(),
    letters=st.booleans(),
)
def test_rows_edited_or_added_in_place_match_as_a_fresh_index_would(
    rows: list[Row],
    changes: list[tuple[int, str]],
    query: list[str],
    ranked: bool,
    by_weight: bool,
    letters: bool,
) -> None:
    """``change_in_place`` changes only the edited and added rows' words in the index it
    has: the filter then shows what an index built anew over the rows would show."""
    text = " ".join(query)
    listing: ListModel[Row, int] = ListModel(
        lambda row: row.id,
        lambda row: row.text,
        order=(lambda items: sorted(items, key=lambda row: row.weight)) if by_weight else None,
        ranked=ranked,
        letters_from=0 if letters else None,
    )
    listing.replace(rows)
    listing.set_filter(text)  # the index is built here, before the changes
    assert listing.has_index
    fresh = [Row(key, words, key % 6, True) for key, words in changes]
    expected = {row.id: row for row in rows}
    for row in fresh:
        expected[row.id] = row  # an edit keeps its place, a new row comes last
    assert listing.change_in_place(fresh, adding=True) or not fresh
    assert listing.has_index or not fresh
    now = list(expected.values())
    assert listing.items == now
    assert [row.id for row in listing.visible] == reference(now, text, ranked, by_weight, False)


def test_an_edit_in_place_without_adding_refuses_a_new_row() -> None:
    rows = [Row(1, "acme ops", 3, True), Row(2, "hooli", 1, True)]
    listing: ListModel[Row, int] = ListModel(lambda row: row.id, lambda row: row.text)
    listing.replace(rows)
    listing.set_filter("acme")
    assert not listing.change_in_place([Row(1, "hooli", 3, True), Row(3, "acme", 0, True)])
    assert listing.items == rows and [row.id for row in listing.visible] == [1]
    assert listing.change_in_place([Row(2, "acme data", 1, True)])
    assert [row.id for row in listing.visible] == [1, 2]
