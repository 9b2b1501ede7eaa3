"""SQLModel tables: the one schema every pane reads and writes.

The tables are created by the versioned migrations in ``store/migrations``, not
by ``SQLModel.metadata.create_all``; a test compares the two so they never drift.
Enumerations are stored as their plain string values; dates as ISO text;
times as naive local time (the person's own clock, like the dates they type).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import NaiveDatetime
from sqlmodel import Field, SQLModel

from bounceback_tui import clock


def _now() -> datetime:
    return clock.now()


def new_uid() -> str:
    """A calendar UID: random, stored with the row, never derived from its id (SQLite's
    column default makes one too, for rows that come in by other ways)."""
    return str(uuid.uuid4())


# Integer ids are AUTOINCREMENT: a deleted row's id is never given to another one.
_NEVER_REUSED = {"sqlite_autoincrement": True}

# Every record a person edits has a ``version``: SQLite's triggers (migration v002) bump
# it on every write to the row or to one of its children, and every save from the app
# names the version it read (services: compare-and-set, ``store/cas.py``).


class Application(SQLModel, table=True):
    __tablename__ = "application"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    company: str
    role: str
    stage: str = Field(default="applied", index=True)
    link: str = ""
    location: str = ""
    work_mode: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str = ""
    salary_period: str | None = None
    source: str | None = None
    excitement: int | None = None
    notes: str = ""
    description: str = ""
    employment_type: str = ""
    date_applied: date | None = Field(default=None, index=True)
    next_follow_up: date | None = Field(default=None, index=True)
    # The day the person said "not ghosted yet"; the suggestion waits before asking again.
    ghost_dismissed_on: date | None = None
    created_at: NaiveDatetime = Field(default_factory=_now)
    updated_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1
    # Optional facts the "What's working" view compares (schema v3).
    company_size: str | None = None  # a band of domain.insights.CompanySize
    posted_on: date | None = None  # the posting's own date
    cover_letter: bool | None = None  # None: not said
    tailored_resume: bool | None = None
    uid: str = Field(default_factory=new_uid)


class StageChange(SQLModel, table=True):
    """Every move between stages, kept forever: the application's timeline."""

    __tablename__ = "stage_change"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE")
    from_stage: str | None = None
    to_stage: str
    changed_on: date
    created_at: NaiveDatetime = Field(default_factory=_now)


class Rejection(SQLModel, table=True):
    """A no, with or without an application in the Pipeline behind it."""

    __tablename__ = "rejection"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int | None = Field(
        default=None, foreign_key="application.id", ondelete="SET NULL", index=True
    )
    company: str
    role: str
    rejected_on: date = Field(index=True)
    stage_reached: str = ""
    reason: str = ""
    plan_completed_at: NaiveDatetime | None = None
    created_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1


class RecoveryTemplateStep(SQLModel, table=True):
    """The person's edited plan template; empty means "use the built-in one"."""

    __tablename__ = "recovery_template_step"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    key: str
    group_key: str
    title: str
    detail: str = ""
    kind: str = "check"
    link: str | None = None
    offset_days: int = 0
    position: int = 0
    optional: bool = False
    retired: bool = False
    version: int = 1


class RecoveryStep(SQLModel, table=True):
    """One step of one rejection's plan; a copy, so editing the template never rewrites it."""

    __tablename__ = "recovery_step"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    rejection_id: int = Field(foreign_key="rejection.id", ondelete="CASCADE")
    template_key: str | None = None  # None for a custom step
    group_key: str
    title: str
    detail: str = ""
    kind: str = "check"
    link: str | None = None
    offset_days: int = 0
    position: int = 0
    done_at: NaiveDatetime | None = None
    answer: str = ""
    answer_draft: str | None = None
    asked_on: date | None = None
    asked_via: str = ""
    nothing_came_back: bool = False
    updated_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1
    uid: str = Field(default_factory=new_uid)


class ThoughtRecord(SQLModel, table=True):
    """A CBT thought record; a draft until the person reaches the summary."""

    __tablename__ = "thought_record"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    rejection_id: int | None = Field(
        default=None, foreign_key="rejection.id", ondelete="SET NULL", index=True
    )
    situation: str = ""
    thought: str = ""
    evidence_for: str = ""
    evidence_against: str = ""
    balanced_thought: str = ""
    status: str = "draft"  # draft | complete
    current_step: int = 0
    created_at: NaiveDatetime = Field(default_factory=_now, index=True)
    updated_at: NaiveDatetime = Field(default_factory=_now)
    completed_at: NaiveDatetime | None = None
    version: int = 1
    # How much the person believed the thought (0-100), at the start and at the end (v3).
    belief_before: int | None = None
    belief_after: int | None = None


class ThoughtFeeling(SQLModel, table=True):
    __tablename__ = "thought_feeling"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = Field(foreign_key="thought_record.id", ondelete="CASCADE")
    name: str
    intensity_before: int
    intensity_after: int | None = None
    position: int = 0


class ThoughtTrap(SQLModel, table=True):
    """A thinking trap the person chose for a record (keys from reframe.catalogue)."""

    __tablename__ = "thought_trap"

    record_id: int = Field(foreign_key="thought_record.id", ondelete="CASCADE", primary_key=True)
    trap_key: str = Field(primary_key=True)


class Skill(SQLModel, table=True):
    __tablename__ = "skill"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: str = "technical"
    why: str = ""
    source_kind: str = "manual"  # manual | rejection | feedback | reflection
    rejection_id: int | None = Field(
        default=None, foreign_key="rejection.id", ondelete="SET NULL", index=True
    )
    recovery_step_id: int | None = Field(
        default=None, foreign_key="recovery_step.id", ondelete="SET NULL"
    )
    priority: int = 0  # lower comes first
    status: str = Field(default="todo", index=True)
    target_date: date | None = None
    notes: str = ""
    created_at: NaiveDatetime = Field(default_factory=_now)
    started_at: NaiveDatetime | None = None
    finished_at: NaiveDatetime | None = None
    version: int = 1
    uid: str = Field(default_factory=new_uid)


class SkillResource(SQLModel, table=True):
    __tablename__ = "skill_resource"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    skill_id: int = Field(foreign_key="skill.id", ondelete="CASCADE")
    url: str = ""
    note: str = ""
    position: int = 0


class Setting(SQLModel, table=True):
    """Store-level settings as JSON values (weekly goal, ghosting days, theme, ...)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str
    version: int = 1


class CheckIn(SQLModel, table=True):
    """The optional daily check-in: one per day, editable."""

    __tablename__ = "check_in"

    day: date = Field(primary_key=True)
    mood: int
    note: str = ""
    updated_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1


class ActivityDay(SQLModel, table=True):
    """Days with at least one action in the app, for the active-day streak."""

    __tablename__ = "activity_day"

    day: date = Field(primary_key=True)
    actions: int = 0


class FollowedBoard(SQLModel, table=True):
    """A company's public job board (Greenhouse, Lever or Ashby) the person follows."""

    __tablename__ = "followed_board"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    company: str
    provider: str  # greenhouse | lever | ashby
    token: str
    created_at: NaiveDatetime = Field(default_factory=_now)
    last_checked_at: NaiveDatetime | None = None
    last_error: str = ""
    version: int = 1


class InterviewQuestion(SQLModel, table=True):
    """A question from an interview, a better answer in STAR form, and its practice schedule."""

    __tablename__ = "interview_question"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    question: str
    application_id: int | None = Field(
        default=None, foreign_key="application.id", ondelete="SET NULL", index=True
    )
    recovery_step_id: int | None = Field(
        default=None, foreign_key="recovery_step.id", ondelete="SET NULL"
    )
    source_kind: str = "manual"  # manual | reflection | interview_note
    asked_at: str = ""  # where it was asked ("second interview", "phone screen")
    answer_given: str = ""
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    tags: str = ""  # comma-separated, lower case
    confidence: int | None = None  # 1-5
    last_practised_on: date | None = None
    review_step: int | None = None  # index into domain.answers.INTERVALS
    next_review_on: date | None = Field(default=None, index=True)
    created_at: NaiveDatetime = Field(default_factory=_now)
    updated_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1


class InterviewQuestionSkill(SQLModel, table=True):
    """A skill a question exercises."""

    __tablename__ = "interview_question_skill"

    question_id: int = Field(
        foreign_key="interview_question.id", ondelete="CASCADE", primary_key=True
    )
    skill_id: int = Field(foreign_key="skill.id", ondelete="CASCADE", primary_key=True, index=True)


class CopingCard(SQLModel, table=True):
    """A balanced thought kept as a card, shown on a hard day."""

    __tablename__ = "coping_card"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    text: str
    record_id: int | None = Field(
        default=None, foreign_key="thought_record.id", ondelete="SET NULL", index=True
    )
    created_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1


class Contact(SQLModel, table=True):
    """A person the search involves: a recruiter, a hiring manager, a friend."""

    __tablename__ = "contact"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    name: str
    role: str = ""
    kind: str = "other"
    company: str = ""
    email: str = ""
    phone: str = ""
    link: str = ""
    notes: str = ""
    next_follow_up: date | None = Field(default=None, index=True)
    created_at: NaiveDatetime = Field(default_factory=_now)
    updated_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1
    uid: str = Field(default_factory=new_uid)


class ApplicationContact(SQLModel, table=True):
    """A person linked to an application (an agency recruiter is linked to many)."""

    __tablename__ = "application_contact"

    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(
        foreign_key="contact.id", ondelete="CASCADE", primary_key=True, index=True
    )
    created_at: NaiveDatetime = Field(default_factory=_now)


class Interaction(SQLModel, table=True):
    """One line of the log: sent, replied, called, met, feedback asked, ..."""

    __tablename__ = "interaction"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int | None = Field(
        default=None, foreign_key="application.id", ondelete="CASCADE", index=True
    )
    contact_id: int | None = Field(
        default=None, foreign_key="contact.id", ondelete="SET NULL", index=True
    )
    # Who it was, kept when the contact is deleted (the application keeps its history).
    contact_name: str = ""
    kind: str
    happened_on: date
    note: str = ""
    created_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1


class Interview(SQLModel, table=True):
    """A scheduled event: the UTC instant it starts and the zone it was typed in."""

    __tablename__ = "interview"
    __table_args__ = _NEVER_REUSED

    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", ondelete="CASCADE", index=True)
    kind: str
    starts_at: NaiveDatetime = Field(index=True)  # UTC
    zone: str
    length_minutes: int = 60
    place: str = ""
    link: str = ""
    prep_notes: str = ""
    outcome_note: str = ""
    rating: int | None = None
    outcome_at: NaiveDatetime | None = None
    created_at: NaiveDatetime = Field(default_factory=_now)
    updated_at: NaiveDatetime = Field(default_factory=_now)
    version: int = 1
    uid: str = Field(default_factory=new_uid)


class InterviewContact(SQLModel, table=True):
    __tablename__ = "interview_contact"

    interview_id: int = Field(foreign_key="interview.id", ondelete="CASCADE", primary_key=True)
    contact_id: int = Field(
        foreign_key="contact.id", ondelete="CASCADE", primary_key=True, index=True
    )


# -- Today's summary (migration v005): derived rows kept by SQLite's triggers -----------
# Never written by the app: every write to the tables above keeps them right in its own
# transaction. They carry no foreign keys, so an undo or a delete never copies them.


class SummaryDay(SQLModel, table=True):
    """Per day: applications sent, rejections, and those rejections' open and finished plans."""

    __tablename__ = "summary_day"

    day: date = Field(primary_key=True)
    sent: int = 0
    rejections: int = 0
    plans_open: int = 0
    plans_finished: int = 0


class SummaryBounceBack(SQLModel, table=True):
    """A rejection's day and the date of the first application sent after it."""

    __tablename__ = "summary_bounce_back"

    rejection_id: int = Field(primary_key=True)
    rejected_on: date
    next_sent_on: date | None = None


class SummaryOpenPlan(SQLModel, table=True):
    """An unfinished plan: its next step's and next feedback request's suggested days, and
    the day it last moved."""

    __tablename__ = "summary_open_plan"

    rejection_id: int = Field(primary_key=True)
    rejected_on: date
    next_step_on: date | None = None
    next_feedback_on: date | None = None
    moved_on: date | None = None


class SummaryPlanLength(SQLModel, table=True):
    """Finished plans counted by the days each took."""

    __tablename__ = "summary_plan_length"

    days: float = Field(primary_key=True)
    plans: int = 0
