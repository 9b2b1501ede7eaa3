"""A move that takes an application out of the Pipeline's filter says the filter was
cleared.

The Pipeline keeps the moved application selected (so `[` can take the move back), which
means clearing a filter that no longer shows it: with "stage:applied" typed, `]` moved an
application to Screening and the filter vanished without a word (the twentieth round's
left-alone list).
"""

from __future__ import annotations

from bounceback_tui import clock
from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.ui_harness import app_on, settle, toasts


def _add(db: Database, company: str) -> int:
    values = {"company": company, "role": "Engineer", "date_applied": clock.today().isoformat()}
    added = application_service.add_application(db, validate_application(values, clock.today()))
    return added.id or 0


async def test_a_move_out_of_the_filter_says_it_was_cleared(
    opened_paths: DataPaths, db: Database
) -> None:
    globex = _add(db, "Globex")
    _add(db, "Initech")
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        await pilot.press("slash", *"stage:applied", "enter")
        await settle(pilot)
        assert pane.select_item(globex)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert 'Filter "stage:applied" cleared: it hid this application.' in toasts(app)
        assert pane.selected_row is not None and pane.selected_row.id == globex
        assert pane.selected_row.stage is Stage.SCREENING
        assert focus_problem(app) is None


async def test_a_move_the_filter_still_shows_says_nothing_of_it(
    opened_paths: DataPaths, db: Database
) -> None:
    globex = _add(db, "Globex")
    _add(db, "Initech")
    async with app_on(opened_paths, "pipeline", notifications=True) as (app, pilot, pane):
        await pilot.press("slash", *"globex", "enter")
        await settle(pilot)
        assert pane.select_item(globex)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert not any("cleared" in note for note in toasts(app))
        assert pane.selected_row is not None and pane.selected_row.stage is Stage.SCREENING
