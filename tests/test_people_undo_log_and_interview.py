"""`u` on People takes back a line just logged (`i`) and an interview just scheduled (`n`),
as it takes back a person just added.

Both were left alone in earlier rounds: a line logged by mistake, or an interview put on the
wrong day, had to be found with `I` or `N` and deleted (asking first). Now their notes end
"u takes it away.", and `u` takes them back in one transaction, only while they are as the
add left them (changed since, here or in another window, and they stay, saying where to
delete them), with what the line wrote in a recovery plan: the step it ticked is open
again, and the day asked, how, and a reply's answer are as they were. A step changed since
stays as it is, and the note says so (kit/undo.py, services/take_back.py).

Seeded (tests/test_people_pane.py): Rita, a recruiter linked to Initech, which said no on
the frozen today, Mon 16 Mar 2026 (its plan is open), with a follow-up set for today (a line
logged settles it, and `u` puts it back: tests/test_follow_up_settled_undo.py); Acme at
Applied; Maya.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits, people_log
from bounceback_tui.services.added import Cleared
from bounceback_tui.services.recovery_steps import set_step_done
from bounceback_tui.services.take_back import TakenBack, take_back
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.test_people_pane import seeded  # noqa: F401  (Rita on Initech, rejected; Maya)
from tests.ui_harness import app_on, keep_toasts, settle
from tests.undo_panes import save_form, schedule_on_people
from tests.written_over import another_program_writes

ASK = "Ask the recruiter or hiring manager for feedback"
REPLY = "Note what came back"
BRIDGE = "Keep the bridge intact: send a gracious reply"
# Rita's follow-up, today: each line below is dated today, so it settles it.
SETTLES = "That settles your 16 Mar follow-up with Rita Okoye."


def _one(paths: DataPaths, sql: str, *args: object) -> Any:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(sql, args).fetchone()


def _count(paths: DataPaths, table: str) -> int:
    return int(_one(paths, f"SELECT count(*) FROM {table}")[0])


def _step(paths: DataPaths, title: str) -> tuple[Any, ...]:
    """(done_at, asked_on, asked_via, answer) of Initech's plan step ``title``."""
    return tuple(
        _one(
            paths,
            "SELECT done_at, asked_on, asked_via, answer FROM recovery_step WHERE title = ?",
            title,
        )
    )


# --- a line of the log ------------------------------------------------------------------


async def test_u_takes_a_line_just_logged_away_and_opens_the_step_it_ticked(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    assert _step(paths, ASK) == (None, None, "", "")  # open, nothing asked yet
    lines = _count(paths, "interaction")
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot, 3)
        await save_form(
            pilot, kind="feedback_asked", application=str(ids["initech"]), note="Emailed Rita"
        )
        logged = f"Logged, and ticked “{ASK}” in your plan. {SETTLES} u takes it away."
        assert said[-1] == logged, said
        done_at, asked_on, asked_via, _answer = _step(paths, ASK)
        assert done_at is not None and asked_on == "2026-03-16"
        assert asked_via == "Rita Okoye <rita@initech.example>"
        assert _count(paths, "interaction") == lines + 1

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the log line of 16 Mar (Feedback asked) is removed. "
            f"“{ASK}” in your plan is open again. "
            "Your follow-up with Rita Okoye is back on 16 Mar."
        ), said
        assert _count(paths, "interaction") == lines
        assert _step(paths, ASK) == (None, None, "", "")  # as it was before the line
        assert _one(paths, "SELECT plan_completed_at FROM rejection") == (None,)
        assert _one(paths, "SELECT next_follow_up FROM contact WHERE name = 'Rita Okoye'") == (
            "2026-03-16",
        )
        assert pane.selected is not None and pane.selected.id == ids["rita"]
        assert focus_problem(app) is None
        await pilot.press("u")  # taken back once: nothing more
        await settle(pilot, 2)
        assert said[-1] == "Nothing to undo here.", said


async def test_a_line_changed_since_it_was_logged_stays(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot, 3)
        await save_form(pilot, kind="called", note="Quick call about the team")
        assert said[-1] == f"Logged. {SETTLES} u takes it away.", said
        # another window changes the line
        another_program_writes(paths, "UPDATE interaction SET happened_on = '2026-03-13'")
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "The log line of 13 Mar (Called) has changed since you logged it, so it "
            "stays. Press I, then d, to delete it."
        ), said
        assert _one(paths, "SELECT note FROM interaction") == ("Quick call about the team",)
        assert pane.selected is not None and pane.selected.id == ids["rita"]
        assert focus_problem(app) is None


def _ritas(ids: dict[str, int]) -> Cleared:
    """Rita's follow-up as a line dated today cleared it, for `u` to put back."""
    thing = "your follow-up with {name}"
    return Cleared("contact", ids["rita"], "next_follow_up", date(2026, 3, 16), thing, "Rita Okoye")


def _line(kind: InteractionKind, note: str = "") -> InteractionInput:
    return InteractionInput(kind, FIXED_TODAY, note)


def test_a_thank_you_taken_back_unticks_the_bridge(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    db = Database(paths.database)
    try:
        thanks = _line(InteractionKind.THANK_YOU_SENT, "Thanked her for her time")
        logged = people_log.log_interaction(db, thanks, contact_id=ids["rita"])
        assert logged.ticked_step == BRIDGE and logged.added is not None
        assert _step(paths, BRIDGE)[0] is not None
        assert take_back(db, logged.added, usual_keys) == TakenBack(
            (BRIDGE,), put_back=(_ritas(ids),)
        )
        assert _step(paths, BRIDGE)[0] is None
        assert _count(paths, "interaction") == 0
    finally:
        db.dispose()


def test_a_reply_whose_answer_was_written_over_stays_as_it_is(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """The answer the line gave the step was rewritten in Recovery: the line goes, the step
    keeps its tick and the person's words, and the note says it stays."""
    from bounceback_tui.ui.kit.undo import taken_back_note

    paths, ids = seeded
    db = Database(paths.database)
    try:
        reply = _line(InteractionKind.FEEDBACK_RECEIVED, "More SQL next time")
        logged = people_log.log_interaction(db, reply, application_id=ids["initech"])
        assert logged.ticked_step == REPLY and logged.added is not None
        assert _step(paths, REPLY)[3] == "More SQL next time"
        another_program_writes(
            paths,
            "UPDATE recovery_step SET answer = 'More SQL, and a portfolio' WHERE title = ?",
            (REPLY,),
        )
        done = take_back(db, logged.added, usual_keys)
        assert done == TakenBack((), kept=(REPLY,))
        assert _count(paths, "interaction") == 0
        done_at, _asked_on, _via, answer = _step(paths, REPLY)
        assert done_at is not None and answer == "More SQL, and a portfolio"
        note = taken_back_note(logged.added.thing, logged.added.name, (), kept=done.kept)
        assert str(note) == (
            "Taken back: the log line of 16 Mar (Feedback received) is removed. "
            "“Note what came back” in your plan stays as it is: it has changed since."
        )
    finally:
        db.dispose()


def test_a_step_ticked_by_hand_keeps_its_tick_and_loses_what_the_line_filled_in(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """Ticked in Recovery with nothing noted, then a "Feedback asked" line filled in the day
    and how: `u` empties those again, and the tick stays the person's."""
    paths, ids = seeded
    db = Database(paths.database)
    try:
        (step_id,) = _one(paths, "SELECT id FROM recovery_step WHERE title = ?", ASK)
        set_step_done(db, step_id, True)
        ticked_at = _step(paths, ASK)[0]
        assert _step(paths, ASK) == (ticked_at, None, "", "")
        asked = _line(InteractionKind.FEEDBACK_ASKED, "Asked by email")
        logged = people_log.log_interaction(
            db, asked, application_id=ids["initech"], contact_id=ids["rita"]
        )
        assert logged.already_ticked and logged.added is not None
        assert _step(paths, ASK) == (
            ticked_at,
            "2026-03-16",
            "Rita Okoye <rita@initech.example>",
            "",
        )
        assert take_back(db, logged.added, usual_keys) == TakenBack(put_back=(_ritas(ids),))
        assert _step(paths, ASK) == (ticked_at, None, "", "")
        assert _count(paths, "interaction") == 0
    finally:
        db.dispose()


# --- an interview ---------------------------------------------------------------------------


def _link_rita_to_acme(paths: DataPaths, ids: dict[str, int]) -> None:
    db = Database(paths.database)
    try:
        people_edits.link_application(db, ids["rita"], ids["acme"])
    finally:
        db.dispose()


async def test_u_takes_an_interview_just_scheduled_away(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    interviews, people_in = _count(paths, "interview"), _count(paths, "interview_contact")
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await schedule_on_people(pilot, pane, ids["rita"], ids["acme"])
        assert said[-1] == (
            "Interview saved. It is on Today and in the calendar export. u takes it away."
        ), said
        assert _count(paths, "interview") == interviews + 1
        assert _count(paths, "interview_contact") == people_in + 1

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the Phone screen interview with Acme (Engineer) is removed."
        ), said
        assert _count(paths, "interview") == interviews
        assert _count(paths, "interview_contact") == people_in
        assert pane.selected is not None and pane.selected.id == ids["rita"]
        assert focus_problem(app) is None


async def test_an_interview_changed_since_it_was_scheduled_stays(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    async with app_on(paths, "people", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        await schedule_on_people(pilot, pane, ids["rita"], ids["acme"])
        (new_id,) = _one(paths, "SELECT max(id) FROM interview")
        # another window gives it a place
        another_program_writes(
            paths, "UPDATE interview SET place = 'video' WHERE id = ?", (new_id,)
        )
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "The Phone screen interview with Acme (Engineer) has changed since you scheduled "
            "it, so it stays. Press N, then d, to delete it."
        ), said
        assert _one(paths, "SELECT place FROM interview WHERE id = ?", new_id) == ("video",)
        assert pane.selected is not None and pane.selected.id == ids["rita"]
        assert focus_problem(app) is None
