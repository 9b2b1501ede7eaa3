"""The list filters forgive typos, not nonsense: a table of what is typed and what it finds.

On the demo store, Recovery's filter "[b]q🚀" found "Café Numérique": the symbols and the
emoji were passed over, and "b" and "q" alone were matched (inside "Backend" and
"Numérique"). A query with a symbol, an emoji or letters the row has nowhere finds nothing
now, while the slips a person makes (two letters swapped, one left out, no accent, capitals)
still find their row, and so does punctuation: brackets, quotes, a colon, "?" or "!" are not
asked of the row ("ACME Corp (Data Analyst)", the app's own "Company (Role)" names). One
matcher (``domain/fuzzy``) is behind every filter, so each row of the table is asked of the
Pipeline, Recovery, Skills and People alike. The rows are written out by hand.

A word of one letter matches the start of a word, not its inside: "b q" found "Café
Numérique" by the "q" inside "Numérique" (the twenty-eighth round's left-alone list).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.pipeline_query import parse_query
from bounceback_tui.domain.pipeline_rows import apply_query
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people as people_service
from bounceback_tui.services import people_edits
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import add
from tests.reframe_fixtures import add_rejection

COMPANIES = {
    "cafe": ("Café Numérique", "Backend Engineer"),
    "acme": ("ACME Corp", "Data Analyst"),
    "foxglove": ("Foxglove Health", "QA Engineer"),
    "northwind": ("Northwind Analytics", "C++ Developer"),
}

# typed -> the company it must find, or None: it must find nothing at all
QUERIES: list[tuple[str, str | None]] = [
    # slips a person makes
    ("numerqiue", "cafe"),  # two letters swapped
    ("numerique", "cafe"),  # no accent
    ("Numérique", "cafe"),  # as written
    ("numrique", "cafe"),  # a letter left out
    ("numetique", "cafe"),  # a key beside the right one
    ("cafe numerique", "cafe"),
    ("acme", "acme"),  # lower case for "ACME Corp"
    ("acem", "acme"),
    ("ACME corp.", "acme"),  # a full stop typed after the name
    ("foxglve", "foxglove"),
    ("north-wind", "northwind"),  # a hyphen between the words
    ("c++", "northwind"),  # a symbol the row holds
    ("c++ dev", "northwind"),
    # punctuation is how a name is written, not what the row must hold
    ("ACME Corp (Data Analyst)", "acme"),
    ("Foxglove Health (QA", "foxglove"),  # a bracket left open while typing
    ("Northwind: C++", "northwind"),
    ("acme?", "acme"),
    ("cafe!", "cafe"),
    ("“acme”", "acme"),
    ("[numerique]", "cafe"),
    # the app's own "Company (Role)" names of the rows, pasted back
    ("Café Numérique (Backend Engineer)", "cafe"),
    ("Foxglove Health (QA Engineer)", "foxglove"),
    ("Northwind Analytics (C++ Developer)", "northwind"),
    # a word of one letter begins a word (or is an initial), it is not found inside one
    ("b q", None),  # the demo store's report: "q" is inside "Numérique", begins no word
    ("k", None),  # inside "Backend" only
    ("q", "foxglove"),  # begins "QA", not the inside of "Numérique"
    ("b e", "cafe"),  # Backend Engineer's initials
    ("ique", "cafe"),  # a longer word is still found inside one
    # nonsense: symbols, emoji or letters the row does not hold
    ("[b]q🚀", None),  # the demo store's report
    ("q🚀", None),
    ("🚀", None),
    ("numérique 🚀", None),
    ("cafe*", None),
    ("acme (✨)", None),
    ("acme ✨", None),
    ("[/]", None),
    ("<b>", None),
    ("c#", None),
    ("enginzzr", None),  # two letters "engineer" has nowhere
    ("numerzzue", None),
    ("xqzj", None),
    ("%%", None),
]


def _fill(db: Database) -> None:
    for company, role in COMPANIES.values():
        add(db, company, role, date_applied="2026-03-02")
        add_rejection(db, company, role)
        skill_service.add_skill(
            db,
            validate_skill(
                {"title": f"Prepare for {company}, {role}", "kind": "other"}, clock.today()
            ),
        )
        people_edits.add_contact(
            db,
            validate_contact(
                {"name": "Sam Reyes", "kind": "recruiter", "company": company, "role": role},
                FIXED_TODAY,
            ),
        )


@pytest.fixture
def store(db: Database) -> Database:
    """The four companies' applications, plans, skills and contacts: built by the worker's
    first test and copied for the next (tests/built_stores.py), as the same 16 writes give
    the same store."""
    store_once(db, _fill)
    return db


def _keys(texts: Sequence[str]) -> list[str]:
    found = []
    for text in texts:
        keys = [key for key, (company, _) in COMPANIES.items() if company in text]
        assert len(keys) == 1, text
        found.append(keys[0])
    return found


def _filtered(rows: Sequence[Any], typed: str, text_of: Callable[[Any], str]) -> list[Any]:
    """The rows a pane's filter shows: the same ListModel the panes hold, over their text."""
    model: ListModel[Any, int] = ListModel(id, text_of, ranked=True)
    model.replace(rows)
    model.set_filter(typed)
    return list(model.visible)


def _expected(company: str | None) -> list[str]:
    return [] if company is None else [company]


@pytest.mark.parametrize(("typed", "company"), QUERIES)
def test_the_pipeline_filter(store: Database, typed: str, company: str | None) -> None:
    today = clock.today()
    shown = apply_query(load_rows(store, today).rows, parse_query(typed, today), today)
    assert _keys([row.company for row in shown]) == _expected(company)


@pytest.mark.parametrize(("typed", "company"), QUERIES)
def test_the_recovery_filter(store: Database, typed: str, company: str | None) -> None:
    shown = _filtered(plan_service.plan_rows(store), typed, lambda row: row.search_text)
    assert _keys([row.company for row in shown]) == _expected(company)


@pytest.mark.parametrize(("typed", "company"), QUERIES)
def test_the_skills_filter(store: Database, typed: str, company: str | None) -> None:
    shown = _filtered(skill_service.list_skills(store), typed, lambda row: row.search_text)
    assert _keys([row.title for row in shown]) == _expected(company)


@pytest.mark.parametrize(("typed", "company"), QUERIES)
def test_the_people_filter(store: Database, typed: str, company: str | None) -> None:
    shown = _filtered(people_service.list_contacts(store), typed, lambda row: row.search_text)
    assert _keys([row.company for row in shown]) == _expected(company)


async def test_recovery_says_no_plan_matches_the_reported_query(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Café Numérique", "Backend Engineer")
    add_rejection(db, "Foxglove Health", "QA Engineer")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("3")
        await pilot.pause()
        pane = app.current_pane
        assert isinstance(pane, RecoveryPane)
        await pilot.press("slash", *"[b]q🚀")
        await pilot.pause()
        assert pane.table.items == []
        no_match = app.query_one("#recovery-no-match", Static)
        assert "No plan matches “[b]q🚀”" in str(no_match.render())
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        await pilot.pause()  # "[" left: a symbol neither row holds
        assert pane.table.items == []
        await pilot.press("backspace", *"numerqiue")
        await pilot.pause()
        assert [row.company for row in pane.table.items] == ["Café Numérique"]
        assert pane.filter_bar.input.has_focus
