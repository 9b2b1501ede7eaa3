"""People's detail lists a person's applications as "Company (Role)", and a plan step's window
names its no the same way, as every other place does.

The round's last walk met one application named three ways: "Company (Role)" almost
everywhere, "Northwind Labs — Senior Site Reliability Engineer" in People's detail and
"Northwind Labs, Senior Data Analyst · Take a breath" over a step being answered.
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.people.pane import PeoplePane
from bounceback_tui.ui.recovery.answer import AnswerScreen
from bounceback_tui.ui.recovery.pane import RecoveryPane
from tests.recovery_fixtures import add_rejection, step_by_key
from tests.screen_text import screen_lines
from tests.test_people_pane import seeded  # noqa: F401  (Rita, on Initech's Analyst role)
from tests.ui_harness import app_on, settle_workers


async def test_peoples_detail_names_an_application_company_role(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert isinstance(pane, PeoplePane) and pane.select_item(ids["rita"])
        await settle_workers(pilot)
        screen = "\n".join(screen_lines(app))
        assert "• Initech (Analyst)" in screen, screen
        assert "Initech — Analyst" not in screen


async def test_a_steps_window_names_its_no_company_role(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, "Northwind Labs", "Senior Data Analyst")
    step = step_by_key(db, rid, "reflect.prepared")
    async with app_on(opened_paths, "recovery", size=(120, 40)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert isinstance(pane, RecoveryPane) and pane.select_step(step.id or 0)
        pane.step_list.focus()
        await pilot.press("enter")
        await settle_workers(pilot)
        assert isinstance(app.screen, AnswerScreen)
        screen = "\n".join(screen_lines(app))
        assert "Northwind Labs (Senior Data Analyst)  ·  " in screen, screen
        assert "Northwind Labs, Senior Data Analyst" not in screen
