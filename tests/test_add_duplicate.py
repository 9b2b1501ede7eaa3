"""Saving a new application already in the Pipeline asks first, by the import's own rule.

A tester saved AlphaCo (Role A) in two windows, and had two identical rows without a word;
the import calls such a row a duplicate (the same company and role applied within two
months). A re-application months later is another application, and is not asked about.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.ui_harness import app_on, fill, settle


def _saved(db: Database) -> list[tuple[str, str]]:
    with db.read() as session:
        return sorted((a.company, a.role) for a in session.exec(select(Application)).all())


async def test_an_application_already_in_the_pipeline_is_asked_about_before_it_is_saved(
    opened_paths: DataPaths, db: Database
) -> None:
    add_application(db, ApplicationInput("Acme", "Engineer", date_applied=date(2026, 3, 2)))
    add_application(db, ApplicationInput("Beta", "Analyst", date_applied=date(2025, 9, 1)))
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        await fill(pilot, company="Acme", role="Engineer")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        assert str(asked.question) == (
            "Acme (Engineer) is already in your Pipeline, applied 2 Mar. Add another?"
        )
        await pilot.press("enter")  # No is the default: the form stays, as typed
        await settle(pilot, 3)
        assert app.screen is form
        assert "Not saved yet: Acme (Engineer) is already in your Pipeline." in str(
            form.query_one("#form-message").render()
        )
        assert focus_problem(app) is None
        assert _saved(db) == [("Acme", "Engineer"), ("Beta", "Analyst")]
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")  # a real second application: added
        await settle(pilot, 3)
        assert not isinstance(app.screen, (ApplicationFormScreen, ConfirmScreen))
        assert _saved(db) == [("Acme", "Engineer"), ("Acme", "Engineer"), ("Beta", "Analyst")]
        # Applied again months later: another application, saved without a question.
        await pilot.press("a")
        await settle(pilot, 3)
        await fill(pilot, company="Beta", role="Analyst")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, (ApplicationFormScreen, ConfirmScreen))
        assert focus_problem(app) is None
    assert _saved(db) == [
        ("Acme", "Engineer"),
        ("Acme", "Engineer"),
        ("Beta", "Analyst"),
        ("Beta", "Analyst"),
    ]
