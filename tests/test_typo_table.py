"""One matcher for the palette and every filter: a table of typos and the record each finds.

The README promises that typos are fine. Each row below is a slip a person makes (a swapped
pair, a letter left out or doubled, an accent not typed) and the record it must find, in the
command palette and in the panes' filters alike. The records are written out by hand.
"""

from __future__ import annotations

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.fuzzy_text import words
from bounceback_tui.domain.pipeline_query import parse_query
from bounceback_tui.domain.pipeline_rows import apply_query
from bounceback_tui.domain.search import SearchIndex
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.search import load_index
from bounceback_tui.store.database import Database
from tests.built_stores import store_once
from tests.pipeline_fixtures import add
from tests.reframe_fixtures import add_rejection

COMPANIES = {
    "acme": ("Acme Robotics", "Data Analyst"),
    "cafe": ("Café Zürich", "Barista"),
    "northwind": ("Northwind Analytics", "Data Engineer"),
    "google": ("Google", "Backend Engineer"),
    "malmo": ("Malmö Design Studio", "Product Designer"),
    "obrien": ("O'Brien & Sons", "Account Manager"),
}

# typed -> the company it must find (and nothing else of the table)
TYPOS = [
    ("acem", "acme"),  # two letters swapped
    ("robtoics", "acme"),  # swapped inside a longer word
    ("zurih", "cafe"),  # no umlaut, one letter left out
    ("cafe", "cafe"),  # no accent
    ("zuerich", "cafe"),  # the German spelling without the umlaut
    ("barsita", "cafe"),  # swapped
    ("gogle", "google"),  # one letter left out
    ("gooogle", "google"),  # one letter too many
    ("nrthwind", "northwind"),  # one letter left out
    ("nrth", "northwind"),  # the same slip while still typing
    ("malmo", "malmo"),  # no diaeresis
    ("MALMÖ", "malmo"),  # capitals and the diaeresis typed
    ("obrein", "obrien"),  # no apostrophe, and two letters swapped (a new user's walk)
    ("obrei", "obrien"),  # the same while still typing
    ("obrien", "obrien"),  # no apostrophe
    ("o'brein", "obrien"),  # the apostrophe typed, two letters swapped
    ("o’brien", "obrien"),  # a typographic apostrophe
]


def _fill(db: Database) -> dict[str, int]:
    ids = {}
    for key, (company, role) in COMPANIES.items():
        ids[key] = add(db, company, role, date_applied="2026-03-02")
        add_rejection(db, company, role)
        skill_service.add_skill(
            db,
            validate_skill(
                {"title": f"Prepare for {company} ({role})", "kind": "other"}, clock.today()
            ),
        )
    return ids


@pytest.fixture
def store(db: Database) -> dict[str, int]:
    """The six companies' applications, plans and skills, and each application's id: built by
    the worker's first test and copied for the next (tests/built_stores.py)."""
    return store_once(db, _fill)


def _company_of(text: str) -> str:
    found = [key for key, (company, _) in COMPANIES.items() if company in text]
    assert len(found) == 1, text
    return found[0]


@pytest.mark.parametrize(("typed", "expected"), TYPOS)
def test_the_palette_finds_it(
    store: dict[str, int], opened_paths: DataPaths, typed: str, expected: str
) -> None:
    index: SearchIndex = load_index(opened_paths.database, clock.today())
    found = {_company_of(hit.item.label) for hit in index.search(typed)}
    assert found == {expected}


@pytest.mark.parametrize(("typed", "expected"), TYPOS)
def test_the_pipeline_filter_finds_it(
    store: dict[str, int], db: Database, typed: str, expected: str
) -> None:
    today = clock.today()
    rows = load_rows(db, today).rows
    shown = apply_query(rows, parse_query(typed, today), today)
    assert [row.id for row in shown] == [store[expected]]


@pytest.mark.parametrize(("typed", "expected"), TYPOS)
def test_the_recovery_and_skills_filters_find_it(
    store: dict[str, int], db: Database, typed: str, expected: str
) -> None:
    plans = plan_service.plan_rows(db)
    plan_hits = FuzzyIndex(plans, lambda row: row.search_text).search(typed)
    assert [_company_of(row.company) for row, _ in plan_hits] == [expected]
    skills = skill_service.list_skills(db)
    skill_hits = FuzzyIndex(skills, lambda row: row.search_text).search(typed)
    assert [_company_of(row.title) for row, _ in skill_hits] == [expected]


def test_words_are_folded_for_matching_only() -> None:
    # Accents and case go, letters that do not decompose are spelled out; nothing else.
    assert words("Café Zürich — Malmö, Søren & Æsir Łódź") == [
        "cafe",
        "zurich",
        "malmo",
        "soren",
        "aesir",
        "lodz",
    ]


def test_unrelated_words_still_find_nothing(store: dict[str, int], db: Database) -> None:
    today = clock.today()
    rows = load_rows(db, today).rows
    for typed in ("xylophone", "settings", "zzz", "acme zebra"):
        assert apply_query(rows, parse_query(typed, today), today) == [], typed
