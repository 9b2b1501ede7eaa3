"""One matcher for the palette and the filters (issue 16, "Finding things").

The palette asked for closer matches than a pane's filter: `/lumin` in the Pipeline found
Lumen Health and `/numerik` Café Numérique, while the palette said "No matches found" for
both. Whatever a filter finds by a slip the palette finds too; a slip that is another word
("cafe" for "care") is found by neither.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.search import Kind, SearchEntry, SearchIndex

NAMES = [
    ("Lumen Health", "Data Analyst"),
    ("Café Numérique", "Backend Engineer"),
    ("Willow Care", "QA Engineer"),
    ("Northwind", "Site Reliability Engineer"),
    ("Google", "Product Designer"),
    ("Acme", "Sales Lead"),
    ("Dana Labs", "Recruiter"),
]


def _entries() -> list[SearchEntry]:
    return [
        SearchEntry(Kind.APPLICATION, at, f"{company} ({role})", names=f"{company}, {role}")
        for at, (company, role) in enumerate(NAMES, start=1)
    ]


def _palette(query: str) -> set[int]:
    return {ranked.item.id for ranked in SearchIndex(_entries()).search(query)}


def _filter(query: str) -> set[int]:
    model: ListModel[SearchEntry, int] = ListModel(lambda e: e.id, lambda e: e.label)
    model.replace(_entries())
    model.set_filter(query)
    return {entry.id for entry in model.visible}


# A slip in each: a letter changed, left out, swapped, an accent not typed.
@pytest.mark.parametrize(
    ("typed", "company"),
    [
        ("lumin", "Lumen Health"),
        ("numerik", "Café Numérique"),
        ("nrthwind", "Northwind"),
        ("gogle", "Google"),
        ("acem", "Acme"),
        ("cafe", "Café Numérique"),
        ("enginer", "Café Numérique"),
    ],
)
def test_a_slip_the_filter_forgives_the_palette_forgives(typed: str, company: str) -> None:
    wanted = next(at for at, (name, _role) in enumerate(NAMES, start=1) if name == company)
    assert wanted in _filter(typed), typed
    assert wanted in _palette(typed), typed


@pytest.mark.parametrize("typed", ["lumin", "numerik", "gogle", "enginer", "cafe", "data", "sals"])
def test_the_palette_finds_every_record_the_filter_finds(typed: str) -> None:
    assert _filter(typed) <= _palette(typed), typed


@pytest.mark.parametrize(("typed", "other"), [("cafe", "Willow Care"), ("data", "Dana Labs")])
def test_a_slip_that_is_another_word_is_found_by_neither(typed: str, other: str) -> None:
    unwanted = next(at for at, (name, _role) in enumerate(NAMES, start=1) if name == other)
    assert unwanted not in _filter(typed), typed
    assert unwanted not in _palette(typed), typed
