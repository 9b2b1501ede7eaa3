"""Recovery's forms name, in their conflict dialog, the fields another window changed
(fix11, item 1): the rejection, the feedback request and the template step. The other
forms: tests/test_conflict_fields_forms.py (which says how these tests go).

A rejection's version also moves when a step of its plan is ticked: then the dialog says
that no field of the form changed there, which is what the person needs to know.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bounceback_tui.domain.recovery_forms import (
    validate_feedback_request,
    validate_rejection,
    validate_template_step,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_edits as edit_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.template import template_form
from tests.conflict_fixtures import elsewhere, save_into_conflict
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, step_by_key, tick_first
from tests.ui_harness import app_on, fill, settle

NO = date(2026, 3, 12)  # Acme's no (tests/recovery_fixtures.py), four days before today
ACME = {
    "company": "Acme",
    "role": "Engineer",
    "rejected_on": "2026-03-12",
    "stage_reached": "interviewing",
}


def _rejection(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        return add_rejection(db)  # Acme, Engineer, 12 Mar, with its plan
    finally:
        db.dispose()


async def _edit_rejection(rejection_id: int, app: Any, pilot: Any) -> None:
    """`e` on the plan of ``rejection_id``: its rejection's form."""
    assert app.current_pane.select_item(rejection_id)
    await pilot.press("e")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)


async def test_the_rejection_form(opened_paths: DataPaths) -> None:
    rejection_id = _rejection(opened_paths)
    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        await _edit_rejection(rejection_id, app, pilot)
        await fill(pilot, reason="They went with someone internal")
        theirs = {**ACME, "role": "Senior Engineer", "reason": "Budget"}
        elsewhere(
            opened_paths,
            lambda db: edit_service.update_rejection(
                db, rejection_id, validate_rejection(theirs, FIXED_TODAY)
            ),
        )
        assert await save_into_conflict(app, pilot) == (
            "Changed there: Role and Reason given. You changed Reason given too."
        )


async def test_the_rejection_form_when_only_its_plan_moved_there(opened_paths: DataPaths) -> None:
    rejection_id = _rejection(opened_paths)
    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        await _edit_rejection(rejection_id, app, pilot)
        await fill(pilot, reason="They went with someone internal")
        elsewhere(opened_paths, lambda db: tick_first(db, rejection_id, 1))
        assert await save_into_conflict(app, pilot) == "No field of this form changed there."


async def test_the_feedback_request_form(opened_paths: DataPaths) -> None:
    rejection_id = _rejection(opened_paths)
    db = Database(opened_paths.database)
    try:
        step = step_service.get_step(db, step_by_key(db, rejection_id, "feedback.ask").id or 0)
    finally:
        db.dispose()
    assert step is not None
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        assert pane.select_item(rejection_id)
        await pane.open_step(step)  # Enter on the step
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, asked_via="email")
        theirs = {"asked_on": "2026-03-15", "asked_via": "linkedin"}
        elsewhere(
            opened_paths,
            lambda db: step_service.save_feedback_request(
                db, step.id, validate_feedback_request(theirs, NO, FIXED_TODAY)
            ),
        )
        assert await save_into_conflict(app, pilot) == (
            "Changed there: Asked on and Asked via. You changed Asked via too."
        )


async def test_the_template_step_form(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        row = template_service.list_template(db)[0]
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        # The form the settings screen's template editor opens to reword a step.
        app.push_screen(template_form(app.db, row, row.group_key))
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, title="Give it an evening")
        theirs = {
            "title": row.title,
            "detail": "Their words for it",
            "group": row.group_key,
            "kind": row.kind.value,
            "offset_days": str(row.offset_days + 5),
            "link": row.link.value if row.link else "",
            "optional": "yes" if row.optional else "no",
        }
        elsewhere(
            opened_paths,
            lambda db: template_service.update_template_step(
                db, row.key, validate_template_step(theirs)
            ),
        )
        assert await save_into_conflict(app, pilot) == "Changed there: Detail and Day after the no."


async def test_the_reframe_exercise_names_the_steps_changed_there(opened_paths: DataPaths) -> None:
    """The exercise saves as it is written (its own dialog, ui/reframe/draft_saving.py):
    its steps are named, by their titles, with those the person changed too. The record
    has feelings and traps saved, unchanged on both sides: they are not named."""
    from bounceback_tui.services import reframe as reframe_service
    from tests.reframe_fixtures import add_record

    db = Database(opened_paths.database)
    try:
        record_id = add_record(
            db,
            "They must think I'm a fraud",
            feelings=(("anxious", 80, 40), ("sad", 60, None)),
            traps=("mind_reading",),
        )
    finally:
        db.dispose()
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        assert pane.select_item(record_id)
        await settle(pilot)
        await pilot.press("e")  # opens on the situation step
        await settle(pilot)

        def theirs(db: Database) -> None:
            draft = reframe_service.load_record(db, record_id)
            draft.situation = "A no by phone."
            draft.evidence_against = "They asked for a second call."
            reframe_service.save_draft(db, draft)

        elsewhere(opened_paths, theirs)
        await pilot.press(*" On Friday.")
        await pilot.press("escape")  # the autosave waits; Escape asks
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen), dialog
        assert dialog.changed_there == (
            "Changed there: Situation and Evidence against. You changed Situation too."
        )
        details = [str(line.render()) for line in dialog.query(".confirm-detail")]
        assert dialog.changed_there in details
