"""A no that came with feedback has answered its "Ask … for feedback" already.

A stranger recorded Fabrikam's no with its reason ("They wanted more hands-on Kubernetes
experience."); weeks later Today's headline still said "Next step: Ask Fabrikam for feedback
— The suggested day passed 16 days ago.", and the plan flagged the step "not asked yet". A
reason that says something (domain/feedback.has_feedback) answers the request: it is not
suggested or flagged, and the plan quotes it, with Enter still there to ask for more. A
placeholder ("No reason given.") answers nothing. Today is Monday 16 March 2026.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlmodel import select

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, RecoveryStep
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.recovery.plan import step_detail
from bounceback_tui.ui.recovery.steps import step_meta
from tests.recovery_fixtures import add_rejection, recorded_on_its_day, step_by_key
from tests.screen_text import screen_text
from tests.ui_harness import settle

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
    assert "Ask Contoso (Engineer) for feedback" in out
    assert "Ask Fabrikam" not in out


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


async def test_ticking_the_ask_a_reason_answered_claims_no_ask(
    opened_paths: DataPaths, db: Database
) -> None:
    with db.write() as session:
        application = Application(company="Fabrikam", role="Platform Engineer", stage="rejected")
        session.add(application)
        session.flush()
        application_id = application.id
    rid = add_rejection(
        db,
        "Fabrikam",
        rejected_on=date(2026, 2, 25),
        reason=KUBERNETES,
        application_id=application_id,
    )
    ask = step_by_key(db, rid, "feedback.ask")
    app = BouncebackApp(opened_paths)
    # Wide enough for the step's line not to wrap.
    async with app.run_test(size=(160, 40), notifications=True) as pilot:
        pane = await app.go_to("recovery", rid)
        await settle(pilot)
        pane.select_step(ask.id)  # type: ignore[attr-defined]
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        # Not "Log “Feedback asked” with Fabrikam too?": nobody asked.
        assert not isinstance(app.screen, ConfirmScreen)
        shown = screen_text(app)
        assert "[✓] Ask the recruiter or hiring manager for feedback · they gave a reason" in shown
        assert focus_problem(app) is None
    ticked = step_by_key(db, rid, "feedback.ask")
    assert ticked.done_at is not None and ticked.asked_on is None
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM interaction").fetchone()[0] == 0


def test_the_calendar_leaves_out_the_ask_a_reason_answered(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    # Today's noes: their asks fall on Thursday 19 March, inside the calendar's days.
    add_rejection(db, "Fabrikam", rejected_on=date(2026, 3, 16), reason=KUBERNETES)
    add_rejection(db, "Contoso", rejected_on=date(2026, 3, 16), reason="No reason given.")
    target = tmp_path / "calendar.ics"
    where = ["--data-dir", str(opened_paths.data_dir)]
    assert main(["calendar", "-o", str(target), *where]) == 0
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    summaries = {str(event["SUMMARY"]) for event in events}
    ask = "Recovery: Ask the recruiter or hiring manager for feedback"
    assert f"{ask} (Contoso)" in summaries
    assert f"{ask} (Fabrikam)" not in summaries
    # Its reason is what came back: the reply is noted, not waited for
    # (tests/test_reason_is_what_came_back.py); with no reason given, it is waited for once
    # the ask is sent, and has no day before (tests/test_reply_waits_for_ask.py).
    assert "Recovery: Note what came back (Fabrikam)" not in summaries
    assert "Recovery: Note what came back (Contoso)" not in summaries
