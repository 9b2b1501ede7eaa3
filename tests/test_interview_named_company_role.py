"""An interview's application is named "Company (Role)" as every note names it (a tester's
find): an unchanged save said "The interview with Lumen Health is as it was, so nothing was
saved." where the saved note and the form's title said "Lumen Health (Data Analyst)", and the
"Which interview?" picker named each "Brightpath — Data Analyst", with a dash."""

from __future__ import annotations

from textual.widgets import OptionList

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_edits import edit_interview
from bounceback_tui.ui.people.pick import PickScreen
from tests.screen_text import flat, screen_text
from tests.test_people_pane import seeded  # noqa: F401  (Rita, her applications, interviews)
from tests.ui_harness import app_on, settle

Seeded = tuple[DataPaths, dict[str, int]]


def _onsite(paths: DataPaths, acme: int) -> interviews.InterviewRow:
    db = Database(paths.database)
    try:
        (onsite,) = interviews.interviews_of_application(db, acme)
    finally:
        db.dispose()
    return onsite


async def test_an_unchanged_interview_save_names_company_and_role(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    onsite = _onsite(paths, ids["acme"])
    async with app_on(paths, "people", notifications=True) as (app, pilot, pane):
        edit_interview(pane, onsite, lambda _receipt: None)
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await pilot.press("ctrl+s")
        await settle(pilot)
        said = str(list(app._notifications)[-1].message)
        assert said == "The interview with Acme (Engineer) is as it was, so nothing was saved."
        assert focus_problem(app) is None


async def test_the_which_interview_picker_names_each_company_and_role(seeded: Seeded) -> None:  # noqa: F811
    paths, _ids = seeded
    async with app_on(paths, "today", notifications=True) as (app, pilot, _pane):
        await settle(pilot)
        await pilot.press("N")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        listing = app.screen.query_one(OptionList)
        items = [
            flat(str(listing.get_option_at_index(i).prompt)) for i in range(listing.option_count)
        ]
        assert len(items) == 2, items
        assert any(item.endswith("Acme (Engineer)") for item in items), items
        # Friday's, not asked about yet, is named as past (it read as coming).
        assert any(item.endswith("Initech (Analyst) · past") for item in items), items
        assert not any("—" in item for item in items), items
        assert "Initech (Analyst)" in flat(screen_text(app))
        assert focus_problem(app) is None
