""" "Note what came back" is not due while nothing was asked.

A tester's frozen clock: a no on 2 March, its feedback request ("Ask the recruiter or hiring
manager for feedback") neither ticked nor asked, and on 16 March Recovery read "Note what
came back · since 12 Mar", late, and Today's plan row counted it among the steps due. A reply
cannot be due before anything was asked: while the plan's request is open and unasked (or
skipped: the person chose not to ask), the reply is neither due nor late, on Today, in the
`today` command (text and --json), in Recovery and in the calendar file. Once the request is
asked, the reply is due a week after the ask (domain/step_timing.REPLY_WAIT_DAYS), as before.

Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime

import pytest
from sqlmodel import col, select

from bounceback_tui.cli import main
from bounceback_tui.domain.recovery_forms import FeedbackRequestInput
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep
from tests.recovery_fixtures import add_rejection, recorded_on_its_day, step_by_key

NO_DAY = date(2026, 3, 2)  # the plan's reply day (day 10) is 12 March: four days ago
REPLY = "Note what came back"


def _a_no(db: Database) -> int:
    rid = add_rejection(db, "Contoso", rejected_on=NO_DAY)
    recorded_on_its_day(db, rid)
    return rid


async def _reply_lines(db: Database, paths: DataPaths, *rids: int) -> list[str]:
    """Each plan's "Note what came back" line on the Recovery pane."""
    from bounceback_tui.ui.app import BouncebackApp
    from bounceback_tui.ui.recovery.pane import RecoveryPane
    from tests.quiet import until_quiet

    lines: list[str] = []
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("3")
        await until_quiet(pilot)
        pane = app.current_pane
        assert isinstance(pane, RecoveryPane)
        for rid in rids:
            reply = step_by_key(db, rid, "feedback.response")
            assert reply.id is not None and pane.select_step(reply.id)
            await until_quiet(pilot)
            prompt = pane.step_list.get_option(f"step-{reply.id}").prompt
            lines.append(str(getattr(prompt, "plain", prompt)))
            assert app.focused is pane.step_list
    return lines


def _today_json(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["today", "--json", "--data-dir", str(paths.data_dir)]) == 0
    return list(json.loads(capsys.readouterr().out)["due"])


def _plan_row(due: list[dict[str, object]], company: str) -> str:
    """The title of the company's plan row on Today's due list."""
    return next(
        str(item["title"])
        for item in due
        if item["kind"] == "recovery_step" and str(item["title"]).startswith(company)
    )


def _more(title: str) -> int:
    """The N of a plan row's "(+N more)": its other steps due."""
    found = re.search(r"\(\+(\d+) more\)", title)
    return int(found.group(1)) if found else 0


def _ics(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> str:
    where = ["--data-dir", str(paths.data_dir)]
    assert main([*where, "calendar", "-o", "-", "--days", "30"]) == 0
    return capsys.readouterr().out.replace("\r\n ", "")


async def test_the_reply_is_not_late_in_recovery_before_anything_was_asked(
    db: Database, opened_paths: DataPaths
) -> None:
    rid = _a_no(db)
    (line,) = await _reply_lines(db, opened_paths, rid)
    assert "since" not in line, line
    assert line.endswith(f"{REPLY} · after you ask"), line


def test_the_reply_counts_on_today_only_once_asked(
    db: Database, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    rid = _a_no(db)
    before = _plan_row(_today_json(opened_paths, capsys), "Contoso")
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    assert f"{before} (was due" in capsys.readouterr().out
    ask = step_by_key(db, rid, "feedback.ask")
    # Asked on 5 March, the plan's own day: the reply, due a week later, is due today.
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(date(2026, 3, 5), "email"))
    after = _plan_row(_today_json(opened_paths, capsys), "Contoso")
    assert _more(after) == _more(before) + 1, (before, after)
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    assert f"{after} (was due" in capsys.readouterr().out


def test_the_reply_is_not_in_the_calendar_before_anything_was_asked(
    db: Database, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # A no on 10 March: its reply's day, 20 March, is in the calendar's days.
    rid = add_rejection(db, "Contoso", rejected_on=date(2026, 3, 10))
    recorded_on_its_day(db, rid)
    assert f"Recovery: {REPLY} (Contoso)" not in _ics(opened_paths, capsys)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(date(2026, 3, 12), "email"))
    # Asked on 12 March: the reply is looked for a week later, 20 March, in the calendar.
    events = _ics(opened_paths, capsys).split("BEGIN:VEVENT")
    (reply,) = [event for event in events if f"Recovery: {REPLY} (Contoso)" in event]
    assert "DTSTART;VALUE=DATE:20260320" in reply


async def test_once_asked_the_reply_is_due_a_week_after_the_ask(
    db: Database, opened_paths: DataPaths
) -> None:
    rid = _a_no(db)
    ask = step_by_key(db, rid, "feedback.ask")
    # Asked on 8 March, three days after the plan's day: the reply is looked for on 15 March.
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(date(2026, 3, 8), "email"))
    (line,) = await _reply_lines(db, opened_paths, rid)
    assert line.endswith(f"{REPLY} · since 15 Mar"), line


def _skip_the_ask(db: Database, rid: int, reply_too: bool) -> None:
    with db.write() as session:
        for step in session.exec(
            select(RecoveryStep).where(
                RecoveryStep.rejection_id == rid,
                col(RecoveryStep.template_key).in_(["feedback.ask", "feedback.response"]),
            )
        ):
            if step.template_key == "feedback.ask" or reply_too:
                step.skipped_at = datetime(2026, 3, 6, 10, 0)
                session.add(step)


async def test_a_skipped_request_leaves_its_reply_not_due(
    db: Database, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # Skipping a request skips its replies with it (Fabrikam); a store where the reply was
    # left open (Contoso: from before that, or put back elsewhere) reads the same: nothing
    # was asked, the person chose not to ask, and no reply is due.
    contoso = _a_no(db)
    fabrikam = add_rejection(db, "Fabrikam", rejected_on=NO_DAY)
    recorded_on_its_day(db, fabrikam)
    _skip_the_ask(db, contoso, reply_too=False)
    _skip_the_ask(db, fabrikam, reply_too=True)
    (line,) = await _reply_lines(db, opened_paths, contoso)
    assert line.endswith(f"{REPLY} · nothing asked"), line
    due = _today_json(opened_paths, capsys)
    assert _more(_plan_row(due, "Contoso")) == _more(_plan_row(due, "Fabrikam"))
