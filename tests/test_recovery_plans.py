"""Recovery plans through the services: creation from the (edited) template, ticks, answers,
feedback, custom steps, deletes with undo, and the list's aggregates."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import (
    CustomStepInput,
    FeedbackRequestInput,
    RejectionInput,
    TemplateStepInput,
)
from bounceback_tui.errors import NotFoundError, ValidationError
from bounceback_tui.services import recovery as service
from bounceback_tui.services import recovery_edits as edit_service
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services import recovery_template as template_service
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from tests.helpers import usual_keys
from tests.recovery_fixtures import (
    add_rejection,
    link_records,
    rejection,
    step_by_key,
    steps_of,
)

FIRST_TITLES = [
    "Let yourself feel it for a while",
    "Talk it through with someone close",
    "How prepared was I, and where did I have to improvise?",
]


def _activity(db: Database) -> int:
    with sqlite3.connect(db.path) as conn:
        return conn.execute("SELECT coalesce(sum(actions), 0) FROM activity_day").fetchone()[0]


def test_a_plan_is_copied_from_the_built_in_template(db: Database) -> None:
    rid = add_rejection(db)
    steps = steps_of(db, rid)
    assert len(steps) == 15
    assert [s.title for s in steps[:3]] == FIRST_TITLES
    assert [s.position for s in steps] == list(range(15))
    ask = step_by_key(db, rid, "feedback.ask")
    assert (ask.kind, ask.offset_days, ask.group_key) == ("feedback", 3, "feedback")
    assert step_by_key(db, rid, "feedback.response").kind == "reply"
    assert step_by_key(db, rid, "guardrails.thoughts").link == "reframe"
    assert all(s.done_at is None and s.answer == "" for s in steps)


def test_optional_steps_join_new_plans_when_switched_on(db: Database) -> None:
    save_setting(db, "recovery_optional_steps", True)
    steps = steps_of(db, add_rejection(db))
    assert len(steps) == 17
    assert [s.kind for s in steps[-2:]] == ["expressive", "answer"]


def test_an_edited_template_shapes_new_plans_and_leaves_old_ones(db: Database) -> None:
    old = add_rejection(db, "Old Co")
    rows = template_service.list_template(db)
    assert [r.title for r in rows[:3]] == FIRST_TITLES
    # Reword the first step, retire the third, add one, and move "Talk it through" up.
    first = rows[0]
    template_service.update_template_step(
        db,
        first.key,
        TemplateStepInput("Give it an evening", "breathe", StepKind.CHECK, 0, "Be gentle."),
    )
    template_service.set_template_step_retired(db, "reflect.prepared", True)
    new_key = template_service.add_template_step(
        db, TemplateStepInput("Go for a long walk", "breathe", StepKind.CHECK, 1)
    )
    # Named after the row's own id (never reused), so a key is never given to a second step.
    with sqlite3.connect(db.path) as conn:
        ((new_id,),) = conn.execute(
            "SELECT id FROM recovery_template_step WHERE title = 'Go for a long walk'"
        ).fetchall()
    assert new_key == f"custom.{new_id}"
    assert template_service.move_template_step(db, "breathe.talk", -1)
    assert not template_service.move_template_step(db, "breathe.talk", -1)  # already first

    titles = [r.title for r in template_service.list_template(db)]
    assert titles[:3] == [
        "Talk it through with someone close",
        "Give it an evening",
        "Go for a long walk",
    ]
    # Retired, still listed.
    assert "How prepared was I, and where did I have to improvise?" in titles

    new = add_rejection(db, "New Co")
    new_titles = [s.title for s in steps_of(db, new)]
    assert new_titles[:4] == [
        "Talk it through with someone close",
        "Give it an evening",
        "Go for a long walk",
        "Did my soft skills come across, or only the technical ones?",
    ]
    assert "How prepared was I, and where did I have to improvise?" not in new_titles
    assert len(new_titles) == 15  # one retired, one added
    assert step_by_key(db, new, new_key).template_key == new_key
    # The plan made before the edits keeps its steps, word for word.
    assert [s.title for s in steps_of(db, old)][:3] == FIRST_TITLES

    template_service.reset_template(db)
    assert [r.title for r in template_service.list_template(db)][:3] == FIRST_TITLES


def test_tick_untick_and_the_plans_finish_line(db: Database) -> None:
    rid = add_rejection(db)
    steps = steps_of(db, rid)
    before = _activity(db)
    result = step_service.set_step_done(db, steps[0].id, True)
    assert result.step.done_at == datetime(2026, 3, 16, 9, 30)
    assert (result.done, result.total, result.finished_now) == (1, 15, False)
    assert _activity(db) == before + 1  # one action, one transaction
    for step in steps[1:-1]:
        step_service.set_step_done(db, step.id, True)
    assert rejection(db, rid).plan_completed_at is None
    last = step_service.set_step_done(db, steps[-1].id, True)
    assert last.finished_now and last.plan_completed_at == datetime(2026, 3, 16, 9, 30)
    assert rejection(db, rid).plan_completed_at == datetime(2026, 3, 16, 9, 30)
    # Ticking a ticked step again changes nothing.
    again = step_service.set_step_done(db, steps[-1].id, True)
    assert not again.finished_now
    undone = step_service.set_step_done(db, steps[4].id, False)
    assert undone.reopened and undone.step.done_at is None
    assert rejection(db, rid).plan_completed_at is None


def test_answers_tick_the_step_and_survive_an_untick(db: Database) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, "reflect.prepared")
    step_service.save_draft(db, step.id, "Half a thou")
    assert step_by_key(db, rid, "reflect.prepared").answer_draft == "Half a thou"
    result = step_service.save_answer(db, step.id, "  I bluffed on capacity planning.\n")
    saved = step_by_key(db, rid, "reflect.prepared")
    assert saved.answer == "I bluffed on capacity planning."
    assert saved.answer_draft is None
    assert saved.done_at is not None and result.done == 1
    step_service.set_step_done(db, step.id, False)
    unticked = step_by_key(db, rid, "reflect.prepared")
    assert unticked.done_at is None
    assert unticked.answer == "I bluffed on capacity planning."
    # An empty answer is kept as empty and does not tick.
    other = step_by_key(db, rid, "reflect.redo")
    assert step_service.save_answer(db, other.id, "   ").step.done_at is None


def test_a_refused_answer_changes_nothing(db: Database) -> None:
    rid = add_rejection(db)
    step = step_by_key(db, rid, "reflect.redo")
    step_service.save_answer(db, step.id, "Keep this.")
    with pytest.raises(ValidationError):
        step_service.save_answer(db, step.id, "bad \x00 byte")
    with pytest.raises(ValidationError):
        step_service.save_draft(db, step.id, "x" * 100_001)
    kept = step_by_key(db, rid, "reflect.redo")
    assert (kept.answer, kept.answer_draft) == ("Keep this.", None)


def test_feedback_asked_and_what_came_back(db: Database) -> None:
    rid = add_rejection(db)
    ask = step_by_key(db, rid, "feedback.ask")
    step_service.save_feedback_request(db, ask.id, FeedbackRequestInput(date(2026, 3, 15), "email"))
    asked = step_by_key(db, rid, "feedback.ask")
    assert (asked.asked_on, asked.asked_via) == (date(2026, 3, 15), "email")
    assert asked.done_at is not None
    reply = step_by_key(db, rid, "feedback.response")
    result = step_service.save_answer(db, reply.id, "", nothing_came_back=True)
    assert result.step.nothing_came_back and result.step.done_at is not None
    with pytest.raises(ValidationError):
        step_service.save_feedback_request(
            db, reply.id, FeedbackRequestInput(date(2026, 3, 15), "")
        )


def test_custom_step_joins_this_plan_only_and_reopens_a_finished_one(db: Database) -> None:
    rid = add_rejection(db)
    other = add_rejection(db, "Other")
    for step in steps_of(db, rid):
        step_service.set_step_done(db, step.id, True)
    assert rejection(db, rid).plan_completed_at is not None
    result = step_service.add_custom_step(
        db, rid, CustomStepInput("Coffee with Sam", "breathe", StepKind.CHECK, 4, "Thursday")
    )
    assert result.reopened and (result.done, result.total) == (15, 16)
    assert result.step.template_key is None and result.step.position == 15
    assert rejection(db, rid).plan_completed_at is None
    assert len(steps_of(db, other)) == 15
    plan = plan_service.load_plan(db, rid)
    assert plan is not None
    # Shown within its group (breathe), after the group's template steps.
    assert [s.title for s in plan.steps[:3]] == [*FIRST_TITLES[:2], "Coffee with Sam"]


def test_removing_a_step_and_undoing_it(db: Database) -> None:
    rid = add_rejection(db)
    steps = steps_of(db, rid)
    for step in steps[:-1]:
        step_service.set_step_done(db, step.id, True)
    deleted = step_service.delete_step(db, steps[-1].id)
    # The one open step is gone, so the plan is finished.
    assert rejection(db, rid).plan_completed_at is not None
    step_service.restore_deleted(db, deleted)
    assert len(steps_of(db, rid)) == 15
    assert rejection(db, rid).plan_completed_at is None
    with pytest.raises(NotFoundError):
        step_service.set_step_done(db, 99_999, True)


def test_deleting_a_rejection_removes_its_plan_and_undo_brings_it_back(db: Database) -> None:
    rid = add_rejection(db)
    step_service.save_answer(db, step_by_key(db, rid, "reflect.went_well").id, "The pairing.")
    deleted = service.delete_rejection(db, rid, key_of=usual_keys)
    assert rejection(db, rid) is None
    assert steps_of(db, rid) == []
    step_service.restore_deleted(db, deleted)
    assert step_by_key(db, rid, "reflect.went_well").answer == "The pairing."
    with pytest.raises(NotFoundError):
        service.delete_rejection(db, 12345, key_of=usual_keys)


def test_plan_rows_aggregate_progress_newest_first(db: Database) -> None:
    a = add_rejection(db, "Alpha", rejected_on=date(2026, 3, 1))
    b = add_rejection(db, "Beta", rejected_on=date(2026, 3, 10))
    for step in steps_of(db, a)[:5]:
        step_service.set_step_done(db, step.id, True)
    with db.write() as session:  # a rejection whose steps were all removed
        for step in steps_of(db, b):
            session.delete(session.merge(step))
    rows = plan_service.plan_rows(db)
    assert [(r.company, r.done, r.total, r.completed) for r in rows] == [
        ("Beta", 0, 0, False),
        ("Alpha", 5, 15, False),
    ]
    assert plan_service.plan_row(db, a) == rows[1]
    assert plan_service.plan_row(db, 999) is None


def test_a_plan_shows_linked_thought_records_and_finished_skills(db: Database) -> None:
    rid = add_rejection(db)
    link_records(db, rid)
    plan = plan_service.load_plan(db, rid)
    assert plan is not None
    assert [(r.thought, r.complete) for r in plan.thought_records] == [
        ("I'll never get hired", True),
        ("They hated me", False),
    ]
    assert [s.title for s in plan.skills_done] == ["System design"]  # not the one in progress
    assert plan_service.load_plan(db, 999) is None
    assert plan_service.rejection_of_step(db, plan.steps[0].id) == rid


def test_recording_and_correcting_a_rejection(db: Database) -> None:
    made = service.add_rejection(
        db, RejectionInput("Paperkite", "Designer", date(2026, 3, 13), "screening", "")
    )
    assert len(steps_of(db, made.id)) == 15
    edit_service.update_rejection(
        db, made.id, RejectionInput("Paperkite Ltd", "Designer", date(2026, 3, 11), "", "Budget")
    )
    changed = rejection(db, made.id)
    assert (changed.company, changed.rejected_on, changed.reason) == (
        "Paperkite Ltd",
        date(2026, 3, 11),
        "Budget",
    )
    assert len(steps_of(db, made.id)) == 15  # the plan is kept
