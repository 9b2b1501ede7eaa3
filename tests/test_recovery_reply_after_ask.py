""" "Note what came back" is due some days after the feedback was asked, not counted from
the no: asked late, the reply is not due before it could have come."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.recovery_forms import FeedbackRequestInput
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from tests.recovery_fixtures import add_rejection, recorded_on_its_day, step_by_key


def test_a_late_ask_moves_the_reply_a_week_after_it(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # The no on 24 Feb; the feedback asked today, Monday 16 March, 20 days later.
    rid = add_rejection(db, "Fabrikam", rejected_on=date(2026, 2, 24))
    recorded_on_its_day(db, rid)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(date(2026, 3, 16), "email"))
    reply = step_by_key(db, rid, "feedback.response")
    # 20 days from the no to the ask, and a week's wait for the reply: day 27, 23 March.
    assert reply.offset_days == 27
    assert main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Note what came back" not in out


def test_an_ask_on_time_leaves_the_reply_where_it_was(db: Database) -> None:
    rid = add_rejection(db, rejected_on=date(2026, 3, 12))
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(date(2026, 3, 14), "phone"))
    # Asked on day 2, before the plan's own day 3: the reply stays on day 10.
    assert step_by_key(db, rid, "feedback.response").offset_days == 10


def test_feedback_asked_logged_on_people_moves_the_reply_too(db: Database) -> None:
    with db.write() as session:
        application = Application(company="Fabrikam", role="Engineer", stage="rejected")
        session.add(application)
        session.flush()
        application_id = application.id
    assert application_id is not None
    rid = add_rejection(
        db, "Fabrikam", rejected_on=date(2026, 2, 24), application_id=application_id
    )
    with db.write() as session:
        step_service.tick_plan_step(
            session,
            application_id,
            "feedback.ask",
            date(2026, 3, 10),
            asked_via="email",
            at=datetime(2026, 3, 10, 12, 0),
        )
    # 14 days from the no to the ask, and a week's wait: day 21.
    assert step_by_key(db, rid, "feedback.response").offset_days == 21


@pytest.mark.parametrize("no_day", [date(2026, 2, 19), date(2026, 2, 24), date(2026, 3, 1)])
def test_correcting_the_no_s_day_keeps_the_reply_a_week_after_the_ask(
    db: Database, no_day: date
) -> None:
    # A tester's month: feedback asked on 22 Jan, "Note what came back" in 4 days; the no's
    # day corrected from 9 to 19 Jan, and the reply read "in 14 days". It follows the ask.
    from datetime import timedelta

    from bounceback_tui.domain.recovery_forms import RejectionInput
    from bounceback_tui.domain.step_timing import REPLY_WAIT_DAYS
    from bounceback_tui.services.recovery_edits import correct_rejection

    rid = add_rejection(db, "Fabrikam", rejected_on=date(2026, 2, 9))
    recorded_on_its_day(db, rid)
    asked = date(2026, 3, 9)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(asked, "email"))
    reply_on = asked + timedelta(days=REPLY_WAIT_DAYS)  # 16 March
    reply = step_by_key(db, rid, "feedback.response")
    assert date(2026, 2, 9) + timedelta(days=reply.offset_days) == reply_on
    correct_rejection(
        db,
        rid,
        RejectionInput("Fabrikam", "Engineer", no_day, stage_reached="interviewing"),
        move_ticks=True,
    )
    reply = step_by_key(db, rid, "feedback.response")
    assert no_day + timedelta(days=reply.offset_days) == reply_on
