"""A name written in lower case is found by its initials, as one written with capitals is.

A role typed "backend engineer" was not found by "be" in the Pipeline's filter, the palette or
Recovery, while "Backend Engineer" was: only words that begin with a capital made initials, so
that a note's plain sentence is not taken for a name ("sre" for "some really easy"). The
names of a row (its company, its role, a person's name) now make initials whatever their
case; a note still makes them only from capitalised words. Every expected result is written
out by hand.
"""

from __future__ import annotations

from bounceback_tui import clock
from bounceback_tui.domain.search import SearchIndex
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.search import load_entries
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.pipeline_fixtures import add
from tests.ui_harness import app_on, settle


def test_the_palette_finds_a_lower_case_role_by_its_initials(
    opened_paths: DataPaths, db: Database
) -> None:
    initech = add(db, "Initech", "backend engineer")
    globex = add(db, "Globex", "Backend Engineer")
    add(db, "Umbrella", "Data Analyst", location="some really easy")
    acme = add(db, "acme robotics", "site reliability engineer")
    index = SearchIndex(load_entries(opened_paths.database, clock.today()))

    def found(typed: str) -> list[int]:
        return sorted(hit.item.id for hit in index.search(typed))

    assert found("be") == sorted([initech, globex])
    assert found("sre") == [acme]  # not the plain words of the location
    assert found("ar") == [acme]  # a company's initials too


async def test_be_in_the_pipeline_finds_the_role_written_in_lower_case(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Initech", "backend engineer")
    add(db, "Globex", "Backend Engineer")
    add(db, "Umbrella", "Data Analyst", notes="some really easy questions")
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert isinstance(pane, PipelinePane)
        await pilot.press("slash", *"be")
        await settle(pilot)
        assert sorted(row.company for row in pane.visible_rows) == ["Globex", "Initech"]
        pane.filter_input.value = ""
        await settle(pilot)
        await pilot.press(*"sre")
        await settle(pilot)
        assert [row.company for row in pane.visible_rows] == []  # a note is no name
        assert app.focused is pane.filter_input
