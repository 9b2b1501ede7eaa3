"""Recovery's `e` on a no linked to an application renames the application too.

The twenty-fifth round left it (docs/testing.md, "Left alone"): a no marked with `x` had its
company corrected in Recovery, and the Pipeline kept the old name, so the two disagreed. The
correction now gives the application the company and role the person changed, in the same
transaction, compare-and-set against the version of each the form read: a change made to
the application in another window refuses the save with the usual message, and nothing is
written. The toast says so: "… is renamed in the Pipeline too."
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.recovery_forms import validate_rejection
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import ConflictError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_edits as edit_service
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.ui.kit.conflict import ConflictScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put, rows
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, fill, keep_toasts, settle


def _acme_rejected(db: Database) -> tuple[int, int]:
    """Acme (Engineer), sent on 2 March, marked rejected today with `x`'s service."""
    app_id = put(db, "Acme", [("applied", date(2026, 3, 2))], date_applied=date(2026, 3, 2))
    receipt = moves.mark_rejected(db, app_id, RejectionInput(FIXED_TODAY, Stage.APPLIED))
    return app_id, receipt.rejection_id


def _changed_elsewhere(paths: DataPaths, app_id: int) -> None:
    """Another window writes a note on the application (its version moves on)."""
    db = Database(paths.database)
    try:
        with db.write() as session:
            found = session.get(Application, app_id)
            assert found is not None
            found.notes = "They called back about another role"
            session.add(found)
    finally:
        db.dispose()


def _form(company: str, role: str) -> dict[str, str]:
    return {
        "company": company,
        "role": role,
        "rejected_on": FIXED_TODAY.isoformat(),
        "stage_reached": "applied",
        "reason": "",
    }


def test_the_correction_renames_the_application(db: Database) -> None:
    app_id, no = _acme_rejected(db)
    read = recovery_service.get_rejection(db, no)
    assert read is not None
    corrected = edit_service.correct_rejection(
        db,
        no,
        validate_rejection(_form("Acme Ltd", "Platform Engineer"), FIXED_TODAY),
        expected_version=read.version,
        expected_application_version=edit_service.application_version(db, read),
    )
    assert corrected.renamed
    assert rows(db.path, "SELECT company, role FROM application WHERE id = ?", app_id) == [
        ("Acme Ltd", "Platform Engineer")
    ]
    assert rows(db.path, "SELECT company, role FROM rejection") == [
        ("Acme Ltd", "Platform Engineer")
    ]


def test_its_other_noes_that_read_as_it_did_follow(db: Database) -> None:
    """An application turned down twice (rejected, reopened, rejected again) has two noes;
    a rename from one reaches the other that still read as it did, as a rename made in the
    Pipeline does, and not one named apart."""
    app_id, no = _acme_rejected(db)
    earlier = add_rejection(
        db, "Acme", "Engineer", date(2026, 3, 5), application_id=app_id, stage_reached="applied"
    )
    apart = add_rejection(db, "Acme (Lisbon)", "Engineer", date(2026, 3, 6), application_id=app_id)
    edit_service.update_rejection(
        db, no, validate_rejection(_form("Acme Ltd", "Engineer"), FIXED_TODAY)
    )
    assert rows(db.path, "SELECT id, company FROM rejection ORDER BY id") == [
        (no, "Acme Ltd"),
        (earlier, "Acme Ltd"),
        (apart, "Acme (Lisbon)"),
    ]
    assert rows(db.path, "SELECT company FROM application") == [("Acme Ltd",)]


def test_a_correction_that_names_it_as_it_is_renames_nothing(db: Database) -> None:
    _app_id, no = _acme_rejected(db)
    corrected = edit_service.correct_rejection(
        db, no, validate_rejection({**_form("Acme", "Engineer"), "reason": "Budget"}, FIXED_TODAY)
    )
    assert not corrected.renamed


def test_the_service_refuses_a_rename_over_a_change_made_elsewhere(
    opened_paths: DataPaths, db: Database
) -> None:
    app_id, no = _acme_rejected(db)
    read = recovery_service.get_rejection(db, no)
    assert read is not None
    seen = edit_service.application_version(db, read)
    _changed_elsewhere(opened_paths, app_id)
    with pytest.raises(ConflictError) as refused:
        edit_service.correct_rejection(
            db,
            no,
            validate_rejection(_form("Acme Ltd", "Engineer"), FIXED_TODAY),
            expected_version=read.version,
            expected_application_version=seen,
        )
    assert str(refused.value) == "Acme (Engineer) in the Pipeline was changed in another window."
    assert rows(db.path, "SELECT company FROM application") == [("Acme",)]
    assert rows(db.path, "SELECT company FROM rejection") == [("Acme",)]


async def test_e_renames_both_and_says_so(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        app_id, no = _acme_rejected(db)
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(no)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, company="Acme Ltd", role="Platform Engineer")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
        assert "Saved. Acme Ltd (Platform Engineer) is renamed in the Pipeline too." in said
        await pilot.press("2")  # the Pipeline
        await settle(pilot, 3)
        assert any("Acme Ltd" in line for line in screen_lines(app))
        assert focus_problem(app) is None
    db = Database(opened_paths.database)
    try:
        assert rows(db.path, "SELECT company, role FROM application WHERE id = ?", app_id) == [
            ("Acme Ltd", "Platform Engineer")
        ]
    finally:
        db.dispose()


async def test_a_change_to_the_application_elsewhere_is_refused_then_reloaded(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        app_id, no = _acme_rejected(db)
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        assert pane.select_item(no)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        await fill(pilot, company="Acme Ltd")
        _changed_elsewhere(opened_paths, app_id)
        await pilot.press("ctrl+s")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ConflictScreen)
        assert (
            dialog.what_changed == "Acme (Engineer) in the Pipeline was changed in another window."
        )
        assert dialog.choices == ("reload",)
        assert dialog.settled == (
            "Its name changes in the Pipeline too, so nothing was saved. Reload to see the no "
            "as it is now, then make your change again."
        )
        db = Database(opened_paths.database)
        try:
            assert rows(db.path, "SELECT company FROM application") == [("Acme",)]
            assert rows(db.path, "SELECT company FROM rejection") == [("Acme",)]
        finally:
            db.dispose()
        await pilot.press("r")
        await settle(pilot)
        assert app.screen is form
        assert form.values()["company"] == "Acme"
        assert focus_problem(app) is None
        await fill(pilot, company="Acme Ltd")  # again, over the application as it is now
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, FormScreen)
    db = Database(opened_paths.database)
    try:
        assert rows(db.path, "SELECT company, notes FROM application") == [
            ("Acme Ltd", "They called back about another role")
        ]
    finally:
        db.dispose()
