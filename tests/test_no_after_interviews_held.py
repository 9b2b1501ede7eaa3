"""A no for an application whose interview was held says "after interviews", whatever stage
the card was left in. A stranger scheduled a phone screen with the Pipeline's `I` on an
Applied application, held it and rated it with Today's `h`; the application stayed Applied,
and the no (Recovery's `n` matching it, or the Pipeline's `x`) gave a plan "No on 6 Jan
(today), after applying" with the after-applying reflection steps. An interview held (begun
by now, or its outcome noted) counts; one only scheduled ahead does not
(services/reached_for_no.py).

The clock is Mon 16 Mar 2026 09:30 London (tests/conftest.py).
"""

from __future__ import annotations

import pytest
from textual.widgets import Select

from bounceback_tui.domain.interviews import OutcomeInput, validate_interview
from bounceback_tui.domain.recovery_forms import validate_rejection
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import open_applications
from bounceback_tui.services.interviews import add_interview, save_outcome
from bounceback_tui.services.reached_for_no import rejection_defaults
from bounceback_tui.services.recovery_views import RejectionView
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.recovery.plan import plan_title
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import add
from tests.recovery_fixtures import steps_of
from tests.ui_harness import app_on, settle


def _gamma(db: Database, company: str = "Gamma Ltd") -> int:
    """Applied on 2 Mar, left in Applied."""
    return add(db, company, "BI Developer", date_applied="2026-03-02")


def _interview(db: Database, app_id: int, day: str, *, rated: bool = False) -> None:
    data = validate_interview(
        {"kind": "phone_screen", "day": day, "at": "10:00", "zone": "Europe/London"},
        FIXED_TODAY,
        kept_day=FIXED_TODAY.replace(day=1),
    )
    interview_id = add_interview(db, app_id, data)
    if rated:
        save_outcome(db, interview_id, OutcomeInput("Went fine.", 4))


def _no(db: Database, app_id: int, company: str = "Gamma Ltd", reached: str = "") -> RejectionView:
    form = {"company": company, "role": "BI Developer", "rejected_on": "today"}
    data = validate_rejection({**form, "stage_reached": reached}, FIXED_TODAY)
    return open_applications.mark_open_rejected(db, app_id, data, expected_version=None).rejection


def _facts(rejection: RejectionView) -> str:
    return plan_title(rejection, FIXED_TODAY).plain.splitlines()[1]


@pytest.mark.parametrize(("day", "rated"), [("2026-03-13", True), ("2026-03-13", False)])
def test_a_no_after_an_interview_held_is_after_interviews(
    db: Database, day: str, rated: bool
) -> None:
    app_id = _gamma(db)
    _interview(db, app_id, day, rated=rated)
    assert rejection_defaults(db, app_id)[1] is Stage.INTERVIEWING  # `x`
    rejection = _no(db, app_id)  # Recovery's `n`, matched to it
    assert rejection.stage_reached == "interviewing"
    assert _facts(rejection) == "No on 16 Mar (today), after interviews"
    # The plan is the one for a no after interviews, step for step.
    told = _no(db, _gamma(db, "Delta Ltd"), "Delta Ltd", reached="interviewing")
    assert [s.title for s in steps_of(db, rejection.id)] == [s.title for s in steps_of(db, told.id)]


def test_an_interview_only_scheduled_ahead_is_not_held(db: Database) -> None:
    app_id = _gamma(db)
    _interview(db, app_id, "2026-03-18")
    assert rejection_defaults(db, app_id)[1] is Stage.APPLIED
    assert _facts(_no(db, app_id)) == "No on 16 Mar (today), after applying"


async def test_x_offers_interviewing_once_one_was_held(
    opened_paths: DataPaths, db: Database
) -> None:
    app_id = _gamma(db)
    _interview(db, app_id, "2026-03-13", rated=True)
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-stage_reached", Select).value == "interviewing"
