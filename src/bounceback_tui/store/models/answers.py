"""Interview questions with their better answers, and the skills each exercises."""

from __future__ import annotations

from datetime import date

from pydantic import NaiveDatetime
from sqlmodel import Field

from bounceback_tui.store.models.base import NEVER_REUSED, StoredTable, default_now
from bounceback_tui.store.models.stored_types import StoredDay, StoredMoment


class InterviewQuestion(StoredTable, table=True):
    """A question from an interview, a better answer in STAR form, and its practice schedule."""

    __tablename__ = "interview_question"
    __table_args__ = NEVER_REUSED

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
    # Its days and times read leniently (stored_types): None where another program wrote
    # over one with no day, so the question is still listed, practised and deleted.
    last_practised_on: date | None = Field(default=None, sa_type=StoredDay)
    review_step: int | None = None  # index into domain.answers.INTERVALS
    next_review_on: date | None = Field(default=None, index=True, sa_type=StoredDay)
    created_at: NaiveDatetime = Field(default_factory=default_now, sa_type=StoredMoment)
    updated_at: NaiveDatetime = Field(default_factory=default_now, sa_type=StoredMoment)
    version: int = 1


class InterviewQuestionSkill(StoredTable, table=True):
    """A skill a question exercises."""

    __tablename__ = "interview_question_skill"

    question_id: int = Field(
        foreign_key="interview_question.id", ondelete="CASCADE", primary_key=True
    )
    skill_id: int = Field(foreign_key="skill.id", ondelete="CASCADE", primary_key=True, index=True)
