"""People, as a person in their second week found it (twenty-third round, at 80x24).

A person's follow-up that was overdue showed apart, above "Nothing is due today", and the
CLI left it out; a log line could not be changed or deleted; "Feedback received" on a plan
whose reply step was done long ago said it ticked it; an interview held did not count as
being in touch.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.people import InteractionInput, InteractionKind, validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, people, people_edits, people_log
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.recovery_plans import load_plan
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import is_on_screen, screen_text
from tests.test_people_pane import seeded  # noqa: F401  (Rita on Initech, rejected; Maya)
from tests.ui_harness import app_on, fill, settle, toasts

YESTERDAY = FIXED_TODAY - timedelta(days=1)


def _aiko(paths: DataPaths) -> int:
    """Aiko Sato of Mirai Cloud, to follow up yesterday: the only thing due (beside an
    application just sent, so that Today is past its welcome)."""
    db = Database(paths.database)
    try:
        add_application(db, ApplicationInput(company="Acme", role="Engineer"))
        return people_edits.add_contact(
            db,
            validate_contact(
                {"name": "Aiko Sato", "company": "Mirai Cloud", "next_follow_up": "yesterday"},
                FIXED_TODAY,
            ),
        )
    finally:
        db.dispose()


def _step(paths: DataPaths, application_id: int, key: str):  # type: ignore[no-untyped-def]
    with sqlite3.connect(paths.database) as conn:
        (rejection_id,) = conn.execute(
            "SELECT id FROM rejection WHERE application_id = ?", (application_id,)
        ).fetchone()
    db = Database(paths.database)
    try:
        plan = load_plan(db, rejection_id)
    finally:
        db.dispose()
    assert plan is not None
    return next(s for s in plan.steps if s.template_key == key)


def _log(paths: DataPaths, kind: InteractionKind, on: date, note: str, **about: int) -> int:
    db = Database(paths.database)
    try:
        return people_log.log_interaction(db, InteractionInput(kind, on, note), **about).id
    finally:
        db.dispose()


# --- An overdue follow-up with a person is due now, in the app and the CLI ---------------


def test_the_cli_lists_a_persons_overdue_follow_up(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _aiko(opened_paths)
    assert main(["--data-dir", str(opened_paths.data_dir), "today"]) == 0
    out = capsys.readouterr().out
    assert "Due now (1)" in out
    assert "  ! Follow up with Aiko Sato (Mirai Cloud) (1 day late)" in out
    assert "Nothing is due today." not in out


async def test_todays_due_now_holds_it_and_enter_opens_the_person(opened_paths: DataPaths) -> None:
    aiko = _aiko(opened_paths)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.pause(0.5)
        await settle(pilot)
        assert is_on_screen(app, "Due now · 1")
        # At 80 columns a follow-up's line keeps who (its icon says what), as an application's.
        assert is_on_screen(app, "✉ Aiko Sato  1 day late")
        assert not is_on_screen(app, "Nothing is due today")
        assert screen_text(app).count("Aiko Sato") == 1  # not above the box as well
        app.current_pane.focus_target_shown().focus()
        await pilot.press("enter")
        await settle(pilot)
        assert app.current_pane.PANE_ID == "people"
        assert app.current_pane.selected.id == aiko
        assert focus_problem(app) is None


# --- A line of the log: deleted (and back with u), or changed ----------------------------


async def test_a_log_line_is_deleted_with_a_word_on_its_step_and_u_brings_it_back(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    asked = _log(
        paths,
        InteractionKind.FEEDBACK_ASKED,
        YESTERDAY,
        "Emailed Rita",
        application_id=ids["initech"],
        contact_id=ids["rita"],
    )
    _log(paths, InteractionKind.CALLED, FIXED_TODAY, "Quick call", contact_id=ids["rita"])
    assert _step(paths, ids["initech"], "feedback.ask").done_at is not None
    async with app_on(paths, "people", size=(80, 24), notifications=True) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("I")
        await settle(pilot)
        assert isinstance(app.screen, PickScreen)
        await pilot.press(*"asked", "enter")
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        # The ask the line ticked goes with it (it stayed ticked before: feedback_line.py).
        assert is_on_screen(app, "that is unticked too")
        await pilot.press("y")
        await settle(pilot)
        assert people.contact_detail(pane.bb_app.db, ids["rita"]).interactions[0].note == (
            "Quick call"
        )
        assert [i.id for i in people.contact_detail(pane.bb_app.db, ids["rita"]).interactions] != [
            asked
        ]
        assert len(people.contact_detail(pane.bb_app.db, ids["rita"]).interactions) == 1
        assert _step(paths, ids["initech"], "feedback.ask").done_at is None
        assert (
            "Deleted the log line of 15 Mar (Feedback asked). “Ask the recruiter or hiring "
            "manager for feedback” is open again. Press u to undo."
        ) in toasts(app)
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle(pilot)
        notes = sorted(
            i.note for i in people.contact_detail(pane.bb_app.db, ids["rita"]).interactions
        )
        assert notes == ["Emailed Rita", "Quick call"]
        assert _step(paths, ids["initech"], "feedback.ask").done_at is not None
        assert (
            "The log line of 15 Mar (Feedback asked) is back. “Ask the recruiter or hiring "
            "manager for feedback” is ticked again."
        ) in toasts(app)
        assert focus_problem(app) is None


async def test_a_log_line_is_changed_in_the_form_that_logged_it(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _log(paths, InteractionKind.CALLED, YESTERDAY, "Quick call", contact_id=ids["rita"])
    async with app_on(paths, "people", size=(80, 24), notifications=True) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("I")  # one line: straight to what to do with it
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert app.screen.query_one("#field-note").value == "Quick call"
        assert app.screen.query_one("#field-happened_on").value == "2026-03-15"
        await fill(pilot, note="Long call about the team", kind="met")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
        (line,) = people.contact_detail(pane.bb_app.db, ids["rita"]).interactions
        assert (line.kind, line.note, line.happened_on) == (
            InteractionKind.MET,
            "Long call about the team",
            YESTERDAY,
        )
        assert is_on_screen(app, "Long call about the team")
        assert focus_problem(app) is None


# --- A plan step ticked long ago keeps what it holds, and the toast says so ----------------


async def test_feedback_on_a_step_ticked_long_ago_says_so_and_keeps_its_answer(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    long_ago = date(2026, 1, 10)
    _log(
        paths,
        InteractionKind.FEEDBACK_RECEIVED,
        long_ago,
        "More system design",
        application_id=ids["initech"],
    )
    async with app_on(paths, "people", size=(80, 24), notifications=True) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(
            pilot,
            kind=InteractionKind.FEEDBACK_RECEIVED.value,
            application=str(ids["initech"]),
            note="They liked the take-home",
        )
        await pilot.press("ctrl+s")
        await settle(pilot)
        # Rita's follow-up was today: the line settles it too (tests/test_follow_up_settled.py).
        assert (
            "Logged. “Note what came back” was ticked already. "
            "That settles your 16 Mar follow-up with Rita Okoye. u takes it away."
        ) in toasts(app)
        assert not any("Logged, and ticked" in t for t in toasts(app))
    step = _step(paths, ids["initech"], "feedback.response")
    assert step.answer == "More system design"
    # The line of 10 Jan came before the no (16 Mar): its tick is as of the no's day
    # (tests/test_feedback_before_no.py), and the second line left it so.
    assert step.done_at is not None and step.done_at.date() == date(2026, 3, 16)


def test_a_request_ticked_before_keeps_its_day(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    first = date(2026, 3, 2)
    _log(paths, InteractionKind.FEEDBACK_ASKED, first, "", application_id=ids["initech"])
    db = Database(paths.database)
    try:
        again = people_log.log_interaction(
            db,
            InteractionInput(InteractionKind.FEEDBACK_ASKED, FIXED_TODAY, "Asked again"),
            application_id=ids["initech"],
        )
    finally:
        db.dispose()
    assert again.already_ticked
    # As of the no's day (16 Mar), the first line being dated before it; the second line
    # asked again left it so, with no word of a day before the no.
    assert _step(paths, ids["initech"], "feedback.ask").asked_on == date(2026, 3, 16)
    assert again.before_no is None


# --- An interview held is contact ------------------------------------------------------


async def test_an_interview_held_counts_as_last_in_touch(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """Rita's interview at Initech was on 13 March (held); Maya's is still to come."""
    paths, ids = seeded
    db = Database(paths.database)
    try:
        interviews.add_interview(
            db,
            ids["acme"],
            validate_interview(
                {"kind": "onsite", "day": "2026-03-20", "at": "10:00", "zone": "Europe/London"},
                FIXED_TODAY,
            ),
            (ids["maya"],),
        )
        assert people.get_contact(db, ids["rita"]).last_contacted == date(2026, 3, 13)
        assert people.get_contact(db, ids["maya"]).last_contacted is None
    finally:
        db.dispose()
    async with app_on(paths, "people", size=(80, 24)) as (app, pilot, pane):
        assert pane.select_item(ids["rita"])
        await settle(pilot)
        assert is_on_screen(app, "Last in touch 2026-03-13 3 days ago")
