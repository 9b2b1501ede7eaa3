"""Soft-skill suggestions: a recent reflection that says only technical skills came across
becomes an offer of a soft-skill item, until the person takes it or says "not for this one".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlmodel import Session

from bounceback_tui.domain.skills import SkillInput, SkillKind, SourceKind
from bounceback_tui.domain.soft_skill_cues import SOFT_SKILLS_STEP_KEY, leaned_on_technical_only
from bounceback_tui.services.added import Added, receipt
from bounceback_tui.services.settings import get_setting, set_setting
from bounceback_tui.services.skills import insert_skill
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryStep, Rejection, Skill
from bounceback_tui.store.table_reads import columns, table_of

# Suggestions older than this are stale: the person has moved on from that interview.
SUGGESTION_WINDOW_DAYS = 60
SUGGESTED_TITLE = "Tell one teamwork story in every interview"

# --- Soft-skill suggestions -----------------------------------------------------------------


@dataclass(frozen=True)
class SoftSkillSuggestion:
    rejection_id: int
    recovery_step_id: int
    company: str
    role: str
    rejected_on: date
    answer: str


def _dismissed(session: Session) -> set[int]:
    raw = get_setting(session, "skills_dismissed_suggestions")
    if not isinstance(raw, list):
        return set()
    return {int(x) for x in raw if isinstance(x, int) and not isinstance(x, bool)}


def soft_skill_suggestions(db: Database, today: date) -> list[SoftSkillSuggestion]:
    """Recent rejections whose reflection says only technical skills came across, and
    that have no soft-skill item yet and were not dismissed. Newest first."""
    since = today - timedelta(days=SUGGESTION_WINDOW_DAYS)
    # Over the tables (store/table_reads): the suggestions configure no mapper.
    skills, rejections, steps = columns(Skill), columns(Rejection), columns(RecoveryStep)
    has_item = (
        select(skills.id)
        .where(
            skills.rejection_id == rejections.id,
            skills.kind == SkillKind.SOFT_SKILL.value,
        )
        .exists()
    )
    query = (
        select(
            steps.rejection_id,
            steps.id,
            rejections.company,
            rejections.role,
            rejections.rejected_on,
            steps.answer,
        )
        .join(table_of(Rejection), rejections.id == steps.rejection_id)
        .where(
            steps.template_key == SOFT_SKILLS_STEP_KEY,
            steps.answer != "",
            rejections.rejected_on >= since,
            ~has_item,
        )
        .order_by(rejections.rejected_on.desc(), rejections.id.desc())
    )
    with db.read() as session:
        dismissed = _dismissed(session)
        rows = session.execute(query).all()
    return [
        SoftSkillSuggestion(*row)
        for row in rows
        if row[0] not in dismissed and leaned_on_technical_only(row[5])
    ]


def accept_suggestion(db: Database, suggestion: SoftSkillSuggestion) -> int:
    """Create the suggested soft-skill item, linked to its reflection; return its id."""
    return accept_suggestion_undoable(db, suggestion).row_id


def _named(company: str, role: str) -> str:
    """The application in the words kept with the item, "Company (Role)", whole (kept, not
    shown in a sentence: ``domain.text.app_name`` would cut each part for good); the
    company alone without a role ("Acme ()" was kept)."""
    return f"{company} ({role})" if role.strip() else company


def accept_suggestion_undoable(db: Database, suggestion: SoftSkillSuggestion) -> Added:
    """``accept_suggestion``, returning what `u` needs to take it back (services/added.py):
    then the suggestion is offered again."""
    quote = " ".join(suggestion.answer.split())
    if len(quote) > 400:
        quote = quote[:399] + "…"
    data = SkillInput(
        title=SUGGESTED_TITLE,
        kind=SkillKind.SOFT_SKILL,
        why=f"My reflection on {_named(suggestion.company, suggestion.role)}: “{quote}”",
    )
    with db.write() as session:
        skill_id = insert_skill(
            session,
            data,
            SourceKind.REFLECTION,
            suggestion.rejection_id,
            suggestion.recovery_step_id,
        )
        return receipt(session, "skill", skill_id, "“{name}”", data.title)


def dismiss_suggestion(db: Database, rejection_id: int) -> None:
    """Remember "not for this one" (a setting holding the dismissed rejection ids)."""
    with db.write(count_activity=False) as session:
        dismissed = _dismissed(session) | {rejection_id}
        set_setting(session, "skills_dismissed_suggestions", sorted(dismissed))
