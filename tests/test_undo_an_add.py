"""`u` takes back an add on Skills, Recovery, People and Reframe, as it does in the Pipeline.

A person who added something by mistake had to find it and delete it (asking first). Now
the add's note ends "u takes it away.", and `u` takes it back in one transaction: only
while it is as the add left it (an edit since, here or in another window, or a line logged
about a person just added, and it stays, saying so), with the plan step the add ticked
unticked, the cursor on a row beside it and focus on the pane (kit/undo.py,
services/take_back.py)."""

from __future__ import annotations

import sqlite3

from textual.widgets import TextArea

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.skills import add_skill
from bounceback_tui.services.take_back import TakenBack
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.recovery_fixtures import add_rejection, step_by_key, steps_of
from tests.skills_fixtures import seed_backlog
from tests.ui_harness import NO_IDLE_CHECK, app_on, keep_toasts, settle
from tests.undo_panes import save_form
from tests.written_over import another_program_writes


def _column(paths: DataPaths, sql: str) -> list[object]:
    with sqlite3.connect(paths.database) as conn:
        return sorted(r[0] for r in conn.execute(sql))


# --- Skills ---------------------------------------------------------------------------------


async def test_skills_u_takes_an_added_item_away(opened_paths: DataPaths, db: Database) -> None:
    add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 4)
        await pilot.press("a")
        await settle(pilot, 3)
        await save_form(pilot, title="Negotiation")
        assert "Added: Negotiation. u takes it away." in said, said
        assert _column(opened_paths, "SELECT title FROM skill") == ["Negotiation", "SQL joins"]
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: “Negotiation” is removed.", said
        assert _column(opened_paths, "SELECT title FROM skill") == ["SQL joins"]
        assert pane.selected is not None and pane.selected.title == "SQL joins"
        assert focus_problem(app) is None
        await pilot.press("u")  # taken back once: nothing more
        await settle(pilot, 2)
        assert said[-1] == "Nothing to undo here.", said


async def test_skills_an_item_edited_since_its_add_stays(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 4)
        await pilot.press("a")
        await settle(pilot, 3)
        await save_form(pilot, title="Negotiation")
        await pilot.press("e")  # this window's own edit counts: it would go with the item
        await settle(pilot, 3)
        await save_form(pilot, title="Negotiation skills")
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "“Negotiation skills” has changed since you added it, so it stays. "
            "Press d to delete it."
        ), said
        assert _column(opened_paths, "SELECT title FROM skill") == [
            "Negotiation skills",
            "SQL joins",
        ]
        assert pane.selected is not None and pane.selected.title == "Negotiation skills"
        assert focus_problem(app) is None


async def test_skills_u_after_an_item_from_a_plan_unticks_its_step_too(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, "keep_going.skill")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await pilot.press("enter")
        assert pane.step_list.select_step(step.id)
        await pilot.press("enter")  # "Pick one skill to grow": the Skills form, from the no
        await settle(pilot)
        await save_form(pilot, title="Tableau basics")
        # Back on the plan (the form was opened from it), where `u` is the plan's own: the
        # note leaves `u` out, and the add is taken back on Skills.
        assert (
            "Added to Skills: Tableau basics, and ticked “Pick one skill to grow” in your plan."
            in said
        ), said
        assert step_by_key(db, rid, "keep_going.skill").done_at is not None
        assert app.current_pane.id == "recovery"
        await pilot.press("5")
        await settle(pilot)
        assert app.current_pane.id == "skills"
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: “Tableau basics” is removed. "
            "“Pick one skill to grow” in your plan is open again."
        ), said
        assert focus_problem(app) is None
    assert _column(opened_paths, "SELECT title FROM skill") == []
    assert step_by_key(db, rid, "keep_going.skill").done_at is None


async def test_skills_u_after_an_accepted_suggestion_offers_it_again(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, seed_backlog)
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 4)
        offered = list(pane._suggestions)
        assert offered
        await pilot.press("A")
        await settle(pilot, 4)
        assert said[-1].endswith("Press e to make it your own. u takes it away."), said
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == ("Taken back: “Tell one teamwork story in…” is removed."), said
        assert [s.rejection_id for s in pane._suggestions] == [s.rejection_id for s in offered]
        assert focus_problem(app) is None
    titles = _column(opened_paths, "SELECT title FROM skill")
    assert "Tell one teamwork story in every interview" not in titles


# --- Recovery -------------------------------------------------------------------------------


async def test_recovery_u_takes_a_step_of_your_own_away(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    before = [s.id for s in steps_of(db, rid)]
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await pilot.press("enter")  # into the plan
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot, 3)
        await save_form(pilot, title="Call Sam about the referral")
        assert "Added “Call Sam about the referral” to this plan. u takes it away." in said, said
        assert len(steps_of(db, rid)) == len(before) + 1
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: the step “Call Sam about the referral” is removed."
        assert [s.id for s in steps_of(db, rid)] == before
        assert app.focused is pane.step_list
        assert pane.step_list.highlighted_step_id in before
        assert focus_problem(app) is None


async def test_recovery_u_takes_a_recorded_no_away_with_its_plan(
    opened_paths: DataPaths, db: Database
) -> None:
    kept = add_rejection(db)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await pilot.press("n")
        await settle(pilot, 3)
        await save_form(pilot, company="Fernwood", role="Data Analyst")
        assert said[-1].endswith("Start with the first step when you are ready. u takes it away.")
        assert len(_column(opened_paths, "SELECT id FROM rejection")) == 2
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: the no from Fernwood (Data Analyst) is removed.", said
        # A no taken back, as "Rejection recorded" said it was recorded (not "Add taken back").
        assert list(app._notifications)[-1].title == "Rejection taken back"
        assert _column(opened_paths, "SELECT id FROM rejection") == [kept]
        rejections = "SELECT DISTINCT rejection_id FROM recovery_step"
        assert _column(opened_paths, rejections) == [kept]
        assert pane.table.selected is not None and pane.table.selected.rejection_id == kept
        assert focus_problem(app) is None


# --- People ---------------------------------------------------------------------------------


async def test_people_u_takes_a_person_added_away(opened_paths: DataPaths, db: Database) -> None:
    people_edits.add_contact(db, validate_contact({"name": "Jo Park"}, FIXED_TODAY))
    async with app_on(opened_paths, "people", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 3)
        await save_form(pilot, name="Kenji Tanaka")
        assert "Added: Kenji Tanaka. u takes it away." in said, said
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: Kenji Tanaka is removed.", said
        assert _column(opened_paths, "SELECT name FROM contact") == ["Jo Park"]
        assert pane.selected is not None and pane.selected.name == "Jo Park"
        assert focus_problem(app) is None


async def test_people_a_person_edited_in_another_window_stays(
    opened_paths: DataPaths, db: Database
) -> None:
    """Two windows on one data folder: A adds Kenji, B changes his role, `u` in A."""
    async with app_on(opened_paths, "people", watch_seconds=NO_IDLE_CHECK) as (a, pilot_a, pane_a):
        said = keep_toasts(a)
        await settle(pilot_a, 3)
        await pilot_a.press("a")
        await settle(pilot_a, 3)
        await save_form(pilot_a, name="Kenji Tanaka")
        kenji = pane_a.selected
        assert kenji is not None and kenji.name == "Kenji Tanaka"
        async with app_on(opened_paths, "people", watch_seconds=NO_IDLE_CHECK) as (
            _b,
            pilot_b,
            pane_b,
        ):
            await settle(pilot_b, 3)
            assert pane_b.select_item(kenji.id)
            await pilot_b.press("e")
            await settle(pilot_b, 3)
            await save_form(pilot_b, role="Recruiter at Oakleaf")
        await pilot_a.press("u")
        await settle(pilot_a, 4)
        assert said[-1] == (
            "Kenji Tanaka has changed since you added them, so they stay. Press d to delete them."
        ), said
        assert pane_a.selected is not None and pane_a.selected.id == kenji.id
        assert focus_problem(a) is None
    assert _column(opened_paths, "SELECT role FROM contact") == ["Recruiter at Oakleaf"]


def test_a_person_with_a_line_logged_since_stays(db: Database) -> None:
    """A line about them changes no version of theirs, but would go with them."""
    from bounceback_tui.domain.people import InteractionInput, InteractionKind
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.people_log import log_interaction
    from bounceback_tui.services.take_back import take_back

    added = people_edits.add_contact_undoable(
        db, validate_contact({"name": "Kenji Tanaka"}, FIXED_TODAY)
    )
    line = InteractionInput(InteractionKind.SENT, FIXED_TODAY, "Said hello")
    log_interaction(db, line, contact_id=added.row_id)
    try:
        take_back(db, added, usual_keys)
    except BouncebackError as exc:
        assert str(exc) == (
            "Kenji Tanaka has changed since you added them, so they stay. Press d to delete them."
        )
    else:
        raise AssertionError("taken back with its log line")
    with db.read() as session:
        from bounceback_tui.store.models import Contact

        assert session.get(Contact, added.row_id) is not None


async def _begin_a_draft(app, pilot, situation: str) -> None:  # type: ignore[no-untyped-def]
    """On Reframe's list: `a`, the situation typed, on to the thought (saved on the way),
    then Escape (kept as a draft, back on the list)."""
    await pilot.press("a")
    await settle(pilot, 4)
    area = app.focused
    assert isinstance(area, TextArea)
    area.insert(situation)
    await pilot.press("ctrl+n")  # to the thought: saved on the way
    await settle(pilot, 3)
    await pilot.press("escape")  # kept as a draft
    await settle(pilot, 4)


# --- Reframe --------------------------------------------------------------------------------


async def test_reframe_u_takes_a_record_begun_here_away(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "reframe", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await _begin_a_draft(app, pilot, "The interview went badly")
        assert pane.mode == "history"
        assert said[-1].endswith("to carry on. u takes it away."), said
        assert len(_column(opened_paths, "SELECT id FROM thought_record")) == 1
        await pilot.press("u")  # what they wrote would go: it asks, and no keeps it
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.question) == (
            "Take back the thought record about “The interview went badly”?"
        )
        await pilot.press("escape")
        await settle(pilot, 3)
        assert len(_column(opened_paths, "SELECT id FROM thought_record")) == 1
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle(pilot, 3)
        await pilot.press("y")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the thought record about “The interview went badly” is removed."
        ), said
        assert _column(opened_paths, "SELECT id FROM thought_record") == []
        assert focus_problem(app) is None


async def test_recovery_u_after_a_reframe_begun_from_the_plan_says_why_it_stays(
    opened_paths: DataPaths,
) -> None:
    """Starting a thought record from the new no's plan is not a change to the no: the
    record would lose its link, and that is what the refusal says."""
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await pilot.press("n")
        await settle(pilot, 3)
        await save_form(pilot, company="Epsilon", role="Data Analyst")
        await pilot.press("t")
        await settle(pilot, 4)
        area = app.focused
        assert isinstance(area, TextArea)
        area.insert("They said no after the final round")
        await pilot.press("escape")  # kept as a draft, back on the plan
        await settle(pilot, 4)
        assert app.shown_pane() == "recovery"
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "The no from Epsilon (Data Analyst) stays: a thought record was started from its plan. "
            "Press d to delete it."
        ), said
        assert len(_column(opened_paths, "SELECT id FROM rejection")) == 1
        assert focus_problem(app) is None


def test_a_finished_record_taken_back_unticks_its_plan_step(db: Database) -> None:
    from bounceback_tui.reframe.record import RecordDraft
    from bounceback_tui.services.reframe import save_record
    from bounceback_tui.services.take_back import take_back

    rid = add_rejection(db)
    draft = RecordDraft(rejection_id=rid, situation="A no", thought="I'll never get hired")
    draft.complete = True
    saved = save_record(db, draft)
    assert saved.receipt is not None and saved.receipt.ticked
    assert step_by_key(db, rid, "guardrails.thoughts").done_at is not None
    assert take_back(db, saved.receipt, usual_keys) == TakenBack(
        ("Watch for negative thought patterns",)
    )
    assert step_by_key(db, rid, "guardrails.thoughts").done_at is None


def test_a_step_that_reopened_a_finished_plan_taken_back_finishes_it_as_it_was(
    db: Database,
) -> None:
    from bounceback_tui.domain.recovery import StepKind
    from bounceback_tui.domain.recovery_forms import CustomStepInput
    from bounceback_tui.services.recovery_steps import add_custom_step, set_step_done
    from bounceback_tui.services.take_back import take_back
    from tests.recovery_fixtures import rejection

    rid = add_rejection(db)
    for each in steps_of(db, rid):
        assert each.id is not None
        set_step_done(db, each.id, True)
    finished = rejection(db, rid)
    assert finished is not None and finished.plan_completed_at is not None
    step = CustomStepInput("Call Sam", "keep_going", StepKind.CHECK, 3)
    result = add_custom_step(db, rid, step)
    assert result.reopened and result.added is not None
    assert take_back(db, result.added, usual_keys) == TakenBack((), finished_again=True)
    after = rejection(db, rid)
    assert after is not None and after.plan_completed_at == finished.plan_completed_at
    assert "Call Sam" not in [s.title for s in steps_of(db, rid)]


async def test_reframe_u_on_a_record_changed_since_says_so_without_asking(
    opened_paths: DataPaths,
) -> None:
    """A record changed since it was begun (here by another window) stays: `u` says so at
    once. It asked first, quoting the text as it was, and refused only after the yes (the
    round's last stranger)."""
    async with app_on(opened_paths, "reframe", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 3)
        await _begin_a_draft(app, pilot, "The interview went badly")
        assert pane.mode == "history"
        another_program_writes(
            opened_paths,
            "UPDATE thought_record SET situation = 'The call went badly', version = version + 1",
        )
        await pilot.press("u")
        await settle(pilot, 4)
        assert not isinstance(app.screen, ConfirmScreen)
        assert said[-1] == (
            "The thought record about “The call went badly” has changed since you added it, "
            "so it stays. Press d to delete it."
        ), said
        assert len(_column(opened_paths, "SELECT id FROM thought_record")) == 1
        assert focus_problem(app) is None
