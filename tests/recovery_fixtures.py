"""Helpers for the Recovery tests: rejections with plans in known states (not fixtures)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlmodel import select

from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection, Skill, ThoughtRecord


def add_rejection(
    db: Database,
    company: str = "Acme",
    role: str = "Engineer",
    rejected_on: date = date(2026, 3, 12),
    **extra: object,
) -> int:
    """A no, with its plan: one after an interview unless ``stage_reached`` says otherwise
    (a no whose stage is not given gets the plan for a no on paper, domain/recovery.no_kind)."""
    extra.setdefault("stage_reached", "interviewing")
    with db.write() as session:
        rejection = insert_rejection(
            session, company=company, role=role, rejected_on=rejected_on, **extra
        )
        assert rejection.id is not None
        return rejection.id


def recorded_on_its_day(db: Database, rejection_id: int) -> None:
    """The no as written down on the day it came (its created_at, that evening), not today:
    its feedback request is flagged two days after its day, where one recorded today is not
    flagged before two days after today (domain/step_timing.feedback_flag_on)."""
    with db.write() as session:
        found = session.get(Rejection, rejection_id)
        assert found is not None
        found.created_at = datetime.combine(found.rejected_on, time(18, 0))
        session.add(found)


def steps_of(db: Database, rejection_id: int) -> list[RecoveryStep]:
    with db.read() as session:
        return list(
            session.exec(
                select(RecoveryStep)
                .where(RecoveryStep.rejection_id == rejection_id)
                .order_by(RecoveryStep.position)  # type: ignore[arg-type]
            )
        )


def step_by_key(db: Database, rejection_id: int, key: str) -> RecoveryStep:
    return next(s for s in steps_of(db, rejection_id) if s.template_key == key)


def rejection(db: Database, rejection_id: int) -> Rejection | None:
    with db.read() as session:
        return session.get(Rejection, rejection_id)


def tick_first(db: Database, rejection_id: int, count: int, answer: str = "") -> None:
    """Tick the first ``count`` steps directly (a half-done plan), with an answer on
    the answer steps among them."""
    with db.write() as session:
        steps = session.exec(
            select(RecoveryStep)
            .where(RecoveryStep.rejection_id == rejection_id)
            .order_by(RecoveryStep.position)  # type: ignore[arg-type]
        ).all()
        for step in steps[:count]:
            step.done_at = datetime(2026, 3, 14, 20, 0)
            if answer and step.kind == "answer":
                step.answer = answer


def link_records(db: Database, rejection_id: int) -> None:
    """A finished and a draft thought record, one done and one open skill."""
    with db.write() as session:
        session.add(
            ThoughtRecord(
                rejection_id=rejection_id, thought="I'll never get hired", status="complete"
            )
        )
        session.add(ThoughtRecord(rejection_id=rejection_id, thought="They hated me"))
        session.add(Skill(title="System design", rejection_id=rejection_id, status="done"))
        session.add(Skill(title="Kubernetes", rejection_id=rejection_id, status="doing"))


async def skip_in_pane(pilot: Any, pane: Any, step_id: int) -> None:
    """In a Pilot run on Recovery: select step ``step_id``, press `x` (skip it, or take its
    skip back) and wait for the write and its note (tests/ui_harness.settle)."""
    from tests.ui_harness import settle

    pane.select_step(step_id)
    await settle(pilot)
    await pilot.press("x")
    await settle(pilot, 3)
