"""The Markdown journal: the chosen period only, what was learned, thought records only if asked."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Skill, ThoughtFeeling, ThoughtRecord, ThoughtTrap
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.report import ReportOptions, write_report
from tests.written_over import another_program_writes

MARCH = ReportOptions(date(2026, 3, 1), date(2026, 3, 16))


@pytest.fixture
def journal_store(db: Database, opened_paths: DataPaths) -> DataPaths:
    add_application(
        db,
        ApplicationInput(
            "Acme | Co", "Backend *Engineer*", Stage.INTERVIEWING, date_applied=date(2026, 3, 3)
        ),
    )
    add_application(db, ApplicationInput("Globex", "Analyst", date_applied=date(2026, 3, 10)))
    add_application(db, ApplicationInput("Old Corp", "Clerk", date_applied=date(2026, 1, 5)))
    with db.write() as session:
        rejection = insert_rejection(
            session,
            company="Initech",
            role="Designer",
            rejected_on=date(2026, 3, 12),
            stage_reached="interviewing",
            reason="Went with someone more senior.",
        )
        insert_rejection(session, company="Ancient", role="Role", rejected_on=date(2026, 2, 1))
        session.flush()
        session.add(Skill(title="Portfolio case study", status="doing", rejection_id=rejection.id))
        record = ThoughtRecord(
            rejection_id=rejection.id,
            situation="Read the email from Initech.",
            thought="I will never get a design job.",
            balanced_thought="One no is one no.",
            status="complete",
            created_at=datetime(2026, 3, 12, 21, 0),
        )
        session.add(record)
        session.flush()
        session.add(
            ThoughtFeeling(record_id=record.id, name="sad", intensity_before=80, intensity_after=40)
        )
        session.add(ThoughtTrap(record_id=record.id, trap_key="fortune_telling"))
    another_program_writes(
        opened_paths,
        "UPDATE recovery_step SET answer = ?, done_at = '2026-03-13 20:00:00.000000' "
        "WHERE id = (SELECT min(id) FROM recovery_step WHERE rejection_id = ?)",
        (
            "I rushed the portfolio walk-through.\nNext time: one project, told well.",
            rejection.id,
        ),
    )
    return opened_paths


def _report(paths: DataPaths, options: ReportOptions = MARCH) -> str:
    out = io.StringIO()
    write_report(paths.database, out, options)
    return out.getvalue()


def test_report_covers_the_period(journal_store: DataPaths) -> None:
    text = _report(journal_store)
    assert text.startswith("# Job search journal: 1 March 2026 to 16 March 2026\n")
    assert "- Applications sent: 2" in text
    assert "- Rejections: 1" in text
    assert "| 2026-03-03 | Acme \\| Co | Backend \\*Engineer\\* | Interviewing |" in text
    assert "| 2026-03-10 | Globex | Analyst | Applied |" in text
    assert "Old Corp" not in text and "Ancient" not in text


def test_report_shows_what_was_learned(journal_store: DataPaths) -> None:
    text = _report(journal_store)
    assert "### Initech: Designer (12 March 2026)" in text
    assert "- Reached: interviewing.\n- Reason given: Went with someone more senior.\n" in text
    assert "> I rushed the portfolio walk-through.\n> Next time: one project, told well." in text
    assert "Skills it led to: Portfolio case study (in progress)" in text


def test_thought_records_only_when_asked(journal_store: DataPaths) -> None:
    assert "never get a design job" not in _report(journal_store)
    text = _report(journal_store, ReportOptions(MARCH.start, MARCH.end, include_thoughts=True))
    assert "## Thought records" in text
    assert "- Thought: I will never get a design job." in text
    assert "- Feelings: sad 80 to 40" in text
    assert "- Thinking traps: fortune telling" in text


def test_empty_period_says_so(journal_store: DataPaths) -> None:
    text = _report(journal_store, ReportOptions(date(2025, 6, 1), date(2025, 6, 30)))
    assert "No applications were sent in this period." in text
    assert "No rejections in this period." in text


def test_backwards_period_is_refused(journal_store: DataPaths) -> None:
    with pytest.raises(TransferError, match="ends before it starts"):
        _report(journal_store, ReportOptions(date(2026, 3, 16), date(2026, 3, 1)))


def test_each_fact_about_a_rejection_is_its_own_line(db: Database, opened_paths: DataPaths) -> None:
    # A reason typed without a full stop (and with markup-like text) must not run into the
    # plan's progress: "…and [/] more Recovery plan: 2 of 16 steps done." was one sentence.
    with db.write() as session:
        insert_rejection(
            session,
            company="Umbrella",
            role="Analyst",
            rejected_on=date(2026, 3, 12),
            stage_reached="screening",
            reason="Went with someone who had more SQL and [/] more",
        )
    text = _report(opened_paths)
    facts = text.split("### Umbrella: Analyst (12 March 2026)\n\n", 1)[1].split("\n\n", 1)[0]
    lines = facts.splitlines()
    assert lines[0] == "- Reached: screening."
    assert lines[1].startswith("- Reason given: Went with someone who had more SQL and ")
    assert lines[1].endswith(" more")
    # Its reason is what came back: "Note what came back" is ticked with it.
    assert lines[2].startswith("- Recovery plan: 1 of ") and lines[2].endswith(" steps done.")
    assert len(lines) == 3


def test_interviews_and_the_people_log_of_the_period_are_in_the_journal(
    db: Database, opened_paths: DataPaths
) -> None:
    # Issue 19: contacts, interactions and interviews travel in the Markdown export too.
    from bounceback_tui.domain.interviews import OutcomeInput, validate_interview
    from bounceback_tui.domain.people import InteractionInput, InteractionKind, validate_contact
    from bounceback_tui.services import interviews, people_edits, people_log

    acme = add_application(db, ApplicationInput("Acme", "Engineer", date_applied=date(2026, 3, 2)))
    assert acme.id is not None
    rita = people_edits.add_contact(db, validate_contact({"name": "Rita *Okoye*"}, MARCH.end))

    def interview(day: str, at: str, zone: str) -> int:
        values = {"kind": "technical", "day": day, "at": at, "zone": zone}
        return interviews.add_interview(db, acme.id, validate_interview(values, date(2026, 2, 1)))

    # 23:30 in New York on 1 July (UTC-4) is 03:30 UTC on the 2nd, 04:30 in London (UTC+1 in
    # summer), the zone the journal is written in.
    late = interview("2026-07-01", "23:30", "America/New_York")
    interviews.save_outcome(db, late, OutcomeInput("Asked about [b]pay[/b] | bands", 4))
    interview("2026-05-31", "10:00", "Europe/London")  # before the period
    interview("2026-08-01", "10:00", "Europe/London")  # after it

    def log(kind: InteractionKind, day: date, note: str) -> None:
        people_log.log_interaction(
            db, InteractionInput(kind, day, note), application_id=acme.id, contact_id=rita
        )

    log(InteractionKind.CALLED, date(2026, 3, 4), "Intro call: #1 priority")
    log(InteractionKind.SENT, date(2026, 2, 27), "Before the period")

    summer = _report(opened_paths, ReportOptions(date(2026, 6, 1), date(2026, 7, 31)))
    section = summer.split("## Interviews\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [
        r"- 2026-07-02 04:30: Acme, Engineer: technical (went 4/5): "
        r"Asked about \[b\]pay\[/b\] \| bands"
    ]
    text = _report(opened_paths)
    assert "## Interviews" not in text  # none in March
    people_part = text.split("## People\n\n", 1)[1].split("\n\n", 1)[0]
    assert people_part.splitlines() == [
        r"- 2026-03-04: Called (Rita \*Okoye\*, Acme (Engineer)): Intro call: \#1 priority"
    ]


def test_a_period_with_no_interview_or_log_line_has_neither_heading(
    journal_store: DataPaths,
) -> None:
    text = _report(journal_store)
    assert "## Interviews" not in text and "## People" not in text


def test_an_interview_after_the_application_said_no_is_written_as_called_off(
    db: Database, opened_paths: DataPaths
) -> None:
    # The calendar marks it cancelled; the journal must not read as if it took place.
    from bounceback_tui.domain.applications import RejectionInput
    from bounceback_tui.domain.interviews import validate_interview
    from bounceback_tui.services import interviews
    from bounceback_tui.services.applications import update_application

    globex = ApplicationInput(
        "Globex", "Analyst", Stage.INTERVIEWING, date_applied=date(2026, 3, 2)
    )
    app_id = add_application(db, globex).id
    assert app_id is not None

    def interview(day: str) -> None:
        values = {"kind": "phone_screen", "day": day, "at": "10:00", "zone": "Europe/London"}
        interviews.add_interview(db, app_id, validate_interview(values, date(2026, 3, 1)))

    interview("2026-03-05")  # before the no: it happened
    interview("2026-03-14")  # after it: called off
    update_application(
        db,
        app_id,
        ApplicationInput("Globex", "Analyst", Stage.REJECTED, date_applied=date(2026, 3, 2)),
        RejectionInput(rejected_on=date(2026, 3, 10), stage_reached=Stage.INTERVIEWING),
    )
    text = _report(opened_paths)
    section = text.split("## Interviews\n\n", 1)[1].split("\n\n", 1)[0]
    assert section.splitlines() == [
        "- 2026-03-05 10:00: Globex, Analyst: phone screen",
        "- 2026-03-14 10:00: Globex, Analyst: phone screen (called off: the application had "
        "closed)",
    ]


def test_controls_and_bidi_overrides_reach_the_journal_as_placeholders(
    db: Database, opened_paths: DataPaths
) -> None:
    # A right-to-left override (U+202E) in a rejection's company went into the Markdown as it
    # was (a stranger's walk): a viewer then shows the rest of the line reversed ("evil.exe"
    # reads "exe.live"). Text can arrive by routes that do not clean it (a job board's answer,
    # a hand-edited file), so the journal neutralises it as the terminal does.
    with db.write() as session:
        insert_rejection(
            session,
            company="Evil\u202eexe.Corp",
            role="An\x1b[2Jalyst\x07",
            rejected_on=date(2026, 3, 12),
            reason="Line one\u2066 isolate\x9b",
        )
    text = _report(opened_paths)
    assert not any(ch in text for ch in "\u202e\u2066\x1b\x07\x9b")
    assert "### Evil\ufffdexe.Corp: An\ufffd\\[2Jalyst\ufffd (12 March 2026)" in text
    assert "- Reason given: Line one\ufffd isolate\ufffd" in text
