"""`u` refused on an interview changed since names the key of the pane it is pressed on.

"Press N, then d, to delete it." named People's `N` (``people.edit_interview``) by hand on
every pane: on the Pipeline, with its `N` moved in settings.toml, it named a key that did
something else there (or People's own moved key). The refusal names the pane's own binding
of the action, as bound.

The clock is Mon 16 Mar 2026 09:30 London (tests/conftest.py).
"""

from __future__ import annotations

from datetime import timedelta

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import InterviewInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.interviews import interviews_of_application, update_interview
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.test_keymap import _keymapped
from tests.ui_harness import fill, settle, settle_workers

MOVED = (
    "[keymap]\n"
    '"pipeline.edit_interview" = "f11"\n'
    '"people.edit_interview" = "f12"\n'
    '"interview_choice.delete" = "f5"\n'
)


async def test_the_pipelines_undo_names_the_pipelines_key(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        gamma = add_application(
            db, ApplicationInput(company="Gamma Ltd", role="BI Developer", stage=Stage.APPLIED)
        )
    finally:
        db.dispose()
    async with _keymapped(opened_paths, MOVED) as (app, pilot):
        await pilot.press("2")
        await settle_workers(pilot)
        await pilot.press("I")
        await settle(pilot, 3)
        await fill(pilot, kind="phone_screen", day="2026-03-18", at="15:00")
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        other = Database(opened_paths.database)  # another window moves its time
        try:
            (row,) = interviews_of_application(other, gamma.id or 0)
            moved = InterviewInput(row.kind, row.starts_at + timedelta(hours=1), row.zone)
            update_interview(other, row.id, moved, expected_version=row.version)
        finally:
            other.dispose()
        await pilot.press("u")
        await settle_workers(pilot)
        said = [m for m in app.messages if "has changed since you scheduled it" in m]
        assert said, app.messages
        assert said[-1].endswith("so it stays. Press f11, then f5, to delete it."), said
        assert focus_problem(app) is None
