"""Every palette command's help line fits the palette at 100 columns.

A tester at 100 columns read "Write a message" with its help wrapped onto a second line, and
at 120 "Schedule an interview … choose its application on the Pipeline first; this takes you
there" wrapped too ("Edit the application" had been shortened for this alone). Every help
line, listed with nothing typed, now fits the palette's own width at 100x30: with no
application chosen (Today), with one chosen on the Pipeline, and with a person chosen in
People.
"""

from __future__ import annotations

from textual.command import CommandList

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add


def _wrapped(app: BouncebackApp) -> list[str]:
    """Each listed command whose lines take more rows than it has lines."""
    results = app.screen.query_one(CommandList)
    padding = results.get_component_styles("option-list--option").padding
    width = (
        results.scrollable_content_region.width - results._get_left_gutter_width() - padding.width
    )
    wrapped = []
    for index in range(results.option_count):
        option = results.get_option_at_index(index)
        lines = str(option.prompt).count("\n") + 1
        if results._get_visual(option).get_height(results.styles, width) > lines:
            wrapped.append(str(option.prompt).replace("\n", " | "))
    return wrapped


async def test_no_help_line_wraps_with_no_application_chosen(
    opened_paths: DataPaths, db: Database
) -> None:
    add(db, "Globex", "Analyst", date_applied="2026-03-10")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "")
        assert app.screen.query_one(CommandList).option_count > 20
        assert _wrapped(app) == [], "\n".join(_wrapped(app))


async def test_no_help_line_wraps_with_an_application_chosen(
    opened_paths: DataPaths, db: Database
) -> None:
    globex = add(db, "Globex", "Analyst", date_applied="2026-03-10")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(globex)
        await search(app, pilot, "")
        assert _wrapped(app) == [], "\n".join(_wrapped(app))


async def test_no_help_line_wraps_with_a_person_chosen(
    opened_paths: DataPaths, db: Database
) -> None:
    person = people_edits.add_contact(
        db, validate_contact({"name": "Dana Reyes", "kind": "recruiter"}, FIXED_TODAY)
    )
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("6")
        await pilot.pause()
        assert app.current_pane.select_item(person)
        await search(app, pilot, "")
        assert _wrapped(app) == [], "\n".join(_wrapped(app))
