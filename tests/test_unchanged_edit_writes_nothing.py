"""An edit form saved with nothing changed writes nothing, and says so (a tester's find).

Saving an application's edit form as it opened said "Saved", moved the row's version on (a
form open in another window then met a change that was none) and counted as one of the
day's actions (it could keep "Active N days in a row" going), where the Reframe draft
(services/reframe_same.py) and the step's draft write nothing for a save that changes
nothing. The same for each edit form: the application, the skill, the person, the
rejection and the interview.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from typing import Any

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_edits import edit_interview
from tests.conftest import FIXED_NOW, FIXED_TODAY, FIXED_ZONE
from tests.pipeline_fixtures import add
from tests.recovery_fixtures import add_rejection
from tests.skills_fixtures import seed_backlog
from tests.test_people_pane import seeded  # noqa: F401  (Rita, her applications, interviews)
from tests.ui_harness import app_on, fill, settle

Seeded = tuple[DataPaths, dict[str, int]]


def _state(paths: DataPaths, table: str, row_id: int) -> tuple[Any, ...]:
    """The row (every column, its version among them) and today's count of actions."""
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,)).fetchone()
        actions = conn.execute(
            "SELECT actions FROM activity_day WHERE day = ?", (FIXED_TODAY.isoformat(),)
        ).fetchone()
    conn.close()
    return row, actions


async def _save_unchanged(
    app: Any, pilot: Any, paths: DataPaths, table: str, row_id: int, name: str
) -> None:
    """The form open, saved as it opened an hour later: nothing written, and the note says
    nothing changed (not "Saved")."""
    assert isinstance(app.screen, FormScreen)
    before = _state(paths, table, row_id)
    clock.freeze(FIXED_NOW + timedelta(hours=1), tz=FIXED_ZONE)  # a save would stamp this
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert not isinstance(app.screen, FormScreen)
    assert _state(paths, table, row_id) == before
    said = [(str(n.title), str(n.message)) for n in app._notifications]
    assert said[-1] == ("Nothing changed", f"{name} is as it was, so nothing was saved."), said
    assert not any("Saved" in title + message for title, message in said), said
    assert focus_problem(app) is None


def _with_db(paths: DataPaths, build: Any) -> Any:
    db = Database(paths.database)
    try:
        return build(db)
    finally:
        db.dispose()


async def test_the_application_form(opened_paths: DataPaths) -> None:
    app_id = _with_db(
        opened_paths,
        lambda db: add(
            db,
            "Acme ",
            "Engineer",
            stage="applied",
            date_applied="2026-03-10",
            next_follow_up="2026-03-20",
            link="https://acme.example/jobs/1",
            location="Lisbon",
            salary_min="85k",
            salary_max="95k",
            salary_currency="EUR",
            notes="Met them at the fair",
        ),
    )
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("e")
        await settle(pilot)
        await _save_unchanged(app, pilot, opened_paths, "application", app_id, "Acme (Engineer)")


async def test_spaces_at_the_ends_change_nothing_and_a_real_change_is_saved(
    opened_paths: DataPaths,
) -> None:
    app_id = _with_db(opened_paths, lambda db: add(db, "Acme", notes="Met them at the fair"))
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("e")
        await settle(pilot)
        await fill(pilot, company="Acme  ", location=" ")  # the save cleans them away
        await _save_unchanged(app, pilot, opened_paths, "application", app_id, "Acme (Engineer)")
        await pilot.press("e")
        await settle(pilot)
        before = _state(opened_paths, "application", app_id)
        await fill(pilot, location="Lisbon")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert _state(opened_paths, "application", app_id) != before
        said = [(str(n.title), str(n.message)) for n in app._notifications]
        assert said[-1] == ("Saved", "Saved Acme (Engineer)."), said


async def test_a_closed_application_form(opened_paths: DataPaths) -> None:
    # A closed application's follow-up is kept but not shown: saved as shown, it stays.
    app_id = _with_db(
        opened_paths,
        lambda db: add(db, "Globex", stage="withdrawn", date_applied="2026-03-01"),
    )
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("e")
        await settle(pilot)
        await _save_unchanged(app, pilot, opened_paths, "application", app_id, "Globex (Engineer)")


async def test_the_skill_form(opened_paths: DataPaths) -> None:
    skill_id = _with_db(opened_paths, lambda db: seed_backlog(db).skills["design"])
    async with app_on(opened_paths, "skills", notifications=True) as (app, pilot, pane):
        assert pane.select_item(skill_id)
        await pilot.pause()
        await pilot.press("e")
        await settle(pilot)
        await _save_unchanged(
            app, pilot, opened_paths, "skill", skill_id, "System design interviews"
        )


async def test_the_person_form(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    async with app_on(paths, "people", notifications=True) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await pilot.press("e")
        await settle(pilot)
        await _save_unchanged(app, pilot, paths, "contact", ids["rita"], "Rita Okoye")


async def test_the_rejection_form(opened_paths: DataPaths) -> None:
    rejection_id = _with_db(opened_paths, add_rejection)
    async with app_on(opened_paths, "recovery", notifications=True) as (app, pilot, pane):
        assert pane.select_item(rejection_id)
        await pilot.press("e")
        await settle(pilot)
        await _save_unchanged(
            app, pilot, opened_paths, "rejection", rejection_id, "Acme (Engineer)"
        )


async def test_the_interview_form(seeded: Seeded) -> None:  # noqa: F811
    paths, ids = seeded
    (onsite,) = _with_db(paths, lambda db: interviews.interviews_of_application(db, ids["acme"]))
    async with app_on(paths, "people", notifications=True) as (app, pilot, pane):
        edit_interview(pane, onsite, lambda _receipt: None)
        await settle(pilot)
        await _save_unchanged(
            app, pilot, paths, "interview", onsite.id, "The interview with Acme (Engineer)"
        )
