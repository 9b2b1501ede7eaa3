"""Two applications at one company, told apart in every note, dialog and title that names one.

The twenty-sixth round's list: some of the Pipeline's and Recovery's notes named an
application by its company alone ("Deleted Quarry & Co.", "Saved Quarry & Co.", "Quarry &
Co: Applied → Screening.", "Rejection taken back: Quarry & Co is in Applied again"), while
the follow-up's note and review said "Quarry & Co (Technical Writer)". With two applications
at one company the person could not tell which one a note was about. Every one now names it
through the one helper, ``domain.text.app_name``: "Company (Role)", each part clipped.
The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import pipeline_undo
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen
from tests.helpers import usual_keys
from tests.pipeline_fixtures import D, put
from tests.recovery_fixtures import add_rejection
from tests.ui_harness import NO_IDLE_CHECK, app_on, fill, keep_toasts, settle

WRITER = "Quarry & Co (Technical Writer)"
SUPPORT = "Quarry & Co (Support Engineer)"


def _two_at_quarry(db: Database) -> tuple[int, int]:
    writer = put(
        db,
        "Quarry & Co",
        [("applied", D(2026, 3, 2))],
        role="Technical Writer",
        date_applied=D(2026, 3, 2),
    )
    support = put(
        db,
        "Quarry & Co",
        [("applied", D(2026, 3, 3))],
        role="Support Engineer",
        date_applied=D(2026, 3, 3),
    )
    return writer, support


async def test_the_pipeline_names_which_of_two_applications_at_one_company(
    opened_paths: DataPaths, db: Database
) -> None:
    writer, support = _two_at_quarry(db)
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        said = keep_toasts(app)
        # A move along the stages.
        assert pane.select_item(support)
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert said[-1] == f"{SUPPORT}: Applied → Screening."
        # Marking one rejected: the form's title, the plan's offer.
        assert pane.select_item(writer)
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert str(app.screen.form_title) == f"Rejected: {WRITER}"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, PlanOfferScreen)
        assert str(app.screen.question) == f"Recorded. {WRITER} said no."
        await pilot.press("n")
        await settle(pilot)
        # An edit saved.
        assert pane.select_item(support)
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert str(app.screen.form_title) == f"Edit: {SUPPORT}"
        await fill(pilot, notes="Met the support lead")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert said[-1] == f"Saved {SUPPORT}."
        # A third application at Quarry & Co added.
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, company="Quarry & Co", role="Data Analyst")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert said[-1].startswith("Saved Quarry & Co (Data Analyst).")
        # A delete: the question and its note.
        assert pane.select_item(support)
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.question) == f"Delete {SUPPORT}?"
        await pilot.press("y")
        await settle(pilot)
        assert said[-1] == f"Deleted {SUPPORT}. u brings it back."
        # `u`, three times: the delete, the add, the rejection.
        await pilot.press("u")
        await settle(pilot)
        assert said[-1] == f"{SUPPORT} is back."
        await pilot.press("u")
        await settle(pilot)
        assert said[-1].startswith("Taken back: Quarry & Co (Data Analyst) is removed.")
        await pilot.press("u")
        await settle(pilot)
        assert said[-1] == (
            f"Rejection taken back: {WRITER} is in Applied again, and its plan is gone."
        )
        assert focus_problem(app) is None
    # Nothing in them named the company alone.
    assert not any("Quarry & Co." in note or "Quarry & Co:" in note for note in said), said


async def test_recovery_names_which_of_two_noes_at_one_company(
    opened_paths: DataPaths, db: Database
) -> None:
    writer = add_rejection(db, "Quarry & Co", "Technical Writer")
    add_rejection(db, "Quarry & Co", "Support Engineer")
    async with app_on(
        opened_paths, "recovery", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(writer)
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.question) == f"Delete the rejection from {WRITER} and its plan?"
        await pilot.press("y")
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert said[-1] == f"The no from {WRITER} is back."
        assert focus_problem(app) is None


def test_the_services_refusals_name_the_application_with_its_role(db: Database) -> None:
    writer, support = _two_at_quarry(db)
    receipt = moves.mark_rejected(db, writer, RejectionInput(D(2026, 3, 14), Stage.APPLIED))
    with pytest.raises(BouncebackError) as refused:
        moves.mark_rejected(db, writer, RejectionInput(D(2026, 3, 14), Stage.APPLIED))
    assert str(refused.value) == f"{WRITER} is already marked rejected."
    assert pipeline_undo.what_it_takes_back(receipt) == f"marking {WRITER} rejected"
    with pytest.raises(BouncebackError) as refused:
        moves.confirm_ghosted(db, writer)
    assert str(refused.value) == f"{WRITER} is no longer waiting in Applied."
    blocked = recovery_service.delete_blocked(db, receipt.rejection_id, usual_keys)
    assert blocked is not None and blocked.startswith(
        f"{WRITER} is still marked rejected in the Pipeline, so its rejection stays."
    )
    moved = moves.move_stage(db, support, Stage.SCREENING)
    assert (moved.company, moved.role) == ("Quarry & Co", "Support Engineer")
