"""Two applications at one company, told apart in what the interview flows say.

The notes about an interview named its company alone: "Interview saved: Quarry & Co.",
"Deleted the interview with Quarry & Co (Phone screen).", "Delete this interview with Quarry
& Co?", "Taken back: the interview with Quarry & Co (Phone screen) is removed.", so with two
applications at one company the person could not tell which one's interview it was. They
now name it as every other note names an application, "Company (Role)": "the Phone screen
interview with Quarry & Co (Support Engineer)". The clock stands at Monday 16 March 2026
(tests/conftest.py).
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from bounceback_tui.domain.interviews import InterviewInput, validate_interview
from bounceback_tui.errors import BouncebackError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interview_undo, interviews, pipeline_undo
from bounceback_tui.services.take_back import take_back
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.pipeline_fixtures import D, put
from tests.ui_harness import NO_IDLE_CHECK, app_on, keep_toasts, settle

SUPPORT = "Quarry & Co (Support Engineer)"


def _two_at_quarry(db: Database) -> tuple[int, int]:
    """Two applications at Quarry & Co, each with a phone screen on Friday."""
    writer = put(db, "Quarry & Co", [("screening", D(2026, 3, 2))], role="Technical Writer")
    support = put(db, "Quarry & Co", [("screening", D(2026, 3, 3))], role="Support Engineer")
    for app_id in (writer, support):
        interviews.add_interview(db, app_id, _phone_screen())
    return writer, support


def _phone_screen(at: str = "10:00") -> InterviewInput:
    values = {"kind": "phone_screen", "day": "2026-03-20", "at": at, "zone": "UTC"}
    return validate_interview(values, FIXED_TODAY)


async def test_editing_and_deleting_an_interview_names_which_application(
    opened_paths: DataPaths, db: Database
) -> None:
    _writer, support = _two_at_quarry(db)
    async with app_on(
        opened_paths, "pipeline", notifications=True, watch_seconds=NO_IDLE_CHECK
    ) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(support)
        await settle(pilot)
        await pilot.press("N")  # its one interview: straight to what to do with it
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        assert str(app.screen.title_text) == f"Phone screen interview with {SUPPORT}"
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert str(app.screen.form_title) == f"Edit interview: {SUPPORT}"
        # A change to save (an unchanged save writes nothing and says so: its own test).
        app.screen.query_one("#field-place", Input).value = "video"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert said[-1] == f"Interview saved: {SUPPORT}. Today and the calendar follow."
        assert focus_problem(app) is None

        await pilot.press("N")
        await settle(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.question) == f"Delete the Phone screen interview with {SUPPORT}?"
        await pilot.press("y")
        await settle(pilot)
        assert said[-1] == (f"Deleted the Phone screen interview with {SUPPORT}. Press u to undo.")
        await pilot.press("u")
        await settle(pilot)
        assert said[-1] == f"The Phone screen interview with {SUPPORT} is back."
        assert focus_problem(app) is None


def test_what_u_takes_back_of_an_interview_names_which_application(db: Database) -> None:
    _writer, support = _two_at_quarry(db)
    (row,) = interviews.interviews_of_application(db, support)

    deleted = interview_undo.remove_interview(db, row.id)
    assert pipeline_undo.what_it_takes_back(deleted) == (f"deleting the interview with {SUPPORT}")
    back = interview_undo.bring_back_interview(db, deleted)
    assert back.note == f"The Phone screen interview with {SUPPORT} is back."

    added = interviews.add_interview_undoable(db, support, _phone_screen())
    assert added.called == f"the Phone screen interview with {SUPPORT}"
    interviews.update_interview(db, added.row_id, _phone_screen("11:00"), ())  # changed since
    with pytest.raises(BouncebackError) as refused:
        take_back(db, added, usual_keys)
    assert str(refused.value) == (
        f"The Phone screen interview with {SUPPORT} has changed since you scheduled it, so it "
        "stays. Press N, then d, to delete it."
    )
