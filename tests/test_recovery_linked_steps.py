"""A plan's steps that send the person to another pane tick when the work is done there (a
new user's walk): finishing a thought record about the no ticks "Watch for negative thought
patterns · → Reframe", and saving a skill item from the plan ticks "Pick one skill to grow ·
→ Skills", each in the transaction of its save. They stayed `[ ]` (the plan "3/15") while the
plan itself said "Reframed: 2 thought records", and Today still listed them as due.

Deleting the record or the item later leaves the step ticked, and undoing that delete
leaves the tick as it then is: the step says the work was done, as a logged message's tick
stays when its log line goes (services/people_log.delete_interaction)."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from bounceback_tui.domain.skills import SkillInput, SkillKind, SourceKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import SUMMARY_STEP, RecordDraft
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection, rejection, step_by_key, steps_of

THOUGHTS = "guardrails.thoughts"
SKILL = "keep_going.skill"
# Ticked by the frozen clock (conftest: Monday 16 March 2026, 09:30).
NOW = datetime(2026, 3, 16, 9, 30)


def _record(rejection_id: int | None, *, complete: bool) -> RecordDraft:
    return RecordDraft(
        rejection_id=rejection_id,
        situation="Acme said no.",
        thought="I'll never get hired",
        balanced_thought="One no is one no." if complete else "",
        current_step=SUMMARY_STEP if complete else 2,
        complete=complete,
    )


def _add_skill(
    db: Database, title: str, kind: SkillKind, source: SourceKind, rid: int, step_id: int
) -> Any:
    """A skill item saved from the plan's step ``step_id``, as the Skills form saves it."""
    from bounceback_tui.services.skill_from_plan import add_skill_ticking

    return add_skill_ticking(
        db, SkillInput(title, kind), source_kind=source, rejection_id=rid, recovery_step_id=step_id
    )


def _done(db: Database, rejection_id: int) -> int:
    return sum(1 for s in steps_of(db, rejection_id) if s.done_at is not None)


def _due_titles(paths: DataPaths) -> list[str]:
    return [item.title for item in load_today(paths.database, date(2026, 3, 16)).due]


def _tick_all_but(db: Database, rejection_id: int, key: str) -> None:
    """Every step of the plan ticked but ``key`` (so Today lists that one or none)."""
    for step in steps_of(db, rejection_id):
        if step.template_key != key:
            step_service.set_step_done(db, step.id, True)


def test_a_finished_record_about_the_no_ticks_its_reframe_step(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db, rejected_on=date(2026, 3, 12))
    _tick_all_but(db, rid, THOUGHTS)
    assert _due_titles(opened_paths) == ["Acme (Engineer): Watch for negative thought patterns"]
    # A draft is not the work done: nothing is ticked while the record is unfinished.
    finished = reframe_service.save_draft(db, _record(rid, complete=False))
    assert step_by_key(db, rid, THOUGHTS).done_at is None
    finished.current_step, finished.complete = SUMMARY_STEP, True
    finished.balanced_thought = "One no is one no."
    reframe_service.save_draft(db, finished)
    assert step_by_key(db, rid, THOUGHTS).done_at == NOW
    # The last step: the plan is finished with it, and Today lists it no longer.
    assert rejection(db, rid).plan_completed_at == NOW  # type: ignore[union-attr]
    assert _due_titles(opened_paths) == []


def test_the_save_names_the_step_it_ticked(db: Database) -> None:
    """For the note the Reframe pane shows ("Finished, and ticked …")."""
    rid = add_rejection(db)
    draft = reframe_service.save_record(db, _record(rid, complete=False))
    assert draft.ticked is None
    draft.draft.current_step, draft.draft.complete = SUMMARY_STEP, True
    assert reframe_service.save_record(db, draft.draft).ticked == (
        "Watch for negative thought patterns"
    )


def test_editing_a_finished_record_ticks_nothing_again(db: Database) -> None:
    rid = add_rejection(db)
    record = reframe_service.save_draft(db, _record(rid, complete=True))
    step = step_by_key(db, rid, THOUGHTS)
    assert step.done_at == NOW
    step_service.set_step_done(db, step.id, False)  # unticked by hand: it stays so
    record.thought = "I'll never get hired here"
    reframe_service.save_draft(db, record)
    assert step_by_key(db, rid, THOUGHTS).done_at is None


def test_a_record_about_nothing_or_another_no_leaves_this_plan_alone(db: Database) -> None:
    rid = add_rejection(db, "Acme")
    other = add_rejection(db, "Globex")
    reframe_service.save_draft(db, _record(None, complete=True))
    reframe_service.save_draft(db, _record(other, complete=True))
    assert step_by_key(db, rid, THOUGHTS).done_at is None
    assert step_by_key(db, other, THOUGHTS).done_at == NOW


def test_a_step_ticked_already_keeps_its_day(db: Database) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, THOUGHTS)
    with db.write() as session:
        row = session.get(type(step), step.id)
        assert row is not None
        row.done_at = datetime(2026, 3, 13, 20, 0)
    reframe_service.save_draft(db, _record(rid, complete=True))
    assert step_by_key(db, rid, THOUGHTS).done_at == datetime(2026, 3, 13, 20, 0)


def test_deleting_the_record_and_undoing_it_leave_the_tick(db: Database) -> None:
    rid = add_rejection(db)
    saved = reframe_service.save_draft(db, _record(rid, complete=True))
    assert saved.id is not None
    assert step_by_key(db, rid, THOUGHTS).done_at == NOW
    done = _done(db, rid)
    deleted = reframe_service.delete_record(db, saved.id)
    assert step_by_key(db, rid, THOUGHTS).done_at == NOW
    reframe_service.restore_record(db, deleted)
    assert step_by_key(db, rid, THOUGHTS).done_at == NOW
    assert _done(db, rid) == done  # nothing ticked twice, nothing unticked
    # Unticked by hand after the delete: the undo does not tick it again.
    deleted = reframe_service.delete_record(db, saved.id)
    step_service.set_step_done(db, step_by_key(db, rid, THOUGHTS).id, False)
    reframe_service.restore_record(db, deleted)
    assert step_by_key(db, rid, THOUGHTS).done_at is None


def test_a_skill_saved_from_the_skills_step_ticks_it(opened_paths: DataPaths, db: Database) -> None:
    rid = add_rejection(db, rejected_on=date(2026, 3, 5))  # its Skills step is due on the 12th
    _tick_all_but(db, rid, SKILL)
    assert _due_titles(opened_paths) == ["Acme (Engineer): Pick one skill to grow"]
    step = step_by_key(db, rid, SKILL)
    added = _add_skill(
        db, "Practise SQL on real datasets", SkillKind.TECHNICAL, SourceKind.REJECTION, rid, step.id
    )
    assert added.ticked == "Pick one skill to grow"
    assert step_by_key(db, rid, SKILL).done_at == NOW
    assert skill_service.get_skill(db, added.id).title == "Practise SQL on real datasets"
    assert _due_titles(opened_paths) == []


def test_a_skill_from_an_answer_on_the_plan_ticks_the_skills_step_too(db: Database) -> None:
    """`s` on "Note what came back" turns the feedback into an item: that is the skill the
    Skills step asks for."""
    rid = add_rejection(db)
    reply = step_by_key(db, rid, "feedback.response")
    added = _add_skill(db, "SQL", SkillKind.TECHNICAL, SourceKind.FEEDBACK, rid, reply.id)
    assert added.ticked == "Pick one skill to grow"
    assert step_by_key(db, rid, SKILL).done_at == NOW
    # The second item from the same plan finds the step ticked: nothing more to say.
    again = _add_skill(
        db, "Stakeholder experience", SkillKind.SOFT_SKILL, SourceKind.FEEDBACK, rid, reply.id
    )
    assert again.ticked is None


def test_a_skill_typed_by_hand_ticks_nothing(db: Database) -> None:
    rid = add_rejection(db)
    from bounceback_tui.services.skill_from_plan import add_skill_ticking

    added = add_skill_ticking(db, SkillInput("Tableau basics", SkillKind.TECHNICAL))
    assert added.ticked is None
    assert step_by_key(db, rid, SKILL).done_at is None


def test_deleting_the_skill_and_undoing_it_leave_the_tick(db: Database) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, SKILL)
    added = _add_skill(db, "SQL", SkillKind.TECHNICAL, SourceKind.REJECTION, rid, step.id)
    done = _done(db, rid)
    deleted = skill_service.delete_skill(db, added.id)
    assert step_by_key(db, rid, SKILL).done_at == NOW
    skill_service.restore_skill(db, deleted)
    assert step_by_key(db, rid, SKILL).done_at == NOW
    assert _done(db, rid) == done
