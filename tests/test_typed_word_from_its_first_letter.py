"""A word typed in a filter matches a word from its first letter: "zeta" is not "eta" or "beta".

With "Zeta Labs", "Eta Health" and "Beta Corp" among nine applications, `/zeta` in the
Pipeline said "3 of 9" and showed all three: a slip forgiven anywhere let the typed "z" count
as one letter too many ("eta") or one letter for another ("beta"). A person typing a whole
word wants that word, or a slip inside it ("zeat", "ztea", "zta"); a word it merely shares a
tail with is another word. One matcher is behind every place a list is searched, so the
Pipeline, Recovery, Skills, People, the palette and the pickers are asked alike. A shorter
word is still found inside a longer one as typed ("eta" in "Zeta" and "Beta"). Every expected
result is written out by hand.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from textual.widgets import OptionList, Static

from bounceback_tui import clock
from bounceback_tui.domain.fuzzy import rank
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.search import Kind, SearchEntry, SearchIndex
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people as people_service
from bounceback_tui.services import people_edits
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.people.pick import PickScreen
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import add
from tests.reframe_fixtures import add_rejection
from tests.ui_harness import app_on, settle

COMPANIES = ["Zeta Labs", "Eta Health", "Beta Corp", "Acme Robotics", "Google"]
OTHERS = ["Northwind Analytics", "Foxglove Health", "Lumen Studio", "Initech"]

# typed -> the companies it must find
QUERIES: list[tuple[str, list[str]]] = [
    ("zeta", ["Zeta Labs"]),  # the report: not "Eta Health" nor "Beta Corp"
    ("zeta labs", ["Zeta Labs"]),
    ("zeat", ["Zeta Labs"]),  # a slip inside the word is still forgiven
    ("ztea", ["Zeta Labs"]),
    ("zta", ["Zeta Labs"]),  # a letter left out
    ("zetta", ["Zeta Labs"]),  # a letter typed twice
    ("beta", ["Beta Corp"]),  # not "Zeta Labs"
    ("eta", ["Zeta Labs", "Eta Health", "Beta Corp"]),  # inside "Zeta" and "Beta", as typed
    ("xgoogle", []),  # a first letter too many
    ("hoogle", []),  # another first letter
    ("gogle", ["Google"]),
    ("came", ["Acme Robotics"]),  # the first two letters swapped: one slip
    ("robtoics", ["Acme Robotics"]),
]


def _companies(texts: Sequence[str]) -> list[str]:
    return sorted(name for name in COMPANIES if any(name in text for text in texts))


@pytest.mark.parametrize(("typed", "expected"), QUERIES)
def test_the_matcher(typed: str, expected: list[str]) -> None:
    found = [name for name, _ in rank(typed, COMPANIES + OTHERS, str)]
    assert sorted(found) == sorted(expected)


def _fill(db: Database) -> None:
    for company in COMPANIES:
        add(db, company, "Engineer", date_applied="2026-03-02")
        add_rejection(db, company, "Engineer")
        skill_service.add_skill(
            db,
            validate_skill({"title": f"Prepare for {company}", "kind": "other"}, clock.today()),
        )
        people_edits.add_contact(
            db,
            validate_contact(
                {"name": "Sam Reyes", "kind": "recruiter", "company": company}, FIXED_TODAY
            ),
        )
    for company in OTHERS:
        add(db, company, "Engineer", date_applied="2026-03-02")


@pytest.fixture
def store(db: Database) -> Database:
    """The nine applications, five plans, skills and contacts: built by the worker's first
    test and copied for the next (tests/built_stores.py)."""
    store_once(db, _fill)
    return db


def _filtered(rows: Sequence[Any], typed: str, text_of: Callable[[Any], str]) -> list[Any]:
    """The rows a pane's filter shows: the same ListModel the panes hold, over their text."""
    model: ListModel[Any, int] = ListModel(id, text_of, ranked=True)
    model.replace(rows)
    model.set_filter(typed)
    return list(model.visible)


@pytest.mark.parametrize(("typed", "expected"), QUERIES)
def test_recovery_skills_and_people(store: Database, typed: str, expected: list[str]) -> None:
    plans = _filtered(plan_service.plan_rows(store), typed, lambda row: row.search_text)
    assert _companies([row.company for row in plans]) == sorted(expected)
    skills = _filtered(skill_service.list_skills(store), typed, lambda row: row.search_text)
    assert _companies([row.title for row in skills]) == sorted(expected)
    people = _filtered(people_service.list_contacts(store), typed, lambda row: row.search_text)
    assert _companies([row.company or "" for row in people]) == sorted(expected)


@pytest.mark.parametrize(("typed", "expected"), QUERIES)
def test_the_palette(typed: str, expected: list[str]) -> None:
    entries = [
        SearchEntry(Kind.APPLICATION, n, f"{name} — Engineer")
        for n, name in enumerate(COMPANIES + OTHERS)
    ]
    found = [hit.item.label for hit in SearchIndex(entries).search(typed)]
    assert _companies(found) == sorted(expected)


async def test_zeta_in_the_pipeline_shows_zeta_labs_alone(
    opened_paths: DataPaths, store: Database
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert isinstance(pane, PipelinePane)
        await pilot.press("slash", *"zeta")
        await settle(pilot)
        assert [row.company for row in pane.visible_rows] == ["Zeta Labs"]
        assert "1 of 9" in str(app.query_one("#pipeline-filter-status", Static).render())
        assert pane.filter_input.has_focus


async def test_a_picker_finds_zeta_alone(opened_paths: DataPaths) -> None:
    items = [(n, f"{name} — Engineer", "Applied") for n, name in enumerate(COMPANIES, 1)]
    async with app_on(opened_paths) as (app, pilot, _pane):
        app.push_screen(PickScreen("About which application?", items, "None"))
        await settle(pilot)
        for key in "zeta":
            await pilot.press(key)
            await settle(pilot)
        options = app.screen.query_one(OptionList)
        shown = [
            str(options.get_option_at_index(index).prompt).split("  ")[0]
            for index in range(options.option_count)
        ]
        assert shown == ["Zeta Labs — Engineer"]
