"""`u` takes back an application saved as new over one deleted in another window.

The edit form (`e`) open while another window deleted the application; the conflict
dialog's "Save as new" added it again, ticking "Send the next application" in the plan of
the no since, but `u` could not take that copy back, nor untick the step, as it takes back
an application added with `a`. Now the copy is an add like `a`'s: the toast ends "u takes
it away.", and `u` takes the copy and the tick back.

The store, on the frozen Monday 2026-03-16: Lumen sent on 1 March, Globex's no on 10 March
(nothing sent since it, so its "Send the next application" is open)."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.application_delete import delete_application
from bounceback_tui.services.applications import add_application_result
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import rows
from tests.ui_harness import app_on, fill, keep_toasts, settle

NEXT = "Send the next application"


def _seed(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        lumen = ApplicationInput(
            company="Lumen", role="Designer", stage=Stage.APPLIED, date_applied=date(2026, 3, 1)
        )
        added = add_application_result(db, lumen).application
        globex = ApplicationInput(
            company="Globex", role="Analyst", stage=Stage.REJECTED, date_applied=date(2026, 2, 20)
        )
        no = RejectionInput(rejected_on=date(2026, 3, 10), stage_reached=Stage.APPLIED)
        add_application_result(db, globex, no)
        assert added.id is not None
        return added.id
    finally:
        db.dispose()


def _delete_elsewhere(paths: DataPaths, application_id: int) -> None:
    db = Database(paths.database)
    try:
        delete_application(db, application_id)
    finally:
        db.dispose()


def _companies(paths: DataPaths) -> list[str]:
    return [str(row[0]) for row in rows(paths.database, "SELECT company FROM application")]


def _ticked(paths: DataPaths) -> list[str]:
    """The noes whose "Send the next application" is ticked."""
    found = rows(
        paths.database,
        "SELECT r.company FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id "
        "WHERE s.title = ? AND s.done_at IS NOT NULL",
        NEXT,
    )
    return [str(row[0]) for row in found]


async def test_u_takes_back_an_application_saved_as_new_and_the_step_it_ticked(
    opened_paths: DataPaths,
) -> None:
    lumen = _seed(opened_paths)
    assert _ticked(opened_paths) == []
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(lumen)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        _delete_elsewhere(opened_paths, lumen)
        await fill(pilot, date_applied="2026-03-16")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen) and app.screen.deleted
        await pilot.press("n")  # save as new
        await settle(pilot, 4)
        assert not isinstance(app.screen, (FormScreen, ConflictScreen))
        assert sorted(_companies(opened_paths)) == ["Globex", "Lumen"]
        assert _ticked(opened_paths) == ["Globex"]
        assert said[-1].endswith("u takes it away."), said
        assert pane.check_action("undo", ()) is True

        await pilot.press("u")
        await settle(pilot, 4)
        assert _companies(opened_paths) == ["Globex"]
        assert _ticked(opened_paths) == []
        assert focus_problem(app) is None
