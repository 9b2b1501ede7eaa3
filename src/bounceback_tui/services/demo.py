"""Realistic sample data: a year of a job search, for trying the app and for benchmarks.

Deterministic for a given seed and "today". Rows are written with bulk inserts
in one transaction so that ``--scale 10000`` takes seconds, not minutes.
"""

from __future__ import annotations

import random
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import delete, func, insert, select
from sqlmodel import Session, SQLModel

from bounceback_tui import clock
from bounceback_tui.domain.recovery import DEFAULT_TEMPLATE, StepKind
from bounceback_tui.domain.stages import PROGRESSION, Stage
from bounceback_tui.services.demo_care import _DemoCare
from bounceback_tui.services.demo_people import _DemoPeople
from bounceback_tui.store.database import Database
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
        "Well prepared for the first call. By the final round I was winging the numbers.",
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
        "Recruiter said: strong candidate, keep an eye on future openings.",
        "The hiring manager wanted someone who had run Kafka in production.",
        "Short reply: they chose an internal candidate. Kind of them to say so.",
    ),
}
# Half-written answers left as drafts in the newest plans.
DRAFTS = (
    "I think the part where I",
    "Honestly, the first interview went",
    "Next time I want to",
)
ASKED_VIA = ("email", "email", "recruiter", "phone", "linkedin")

# (thought, traps chosen, evidence for, evidence against, balanced thought)
THOUGHTS = (
    (
        "I'll never get hired anywhere.",
        ("overgeneralization", "fortune_telling"),
        "Three no's in two weeks.",
        "I reached a final round this month; two companies still have my application.",
        "It's a slow market and it hurts, but I'm getting further each time.",
    ),
    (
        "They must have thought I was a fraud.",
        ("mind_reading", "labeling"),
        "I hesitated on the capacity question.",
        "They said my debugging was 'really solid'. Nobody called me a fraud.",
        "I don't know what they thought. I know one answer was shaky and the rest were fine.",
    ),
    (
        "If I don't get this job my career is over.",
        ("catastrophizing", "all_or_nothing"),
        "I really wanted this team.",
        "I've changed jobs before; careers are long and this is one role.",
        "Losing this one is a real disappointment, not the end of anything.",
    ),
    (
        "I should have been perfect in that interview.",
        ("should_statements", "all_or_nothing"),
        "I stumbled twice.",
        "Nobody is perfect in interviews; interviewers expect some stumbles.",
        "I'd like to be sharper on system design, and I can practise that.",
    ),
    (
        "Everyone else on my course already has a job.",
        ("comparing", "overgeneralization"),
        "Four friends from the course started jobs this spring.",
        "At least half the cohort is still looking; I only hear about the offers.",
        "Some people found work sooner. My timeline is mine.",
    ),
    (
        "I feel useless, so I must be useless.",
        ("emotional_reasoning", "labeling"),
        "I haven't had an offer in three months.",
        "Last week I fixed a bug for a friend's project in an afternoon.",
        "I feel useless today; that's a feeling about a hard stretch, not a fact about me.",
    ),
    (
        "The one question I fumbled ruined everything.",
        ("mental_filter", "catastrophizing"),
        "I froze on the SQL window-function question.",
        "The pairing exercise went well and they laughed at my joke.",
        "One answer went badly; most of the interview went well.",
    ),
    (
        "They only said nice things to be polite.",
        ("disqualifying_positive", "mind_reading"),
        "Recruiters are trained to be friendly.",
        "The feedback named two specific things I did well.",
        "Specific praise is worth taking seriously, even after a no.",
    ),
    (
        "It's my fault the team didn't like me.",
        ("personalization", "mind_reading"),
        "One interviewer seemed cold.",
        "They said the role went to someone with domain experience I don't have.",
        "Fit and timing played a part; I can't control every reaction.",
    ),
    (
        "The recruiter set me up to fail.",
        ("blaming",),
        "She gave me the wrong stack to prepare.",
        "I didn't ask what the technical round would cover.",
        "The brief was unclear, and next time I'll ask what to prepare.",
    ),
    (
        "I always freeze when they ask about salary.",
        ("overgeneralization",),
        "I froze in the last two calls.",
        "In March I gave a range with reasons and it went fine.",
        "Salary talks make me nervous; I've handled them before with a prepared range.",
    ),
    (
        "I'm such a loser for still being unemployed.",
        ("labeling",),
        "It's been five months.",
        "Searches in this field often take six months or more.",
        "I'm someone in a long search, doing the work each week.",
    ),
    (
        "Nobody will want someone with a gap in their CV.",
        ("fortune_telling", "overgeneralization"),
        "One recruiter asked about the gap.",
        "Two interviews this month went ahead despite it.",
        "Some employers will ask about the gap; I have a clear answer ready.",
    ),
)
FEELINGS = ("sad", "anxious", "ashamed", "angry", "discouraged")
# (title, kind, why it matters, resources: (url, note) pairs; an empty url is a note only).
SKILLS = (
    (
        "System design interviews",
        "interviewing",
        "I freeze when the whiteboard is blank.",
        (
            ("https://github.com/donnemartin/system-design-primer", "the primer, one topic a day"),
            ("", "Mock round with Priya every other Thursday"),
        ),
    ),
    (
        "Telling stories about teamwork",
        "soft_skill",
        "Interviewers want to hear how I work with people, not only what I built.",
        (("", "Write three STAR stories: the release dispute, mentoring, the migration"),),
    ),
    (
        "Kubernetes basics",
        "technical",
        "It keeps coming up in platform roles.",
        (("https://kubernetes.io/docs/tutorials/kubernetes-basics/", "official tutorial"),),
    ),
    (
        "Quantify impact on the resume",
        "resume",
        "My bullet points list tasks, not results.",
        (("", "Add one number to every bullet"),),
    ),
    (
        "Negotiating salary",
        "soft_skill",
        "I accepted the first number last time.",
        (("https://www.levels.fyi/", "check ranges before the call"),),
    ),
    (
        "SQL window functions",
        "technical",
        "Two take-homes asked for running totals.",
        (("https://www.sqlite.org/windowfunctions.html", "SQLite docs"),),
    ),
    (
        "Behavioural questions with STAR",
        "interviewing",
        "My answers ramble past the point.",
        (("", "Record myself answering, then cut to two minutes"),),
    ),
    (
        "Public speaking",
        "soft_skill",
        "Panel interviews and demos make me rush.",
        (("https://www.toastmasters.org/", "a local club meets on Tuesdays"),),
    ),
    ("Terraform", "technical", "Listed in most of the SRE postings I want.", ()),
    (
        "Portfolio case study",
        "other",
        "Show one project end to end, with the trade-offs.",
        (("", "Draft outline first; screenshots later"),),
    ),
    (
        "Talking through trade-offs out loud",
        "interviewing",
        "Feedback said they could not follow my reasoning.",
        (),
    ),
    ("Cover letter that fits on one screen", "resume", "Mine read like a second resume.", ()),
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
        applications: int = session.execute(
            select(func.count()).select_from(Application)
        ).scalar_one()
        rejections: int = session.execute(select(func.count()).select_from(Rejection)).scalar_one()
        return applications == 0 and rejections == 0


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
        # SQLite's driver connection under SQLAlchemy (typed as any DB-API connection).
        raw = cast(sqlite3.Connection, session.connection().connection.dbapi_connection)
        # A form opened on the old rows (another window) must never match the new ones.
        marks = read_marks(raw)
        _clear(session)
        for table, rows in builder.tables():
            if rows:
                session.execute(insert(table), rows)
        session.flush()
        move_past(raw, marks)
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
        # (application id, company, contact name, email, created, stage) as applications are made.
        self.named: list[tuple[int, str, str, str, datetime, Stage]] = []
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

    def _application(self, app_id: int, age: int, final: Stage) -> None:
        rng = self.rng
        applied = self.today - timedelta(days=age)
        company = rng.choice(COMPANIES)
        role = rng.choice(ROLES)
        # Date each move; a move that would land after today has not happened yet, so
        # recent applications are still early in their path (no pile-up on today).
        dated: list[tuple[Stage, date]] = []
        day = applied
        for stage in self._path_to(final):
            if dated:
                gap = rng.randint(21, 45) if stage is Stage.GHOSTED else rng.randint(2, 14)
                day = day + timedelta(days=gap)
                if day > self.today:
                    break
            dated.append((stage, day))
        final = dated[-1][0]
        path = [stage for stage, _ in dated]
        previous: str | None = None
        for stage, day in dated:
            self.stage_changes.append(
                {
                    "application_id": app_id,
                    "from_stage": previous,
                    "to_stage": stage.value,
                    "changed_on": day,
                    "created_at": self.at(day),
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
                # Drawn here, in this order, so every seed gives the demo it always gave;
                # taken out below: the person becomes a contact linked to the application.
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
        row = self.applications[-1]
        name, email = row.pop("contact_name"), row.pop("contact_email")
        if name:
            self.named.append((app_id, company, name, email, row["created_at"], final))
        if final is Stage.REJECTED:
            reached = path[-2].value if len(path) > 1 else Stage.APPLIED.value
            self._rejection(app_id, company, role, day, reached)

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
        """A rejection and a plan as a person would have worked it: steps ticked on or
        soon after their suggested day, some skipped, answers written, feedback asked (and
        often not answered), and a draft or two left in the newest plans."""
        rng = self.rng
        rejection_id = len(self.rejections) + 1
        age = (self.today - day).days
        template = [s for s in DEFAULT_TEMPLATE if not s.optional]
        # Some people work a plan to the end, others drift off after the first week.
        diligence = rng.uniform(0.55, 1.0)
        sees_it_through = age > 21 and rng.random() < 0.55
        left_a_draft = age <= 6 and rng.random() < 0.6
        done_days: list[date] = []
        for position, step in enumerate(template):
            due = day + timedelta(days=step.offset_days)
            waited = (self.today - due).days
            if sees_it_through:
                done = True
            elif waited < 0:
                done = False
            else:
                # The longer a step has been due, the likelier it is ticked.
                done = rng.random() < diligence * min(1.0, 0.45 + waited / 10)
            done_day = min(self.today, due + timedelta(days=rng.choice((0, 0, 0, 1, 2))))
            answer, draft, asked_on, asked_via, nothing = "", None, None, "", False
            if done:
                done_days.append(done_day)
                if step.kind is StepKind.REPLY and rng.random() < 0.4:
                    nothing = True  # silence is the most common answer
                elif step.key in ANSWERS:
                    answer = rng.choice(ANSWERS[step.key])
                if step.kind is StepKind.FEEDBACK:
                    asked_on, asked_via = done_day, rng.choice(ASKED_VIA)
            elif left_a_draft and step.kind is StepKind.ANSWER and waited >= -2:
                draft = rng.choice(DRAFTS)
                left_a_draft = False
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
                    "answer_draft": draft,
                    "asked_on": asked_on,
                    "asked_via": asked_via,
                    "nothing_came_back": nothing,
                    "updated_at": self.at(done_day if done else day, 20),
                }
            )
        finished = len(done_days) == len(template)
        self.rejections.append(
            {
                "id": rejection_id,
                "application_id": app_id,
                "company": company,
                "role": role,
                "rejected_on": day,
                "stage_reached": reached,
                "reason": rng.choice(REASONS),
                "plan_completed_at": self.at(max(done_days), 21) if finished else None,
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

    def _skills(self) -> None:
        # Draws from self.rng keep the exact sequence of the first version of this method
        # (status, source, dates, target, resources), so the data built after the skills
        # (check-ins, activity) does not change; every detail added since comes from a
        # generator of its own.
        rng = self.rng
        extra = random.Random(f"skills-{self.scale}-{len(self.rejections)}")
        count = max(4, self.scale // 5)
        # Steps get explicit ids so an item can point at the answer it came from.
        for number, step in enumerate(self.steps, start=1):
            step.setdefault("id", number)
        # Answers that point at something to learn (not "nothing came back", not praise).
        answers: dict[tuple[int, str], list[dict[str, Any]]] = {}
        for step in self.steps:
            key, answer = step["template_key"], step["answer"]
            if key == "feedback.response" and answer and "Nothing" not in answer:
                answers.setdefault((step["rejection_id"], "feedback"), []).append(step)
            elif key in ("reflect.prepared", "reflect.soft_skills", "reflect.redo") and answer:
                answers.setdefault((step["rejection_id"], "reflection"), []).append(step)
        doing = 0
        for skill_id in range(1, count + 1):
            title, kind, why, resources = SKILLS[(skill_id - 1) % len(SKILLS)]
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
            source = "manual"
            rejection_id: int | None = None
            step_id: int | None = None
            if rejection is not None:
                rejection_id = rejection["id"]
                source = extra.choice(("rejection", "feedback", "reflection"))
                steps = answers.get((rejection_id, source))
                if steps:
                    step = extra.choice(steps)
                    step_id = step["id"]
                    lead = "Feedback" if source == "feedback" else "My reflection"
                    why = f"{lead} on {rejection['company']}: “{step['answer']}”"
                else:
                    source = "rejection"
                    why = f"Came up in the {rejection['company']} interview. {why}"
            created = self.today - timedelta(days=rng.randrange(1, 200))
            started = created + timedelta(days=rng.randrange(0, 10)) if status != "todo" else None
            finished = None
            if status == "done" and started:
                finished = started + timedelta(days=rng.randrange(3, 40))
                if finished > self.today:
                    # Keep each item's pace but end it in the past, not all on one day.
                    shift = (finished - self.today) + timedelta(days=extra.randrange(0, 30))
                    created, started, finished = created - shift, started - shift, finished - shift
            elif started and started > self.today:
                started = self.today
            # Some targets are already past: the pane flags them overdue, without blame.
            target = created + timedelta(days=extra.randrange(14, 90))
            self.skills.append(
                {
                    "id": skill_id,
                    "title": title,
                    "kind": kind,
                    "why": why,
                    "source_kind": source,
                    "rejection_id": rejection_id,
                    "recovery_step_id": step_id,
                    "priority": skill_id,
                    "status": status,
                    "target_date": target if rng.random() < 0.5 else None,
                    "notes": extra.choice(("", "", "", "Half an hour before breakfast works.")),
                    "created_at": self.at(created),
                    "started_at": self.at(started) if started else None,
                    "finished_at": self.at(finished) if finished else None,
                }
            )
            # Most items keep the links and notes their title comes with.
            if rng.random() < 0.75:
                for position, (url, note) in enumerate(resources):
                    self.resources.append(
                        {"skill_id": skill_id, "url": url, "note": note, "position": position}
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
