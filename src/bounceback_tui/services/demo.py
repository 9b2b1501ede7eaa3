"""Realistic sample data: a year of a job search, for trying the app and for benchmarks.

Deterministic for a given seed and "today". Rows are written with bulk inserts
in one transaction so that ``--scale 10000`` takes seconds, not minutes.

The builder here makes the thought records, the daily check-ins and the followed boards;
its parts make the rest, in this order: demo_applications.py (applications, rejections and
their plans), demo_skills.py (the skills backlog), demo_people.py (people, their log and
interviews). The word lists they draw from are in demo_data.py.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import delete, insert
from sqlmodel import Session, SQLModel

from bounceback_tui import clock
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.demo_applications import DemoApplications
from bounceback_tui.services.demo_care import _DemoCare
from bounceback_tui.services.demo_data import COMPANIES, FEELINGS, ROLES, STAGE_WEIGHTS, THOUGHTS
from bounceback_tui.services.demo_people import _DemoPeople
from bounceback_tui.services.demo_skills import DemoSkills
from bounceback_tui.store.contents import store_holds_data
from bounceback_tui.store.database import Database
from bounceback_tui.store.layout import drop_foreign
from bounceback_tui.store.layout_faults import Fault
from bounceback_tui.store.models import (
    ActivityDay,
    Application,
    ApplicationContact,
    CheckIn,
    Contact,
    CopingCard,
    FollowedBoard,
    Interaction,
    Interview,
    InterviewContact,
    InterviewQuestion,
    InterviewQuestionSkill,
    RecoveryStep,
    Rejection,
    Skill,
    SkillResource,
    StageChange,
    ThoughtFeeling,
    ThoughtRecord,
    ThoughtTrap,
)
from bounceback_tui.store.versions import move_past, read_marks


class StoreNotEmptyError(Exception):
    """The store already holds data and --force was not given."""


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    rejections: int
    recovery_steps: int
    thought_records: int
    skills: int
    removed: tuple[Fault, ...] = ()  # what the app does not make, dropped; its own put back


def store_is_empty(db: Database) -> bool:
    """No table a person fills has a row (store/contents.py: people, skills, thought records
    and check-ins count as much as applications; the settings do not)."""
    return not store_holds_data(db.path)


def fill_demo(
    db: Database, scale: int = 60, *, force: bool = False, seed: int = 7, clean: bool = False
) -> DemoSummary:
    """Fill the store with ``scale`` applications and everything that goes with them;
    ``clean``: first drop, in the same transaction, what the app does not make (another
    program's trigger, table or view: `demo --force`)."""
    if scale < 1 or scale > 200_000:
        raise ValueError("--scale must be between 1 and 200000.")
    if not force and not store_is_empty(db):
        raise StoreNotEmptyError(
            "This store already holds data; use --force to replace it with demo data "
            "(a backup is taken first), or pick another --data-dir."
        )
    builder = _DemoBuilder(random.Random(seed), clock.today(), scale)
    builder.build()
    with db.write(count_activity=False, clearing_foreign=clean) as session:
        # SQLite's driver connection under SQLAlchemy (typed as any DB-API connection).
        raw = cast(sqlite3.Connection, session.connection().connection.dbapi_connection)
        # A form opened on the old rows (another window) must never match the new ones.
        marks = read_marks(raw)
        removed = drop_foreign(raw) if clean else []  # before a row: a trigger fired on each
        _clear(session)
        for table, rows in builder.tables():
            if rows:
                session.execute(insert(table), rows)
        session.flush()
        move_past(raw, marks)
    return replace(builder.summary(), removed=tuple(removed))


def _clear(session: Session) -> None:
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name not in ("setting", "recovery_template_step"):
            session.execute(delete(table))


class _DemoBuilder(DemoApplications, DemoSkills):
    def __init__(self, rng: random.Random, today: date, scale: int) -> None:
        self.rng = rng
        self.today = today
        self.scale = scale
        self.applications: list[dict[str, Any]] = []
        self.jobs: set[tuple[str, str]] = set()  # (company, role) applied to, no two alike
        self.stage_changes: list[dict[str, Any]] = []
        self.rejections: list[dict[str, Any]] = []
        self.steps: list[dict[str, Any]] = []
        self.records: list[dict[str, Any]] = []
        self.feelings: list[dict[str, Any]] = []
        self.traps: list[dict[str, Any]] = []
        self.skills: list[dict[str, Any]] = []
        self.resources: list[dict[str, Any]] = []
        self.check_ins: list[dict[str, Any]] = []
        self.activity: list[dict[str, Any]] = []
        self.boards: list[dict[str, Any]] = []
        # (application id, company, contact name, email, created, stage) as applications are made.
        self.named: list[tuple[int, str, str, str, datetime, Stage, Stage]] = []
        self.contacts: list[dict[str, Any]] = []
        self.links: list[dict[str, Any]] = []
        self.interactions: list[dict[str, Any]] = []
        self.interviews: list[dict[str, Any]] = []
        self.interview_people: list[dict[str, Any]] = []
        # What's working and care (services/demo_care): the answer bank and coping cards.
        self.questions: list[dict[str, Any]] = []
        self.question_skills: list[dict[str, Any]] = []
        self.cards: list[dict[str, Any]] = []

    def tables(self) -> list[tuple[Any, list[dict[str, Any]]]]:
        return [
            (Application, self.applications),
            (StageChange, self.stage_changes),
            (Rejection, self.rejections),
            (RecoveryStep, self.steps),
            (ThoughtRecord, self.records),
            (ThoughtFeeling, self.feelings),
            (ThoughtTrap, self.traps),
            (Skill, self.skills),
            (SkillResource, self.resources),
            (CheckIn, self.check_ins),
            (ActivityDay, self.activity),
            (FollowedBoard, self.boards),
            (Contact, self.contacts),
            (ApplicationContact, self.links),
            (Interaction, self.interactions),
            (Interview, self.interviews),
            (InterviewContact, self.interview_people),
            (InterviewQuestion, self.questions),
            (InterviewQuestionSkill, self.question_skills),
            (CopingCard, self.cards),
        ]

    def summary(self) -> DemoSummary:
        return DemoSummary(
            len(self.applications),
            len(self.rejections),
            len(self.steps),
            len(self.records),
            len(self.skills),
        )

    def at(self, day: date, hour: int = 10) -> datetime:
        return datetime.combine(day, time(hour, self.rng.randrange(60)))

    def build(self) -> None:
        stages = [s for s, _ in STAGE_WEIGHTS]
        weights = [w for _, w in STAGE_WEIGHTS]
        for index in range(self.scale):
            # Spread over the last year, somewhat denser in the last four months
            # (people apply more as a search goes on).
            window = 365 if self.rng.random() < 0.7 else 120
            age = self.rng.randrange(window)
            final = self.rng.choices(stages, weights)[0]
            self._application(index + 1, age, final)
        # A few rejections that never were in the Pipeline (a referral, a phone screen).
        for _ in range(max(1, self.scale // 30)):
            day = self.today - timedelta(days=self.rng.randrange(5, 300))
            self._rejection(None, self.rng.choice(COMPANIES), self.rng.choice(ROLES), day, "")
        self._thought_records()
        self._skills()
        self._daily()
        _DemoPeople(self).build()
        _DemoCare(self).build()

    def _thought_records(self) -> None:
        rng = self.rng
        count = max(2, len(self.rejections) // 3)
        for record_id in range(1, count + 1):
            rejection = rng.choice(self.rejections) if self.rejections else None
            day = rejection["rejected_on"] if rejection else self.today
            day = min(self.today, day + timedelta(days=rng.randint(0, 3)))
            thought, traps, evidence_for, evidence_against, balanced = rng.choice(THOUGHTS)
            is_draft = record_id == count  # the latest one was left half-way, at the traps
            linked = rejection if rejection and rng.random() < 0.7 else None
            self.records.append(
                {
                    "id": record_id,
                    "rejection_id": linked["id"] if linked else None,
                    "situation": (
                        f"Heard back from {rejection['company']} about the "
                        f"{rejection['role']} role: not moving forward."
                    )
                    if rejection
                    else "A quiet week with no replies.",
                    "thought": thought,
                    "evidence_for": "" if is_draft else evidence_for,
                    "evidence_against": "" if is_draft else evidence_against,
                    "balanced_thought": "" if is_draft else balanced,
                    "status": "draft" if is_draft else "complete",
                    "current_step": 3 if is_draft else 8,
                    "created_at": self.at(day, 21),
                    "updated_at": self.at(day, 21),
                    "completed_at": None if is_draft else self.at(day, 22),
                }
            )
            for position, name in enumerate(rng.sample(FEELINGS, rng.randint(1, 3))):
                before = rng.randrange(50, 95, 5)
                self.feelings.append(
                    {
                        "record_id": record_id,
                        "name": name,
                        "intensity_before": before,
                        # Most feelings ease after a record; now and then one does not.
                        "intensity_after": None
                        if is_draft
                        else max(5, min(100, before - rng.choice((-5, 0, 10, 15, 20, 25, 30, 40)))),
                        "position": position,
                    }
                )
            if not is_draft:
                self.traps.extend({"record_id": record_id, "trap_key": key} for key in traps)

    def _daily(self) -> None:
        rng = self.rng
        for back in range(0, 120):
            day = self.today - timedelta(days=back)
            # The last few days unbroken, so the streak shows something.
            if back < 6 or rng.random() < 0.7:
                self.activity.append({"day": day, "actions": rng.randint(1, 12)})
            if back < 60 and (back < 4 or rng.random() < 0.6):
                check_in = {
                    "day": day,
                    "mood": max(1, min(5, 3 + round(rng.gauss(0.3 - back / 120, 1)))),
                    "note": rng.choice(
                        (
                            "",
                            "Slow start, good afternoon.",
                            "Two replies today!",
                            "Tired.",
                            "Mock interview went well.",
                        )
                    ),
                    "updated_at": self.at(day, 8),
                }
                # Today's is left to the person (drawn all the same, so the rest of a seed's
                # demo stays as it was): a low one here would be a low day whose offer
                # (grounding, talking, a reframe: once a day, when it is saved) was never
                # made, and checking in low in the demo would offer nothing.
                if back > 0:
                    self.check_ins.append(check_in)
        for provider, token, company in (
            ("greenhouse", "northwind", "Northwind Analytics"),
            ("lever", "paperkite", "Paperkite"),
            ("ashby", "larkspur", "Larkspur AI"),
        ):
            self.boards.append(
                {
                    "company": company,
                    "provider": provider,
                    "token": token,
                    "created_at": self.at(self.today - timedelta(days=40)),
                    "last_checked_at": None,
                    "last_error": "",
                }
            )
