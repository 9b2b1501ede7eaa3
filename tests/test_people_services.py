"""People, interactions, interviews, the calendar file and message drafts, without a terminal."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.interviews import (
    NonexistentTimeError,
    parse_time,
    to_utc,
    validate_interview,
    validate_outcome,
    when_text,
)
from bounceback_tui.domain.links import LinkError, mail_link
from bounceback_tui.domain.messages import MessageKind
from bounceback_tui.domain.people import (
    InteractionInput,
    InteractionKind,
    validate_contact,
    validate_interaction,
)
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import ConflictError, NotFoundError, ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import (
    interviews,
    message_mail,
    messages,
    people,
    people_edits,
    people_log,
)
from bounceback_tui.services.applications import add_application, update_application
from bounceback_tui.services.recovery_plans import load_plan
from bounceback_tui.store.database import Database
from bounceback_tui.store.migrations import all_migrations
from bounceback_tui.store.sqlite_file import APPLICATION_ID, open_store
from bounceback_tui.transfer.ics_export import export_calendar
from tests.conftest import FIXED_TODAY


def _contact(db: Database, **values: str) -> int:
    return people_edits.add_contact(
        db, validate_contact({"name": "Rita Okoye", **values}, FIXED_TODAY)
    )


def _app(db: Database, company: str = "Acme", stage: Stage = Stage.APPLIED) -> int:
    app = add_application(db, ApplicationInput(company=company, role="Engineer", stage=stage))
    assert app.id is not None
    return app.id


def _rejected_app(db: Database) -> int:
    app_id = _app(db, "Initech")
    update_application(
        db,
        app_id,
        ApplicationInput(company="Initech", role="Engineer", stage=Stage.REJECTED),
        RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.INTERVIEWING),
    )
    return app_id


def _step(db: Database, app_id: int, key: str):  # type: ignore[no-untyped-def]
    with sqlite3.connect(db.path) as conn:
        (rejection_id,) = conn.execute(
            "SELECT id FROM rejection WHERE application_id = ?", (app_id,)
        ).fetchone()
    plan = load_plan(db, rejection_id)
    assert plan is not None
    return next(s for s in plan.steps if s.template_key == key)


# --- The migration: contact fields move into contacts, nothing lost ----------------------


def test_v2_store_contacts_move_into_people_with_every_link(data_paths: DataPaths) -> None:
    data_paths.ensure_data_dir()
    conn = sqlite3.connect(data_paths.database, isolation_level=None)
    for migration in all_migrations()[:2]:
        conn.execute("BEGIN")
        migration.module.upgrade(conn)
        conn.execute(f"PRAGMA user_version = {migration.version}")
        conn.execute("COMMIT")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    rows = [
        (1, "Acme", "Sam Rivera", "sam@agency.example"),
        (2, "Globex", "Sam Rivera", "SAM@agency.example"),  # the same person, across companies
        (3, "Initech", "Jo [b]Bold[/b]", ""),
        (4, "Umbrella", "", "only@mail.example"),
        (9, "Hooli", "", ""),
    ]
    for app_id, company, name, email in rows:
        conn.execute(
            "INSERT INTO application (id, company, role, contact_name, contact_email, "
            "created_at, updated_at) VALUES (?, ?, 'Eng', ?, ?, '2025-01-0' || ?, '2025-01-09')",
            (app_id, company, name, email, app_id),
        )
    conn.execute("DELETE FROM application WHERE id = 9")  # the highest id, then deleted
    conn.close()

    opened = open_store(data_paths)
    assert opened.migrated_from == 2 and opened.backup is not None
    with sqlite3.connect(data_paths.database) as conn:
        contacts = conn.execute(
            "SELECT id, name, email, company FROM contact ORDER BY id"
        ).fetchall()
        links = conn.execute(
            "SELECT application_id, contact_id FROM application_contact ORDER BY 1"
        ).fetchall()
        columns = [r[1] for r in conn.execute("PRAGMA table_info(application)")]
        uids = [r[0] for r in conn.execute("SELECT uid FROM application")]
        conn.execute(
            "INSERT INTO application (company, role, created_at, updated_at) "
            "VALUES ('New', 'Role', '2026-01-01', '2026-01-01')"
        )
        new_id = conn.execute("SELECT max(id) FROM application").fetchone()[0]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert contacts == [
        (1, "Sam Rivera", "sam@agency.example", ""),
        (2, "Jo [b]Bold[/b]", "", "Initech"),
        (3, "only@mail.example", "only@mail.example", "Umbrella"),
    ]
    assert links == [(1, 1), (2, 1), (3, 2), (4, 3)]
    assert "contact_name" not in columns and "contact_email" not in columns
    assert len(set(uids)) == 4 and all(len(u) == 36 and u[14] == "4" for u in uids)
    assert new_id == 10  # the id counter survived the rebuild: 9 is never handed out again


# --- Contacts ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("email", "rita.example.com", "@"),
        ("email", "rita@example", "an ending after example, like example.com"),
        ("phone", "call me maybe", "no letters"),
        ("phone", "+44 20 7946 CALL", "no letters"),
        ("link", "javascript:alert(1)", "http"),
        ("link", "ftp://files.example.com", "http"),
        ("name", "", "required"),
        ("name", "Rita\x1b[2J", "control characters"),
        ("kind", "boss", "Kind must be one of"),
        ("next_follow_up", "someday", "Follow up on:"),
    ],
)
def test_contact_bad_input_gets_a_clear_message(field: str, value: str, words: str) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_contact({"name": "Rita", field: value}, FIXED_TODAY)
    assert words in (caught.value.for_field(field) or "")


def test_contact_text_is_stored_as_typed(db: Database) -> None:
    notes = "[link=http://x]y [/] [ lone bracket, RTL \u05e9\u05dc\u05d5\u05dd 🚀\n" * 180
    notes = notes[:10_000]
    contact_id = _contact(db, notes=notes, phone="+44 (20) 7946-0958 x12", role="[b]Lead[/b]")
    row = people.get_contact(db, contact_id)
    assert row.notes == notes.rstrip()
    assert row.role == "[b]Lead[/b]"
    assert row.phone == "+44 (20) 7946-0958 x12"


def test_contact_edit_names_the_version_it_read(db: Database) -> None:
    contact_id = _contact(db)
    first = people.get_contact(db, contact_id)
    people_edits.update_contact(
        db, contact_id, validate_contact({"name": "Rita O."}, FIXED_TODAY), expected_version=1
    )
    with pytest.raises(ConflictError):
        people_edits.update_contact(
            db,
            contact_id,
            validate_contact({"name": "Rita Stale"}, FIXED_TODAY),
            expected_version=first.version,
        )
    assert people.get_contact(db, contact_id).name == "Rita O."


def test_a_contact_links_to_many_applications_and_back(db: Database) -> None:
    rita = _contact(db, kind="agency recruiter")
    acme, globex = _app(db, "Acme"), _app(db, "Globex")
    assert people_edits.link_application(db, rita, acme) is True
    assert people_edits.link_application(db, rita, globex) is True
    assert people_edits.link_application(db, rita, acme) is False  # already linked
    detail = people.contact_detail(db, rita)
    assert [a.company for a in detail.applications] == ["Acme", "Globex"]
    assert [p.name for p in people.people_of_application(db, globex)] == ["Rita Okoye"]
    assert people_edits.unlink_application(db, rita, acme) is True
    assert [a.company for a in people.contact_detail(db, rita).applications] == ["Globex"]


def test_deleting_a_linked_contact_keeps_the_applications_history_and_undo_restores(
    db: Database,
) -> None:
    rita = _contact(db)
    acme = _app(db)
    people_edits.link_application(db, rita, acme)
    people_log.log_interaction(
        db, InteractionInput(InteractionKind.CALLED, FIXED_TODAY, "Intro call"),
        application_id=acme, contact_id=rita,
    )  # fmt: skip
    people_log.log_interaction(
        db, InteractionInput(InteractionKind.MET, FIXED_TODAY, "Coffee"), contact_id=rita
    )
    links = people_edits.contact_links(db, rita)
    assert (links.applications, links.interactions) == (1, 2)

    deleted = people_edits.delete_contact(
        db, rita, expected_version=people.get_contact(db, rita).version
    )
    log = people.interactions_of_application(db, acme)
    assert [(r.note, r.contact_id, r.contact_name) for r in log] == [
        ("Intro call", None, "Rita Okoye")
    ]
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT count(*) FROM interaction").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM application_contact").fetchone()[0] == 0

    people_edits.restore_contact(db, deleted)
    detail = people.contact_detail(db, rita)
    assert [a.id for a in detail.applications] == [acme]
    assert sorted(r.note for r in detail.interactions) == ["Coffee", "Intro call"]


# --- Interactions tick the recovery plan ---------------------------------------------------


def test_logging_feedback_asked_ticks_the_step_and_fills_its_date(db: Database) -> None:
    app_id = _rejected_app(db)
    rita = _contact(db, email="rita@initech.example")
    asked_on = date(2026, 3, 14)
    assert _step(db, app_id, "feedback.ask").done_at is None
    logged = people_log.log_interaction(
        db,
        InteractionInput(InteractionKind.FEEDBACK_ASKED, asked_on, "Emailed Rita"),
        application_id=app_id,
        contact_id=rita,
    )
    step = _step(db, app_id, "feedback.ask")
    assert logged.ticked_step == step.title
    # Asked two days before the no (on the frozen today): its step is done as of the no's
    # day, never before the no it is a step of (tests/test_feedback_before_no.py).
    assert step.done_at is not None and step.done_at.date() == date(2026, 3, 16)
    assert step.asked_on == date(2026, 3, 16)
    assert logged.before_no == date(2026, 3, 16)
    assert step.asked_via == "Rita Okoye <rita@initech.example>"


def test_logging_feedback_received_ticks_the_reply_step_with_what_they_said(db: Database) -> None:
    app_id = _rejected_app(db)
    people_log.log_interaction(
        db,
        InteractionInput(InteractionKind.FEEDBACK_RECEIVED, FIXED_TODAY, "More system design"),
        application_id=app_id,
    )
    step = _step(db, app_id, "feedback.response")
    assert step.done_at is not None and step.answer == "More system design"


def test_other_interactions_and_untick_requests_leave_the_plan_alone(db: Database) -> None:
    app_id = _rejected_app(db)
    people_log.log_interaction(
        db, InteractionInput(InteractionKind.CALLED, FIXED_TODAY), application_id=app_id
    )
    people_log.log_interaction(
        db,
        InteractionInput(InteractionKind.FEEDBACK_ASKED, FIXED_TODAY),
        application_id=app_id,
        tick=False,  # the step itself was just ticked, and offered to log this
    )
    assert _step(db, app_id, "feedback.ask").done_at is None


def test_interaction_dates_and_kinds_are_checked() -> None:
    with pytest.raises(ValidationError) as caught:
        validate_interaction({"kind": "sent", "happened_on": "2026-03-20"}, FIXED_TODAY)
    assert "not come yet" in (caught.value.for_field("happened_on") or "")
    with pytest.raises(ValidationError) as caught:
        validate_interaction({"kind": "shouted"}, FIXED_TODAY)
    assert caught.value.for_field("kind")
    with pytest.raises(ValidationError):
        validate_interaction({"kind": "sent", "note": "x" * 501}, FIXED_TODAY)


# --- Interviews and zones -------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["25:00", "24:00", "12:60", "13pm", "noonish", ""])
def test_impossible_times_are_refused(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_time(typed)


def test_interview_bad_input_is_refused_whole(db: Database) -> None:
    values = {"kind": "technical", "day": "2026-03-20", "at": "25:00", "zone": "Mars/Olympus"}
    with pytest.raises(ValidationError) as caught:
        validate_interview(values, FIXED_TODAY)
    assert caught.value.for_field("at") and "time zone" in (caught.value.for_field("zone") or "")
    with pytest.raises(ValidationError) as caught:
        validate_interview(
            {**values, "at": "10:00", "zone": "UTC", "link": "file:///etc"}, FIXED_TODAY
        )
    assert "http" in (caught.value.for_field("link") or "")


def test_an_interview_with_a_deleted_person_saves_nothing(db: Database) -> None:
    app_id = _app(db)
    data = validate_interview(
        {"kind": "onsite", "day": "2026-03-20", "at": "10:00", "zone": "UTC"}, FIXED_TODAY
    )
    with pytest.raises(NotFoundError):
        interviews.add_interview(db, app_id, data, (12345,))
    with sqlite3.connect(db.path) as conn:
        assert conn.execute("SELECT count(*) FROM interview").fetchone()[0] == 0


def test_a_time_is_stored_as_utc_across_a_daylight_saving_change() -> None:
    # London moves from GMT to BST on Sunday 29 March 2026 at 01:00.
    before = to_utc(date(2026, 3, 27), parse_time("09:00"), "Europe/London")
    after = to_utc(date(2026, 3, 30), parse_time("09:00"), "Europe/London")
    assert before == datetime(2026, 3, 27, 9, 0)
    assert after == datetime(2026, 3, 30, 8, 0)
    with pytest.raises(NonexistentTimeError):
        to_utc(date(2026, 3, 29), parse_time("01:30"), "Europe/London")
    # Autumn: 01:30 on 25 October happens twice; the first (still BST) is taken.
    assert to_utc(date(2026, 10, 25), parse_time("01:30"), "Europe/London") == datetime(
        2026, 10, 25, 0, 30
    )


def test_an_interview_is_shown_in_the_persons_zone_with_its_own_beside_it() -> None:
    from zoneinfo import ZoneInfo

    # 09:00 in Berlin on 30 March (CEST, +2) is 03:00 in New York (EDT, -4).
    starts = to_utc(date(2026, 3, 30), parse_time("09:00"), "Europe/Berlin")
    assert when_text(starts, "Europe/Berlin", ZoneInfo("America/New_York")) == (
        "Mon 30 Mar 03:00 (09:00 Europe/Berlin)"
    )
    assert when_text(starts, "Europe/Berlin", ZoneInfo("Europe/Berlin")) == "Mon 30 Mar 09:00"


def test_the_interviews_own_time_says_its_day_when_that_is_another() -> None:
    """A tester's walk: "Sun 14 Mar 2027 02:30 (21:30 America/New_York)", Saturday there."""
    from zoneinfo import ZoneInfo

    london, new_york = ZoneInfo("Europe/London"), ZoneInfo("America/New_York")
    # 21:30 in New York on Saturday 13 March 2027 (EST, -5) is 02:30 on Sunday in London.
    assert when_text(datetime(2027, 3, 14, 2, 30), "America/New_York", london, FIXED_TODAY) == (
        "Sun 14 Mar 2027 02:30 (Sat 13 Mar 21:30 America/New_York)"
    )
    # Another year there: its year said too.
    assert when_text(datetime(2027, 1, 1, 2, 30), "America/New_York", london, FIXED_TODAY) == (
        "Fri 1 Jan 2027 02:30 (Thu 31 Dec 2026 21:30 America/New_York)"
    )
    # A day ahead there: 12:00 on Friday in New York (EDT, -4) is 01:00 on Saturday in Tokyo.
    assert when_text(datetime(2026, 3, 20, 16, 0), "Asia/Tokyo", new_york, FIXED_TODAY) == (
        "Fri 20 Mar 12:00 (Sat 21 Mar 01:00 Asia/Tokyo)"
    )


def test_upcoming_and_how_did_it_go(db: Database) -> None:
    app_id = _app(db)

    def add(day: str, at: str) -> int:
        data = validate_interview(
            {"kind": "technical", "day": day, "at": at, "zone": "Europe/London"}, FIXED_TODAY
        )
        return interviews.add_interview(db, app_id, data)

    # The clock says 09:30 on Monday 16 March in London.
    done = add("2026-03-13", "14:00")
    running = add("2026-03-16", "09:00")  # 09:00-10:00: not over yet
    soon = add("2026-03-22", "10:00")
    add("2026-03-24", "10:00")  # past the seven days
    assert [i.id for i in interviews.upcoming_interviews(db)] == [running, soon]
    assert [i.id for i in interviews.awaiting_outcome(db)] == [done]
    interviews.save_outcome(
        db, done, validate_outcome({"note": "Went well", "rating": "4"}, close_key="Escape")
    )
    assert interviews.awaiting_outcome(db) == []
    with pytest.raises(ValidationError):
        validate_outcome({"rating": "6"}, close_key="Escape")
    with pytest.raises(ValidationError):
        validate_outcome({}, close_key="Escape")


# --- The calendar file -------------------------------------------------------------------------


def _calendar_of(db: Database, tmp_path: Path, name: str, days: int = 90) -> Calendar:
    target = tmp_path / name
    with target.open("w", encoding="utf-8", newline="") as out:
        export_calendar(db.path, out, days)
    return Calendar.from_ical(target.read_bytes())


def _events(calendar: Calendar) -> dict[str, object]:
    return {str(e["UID"]): e for e in calendar.walk("VEVENT")}


def test_calendar_uids_are_stable_across_exports_and_edits_update_in_place(
    db: Database, tmp_path: Path
) -> None:
    app_id = _rejected_app(db)
    other = _app(db, "Acme")
    data = validate_interview(
        {"kind": "onsite", "day": "2026-03-20", "at": "10:00", "zone": "Europe/Berlin"},
        FIXED_TODAY,
    )
    interview_id = interviews.add_interview(db, other, data)
    _contact(db, next_follow_up="2026-03-18")
    first = _events(_calendar_of(db, tmp_path, "one.ics"))
    second = _events(_calendar_of(db, tmp_path, "two.ics"))
    assert set(first) == set(second)
    with sqlite3.connect(db.path) as conn:
        interview_uid = conn.execute("SELECT uid FROM interview").fetchone()[0]
        stored = {r[0] for r in conn.execute(
            "SELECT uid FROM interview UNION SELECT uid FROM contact "
            "UNION SELECT uid FROM recovery_step WHERE rejection_id IN "
            "(SELECT id FROM rejection WHERE application_id = ?)", (app_id,)
        )}  # fmt: skip
    # Every UID is a stored random UUID, never an id.
    assert {uid.removesuffix("@bounceback-tui") for uid in first} <= stored
    assert f"{interview_uid}@bounceback-tui" in first
    assert any(str(e["SUMMARY"]).startswith("Recovery: ") for e in first.values())

    moved = validate_interview(
        {"kind": "onsite", "day": "2026-03-21", "at": "11:00", "zone": "Europe/Berlin"},
        FIXED_TODAY,
    )
    interviews.update_interview(db, interview_id, moved)
    third = _events(_calendar_of(db, tmp_path, "three.ics"))
    assert set(third) == set(first)
    before, after = (
        first[f"{interview_uid}@bounceback-tui"],
        third[f"{interview_uid}@bounceback-tui"],
    )
    assert int(after["SEQUENCE"]) > int(before["SEQUENCE"])  # type: ignore[index]
    assert after["DTSTART"].dt == datetime(2026, 3, 21, 10, 0, tzinfo=UTC)  # type: ignore[index]


def test_a_new_interview_with_people_starts_at_sequence_0(db: Database, tmp_path: Path) -> None:
    """RFC 5545 (3.8.7.4): a calendar component is created with SEQUENCE 0. An interview
    scheduled from People comes with its person, whose link bumped the interview's version
    in the same write: it went out as SEQUENCE 1."""
    data = validate_interview(
        {"kind": "onsite", "day": "2026-03-20", "at": "10:00", "zone": "Europe/Berlin"},
        FIXED_TODAY,
    )
    interview_id = interviews.add_interview(db, _app(db, "Acme"), data, (_contact(db),))
    with sqlite3.connect(db.path) as conn:
        uid = conn.execute("SELECT uid FROM interview WHERE id = ?", (interview_id,)).fetchone()[0]
    event = _events(_calendar_of(db, tmp_path, "new.ics"))[f"{uid}@bounceback-tui"]
    assert int(event["SEQUENCE"]) == 0  # type: ignore[index]
    with sqlite3.connect(db.path) as conn:
        linked = conn.execute(
            "SELECT count(*) FROM interview_contact WHERE interview_id = ?", (interview_id,)
        ).fetchone()[0]
    assert linked == 1  # the person is linked all the same


def test_calendar_times_carry_their_zone_across_daylight_saving(
    db: Database, tmp_path: Path
) -> None:
    app_id = _app(db)
    for day in ("2026-03-27", "2026-03-30"):
        interviews.add_interview(
            db,
            app_id,
            validate_interview(
                {
                    "kind": "technical",
                    "day": day,
                    "at": "09:00",
                    "zone": "Europe/London",
                    "length_minutes": "45",
                    "prep_notes": "Stories; [b]not markup[/b]",
                },
                FIXED_TODAY,
            ),
        )
    calendar = _calendar_of(db, tmp_path, "dst.ics")
    starts = sorted(e["DTSTART"].dt for e in calendar.walk("VEVENT"))
    assert [s.tzinfo.key for s in starts] == ["Europe/London", "Europe/London"]  # type: ignore[union-attr]
    assert [(s.hour, s.minute) for s in starts] == [(9, 0), (9, 0)]
    assert [s.astimezone(UTC).hour for s in starts] == [9, 8]
    assert {str(t["TZID"]) for t in calendar.walk("VTIMEZONE")} == {"Europe/London"}
    event = calendar.walk("VEVENT")[0]
    assert event["DTEND"].dt - event["DTSTART"].dt == __import__("datetime").timedelta(minutes=45)
    assert "[b]not markup[/b]" in str(event["DESCRIPTION"])


def test_a_calendar_sentence_ending_in_a_name_with_its_own_stop_takes_no_second(
    db: Database, tmp_path: Path
) -> None:
    data = validate_interview(
        {"kind": "onsite", "day": "2026-03-20", "at": "10:00", "zone": "Europe/Berlin"},
        FIXED_TODAY,
    )
    person = _contact(db, name="Sam Reyes Jr.")
    interviews.add_interview(db, _app(db, "Acme Inc."), data, (person,))
    (event,) = _calendar_of(db, tmp_path, "stops.ics").walk("VEVENT")
    said = str(event["DESCRIPTION"]).splitlines()
    assert said[:2] == ["Onsite for Engineer at Acme Inc.", "With Sam Reyes Jr."], said


def test_calendar_days_limit_the_horizon_and_take_homes_are_days(
    db: Database, tmp_path: Path
) -> None:
    app_id = _app(db)
    for day, kind in (("2026-03-17", "take home"), ("2026-04-20", "final")):
        interviews.add_interview(
            db,
            app_id,
            validate_interview(
                {"kind": kind, "day": day, "at": "17:00", "zone": "Europe/London"}, FIXED_TODAY
            ),
        )
    events = list(_calendar_of(db, tmp_path, "short.ics", days=7).walk("VEVENT"))
    assert len(events) == 1
    assert events[0]["DTSTART"].dt == date(2026, 3, 17)
    assert "Due 17:00" in str(events[0]["DESCRIPTION"])
    assert len(list(_calendar_of(db, tmp_path, "long.ics", days=60).walk("VEVENT"))) == 2


def test_calendar_command_writes_a_private_file(opened_paths: DataPaths, tmp_path: Path) -> None:
    target = tmp_path / "out" / "cal.ics"
    target.parent.mkdir()
    argv = ["--data-dir", str(opened_paths.data_dir), "calendar", "-o", str(target), "--days", "7"]
    assert main(argv) == 0
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert Calendar.from_ical(target.read_bytes())["PRODID"]
    assert main(argv) != 0  # exists: refused without --force
    assert main([*argv[:-2], "--days", "-3", "--force"]) != 0


# --- Messages and mail links ---------------------------------------------------------------


def test_mailto_encodes_non_ascii_and_line_breaks() -> None:
    link = mail_link("zoë@example.com", "Grüße & ? #1", "Hi Zoë,\nthanks!\r\n\n[b]x[/b] 100%")
    assert link.url == (
        "mailto:zo%C3%AB@example.com?subject=Gr%C3%BC%C3%9Fe%20%26%20%3F%20%231"
        "&body=Hi%20Zo%C3%AB%2C%0D%0Athanks%21%0D%0A%0D%0A%5Bb%5Dx%5B%2Fb%5D%20100%25"
    )
    assert link.url.isascii()
    for bad in ("", "two@a.example,three@b.example", "sam@x.example?cc=eve@y.example", "a b@c.d"):
        with pytest.raises(LinkError):
            mail_link(bad, "s", "b")


def test_a_mail_link_is_only_built_for_a_valid_address(db: Database) -> None:
    app_id = _app(db)
    rita = _contact(db)  # no email
    people_edits.link_application(db, rita, app_id)
    view = messages.draft_for(db, MessageKind.FOLLOW_UP, app_id)
    assert view.recipient is not None and view.recipient.name == "Rita Okoye"
    with pytest.raises(LinkError) as refused:
        message_mail.mail_link_for(view.recipient, view.draft.subject, view.draft.body)
    assert "This person has no email address yet" in str(refused.value)


def test_a_mail_link_with_nobody_linked_says_so(db: Database) -> None:
    # A stranger's walk (seventeenth round): over "Nobody is linked to this application
    # yet.", ctrl+o said "This person has no email address yet".
    app_id = _app(db)
    view = messages.draft_for(db, MessageKind.FOLLOW_UP, app_id)
    assert view.recipient is None
    with pytest.raises(LinkError) as refused:
        message_mail.mail_link_for(view.recipient, view.draft.subject, view.draft.body)
    assert str(refused.value).startswith("Nobody is linked to this application yet")


def test_drafts_are_filled_from_the_application_and_person(db: Database) -> None:
    app_id = _rejected_app(db)
    recruiter = _contact(db, kind="recruiter", email="rita@initech.example")
    friend = people_edits.add_contact(db, validate_contact({"name": "Maya"}, FIXED_TODAY))
    people_edits.link_application(db, friend, app_id)
    people_edits.link_application(db, recruiter, app_id)
    view = messages.draft_for(db, MessageKind.FEEDBACK_REQUEST, app_id)
    assert view.recipient is not None and view.recipient.id == recruiter  # the recruiter first
    assert view.draft.body.startswith("Hi Rita,")
    assert "Engineer role at Initech" in view.draft.body
    assert "{" not in view.draft.body + view.draft.subject


def test_edited_templates_keep_unknown_braces_and_reset(db: Database) -> None:
    from bounceback_tui.domain.messages import Template

    app_id = _app(db, "Acme [link=x]y")
    messages.save_template(
        db, MessageKind.FOLLOW_UP, Template("Re {role} {nope}", "Dear {name}, {company} {x}")
    )
    view = messages.draft_for(db, MessageKind.FOLLOW_UP, app_id)
    assert view.draft.subject == "Re Engineer {nope}"
    assert view.draft.body == "Dear , Acme [link=x]y {x}"
    messages.reset_template(db, MessageKind.FOLLOW_UP)
    assert messages.draft_for(db, MessageKind.FOLLOW_UP, app_id).draft.body.startswith("Hi there,")


def test_marking_the_gracious_reply_sent_logs_it_and_keeps_the_bridge(db: Database) -> None:
    app_id = _rejected_app(db)
    rita = _contact(db, email="rita@initech.example")
    people_edits.link_application(db, rita, app_id)
    logged = messages.mark_sent(
        db, MessageKind.GRACIOUS_REPLY, app_id, contact_id=rita, subject="Thank you"
    )
    step = _step(db, app_id, "guardrails.bridge")
    assert step.done_at is not None and logged.ticked_step == step.title
    (entry,) = people.interactions_of_application(db, app_id)
    assert (entry.kind, entry.note, entry.contact_name) == (
        InteractionKind.SENT, "Thank you", "Rita Okoye",
    )  # fmt: skip
    messages.mark_sent(db, MessageKind.FEEDBACK_REQUEST, app_id, contact_id=rita)
    assert _step(db, app_id, "feedback.ask").asked_on == FIXED_TODAY


# --- The application form's contact fields, and the other ways in and out ---------------------


def test_a_contact_typed_with_an_application_becomes_a_linked_person(db: Database) -> None:
    first = add_application(
        db,
        ApplicationInput(
            company="Acme", role="Eng", contact_name="Sam Rivera", contact_email="sam@x.example"
        ),
    )
    second = add_application(
        db, ApplicationInput(company="Globex", role="Eng", contact_email="SAM@x.example")
    )
    assert first.id and second.id
    ids = {p.id for p in people.people_of_application(db, first.id)}
    assert ids == {p.id for p in people.people_of_application(db, second.id)}
    assert len(people.list_contacts(db)) == 1


def test_a_name_typed_with_an_application_finds_them_at_the_company_however_written(
    db: Database,
) -> None:
    # Sam Rivera is at "Acme"; a second application at "ACME, Inc." names Sam Rivera: the
    # same person, not a second Sam at the same company.
    first = add_application(
        db, ApplicationInput(company="Acme", role="Eng", contact_name="Sam Rivera")
    )
    second = add_application(
        db, ApplicationInput(company="ACME, Inc.", role="Lead", contact_name="Sam Rivera")
    )
    assert first.id and second.id
    ids = {p.id for p in people.people_of_application(db, first.id)}
    assert ids == {p.id for p in people.people_of_application(db, second.id)}
    assert [c.name for c in people.list_contacts(db)] == ["Sam Rivera"]


def test_json_round_trip_keeps_people_and_an_old_export_brings_its_contacts(
    db: Database, opened_paths: DataPaths, tmp_path: Path
) -> None:
    from bounceback_tui.paths import resolve_paths
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import import_json, load_json_export

    app_id = _app(db)
    rita = _contact(db)
    people_edits.link_application(db, rita, app_id)
    interviews.add_interview(
        db,
        app_id,
        validate_interview(
            {"kind": "final", "day": "2026-03-20", "at": "10:00", "zone": "Asia/Tokyo"},
            FIXED_TODAY,
        ),
        (rita,),
    )
    file = tmp_path / "all.json"
    with file.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    other = resolve_paths(tmp_path / "other")
    open_store(other)
    import_json(other, load_json_export(file))
    with sqlite3.connect(other.database) as conn:
        assert conn.execute("SELECT name FROM contact").fetchall() == [("Rita Okoye",)]
        assert conn.execute("SELECT zone FROM interview").fetchall() == [("Asia/Tokyo",)]

    document = json.loads(file.read_text())
    document["schema_version"] = 2
    for table in (
        "contact",
        "application_contact",
        "interaction",
        "interview",
        "interview_contact",
    ):
        document["tables"].pop(table)
    for row in document["tables"]["application"]:
        row.pop("uid")
        row.update(contact_name="Old Contact", contact_email="old@x.example")
    document["tables"]["recovery_step"] = []
    old = tmp_path / "old.json"
    old.write_text(json.dumps(document))
    import_json(other, load_json_export(old), replace=True)
    with sqlite3.connect(other.database) as conn:
        assert conn.execute("SELECT name, email, company FROM contact").fetchall() == [
            ("Old Contact", "old@x.example", "Acme")
        ]
        assert conn.execute("SELECT count(*) FROM application_contact").fetchone()[0] == 1

    document["tables"]["application"][0]["id"] = 1
    bad = json.loads(file.read_text())
    bad["tables"]["interview"][0]["zone"] = "Nowhere/Atlantis"
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(bad))
    from bounceback_tui.transfer.files import TransferError

    with pytest.raises(TransferError, match="time zone"):
        load_json_export(broken)


def test_today_json_lists_the_next_interviews(
    db: Database, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    app_id = _app(db)
    interviews.add_interview(
        db,
        app_id,
        validate_interview(
            {
                "kind": "phone screen",
                "day": "2026-03-17",
                "at": "14:30",
                "zone": "America/New_York",
            },
            FIXED_TODAY,
        ),
    )
    assert main(["--data-dir", str(opened_paths.data_dir), "today", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    (item,) = document["interviews_next_7d"]
    assert item["starts_at"] == "2026-03-17T18:30:00+00:00"
    assert item["starts_local"] == "2026-03-17T18:30:00+00:00"  # London is on GMT until the 29th
    assert (item["company"], item["kind"], item["zone"]) == (
        "Acme",
        "phone_screen",
        "America/New_York",
    )


def test_the_clock_zone_can_be_fixed_and_released() -> None:
    assert clock.zone_name() == "Europe/London"
    clock.set_zone("Asia/Tokyo")
    assert clock.now_utc() == datetime(2026, 3, 16, 0, 30, tzinfo=UTC)
    clock.set_zone("Europe/London")


def test_a_thank_you_is_for_the_last_interview_held_not_the_next(db: Database) -> None:
    # With one interview held (Friday 13 March) and one to come (Wednesday 18 March), the
    # thank-you thanked the person for the one that had not happened yet (a stranger's walk).
    app_id = _app(db, stage=Stage.INTERVIEWING)
    for day in ("2026-03-13", "2026-03-18"):
        interviews.add_interview(
            db,
            app_id,
            validate_interview(
                {"kind": "technical", "day": day, "at": "10:00", "zone": "Europe/London"},
                FIXED_TODAY,
            ),
            (),
        )
    view = messages.draft_for(db, MessageKind.THANK_YOU, app_id)
    assert "Friday 13 March" in view.draft.subject and "18 March" not in view.draft.body
    # Only one to come: the call, not a date ahead.
    only_ahead = _app(db, "Globex", stage=Stage.INTERVIEWING)
    interviews.add_interview(
        db,
        only_ahead,
        validate_interview(
            {"kind": "technical", "day": "2026-03-18", "at": "10:00", "zone": "Europe/London"},
            FIXED_TODAY,
        ),
        (),
    )
    view = messages.draft_for(db, MessageKind.THANK_YOU, only_ahead)
    assert "18 March" not in view.draft.subject + view.draft.body
    assert "our call" in view.draft.subject
