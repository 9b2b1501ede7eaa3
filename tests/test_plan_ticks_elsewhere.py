"""Work done elsewhere ticks the plan step that asks for it (a newcomer's first morning
after a no): an application added the day after the no left "Send the next application"
open, and a "Sent" line for the recruiter, "Sent a gracious reply thanking her…", left
Today's "Next: Keep the bridge intact: send a gracious reply." Each tick is in the action's
own transaction; `u` on the add takes its tick back with it; a step already ticked (or one
the person unticked since) is left alone.

Initech said no on the frozen today, 2026-03-16 (tests/people_fixtures.py); Rita the
recruiter is linked to it."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.people import InteractionInput, InteractionKind, is_thank_you
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_log
from bounceback_tui.services.applications import add_application_result
from bounceback_tui.services.pipeline_undo import AddedApplication, take_back_add
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.people_fixtures import seed_people
from tests.pipeline_fixtures import rows
from tests.ui_harness import app_on, fill, settle, toasts

NEXT = "Send the next application"
BRIDGE = "Keep the bridge intact: send a gracious reply"
RITA = {"name": "Rita Okoye", "kind": "recruiter", "email": "rita@initech.example"}


def _seed(paths: DataPaths) -> dict[str, int]:
    return seed_people(paths, reached=Stage.INTERVIEWING, people={"rita": (RITA, ("initech",))})


def _done(paths: DataPaths, title: str) -> list[tuple[object, ...]]:
    return rows(paths.database, "SELECT done_at FROM recovery_step WHERE title = ?", title)


def _sent(company: str, on: date) -> ApplicationInput:
    return ApplicationInput(company=company, role="Designer", stage=Stage.APPLIED, date_applied=on)


def test_an_application_sent_after_the_no_ticks_its_step_and_u_unticks_it(
    opened_paths: DataPaths,
) -> None:
    _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        before = add_application_result(db, _sent("Earlier", date(2026, 3, 10)))
        assert before.ticked == ()  # sent before the no
        assert _done(opened_paths, NEXT) == [(None,)]

        result = add_application_result(db, _sent("Lumen", date(2026, 3, 17)))
        assert [t.title for t in result.ticked] == [NEXT]
        assert _done(opened_paths, NEXT) != [(None,)]

        again = add_application_result(db, _sent("Hooli", date(2026, 3, 18)))
        assert again.ticked == ()  # ticked already: left as it was
        app = result.application
        assert app.id is not None
        take_back_add(
            db, AddedApplication(app.id, app.company, app.version, result.ticked), usual_keys
        )
        assert _done(opened_paths, NEXT) == [(None,)]
        assert rows(opened_paths.database, "SELECT id FROM application WHERE id = ?", app.id) == []
    finally:
        db.dispose()


def test_undo_leaves_a_step_the_person_ticked_again_since(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        result = add_application_result(db, _sent("Lumen", FIXED_TODAY))  # same day, after it
        assert [t.title for t in result.ticked] == [NEXT]
        with db.write() as session:
            session.connection().exec_driver_sql(
                "UPDATE recovery_step SET done_at = '2026-03-16 18:00:00' WHERE title = ?", (NEXT,)
            )
        app = result.application
        assert app.id is not None
        take_back_add(
            db, AddedApplication(app.id, app.company, app.version, result.ticked), usual_keys
        )
        assert _done(opened_paths, NEXT) == [("2026-03-16 18:00:00",)]
    finally:
        db.dispose()


def test_which_lines_are_thanks() -> None:
    sent, thanks = InteractionKind.SENT, InteractionKind.THANK_YOU_SENT
    assert is_thank_you(sent, "Sent a gracious reply thanking her for her time")
    assert is_thank_you(sent, "Thanks for letting me know")
    assert is_thank_you(thanks, "")
    assert not is_thank_you(sent, "Sent my portfolio link")
    assert not is_thank_you(InteractionKind.CALLED, "Called to thank her")
    assert not is_thank_you(sent, "Thankless task")  # a word of its own, not "thank"


def test_a_thank_you_logged_for_the_recruiter_ticks_the_bridge_step(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        plain_line = InteractionInput(InteractionKind.SENT, FIXED_TODAY, "Sent my portfolio")
        logged = people_log.log_interaction(db, plain_line, contact_id=ids["rita"])
        assert logged.ticked_step is None
        assert _done(opened_paths, BRIDGE) == [(None,)]

        note = "Sent a gracious reply thanking her for her time"
        line = InteractionInput(InteractionKind.SENT, FIXED_TODAY, note)
        logged = people_log.log_interaction(db, line, contact_id=ids["rita"])
        assert (logged.ticked_step, logged.already_ticked) == (BRIDGE, False)
        assert _done(opened_paths, BRIDGE) != [(None,)]
        # A second thank-you finds no open step: nothing to say of the plan.
        logged = people_log.log_interaction(db, line, contact_id=ids["rita"])
        assert logged.ticked_step is None
    finally:
        db.dispose()


def test_a_thank_you_before_the_no_ticks_nothing(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        line = InteractionInput(InteractionKind.THANK_YOU_SENT, date(2026, 3, 12), "After it")
        logged = people_log.log_interaction(db, line, application_id=ids["initech"])
        assert logged.ticked_step is None
        assert _done(opened_paths, BRIDGE) == [(None,)]
    finally:
        db.dispose()


async def test_the_add_form_says_it_ticked_the_step(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(100, 30), notifications=True) as run:
        await run.pilot.press("a")
        await settle(run.pilot)
        await fill(run.pilot, company="Lumen", role="Designer")
        await run.pilot.press("ctrl+s")
        await settle(run.pilot, 4)
        ticked = f"Ticked “{NEXT}” in the plan for the no from Initech (Analyst)."
        assert any(ticked in said for said in toasts(run.app)), toasts(run.app)
        assert _done(opened_paths, NEXT) != [(None,)]
        await run.pilot.press("u")
        await settle(run.pilot, 4)
        assert _done(opened_paths, NEXT) == [(None,)]
