"""A skill's title and a thought record's thought are found by their initials, in the palette
and in their panes' filters, as an application's company and role and a person's name are.

"sdi" found nothing for the skill "System design interviews" (its words are not capitalised,
so they made no initials), while "be" found the role "backend engineer". A skill's title and
a record's thought are what the person reads in the list and the palette; they now make
initials whatever their case. A skill's "why" is a sentence, not a name: its words still
make none. Every expected result is written out by hand.
"""

from __future__ import annotations

from bounceback_tui import clock
from bounceback_tui.domain.search import Kind, SearchIndex
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.search import load_entries
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle


def _skill(db: Database, title: str, why: str = "") -> int:
    return add_skill(
        db, validate_skill({"title": title, "kind": "technical", "why": why}, clock.today())
    )


def _store(db: Database) -> tuple[int, int]:
    design = _skill(db, "System design interviews")
    _skill(db, "Salary negotiation", why="so dull it is")  # a sentence: no initials
    nobody = add_record(db, "Nobody will hire me")
    add_record(db, "The interview went badly")
    return design, nobody


async def _filter_by(app, pilot, pane, typed: str) -> None:  # type: ignore[no-untyped-def]
    """``typed`` into the pane's filter (`/`); the focus stays in the filter."""
    await pilot.press("slash", *typed)
    await settle(pilot)
    assert app.focused is pane.filter_bar.input


def test_the_palette_finds_a_skill_and_a_thought_by_their_initials(
    opened_paths: DataPaths, db: Database
) -> None:
    design, nobody = _store(db)
    index = SearchIndex(load_entries(opened_paths.database, clock.today()))

    def found(typed: str) -> list[tuple[Kind, int]]:
        return [(hit.item.kind, hit.item.id) for hit in index.search(typed)]

    assert found("sdi") == [(Kind.SKILL, design)]
    assert found("nwhm") == [(Kind.THOUGHT_RECORD, nobody)]
    assert found("sdii") == []  # a word of the why is not an initial


async def test_the_skills_filter_finds_a_skill_by_its_initials(
    opened_paths: DataPaths, db: Database
) -> None:
    _store(db)
    async with app_on(opened_paths, "skills") as (app, pilot, pane):
        await _filter_by(app, pilot, pane, "sdi")
        assert [row.title for row in pane._shown_rows()] == ["System design interviews"]  # type: ignore[attr-defined]


async def test_the_reframe_filter_finds_a_thought_by_its_initials(
    opened_paths: DataPaths, db: Database
) -> None:
    _store(db)
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await _filter_by(app, pilot, pane, "nwhm")
        assert [row.thought for row in pane._filtered_rows()] == ["Nobody will hire me"]  # type: ignore[attr-defined]
        assert pane.table.row_count == 1  # type: ignore[attr-defined]
