"""Jump anywhere: which records the palette finds for a query, in which order, with which labels.

The store is built by hand (tests/palette_fixtures.py); every expected result below is
written out, not read back from the code.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.search import (
    Kind,
    Ranker,
    SearchEntry,
    SearchIndex,
    shorten,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.search import IndexCache, load_entries, load_index
from bounceback_tui.store.database import Database
from tests.built_stores import store_once
from tests.palette_fixtures import Records, build_store
from tests.pipeline_fixtures import add


@pytest.fixture
def records(db: Database) -> Records:
    return store_once(db, build_store)


@pytest.fixture
def index(records: Records, opened_paths: DataPaths) -> SearchIndex:
    return load_index(opened_paths.database, clock.today())


def _found(index: SearchIndex, query: str) -> list[tuple[Kind, int]]:
    return [(hit.item.kind, hit.item.id) for hit in index.search(query)]


def test_a_typo_in_the_company_finds_it(index: SearchIndex, records: Records) -> None:
    assert _found(index, "gogle") == [(Kind.APPLICATION, records.google)]
    hit = index.search("gogle")[0]
    assert hit.item.label == "Google (Backend Engineer)"
    assert hit.matched == ("google",)


def test_a_missing_letter_finds_the_application_then_its_rejection(
    index: SearchIndex, records: Records
) -> None:
    assert _found(index, "nrthwind") == [
        (Kind.APPLICATION, records.northwind),
        (Kind.REJECTION, records.northwind_no),
    ]


def test_typing_more_words_narrows(index: SearchIndex, records: Records) -> None:
    assert _found(index, "engineer") == [
        (Kind.APPLICATION, records.globex),
        (Kind.APPLICATION, records.google),
    ]
    assert _found(index, "enginer berln") == [(Kind.APPLICATION, records.google)]


def test_a_skill_by_a_word_of_its_title(index: SearchIndex, records: Records) -> None:
    assert _found(index, "design") == [(Kind.SKILL, records.skill)]
    assert _found(index, "desgin") == [(Kind.SKILL, records.skill)]


def test_a_thought_record_by_its_thought(index: SearchIndex, records: Records) -> None:
    assert _found(index, "never hired") == [(Kind.THOUGHT_RECORD, records.thought)]
    assert index.search("never hired")[0].item.label == "I'll never get hired anywhere."


def test_the_extra_text_is_searched_too(index: SearchIndex, records: Records) -> None:
    # The rejection's reason and the thought record's situation are not in their labels.
    assert _found(index, "sql") == [(Kind.REJECTION, records.northwind_no)]
    assert _found(index, "email") == [(Kind.THOUGHT_RECORD, records.thought)]


def test_entries_are_labelled_by_kind(records: Records, opened_paths: DataPaths) -> None:
    entries = {
        (e.kind, e.id): (e.label, e.detail)
        for e in load_entries(opened_paths.database, clock.today())
    }
    assert entries == {
        (Kind.APPLICATION, records.google): ("Google (Backend Engineer)", "Applied 2 Mar · Berlin"),
        (Kind.APPLICATION, records.northwind): (
            "Northwind Analytics (Data Analyst)",
            "Applied 20 Feb",
        ),
        (Kind.APPLICATION, records.globex): (
            "Globex (Site Reliability Engineer)",
            "Interviewing · applied 16 Mar",
        ),
        (Kind.APPLICATION, records.goodwill): ("Goodwill Partners (Product Manager)", "Saved"),
        (Kind.REJECTION, records.northwind_no): (
            "Northwind Analytics (Data Analyst)",
            "No on 12 Mar · plan in progress",
        ),
        (Kind.THOUGHT_RECORD, records.thought): (
            "I'll never get hired anywhere.",
            "Complete · 16 Mar",
        ),
        (Kind.SKILL, records.skill): ("System design interviews", "To do · Interviewing"),
    }
    assert [kind.label for kind in Kind] == [
        "Application",
        "Rejection",
        "Thought record",
        "Skill",
        "Person",
        "Interview question",
    ]
    # An interview question has no pane: the palette opens the answer bank on it.
    assert [kind.pane for kind in Kind] == [
        "pipeline",
        "recovery",
        "reframe",
        "skills",
        "people",
        "answers",
    ]


@pytest.mark.parametrize("query", ["xqzvbk", "zzzz zzzz", "!!!", "   ", "🙂", "g", "é"])
def test_gibberish_and_single_letters_find_nothing(index: SearchIndex, query: str) -> None:
    assert index.search(query) == []


def test_a_pasted_page_is_searched_by_its_first_words(index: SearchIndex, records: Records) -> None:
    assert _found(index, "nrthwind " * 5_000) == [
        (Kind.APPLICATION, records.northwind),
        (Kind.REJECTION, records.northwind_no),
    ]
    assert _found(index, "x" * 100_000) == []


def test_applications_still_in_play_come_before_closed_ones(
    db: Database, opened_paths: DataPaths
) -> None:
    closed = add(db, "Initech", "Analyst", stage="ghosted")
    live = add(db, "Initech", "Analyst", stage="screening")
    older_closed = add(db, "Initech", "Analyst", stage="withdrawn")
    index = load_index(opened_paths.database, clock.today())
    assert index.search("initech")[0].item.id == live
    assert {hit.item.id for hit in index.search("initech")} == {closed, live, older_closed}


def test_an_empty_store_finds_nothing(opened_paths: DataPaths) -> None:
    index = load_index(opened_paths.database, clock.today())
    assert len(index) == 0
    assert index.search("google") == []


def test_the_cache_reads_again_only_after_a_change(
    records: Records, db: Database, opened_paths: DataPaths
) -> None:
    cache = IndexCache()
    first = cache.index(opened_paths.database, clock.today())
    assert cache.index(opened_paths.database, clock.today()) is first
    added = add(db, "Initech", "Data Engineer")
    fresh = cache.index(opened_paths.database, clock.today())
    assert fresh is not first
    assert [(h.item.kind, h.item.id) for h in fresh.search("initech")] == [
        (Kind.APPLICATION, added)
    ]
    # Another day formats dates differently, so it builds a new index too.
    assert cache.index(opened_paths.database, date(2027, 1, 4)) is not fresh


# --- the ranking rules, on hand-made entries -------------------------------------------


def _entry(kind: Kind, item_id: int, label: str, text: str = "") -> SearchEntry:
    return SearchEntry(kind, item_id, label, text=text)


def test_a_label_that_the_query_names_whole_comes_first() -> None:
    ranker = Ranker(["Settings page redesign", "Settings", "Team settings"], label_of=str)
    assert [hit.item for hit in ranker.search("settings")] == [
        "Settings",
        "Settings page redesign",
        "Team settings",
    ]


def test_a_match_in_the_label_beats_one_in_the_extra_text() -> None:
    index = SearchIndex(
        [
            _entry(Kind.THOUGHT_RECORD, 1, "They want someone senior", text="salary talk"),
            _entry(Kind.THOUGHT_RECORD, 2, "I froze when they asked about salary"),
        ]
    )
    assert [hit.item.id for hit in index.search("salary")] == [2, 1]


def test_each_kind_keeps_its_place_when_one_kind_floods() -> None:
    entries = [_entry(Kind.APPLICATION, n, f"Google — Engineer {n}") for n in range(1, 31)]
    entries.append(_entry(Kind.REJECTION, 99, "Google — Engineer 7"))
    found = _found(SearchIndex(entries), "google")
    applications = [item for item in found if item[0] is Kind.APPLICATION]
    # Eight of a kind at most, so one kind cannot push the others out of the list.
    assert applications == [(Kind.APPLICATION, n) for n in range(1, 9)]
    assert (Kind.REJECTION, 99) in found


def test_a_closer_spelling_ranks_higher() -> None:
    index = SearchIndex(
        [
            _entry(Kind.APPLICATION, 1, "Googol Labs — Analyst"),
            _entry(Kind.APPLICATION, 2, "Google"),
        ]
    )
    assert [hit.item.id for hit in index.search("google")] == [2, 1]


def test_labels_are_one_short_line() -> None:
    assert shorten("  I   will\nnever  get hired  ") == "I will never get hired"
    long = "I keep thinking that every interviewer can tell I am out of my depth " * 3
    cut = shorten(long, 40)
    assert cut == "I keep thinking that every interviewer…"
    assert len(cut) <= 40


def test_dates_show_the_year_only_when_it_differs() -> None:
    today = date(2026, 3, 16)
    assert day_month(date(2026, 3, 2), today) == "2 Mar"
    assert day_month(date(2025, 12, 30), today) == "30 Dec 2025"


def test_a_query_of_symbols_alone_finds_the_records_that_hold_it_as_typed() -> None:
    """A stranger typed "[/" into the palette: "No matches found", though a record held it
    (the filters found it). Symbols alone are found as typed, in each kind's order; a
    single one is still too short."""
    index = SearchIndex(
        [
            _entry(Kind.APPLICATION, 1, "Lone [ co — [/]", text="Analyst"),
            _entry(Kind.APPLICATION, 2, "Initech — QA"),
            _entry(Kind.SKILL, 3, "Speak up [ in meetings [/]"),
            _entry(Kind.SKILL, 4, "Use [brackets] well"),
        ]
    )
    assert _found(index, "[/") == [(Kind.APPLICATION, 1), (Kind.SKILL, 3)]
    assert _found(index, "[") == []  # one character: too short, as a letter is
    assert _found(index, "[ [/") == [(Kind.APPLICATION, 1), (Kind.SKILL, 3)]
    assert _found(index, "🙂") == []


def test_an_application_is_named_company_role_as_everywhere_else(
    db: Database, opened_paths: DataPaths
) -> None:
    """The palette said "Acme — Data Analyst" where every other place says "Acme (Data
    Analyst)"; an application without a role is its company alone, with no dash after it."""
    with_role = add(db, "Quarry & Co", "Data Analyst")
    with sqlite3.connect(opened_paths.database) as conn:  # as an import may leave one
        without = conn.execute(
            "INSERT INTO application (company, role, stage, created_at, updated_at) VALUES "
            "('Lone Pine Studio', '', 'saved', '2026-03-01 09:00:00', '2026-03-01 09:00:00')"
        ).lastrowid
    conn.close()
    labels = {
        entry.id: entry.label
        for entry in load_entries(opened_paths.database, clock.today())
        if entry.kind is Kind.APPLICATION
    }
    assert labels[with_role] == "Quarry & Co (Data Analyst)"
    assert labels[without] == "Lone Pine Studio"
