"""A filter keystroke that takes away the row under the cursor puts it on the first match.

A stranger typed "Helix" into the Pipeline's filter, a letter at a time, then Enter and
`e`: the form edited the third of three Helix Bio rows. While they typed, the cursor had
stayed on "Lumen Health" (which "Hel" matched, by "Health"); when "Helix" took that row
away, the cursor kept its line and landed on whichever row had slid onto it. Now a row the
filter takes away gives the cursor to the first (best) match; a row still shown keeps it,
as across a sort. The rule is the list kit's (``kit/list_keys.FILTER_TYPED``), so Skills
and Reframe's history, whose lists went the same way, follow it too.
"""

from __future__ import annotations

from datetime import date, datetime

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.quiet import until_quiet
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record
from tests.skills_fixtures import Seeded
from tests.test_skills_pane import seeded, skills_pane  # noqa: F401  (the fixture)
from tests.ui_harness import app_on, settle


def _add(db: Database, company: str, role: str) -> int:
    values = {"company": company, "role": role, "date_applied": clock.today().isoformat()}
    added = application_service.add_application(db, validate_application(values, clock.today()))
    return added.id or 0


async def test_typing_helix_puts_the_cursor_on_the_first_match_not_on_a_slid_row(
    opened_paths: DataPaths, db: Database
) -> None:
    _add(db, "Acme", "Backend Engineer")
    _add(db, "Helix Bio", "Developer Advocate")
    _add(db, "Helix Bio", "Frontend Developer")
    _add(db, "Helix Bio", "Data Engineer")
    lumen = _add(db, "Lumen Health", "Machine Learning Engineer")
    async with app_on(opened_paths, "pipeline", size=(100, 30)) as (app, pilot, pane):
        await until_quiet(pilot)
        assert pane.select_item(lumen)
        await pilot.press("slash")
        for letter in "Hel":
            await pilot.press(letter)
            await settle(pilot)
        # Lumen Health still matches "Hel": the cursor stays on it, wherever it is listed.
        assert pane.selected_row is not None and pane.selected_row.id == lumen
        for letter in "ix":
            await pilot.press(letter)
            await settle(pilot)
        # Newest first: the Helix Bio row added last is the top one.
        assert [row.role for row in pane._model.visible] == [
            "Data Engineer",
            "Frontend Developer",
            "Developer Advocate",
        ]
        assert pane.table.cursor == 0
        assert pane.selected_row is not None and pane.selected_row.role == "Data Engineer"
        await pilot.press("enter", "e")
        await until_quiet(pilot)
        assert isinstance(app.screen, FormScreen)
        form = app.screen
        assert form.query_one("#field-company").value == "Helix Bio"
        assert form.query_one("#field-role").value == "Data Engineer"
        assert focus_problem(app) is None


async def test_skills_filter_that_hides_the_item_under_the_cursor_goes_to_the_first_match(
    opened_paths: DataPaths,
    seeded: Seeded,  # noqa: F811
) -> None:
    # To do, in priority order: System design interviews, Quantify impact on the resume,
    # Lead a design review (tests/skills_fixtures.py).
    async with skills_pane(opened_paths) as (app, pilot, pane):
        assert pane.select_item(seeded.skills["resume"])
        await pilot.press("slash")
        for letter in "desi":  # no "d" in "Quantify impact on the resume"
            await pilot.press(letter)
            await settle(pilot)
        assert pane.selected is not None
        assert pane.selected.title == "System design interviews"
        await pilot.press("enter")
        await settle(pilot)
        assert pane.selected is not None
        assert pane.selected.title == "System design interviews"
        assert focus_problem(app) is None


async def test_recovery_filter_keeps_the_cursor_on_a_plan_it_still_shows(
    opened_paths: DataPaths, db: Database
) -> None:
    # Newest no first: Helix Bio, Helix Labs, Lumen Health.
    add_rejection(db, "Helix Bio", rejected_on=date(2026, 3, 12))
    labs = add_rejection(db, "Helix Labs", rejected_on=date(2026, 3, 10))
    lumen = add_rejection(db, "Lumen Health", rejected_on=date(2026, 3, 1))
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await until_quiet(pilot)
        assert isinstance(pane, RecoveryPane)
        await pilot.press("j")
        await until_quiet(pilot)
        assert pane.table.selected_id == labs
        await pilot.press("slash")
        for letter in "Helix":  # Helix Labs matches all along: the cursor stays on it
            await pilot.press(letter)
            await settle(pilot)
            assert pane.table.selected_id == labs
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("G")  # Lumen Health, the last
        await until_quiet(pilot)
        assert pane.table.selected_id == lumen
        await pilot.press("slash")
        for letter in "Helix":
            await pilot.press(letter)
            await settle(pilot)
        assert [row.company for row in pane._model.visible][:1] == ["Helix Bio"]
        assert pane.table.cursor == 0  # Lumen Health went: the first match
        assert focus_problem(app) is None


async def test_reframe_history_filter_that_hides_the_record_goes_to_the_first_match(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, "Nobody wants me", at=datetime(2026, 3, 2, 9, 0))
    add_record(db, "I fail every interview", at=datetime(2026, 3, 9, 9, 0))
    add_record(db, "I always fail", at=datetime(2026, 3, 14, 9, 0))
    async with app_on(opened_paths, "reframe", size=(100, 30)) as (app, pilot, pane):
        await until_quiet(pilot)
        table = pane.table
        assert [row.thought for row in table.items] == [
            "I always fail",
            "I fail every interview",
            "Nobody wants me",
        ]
        await pilot.press("G")  # the oldest, "Nobody wants me"
        await settle(pilot)
        assert table.selected is not None and table.selected.thought == "Nobody wants me"
        await pilot.press("slash")
        for letter in "fail":
            await pilot.press(letter)
            await settle(pilot)
        assert table.selected is not None and table.selected.thought == "I always fail"
        assert focus_problem(app) is None
