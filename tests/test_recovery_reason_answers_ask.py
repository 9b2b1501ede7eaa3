"""A no that came with feedback has answered its "Ask … for feedback" already.

A stranger recorded Fabrikam's no with its reason ("They wanted more hands-on Kubernetes
experience."); weeks later Today's headline still said "Next step: Ask Fabrikam for feedback
— The suggested day passed 16 days ago.", and the plan flagged the step "not asked yet". A
reason that says something (domain/feedback.has_feedback) answers the request: it is not
suggested or flagged, and the plan quotes it, with Enter still there to ask for more. A
placeholder ("No reason given.") answers nothing. Today is Monday 16 March 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlmodel import select

from bounceback_tui.cli import main
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep
from bounceback_tui.ui.recovery.plan import step_detail
from bounceback_tui.ui.recovery.steps import step_meta
from tests.recovery_fixtures import add_rejection, recorded_on_its_day

KUBERNETES = "They wanted more hands-on Kubernetes experience."


def _no(db: Database, company: str, reason: str) -> int:
    rid = add_rejection(db, company, rejected_on=date(2026, 2, 25), reason=reason)
    recorded_on_its_day(db, rid)
    return rid


def test_today_does_not_ask_for_feedback_the_no_already_gave(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _no(db, "Fabrikam", KUBERNETES)
    _no(db, "Contoso", "No reason given.")
    assert main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Ask Contoso for feedback" in out
    assert "Ask Fabrikam for feedback" not in out


def test_the_plan_quotes_the_reason_on_its_ask_step_and_does_not_flag_it(db: Database) -> None:
    rid = _no(db, "Fabrikam", KUBERNETES)
    plan = plan_service.load_plan(db, rid)
    assert plan is not None
    ask = next(s for s in plan.steps if s.template_key == "feedback.ask")
    today = date(2026, 3, 16)
    notes = [text for text, _ in step_meta(ask, date(2026, 2, 25), today, None, KUBERNETES)]
    assert notes == ["they gave a reason"]
    detail = step_detail(ask, date(2026, 2, 25), today, None, KUBERNETES).plain
    assert "They gave a reason: “They wanted more hands-on Kubernetes experience.”" in detail
    assert "Not asked yet" not in detail
    # The same step of a no with only a placeholder is flagged as before.
    placeholder = [text for text, _ in step_meta(ask, date(2026, 2, 25), today, None, "None")]
    assert placeholder == ["not asked yet"]


def test_a_quiet_plan_points_past_the_ask_its_no_answered(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    rid = _no(db, "Fabrikam", KUBERNETES)
    # Everything up to day 2 ticked on 27 Feb; the ask (day 3) is the first step left.
    with db.write() as session:
        steps = session.exec(select(RecoveryStep).where(RecoveryStep.rejection_id == rid)).all()
        for step in steps:
            if step.offset_days < 3:
                step.done_at = datetime(2026, 2, 27, 20, 0)
                session.add(step)
    assert main(["today"]) == 0
    out = capsys.readouterr().out
    assert "Ask the recruiter or hiring manager for feedback" not in out
    assert "Ask Fabrikam for feedback" not in out
    assert "Practise interviewing" in out  # day 5, the first step after the ask
