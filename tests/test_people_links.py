"""People where the rest of the app meets them: the person's own support people on the care
screens, the questions an interviewer asked going from "How did it go?" into the answer bank,
an application's log in the Pipeline detail, and interviews of a closed application."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview, validate_outcome
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.errors import ConflictError, ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import answers, interviews, people_edits, people_log
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.ui_harness import settle_workers

HOSTILE = "Zoë [link=http://x]y [/] [b] ["


def _person(db: Database, **values: str) -> int:
    return people_edits.add_contact(db, validate_contact(values, FIXED_TODAY))


def _support_circle(db: Database) -> None:
    _person(db, name="Rita Okoye", kind="recruiter", phone="+44 20 7946 0001")
    _person(db, name="Maya", kind="support", phone="+44 7700 900456", email="maya@example.com")
    _person(db, name=HOSTILE, kind="support", email="zoe@example.com")
    _person(db, name="Dad", kind="support")


def test_support_people_are_the_support_kind_with_a_way_to_reach_them(db: Database) -> None:
    _support_circle(db)
    from bounceback_tui.services.care_people import support_people

    found = support_people(db.path)
    # Only the person's own people (not the recruiter), by name; a phone before an email.
    assert [(p.name, p.reach) for p in found] == [
        ("Dad", ""),
        ("Maya", "+44 7700 900456"),
        (HOSTILE, "zoe@example.com"),
    ]


def _text(app: BouncebackApp, selector: str) -> str:
    return "\n".join(str(w.render()) for w in app.screen.query(selector))


async def test_the_struggling_screen_offers_the_persons_own_people(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.care.crisis import CrisisScreen

    _support_circle(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("question_mark")
        await settle_workers(pilot)
        await pilot.press("h")
        await settle_workers(pilot)
        assert isinstance(app.screen, CrisisScreen)
        text = _text(app, ".crisis-section")
        assert "+44 7700 900456  Maya" in text
        assert f"zoe@example.com  {HOSTILE}" in text  # as typed, never markup
        assert "Dad" in text
        assert "Rita" not in text  # a recruiter is not "someone you know" here
        assert focus_problem(app) is None


async def test_talk_it_through_names_the_persons_own_people(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.care.low_day import LowDayScreen
    from bounceback_tui.ui.care.talk import TalkScreen

    _support_circle(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("c")
        await settle_workers(pilot)
        await pilot.press("space", "down", "down", "enter")  # mood 2 · low
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, LowDayScreen)
        await pilot.press("down", "down", "enter")  # "Talk it through with someone close"
        await settle_workers(pilot)
        assert isinstance(app.screen, TalkScreen)  # it stays until closed (not a toast)
        said = _text(app, "#talk-text Static")
        assert "Maya  +44 7700 900456" in said
        assert f"{HOSTILE}  zoe@example.com" in said
        assert "Rita" not in said
        assert focus_problem(app) is None


async def test_talk_it_through_without_support_people_says_where_to_keep_them(
    opened_paths: DataPaths,
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        await pilot.press("c")
        await settle_workers(pilot)
        await pilot.press("space", "down", "down", "enter")
        await settle_workers(pilot)
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        await pilot.press("down", "down", "enter")
        await settle_workers(pilot)
        said = _text(app, "#talk-text Static")
        assert "People (6)" in said and "Settings (,)" in said


# --- How did it go? -> the answer bank ---------------------------------------------------


def _past_interview(db: Database) -> tuple[int, int]:
    app = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    assert app.id is not None
    data = validate_interview(
        {"kind": "technical", "day": "2026-03-13", "at": "14:00", "zone": "Europe/London"},
        FIXED_TODAY,
    )
    return app.id, interviews.add_interview(db, app.id, data)


def test_questions_they_asked_join_the_answer_bank_with_the_interview(db: Database) -> None:
    app_id, interview_id = _past_interview(db)
    outcome = validate_outcome(
        {
            "note": "Long chat. Why did you leave your last job? Felt fine.",
            "rating": "3",
            "questions": "- Tell me about a conflict in your team\n"
            "2. How do you test code?\n\n"
            "why did you leave your last job?\n"
            f"{HOSTILE}?",
        },
        close_key="Escape",
    )
    saved = interviews.save_outcome(db, interview_id, outcome)
    assert saved.questions_added == 4
    bank = {q.question: q for q in answers.list_questions(db)}
    assert sorted(bank) == sorted(
        [
            "Tell me about a conflict in your team",
            "How do you test code?",
            "Why did you leave your last job?",  # in the note and the list: once
            f"{HOSTILE}?",
        ]
    )
    entry = bank["How do you test code?"]
    assert (entry.application_id, entry.source_kind, entry.company) == (
        app_id,
        "interview_note",
        "Initech",
    )
    assert entry.asked_at == "Technical at Initech (Analyst), Fri 13 Mar 2026"
    # Saying how it went again does not add the same questions twice.
    again = interviews.save_outcome(
        db,
        interview_id,
        validate_outcome({"rating": "4", "questions": "How do you test code?"}, close_key="Escape"),
    )
    assert again.questions_added == 0
    assert len(answers.list_questions(db)) == 4


def test_a_refused_outcome_adds_no_questions(db: Database) -> None:
    _app_id, interview_id = _past_interview(db)
    with pytest.raises(ConflictError):
        interviews.save_outcome(
            db,
            interview_id,
            validate_outcome({"rating": "2", "questions": "Why us?"}, close_key="Escape"),
            expected_version=999,
        )
    assert answers.list_questions(db) == []
    with pytest.raises(ValidationError):
        validate_outcome({"rating": "2", "questions": "Why us?\x1b[2J"}, close_key="Escape")
    # Questions alone are enough to save: a rating or a line is not required with them.
    assert validate_outcome({"questions": "Why us?"}, close_key="Escape").questions == ("Why us?",)


async def test_how_did_it_go_on_today_sends_the_questions_to_the_bank(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from bounceback_tui.ui.kit.form import FormScreen

    _past_interview(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause(0.5)
        await settle_workers(pilot)
        await pilot.press("h")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-rating").value = "4"
        app.screen.query_one("#field-questions").text = "Why Initech?\nA time you failed"
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, ConfirmScreen)  # the thank-you offer comes next
        # What the save says is the thank-you question's first line, not a toast over it.
        assert "2 questions joined your answer bank" in str(app.screen.detail)
    with sqlite3.connect(opened_paths.database) as conn:
        rows = conn.execute(
            "SELECT question, source_kind FROM interview_question ORDER BY id"
        ).fetchall()
    assert rows == [("Why Initech?", "interview_note"), ("A time you failed", "interview_note")]


# --- The Pipeline detail shows the application's log --------------------------------------


def test_the_pipeline_detail_shows_the_applications_log(db: Database) -> None:
    from bounceback_tui.domain.people import validate_interaction
    from bounceback_tui.services.application_detail import get_detail
    from bounceback_tui.ui.pipeline.detail import detail_content

    app_id, _interview = _past_interview(db)
    rita = _person(db, name="Rita Okoye", kind="recruiter")
    people_edits.link_application(db, rita, app_id)
    for day, kind, note in (
        ("2026-03-02", "sent", "Applied through the site"),
        ("2026-03-10", "called", f"Screen call {HOSTILE}"),
    ):
        people_log.log_interaction(
            db,
            validate_interaction({"kind": kind, "happened_on": day, "note": note}, FIXED_TODAY),
            application_id=app_id,
            contact_id=rita,
        )
    detail = get_detail(db, app_id)
    assert detail is not None
    text = detail_content(detail, FIXED_TODAY).plain
    assert "Log" in text
    called = text.index(f"2026-03-10  Called  Rita Okoye  Screen call {HOSTILE}")
    sent = text.index("2026-03-02  Sent  Rita Okoye  Applied through the site")
    assert called < sent  # the newest first


def test_the_pipeline_detail_shows_the_applications_people_and_interviews(db: Database) -> None:
    """Issue 19: the Pipeline detail shows an application's people, and its interviews in the
    person's zone (Europe/London here) with the interview's own time beside it."""
    from bounceback_tui.services.application_detail import get_detail
    from bounceback_tui.ui.pipeline.detail import detail_content

    app_id, _interview = _past_interview(db)  # Fri 13 March, 14:00 London
    # 10:00 in New York on 20 March (UTC-4 since 8 March) is 14:00 UTC, 14:00 in London.
    later = validate_interview(
        {"kind": "onsite", "day": "2026-03-20", "at": "10:00", "zone": "America/New_York"},
        FIXED_TODAY,
    )
    interviews.add_interview(db, app_id, later)
    rita = _person(db, name="Rita Okoye", kind="recruiter", email="rita@initech.example")
    zoe = _person(db, name=HOSTILE, kind="hiring_manager")
    people_edits.link_application(db, rita, app_id)
    people_edits.link_application(db, zoe, app_id)
    detail = get_detail(db, app_id)
    assert detail is not None
    lines = detail_content(detail, FIXED_TODAY).plain.splitlines()
    people = [line for line in lines if "Rita Okoye" in line or HOSTILE in line]
    assert len(people) == 2 and people[0].startswith("People ")
    assert any("<rita@initech.example>" in line for line in people)
    heading = lines.index("Interviews  N changes one")
    assert lines[heading + 1 : heading + 3] == [
        "Fri 13 Mar 14:00  Technical",
        "Fri 20 Mar 14:00 (10:00 America/New_York)  Onsite",
    ]


# --- An interview of an application that said no ------------------------------------------


def test_a_rejected_applications_interview_leaves_today_and_is_cancelled_in_the_calendar(
    db: Database, tmp_path: Any
) -> None:
    from icalendar import Calendar

    from bounceback_tui.domain.applications import RejectionInput
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.services.applications import update_application
    from bounceback_tui.services.today_people import load_people_today
    from bounceback_tui.transfer.ics_export import export_calendar

    app = add_application(db, ApplicationInput(company="Globex", role="Analyst"))
    assert app.id is not None
    data = validate_interview(
        {"kind": "phone_screen", "day": "2026-03-18", "at": "10:30", "zone": "Europe/Berlin"},
        FIXED_TODAY,
    )
    interviews.add_interview(db, app.id, data)

    def exported(name: str) -> list[Any]:
        target = tmp_path / name
        with target.open("w", encoding="utf-8", newline="") as out:
            export_calendar(db.path, out, 30)
        events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
        # The interview (a rejection also brings its plan's due steps as all-day events).
        return [e for e in events if str(e["SUMMARY"]).startswith("Phone screen")]

    (before,) = exported("before.ics")
    assert "STATUS" not in before
    assert [i.company for i in load_people_today(db.path).upcoming] == ["Globex"]
    update_application(
        db,
        app.id,
        ApplicationInput(company="Globex", role="Analyst", stage=Stage.REJECTED),
        RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.SCREENING),
    )
    # Today stops preparing you for it...
    assert load_people_today(db.path).upcoming == ()
    assert interviews.upcoming_interviews(db) == []
    # ...and the calendar says it is off, under the same UID with a higher SEQUENCE, so a
    # calendar that imported it before marks it cancelled instead of keeping it.
    (after,) = exported("after.ics")
    assert str(after["UID"]) == str(before["UID"])
    assert str(after["STATUS"]) == "CANCELLED"
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])
