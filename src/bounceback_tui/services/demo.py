"""Realistic sample data: a year of a job search, for trying the app and for benchmarks.

Deterministic for a given seed and "today". Rows are written with bulk inserts
in one transaction so that ``--scale 10000`` takes seconds, not minutes.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session, SQLModel

from bounceback_tui import clock
from bounceback_tui.domain.recovery import DEFAULT_TEMPLATE, StepKind
from bounceback_tui.domain.stages import PROGRESSION, Stage
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import (
    ActivityDay,
    Application,
    CheckIn,
    FollowedBoard,
    RecoveryStep,
    Rejection,
    Skill,
    SkillResource,
    StageChange,
    ThoughtFeeling,
    ThoughtRecord,
    ThoughtTrap,
)

COMPANIES = (
    "Northwind Analytics",
    "Bluefin Labs",
    "Quarry & Co",
    "Lumen Health",
    "Paperkite",
    "Tessellate",
    "Harbor Freight Tech",
    "Copperline",
    "Kestrel Robotics",
    "Mosaic Learning",
    "Driftwood Games",
    "Orchard Bank",
    "Helix Bio",
    "Stillwater Energy",
    "Brightpath",
    "Cartograph",
    "Fernhill Media",
    "Ironbark Security",
    "Juniper Logistics",
    "Larkspur AI",
    "Meridian Travel",
    "Nimbus Cloud",
    "Oakleaf Insurance",
    "Pinecrest Retail",
    "Quillon",
    "Riverstone Legal",
    "Saltmarsh Studio",
    "Tidewater Foods",
    "Umbra Networks",
    "Vantage Civic",
    "Willow Care",
    "Yarrow Finance",
    "Zephyr Mobility",
    "Alder Works",
    "Basalt Data",
    "Cinder Audio",
    "Delta Lane",
    "Emberly",
    "Foxglove Health",
    "Granite Ledger",
    "Café Numérique",
    "Zürich Systems",
    "Åsa Design",
    "Nørd Labs",
    "Tanaka & Sons",
)
ROLES = (
    "Backend Engineer",
    "Senior Backend Engineer",
    "Data Analyst",
    "Senior Data Analyst",
    "Product Designer",
    "Site Reliability Engineer",
    "Frontend Developer",
    "Full-Stack Developer",
    "Engineering Manager",
    "Technical Writer",
    "QA Engineer",
    "Machine Learning Engineer",
    "Developer Advocate",
    "Platform Engineer",
    "iOS Developer",
    "Data Engineer",
    "Product Manager",
    "Security Engineer",
)
LOCATIONS = (
    "Berlin",
    "Remote (EU)",
    "London",
    "Lisbon",
    "Amsterdam",
    "New York",
    "Toronto",
    "Remote",
    "Dublin",
    "Barcelona",
    "Austin",
    "Munich",
    "Copenhagen",
    "Paris",
)
SOURCES = ("job_board", "job_board", "job_board", "referral", "recruiter", "company_site", "other")
REASONS = (
    "Went with a candidate with more domain experience.",
    "Position filled internally.",
    "Looking for more experience with Kubernetes.",
    "Strong interview, but another finalist was a closer fit.",
    "Role put on hold after a budget review.",
    "",
    "",
    "No reason given.",
)
ANSWERS = {
    "reflect.prepared": (
        "I knew the product well, but I bluffed through the question on capacity planning.",
        "Solid on the take-home; I hadn't read up on their data stack and it showed.",
        "Prepared for the technical rounds, not for the culture conversation.",
    ),
    "reflect.soft_skills": (
        "Mostly technical. I never told the story about mediating the release dispute.",
        "I think the collaboration examples landed well.",
        "I only talked about tools. Next time: one story about mentoring.",
    ),
    "reflect.redo": (
        "'Tell me about a failure': I'd pick a real one, not a humble-brag.",
        "The system design question: start with requirements, not boxes.",
        "Salary expectations: give a range with reasons.",
    ),
    "reflect.went_well": (
        "The pairing exercise. They laughed at my joke about off-by-one errors.",
        "I asked good questions about their on-call.",
        "I stayed calm when the live coding stalled.",
    ),
    "feedback.response": (
        "They said my system design was strong but they wanted more people leadership.",
        "Nothing came back after two weeks; that's fine.",
        "Recruiter said: strong candidate, keep an eye on future openings.",
    ),
}
THOUGHTS = (
    ("I'll never get hired anywhere.", ("overgeneralization", "fortune_telling")),
    ("They must have thought I was a fraud.", ("mind_reading", "labeling")),
    ("If I don't get this job my career is over.", ("catastrophizing", "all_or_nothing")),
    ("I should have been perfect in that interview.", ("should_statements",)),
    ("Everyone else on my course already has a job.", ("comparing",)),
    ("I feel useless, so I must be useless.", ("emotional_reasoning", "labeling")),
    ("The one question I fumbled ruined everything.", ("mental_filter", "catastrophizing")),
    ("They only said nice things to be polite.", ("disqualifying_positive",)),
    ("It's my fault the team didn't like me.", ("personalization",)),
    ("The recruiter set me up to fail.", ("blaming",)),
)
FEELINGS = ("sad", "anxious", "ashamed", "angry", "discouraged")
SKILLS = (
    ("System design interviews", "interviewing"),
    ("Telling stories about teamwork", "soft skill"),
    ("Kubernetes basics", "technical"),
    ("Quantify impact on the resume", "resume"),
    ("Negotiating salary", "soft skill"),
    ("SQL window functions", "technical"),
    ("Behavioural questions with STAR", "interviewing"),
    ("Public speaking", "soft skill"),
    ("Terraform", "technical"),
    ("Portfolio case study", "other"),
)

# Rough shape of a real search: about a third rejected, many never answered.
STAGE_WEIGHTS = (
    (Stage.SAVED, 8),
    (Stage.APPLIED, 18),
    (Stage.SCREENING, 7),
    (Stage.INTERVIEWING, 9),
    (Stage.OFFER, 2),
    (Stage.ACCEPTED, 1),
    (Stage.REJECTED, 34),
    (Stage.WITHDRAWN, 6),
    (Stage.GHOSTED, 15),
)


class StoreNotEmptyError(Exception):
    """The store already holds data and --force was not given."""


@dataclass(frozen=True)
class DemoSummary:
    applications: int
    rejections: int
    recovery_steps: int
    thought_records: int
    skills: int


def store_is_empty(db: Database) -> bool:
    with db.read() as session:
        return session.execute(
            select(func.count()).select_from(Application)
        ).scalar_one() == 0 and (
            session.execute(select(func.count()).select_from(Rejection)).scalar_one() == 0
        )


def fill_demo(db: Database, scale: int = 60, *, force: bool = False, seed: int = 7) -> DemoSummary:
    """Fill the store with ``scale`` applications and everything that goes with them."""
    if scale < 1 or scale > 200_000:
        raise ValueError("--scale must be between 1 and 200000.")
    if not force and not store_is_empty(db):
        raise StoreNotEmptyError(
            "This store already holds data; use --force to replace it with demo data "
            "(a backup is taken first), or pick another --data-dir."
        )
    builder = _DemoBuilder(random.Random(seed), clock.today(), scale)
    builder.build()
    with db.write(count_activity=False) as session:
        _clear(session)
        for table, rows in builder.tables():
            if rows:
                session.execute(insert(table), rows)
    return builder.summary()


def _clear(session: Session) -> None:
    for table in reversed(SQLModel.metadata.sorted_tables):
        if table.name not in ("setting", "recovery_template_step"):
            session.execute(delete(table))


class _DemoBuilder:
    def __init__(self, rng: random.Random, today: date, scale: int) -> None:
        self.rng = rng
        self.today = today
        self.scale = scale
        self.applications: list[dict[str, Any]] = []
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
            # Spread over the last year, denser recently (people apply more as a search goes on).
            age = int(365 * self.rng.random() ** 1.6)
            final = self.rng.choices(stages, weights)[0]
            self._application(index + 1, age, final)
        # A few rejections that never were in the Pipeline (a referral, a phone screen).
        for _ in range(max(1, self.scale // 30)):
            day = self.today - timedelta(days=self.rng.randrange(5, 300))
            self._rejection(None, self.rng.choice(COMPANIES), self.rng.choice(ROLES), day, "")
        self._thought_records()
        self._skills()
        self._daily()

    def _application(self, app_id: int, age: int, final: Stage) -> None:
        rng = self.rng
        applied = self.today - timedelta(days=age)
        company = rng.choice(COMPANIES)
        role = rng.choice(ROLES)
        path, gaps, minutes = self._timed_path(final, age)
        day = applied
        previous: str | None = None
        for stage, gap, minute in zip(path, [0, *gaps], minutes, strict=True):
            day += timedelta(days=gap)
            self.stage_changes.append(
                {
                    "application_id": app_id,
                    "from_stage": previous,
                    "to_stage": stage.value,
                    "changed_on": day,
                    "created_at": datetime.combine(day, time(10, minute)),
                }
            )
            previous = stage.value
        salary_low = rng.randrange(45, 140) * 1000
        in_play = final in (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)
        follow_up = (
            self.today + timedelta(days=rng.randint(-4, 10))
            if in_play and rng.random() < 0.6
            else None
        )
        domain = "".join(ch for ch in company.split()[0].lower() if ch.isascii() and ch.isalnum())
        # The fields added for the Pipeline draw from their own generator, so the main one
        # (and with it every stage, date and plan of a given seed) stays as it was.
        extra = random.Random(app_id * 7919 + self.today.toordinal())
        # Some long waits in Applied were already looked at ("not ghosted yet").
        dismissed = None
        if final is Stage.APPLIED and age > 30 and extra.random() < 0.25:
            dismissed = self.today - timedelta(days=extra.randint(3, 15))
        self.applications.append(
            {
                "id": app_id,
                "company": company,
                "role": role,
                "stage": final.value,
                "link": f"https://jobs.example.com/{domain or 'jobs'}/{app_id}",
                "location": rng.choice(LOCATIONS),
                "work_mode": rng.choice(("onsite", "hybrid", "remote", None)),
                "salary_min": float(salary_low) if rng.random() < 0.7 else None,
                "salary_max": float(salary_low + rng.randrange(5, 40) * 1000)
                if rng.random() < 0.7
                else None,
                "salary_currency": rng.choice(("EUR", "GBP", "USD")),
                "salary_period": "year",
                "source": rng.choice(SOURCES),
                "excitement": rng.randint(1, 5),
                "contact_name": (
                    contact := rng.choice(("", "", "Sam Rivera", "Priya Natarajan", "Jonas Weber"))
                ),
                "contact_email": f"{contact.split()[0].lower()}@{domain or 'example'}.example"
                if contact and extra.random() < 0.7
                else "",
                "notes": rng.choice(
                    (
                        "",
                        "",
                        "Referred by a former colleague.",
                        "Great mission; small team.",
                        "Asked about on-call in the screen.",
                        "Take-home due Friday.",
                    )
                ),
                "description": "",
                "employment_type": "FULL_TIME",
                "date_applied": applied if final is not Stage.SAVED else None,
                "next_follow_up": follow_up,
                "ghost_dismissed_on": dismissed,
                "created_at": self.at(applied, 9),
                "updated_at": self.at(day, 17),
            }
        )
        if final is Stage.REJECTED:
            reached = path[-2].value if len(path) > 1 else Stage.APPLIED.value
            self._rejection(app_id, company, role, day, reached)

    def _timed_path(self, final: Stage, age: int) -> tuple[list[Stage], list[int], list[int]]:
        """The stages an application went through, the days between them (all by today),
        and the minute of each entry's time.

        A young application's steps are squeezed into the days it has had (rather than
        all piling up on today), so "days in this stage" reads like a real search. The
        draws come in the same order as before, so a seed still gives the same data."""
        path = self._path_to(final)
        gaps: list[int] = []
        minutes: list[int] = []
        for index in range(len(path)):
            if index:
                gaps.append(self.rng.randint(2, 14))
            minutes.append(self.rng.randrange(60))  # what self.at() would draw
        total = sum(gaps)
        if total > age:
            gaps = [gap * age // total for gap in gaps]
        return path, gaps, minutes

    def _path_to(self, final: Stage) -> list[Stage]:
        if final is Stage.SAVED:
            return [Stage.SAVED]
        if final in PROGRESSION:
            return list(PROGRESSION[1 : PROGRESSION.index(final) + 1])
        reached = self.rng.choice(
            (Stage.APPLIED, Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING)
        )
        if final is Stage.GHOSTED:
            reached = Stage.APPLIED
        return [*PROGRESSION[1 : PROGRESSION.index(reached) + 1], final]

    def _rejection(
        self, app_id: int | None, company: str, role: str, day: date, reached: str
    ) -> None:
        rng = self.rng
        rejection_id = len(self.rejections) + 1
        age = (self.today - day).days
        template = [s for s in DEFAULT_TEMPLATE if not s.optional]
        # Older plans are further along; the newest ones are just starting.
        progress = min(1.0, age / 21) * rng.uniform(0.6, 1.0)
        done_count = round(progress * len(template))
        finished = done_count == len(template)
        for position, step in enumerate(template):
            done = position < done_count
            answer = ""
            if done and step.key in ANSWERS:
                answer = rng.choice(ANSWERS[step.key])
            done_day = min(self.today, day + timedelta(days=step.offset_days))
            self.steps.append(
                {
                    "rejection_id": rejection_id,
                    "template_key": step.key,
                    "group_key": step.group,
                    "title": step.title,
                    "detail": step.detail,
                    "kind": step.kind.value,
                    "link": step.link.value if step.link else None,
                    "offset_days": step.offset_days,
                    "position": position,
                    "done_at": self.at(done_day, 20) if done else None,
                    "answer": answer,
                    "answer_draft": None,
                    "asked_on": done_day if done and step.kind is StepKind.FEEDBACK else None,
                    "asked_via": "email" if done and step.kind is StepKind.FEEDBACK else "",
                    "nothing_came_back": False,
                    "updated_at": self.at(done_day, 20),
                }
            )
        self.rejections.append(
            {
                "id": rejection_id,
                "application_id": app_id,
                "company": company,
                "role": role,
                "rejected_on": day,
                "stage_reached": reached,
                "reason": rng.choice(REASONS),
                "plan_completed_at": self.at(day + timedelta(days=age), 21)
                if finished and age > 0
                else None,
                "created_at": self.at(day, 18),
            }
        )

    def _thought_records(self) -> None:
        rng = self.rng
        count = max(2, len(self.rejections) // 3)
        for record_id in range(1, count + 1):
            rejection = rng.choice(self.rejections) if self.rejections else None
            day = rejection["rejected_on"] if rejection else self.today
            day = min(self.today, day + timedelta(days=rng.randint(0, 3)))
            thought, traps = rng.choice(THOUGHTS)
            is_draft = record_id == count  # the latest one was left half-way
            self.records.append(
                {
                    "id": record_id,
                    "rejection_id": rejection["id"] if rejection and rng.random() < 0.7 else None,
                    "situation": f"Heard back from {rejection['company']}: not moving forward."
                    if rejection
                    else "A quiet week with no replies.",
                    "thought": thought,
                    "evidence_for": "" if is_draft else "I didn't get the last two roles.",
                    "evidence_against": ""
                    if is_draft
                    else "I reached the final round twice this month; people do call back.",
                    "balanced_thought": ""
                    if is_draft
                    else "This search is slow and it hurts, but I'm getting closer each round.",
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
                        "intensity_after": None
                        if is_draft
                        else max(5, before - rng.randrange(10, 50, 5)),
                        "position": position,
                    }
                )
            if not is_draft:
                self.traps.extend({"record_id": record_id, "trap_key": key} for key in traps)

    def _skills(self) -> None:
        rng = self.rng
        count = max(4, self.scale // 5)
        doing = 0
        for skill_id in range(1, count + 1):
            title, kind = SKILLS[(skill_id - 1) % len(SKILLS)]
            if skill_id > len(SKILLS):
                title = f"{title} ({skill_id // len(SKILLS) + 1})"
            status = rng.choices(("todo", "doing", "done"), (5, 2, 4))[0]
            if status == "doing":
                # Stay within the default doing limit, as a person following the app would.
                doing += 1
                if doing > 3:
                    status = "todo"
            rejection = (
                rng.choice(self.rejections) if self.rejections and rng.random() < 0.5 else None
            )
            created = self.today - timedelta(days=rng.randrange(1, 200))
            started = created + timedelta(days=rng.randrange(0, 10)) if status != "todo" else None
            finished = (
                min(self.today, started + timedelta(days=rng.randrange(3, 40)))
                if status == "done" and started
                else None
            )
            self.skills.append(
                {
                    "id": skill_id,
                    "title": title,
                    "kind": kind,
                    "why": "Came up in feedback." if rejection else "I want to be stronger here.",
                    "source_kind": "rejection" if rejection else "manual",
                    "rejection_id": rejection["id"] if rejection else None,
                    "recovery_step_id": None,
                    "priority": skill_id,
                    "status": status,
                    "target_date": created + timedelta(days=30) if rng.random() < 0.5 else None,
                    "notes": "",
                    "created_at": self.at(created),
                    "started_at": self.at(started) if started else None,
                    "finished_at": self.at(finished) if finished else None,
                }
            )
            if rng.random() < 0.4:
                self.resources.append(
                    {
                        "skill_id": skill_id,
                        "url": "https://example.org/learn/" + title.split()[0].lower(),
                        "note": "A free course",
                        "position": 0,
                    }
                )

    def _daily(self) -> None:
        rng = self.rng
        for back in range(0, 120):
            day = self.today - timedelta(days=back)
            # The last few days unbroken, so the streak shows something.
            if back < 6 or rng.random() < 0.7:
                self.activity.append({"day": day, "actions": rng.randint(1, 12)})
            if back < 60 and (back < 4 or rng.random() < 0.6):
                self.check_ins.append(
                    {
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
                )
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
