"""The day of a no linked to an application, corrected in Recovery (`e`): one rule, one fact.

A newcomer's walk: Initech sent three days ago, moved to Interviewing, marked rejected with
`x` today; Recovery's `e` took the no's day as five days ago, before the application was
sent, without a word, where the Pipeline's `x` refuses that day ("That is before the
application was sent (…)"). Recovery then said "No on 1 Dec (5 days ago)" while the Pipeline
still said "Rejected since today": the two days are kept apart (the no, and the timeline's
move into Rejected), and only one of them moved.

Recovery's form now refuses such a day by the Pipeline's own rule
(``domain.applications.before_sent``), and so does the service, against the application as
it is in the transaction; a day it takes moves the timeline's entry in the same transaction.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.recovery_forms import validate_rejection
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_edits as edit_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, put, rows, timeline
from tests.ui_harness import app_on, fill, settle

SENT = D(2026, 3, 13)  # three days before the tests' today, Monday 16 March 2026


def _initech_rejected_today(db: Database) -> tuple[int, int]:
    """Initech, sent on 13 March, at Interviewing since the 14th, marked rejected today with
    `x`'s service: (its application's id, its no's id)."""
    app_id = put(
        db,
        "Initech",
        [("applied", SENT), ("interviewing", D(2026, 3, 14))],
        date_applied=SENT,
    )
    receipt = moves.mark_rejected(db, app_id, RejectionInput(FIXED_TODAY, Stage.INTERVIEWING))
    return app_id, receipt.rejection_id


def _form(day: str) -> dict[str, str]:
    return {
        "company": "Initech",
        "role": "Engineer",
        "rejected_on": day,
        "stage_reached": "interviewing",
        "reason": "",
    }


async def test_recoverys_form_refuses_a_day_before_the_application_was_sent(
    opened_paths: DataPaths, db: Database
) -> None:
    app_id, rejection_id = _initech_rejected_today(db)
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        assert pane.select_item(rejection_id)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, rejected_on="2026-03-11")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)  # still open, as typed
        error = str(app.screen.query_one("#error-rejected_on").render())
    assert error == "That is before the application was sent (2026-03-13)."
    # Nothing changed: the no and the timeline's move into Rejected keep today.
    assert rows(db.path, "SELECT rejected_on FROM rejection") == [("2026-03-16",)]
    assert timeline(db.path, app_id)[-1] == ("interviewing", "rejected", "2026-03-16")


def test_the_service_refuses_it_too_against_the_application_as_it_is_now(db: Database) -> None:
    # A form opened before the application's date applied was changed in another window.
    app_id, rejection_id = _initech_rejected_today(db)
    data = validate_rejection(_form("2026-03-12"), FIXED_TODAY)  # no day applied known
    with pytest.raises(ValidationError) as refused:
        edit_service.update_rejection(db, rejection_id, data)
    assert refused.value.for_field("rejected_on") == (
        "That is before the application was sent (2026-03-13)."
    )
    assert rows(db.path, "SELECT rejected_on FROM rejection") == [("2026-03-16",)]
    assert timeline(db.path, app_id)[-1] == ("interviewing", "rejected", "2026-03-16")


def test_the_day_the_application_was_sent_is_taken(db: Database) -> None:
    _app_id, rejection_id = _initech_rejected_today(db)
    data = validate_rejection(_form("2026-03-13"), FIXED_TODAY, SENT)
    assert data.rejected_on == SENT
    assert edit_service.update_rejection(db, rejection_id, data).rejected_on == SENT


def test_a_corrected_day_moves_the_pipelines_rejected_since_with_it(db: Database) -> None:
    app_id, rejection_id = _initech_rejected_today(db)
    edit_service.update_rejection(
        db, rejection_id, validate_rejection(_form("2026-03-15"), FIXED_TODAY)
    )
    assert rows(db.path, "SELECT rejected_on FROM rejection") == [("2026-03-15",)]
    assert timeline(db.path, app_id) == [
        (None, "applied", "2026-03-13"),
        ("applied", "interviewing", "2026-03-14"),
        ("interviewing", "rejected", "2026-03-15"),
    ]
    # The Pipeline's "Rejected since" reads that entry.
    with db.read() as session:
        found = moves.get_application(session, app_id)
        assert moves.in_stage_since(session, found) == date(2026, 3, 15)


def test_a_no_without_an_application_takes_any_past_day(db: Database) -> None:
    # Recorded in Recovery (`n`): no application, nothing sent to be before.
    rejection = recovery_service.add_rejection(db, validate_rejection(_form("today"), FIXED_TODAY))
    data = validate_rejection(
        _form("2026-01-05"), FIXED_TODAY, recovery_service.sent_on(db, rejection.id)
    )
    assert edit_service.update_rejection(db, rejection.id, data).rejected_on == D(2026, 1, 5)
