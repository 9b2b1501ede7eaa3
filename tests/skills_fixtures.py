"""A small, hand-made Skills backlog for the skills tests (service, pane and snapshots).

The clock is frozen at Monday 2026-03-16 09:30 (tests/conftest.py). What this store holds,
so expected values in the tests can be worked out by hand:

  rejections
    Bluefin Labs, Backend Engineer, 2026-03-02: reflection "Mostly technical. I never told
      the story about the release dispute."  -> a soft-skill suggestion (no soft item yet)
    Paperkite, Data Analyst, 2026-03-10: reflection "I think the collaboration examples
      landed well."; feedback "They wanted more people leadership."

  skills, in priority order (id: title, kind, status)
    1  System design interviews      interviewing  todo   target 2026-03-01 (15 days late)
                                     resources: https://example.org/system-design primer,
                                     note "Mock round on Thursdays"
    2  SQL window functions          technical     doing  started 2026-03-10 09:00
                                     resource: https://www.sqlite.org/windowfunctions.html
    3  Quantify impact on the resume resume        todo   (typed by hand)
    4  Lead a design review          soft_skill    todo   from Paperkite's feedback answer,
                                     target 2026-04-01
    5  Kubernetes basics             technical     done   finished 2026-03-12 18:00
    6  Negotiating salary            soft_skill    done   finished 2026-02-20 18:00
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import col, select

from bounceback_tui import clock
from bounceback_tui.domain.skills import ResourceInput, SkillInput, SkillKind, SkillStatus
from bounceback_tui.domain.skills import SourceKind as Source
from bounceback_tui.services import skill_moves
from bounceback_tui.services import skills as skill_service
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep

FROZEN_NOW = datetime(2026, 3, 16, 9, 30)
BLUEFIN_REFLECTION = "Mostly technical. I never told the story about the release dispute."
PAPERKITE_REFLECTION = "I think the collaboration examples landed well."
PAPERKITE_FEEDBACK = "They wanted more people leadership."


@dataclass(frozen=True)
class Seeded:
    bluefin: int
    paperkite: int
    bluefin_reflection_step: int
    paperkite_feedback_step: int
    skills: dict[str, int]


def add_rejection(
    db: Database, company: str, role: str, on: date, answers: dict[str, str]
) -> tuple[int, dict[str, int]]:
    """A rejection with its plan; ``answers`` fills steps by template key. Returns the
    rejection id and the step ids by template key."""
    with db.write() as session:
        rejection = insert_rejection(
            session, company=company, role=role, rejected_on=on, stage_reached="interviewing"
        )
        session.flush()
        steps = session.exec(
            select(RecoveryStep).where(col(RecoveryStep.rejection_id) == rejection.id)
        ).all()
        for step in steps:
            if step.template_key in answers:
                step.answer = answers[step.template_key]
                step.done_at = datetime.combine(on, datetime.min.time())
                session.add(step)
        session.flush()
        assert rejection.id is not None
        return rejection.id, {s.template_key or "": s.id or 0 for s in steps}


def _at(moment: datetime, db: Database, skill_id: int, status: SkillStatus) -> None:
    clock.freeze(moment)
    try:
        skill_moves.set_status(db, skill_id, status)
    finally:
        clock.freeze(FROZEN_NOW)


def seed_backlog(db: Database) -> Seeded:
    bluefin, bluefin_steps = add_rejection(
        db,
        "Bluefin Labs",
        "Backend Engineer",
        date(2026, 3, 2),
        {"reflect.soft_skills": BLUEFIN_REFLECTION},
    )
    paperkite, paperkite_steps = add_rejection(
        db,
        "Paperkite",
        "Data Analyst",
        date(2026, 3, 10),
        {"reflect.soft_skills": PAPERKITE_REFLECTION, "feedback.response": PAPERKITE_FEEDBACK},
    )
    add = skill_service.add_skill
    ids = {
        "design": add(
            db,
            SkillInput(
                "System design interviews",
                SkillKind.INTERVIEWING,
                why="I freeze when the whiteboard is blank.",
                target_date=date(2026, 3, 1),
                resources=(
                    ResourceInput("https://example.org/system-design", "primer"),
                    ResourceInput("", "Mock round on Thursdays"),
                ),
            ),
        ),
        "sql": add(
            db,
            SkillInput(
                "SQL window functions",
                SkillKind.TECHNICAL,
                resources=(ResourceInput("https://www.sqlite.org/windowfunctions.html", ""),),
            ),
        ),
        "resume": add(db, SkillInput("Quantify impact on the resume", SkillKind.RESUME)),
        "review": add(
            db,
            SkillInput(
                "Lead a design review",
                SkillKind.SOFT_SKILL,
                why=PAPERKITE_FEEDBACK,
                target_date=date(2026, 4, 1),
            ),
            source_kind=Source.FEEDBACK,
            rejection_id=paperkite,
            recovery_step_id=paperkite_steps["feedback.response"],
        ),
        "kubernetes": add(db, SkillInput("Kubernetes basics", SkillKind.TECHNICAL)),
        "salary": add(db, SkillInput("Negotiating salary", SkillKind.SOFT_SKILL)),
    }
    _at(datetime(2026, 3, 10, 9, 0), db, ids["sql"], SkillStatus.DOING)
    _at(datetime(2026, 3, 12, 18, 0), db, ids["kubernetes"], SkillStatus.DONE)
    _at(datetime(2026, 2, 20, 18, 0), db, ids["salary"], SkillStatus.DONE)
    return Seeded(
        bluefin,
        paperkite,
        bluefin_steps["reflect.soft_skills"],
        paperkite_steps["feedback.response"],
        ids,
    )
