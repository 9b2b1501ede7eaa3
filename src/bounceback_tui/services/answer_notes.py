"""The answer bank's "From a note": the questions a note holds, shown before any is added
(``domain.note_questions``), then the ones the person kept, added in one transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlmodel import col

from bounceback_tui.domain.answers import QuestionSource, question_key, too_long
from bounceback_tui.domain.note_questions import NoteQuestion, note_questions
from bounceback_tui.errors import ValidationError
from bounceback_tui.services.answers import QuestionRow, add_found_questions_in, list_questions
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import InterviewQuestion


def questions_in_note(db: Database, text: str) -> list[NoteQuestion]:
    """The questions of a note, each marked if the bank holds it already or if it reads as a
    question asked of oneself. Nothing is written."""
    with db.read() as session:
        held = {
            question_key(q)
            for q in session.execute(select(col(InterviewQuestion.question))).scalars()
        }
    return note_questions(text, held)


def add_kept(
    db: Database,
    kept: Sequence[str],
    *,
    source_kind: QuestionSource = QuestionSource.INTERVIEW_NOTE,
    asked_at: str = "",
) -> list[QuestionRow]:
    """The questions the person kept, added in one transaction; one the bank has come to hold
    meanwhile (another window) is left out, and one longer than the bank keeps refuses them
    all, never cut. Returns the new ones."""
    if (long_one := too_long(list(kept))) is not None:
        raise ValidationError.single("question", long_one)
    with db.write() as session:
        added = add_found_questions_in(session, kept, source_kind=source_kind, asked_at=asked_at)
    if not added:
        return []
    new = set(added)
    return [row for row in list_questions(db) if row.id in new]
