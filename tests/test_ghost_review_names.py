"""The ghosted review names the application that went quiet, not the company.

A stranger's fortnight: Acme said no to their Data Analyst application 20 days ago, and their
Analytics Engineer application at Acme had been quiet for 25 days. The review (`r` on
Pipeline's `/is:quiet`) asked "No reply from Acme in 25 days.", which was untrue: Acme had
replied, about the other role. It now names the application as every other dialog names one,
"Company (Role)", and says the silence is about it.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date, timedelta

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.dialogs import GhostScreen
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put
from tests.screen_text import flat
from tests.ui_harness import app_on, settle, settle_workers


def _ago(days: int) -> date:
    return FIXED_TODAY - timedelta(days=days)


def _store(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        put(
            db,
            "Acme",
            [("applied", _ago(40)), ("rejected", _ago(20))],
            role="Data Analyst",
            date_applied=_ago(40),
        )
        put(
            db,
            "Acme",
            [("applied", _ago(25))],
            role="Analytics Engineer",
            date_applied=_ago(25),
        )
    finally:
        db.dispose()


async def test_the_review_names_the_quiet_application_and_not_the_company(
    opened_paths: DataPaths,
) -> None:
    _store(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(100, 30)) as (app, pilot, _pane):
        await settle_workers(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, GhostScreen)
        question = flat(app.screen.query_one(".confirm-question").render().plain)
        assert question == "No reply about Acme (Analytics Engineer) in 25 days."
        detail = flat(app.screen.query_one(".confirm-detail").render().plain)
        assert detail.startswith("Mark it as ghosted?"), detail
        assert focus_problem(app) is None
