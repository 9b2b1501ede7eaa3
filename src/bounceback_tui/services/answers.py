"""The interview answer bank: questions, better answers, linked skills, and practice rounds.

Every change is one ``db.write()`` transaction that names the version it read
(compare-and-set, ``store/cas.checked``). Reads return plain frozen dataclasses.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlmodel import Session, col

from bounceback_tui import clock
from bounceback_tui.domain.answers import (
    PracticeItem,
    QuestionInput,
    QuestionSource,
    practice_order,
    question_key,
    questions_from_note,
    review,
    where_asked,
)
from bounceback_tui.domain.wording import changed_elsewhere, gone_elsewhere
from bounceback_tui.errors import NotFoundError, ValidationError
from bounceback_tui.services.bring_back import BroughtBack, bring_back
from bounceback_tui.store.cas import checked, refresh_version, row_of
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import (
    Application,
    InterviewQuestion,
    InterviewQuestionSkill,
    RecoveryStep,
    Skill,
)
from bounceback_tui.store.table_reads import readable_row
from bounceback_tui.store.undo import DeletedRows, delete_with_undo

_GONE = gone_elsewhere("That question")


@dataclass(frozen=True)
class QuestionRow:
    id: int
    question: str
    asked_at: str
    answer_given: str
    situation: str
    task: str
    action: str
    result: str
    tags: tuple[str, ...]
    confidence: int | None
    last_practised_on: date | None
    next_review_on: date | None
    review_step: int | None
    source_kind: str
    application_id: int | None
    company: str
    role: str
    skills: tuple[tuple[int, str], ...]
    version: int

    @property
    def has_star(self) -> bool:
        return any((self.situation, self.task, self.action, self.result))

    def is_due(self, today: date) -> bool:
        return self.next_review_on is None or self.next_review_on <= today

    @property
    def where(self) -> str:
        """Where it was asked, with its application's company (``where_asked``)."""
        return where_asked(self.asked_at, self.company)


def _checked(session: Session, question_id: int, expected: int | None) -> InterviewQuestion:
    return checked(
        session,
        InterviewQuestion,
        question_id,
        expected,
        get=readable_row,  # a day written over elsewhere: read as none
        gone=_GONE,
        changed=changed_elsewhere("That question"),
    )


def _rows(session: Session, ids: Iterable[int] | None = None) -> list[QuestionRow]:
    query = select(InterviewQuestion, col(Application.company), col(Application.role)).join(
        Application, col(Application.id) == col(InterviewQuestion.application_id), isouter=True
    )
    if ids is not None:
        query = query.where(col(InterviewQuestion.id).in_(list(ids)))
    query = query.order_by(col(InterviewQuestion.id))
    found = session.execute(query).all()
    links: dict[int, list[tuple[int, str]]] = {}
    for question_id, skill_id, title in session.execute(
        select(col(InterviewQuestionSkill.question_id), col(Skill.id), col(Skill.title))
        .join(Skill, col(Skill.id) == col(InterviewQuestionSkill.skill_id))
        .order_by(col(Skill.title))
    ).all():
        links.setdefault(question_id, []).append((skill_id, title))
    return [
        _question_row(question, company or "", role or "", tuple(links.get(question.id or 0, [])))
        for question, company, role in found
    ]


def _question_row(
    question: InterviewQuestion, company: str, role: str, skills: tuple[tuple[int, str], ...]
) -> QuestionRow:
    assert question.id is not None
    return QuestionRow(
        id=question.id,
        question=question.question,
        asked_at=question.asked_at,
        answer_given=question.answer_given,
        situation=question.situation,
        task=question.task,
        action=question.action,
        result=question.result,
        tags=tuple(t for t in question.tags.split(",") if t),
        confidence=question.confidence,
        last_practised_on=question.last_practised_on,
        next_review_on=question.next_review_on,
        review_step=question.review_step,
        source_kind=question.source_kind,
        application_id=question.application_id,
        company=company,
        role=role,
        skills=skills,
        version=question.version,
    )


def question_of(columns: Mapping[str, object]) -> QuestionRow:
    """A question as a conflict found it (``ConflictError.current``: its columns), for the
    question form's values: what the form would show of it now. The application's company
    and role and the linked skills are not the form's: left empty."""
    return _question_row(row_of(InterviewQuestion, columns), "", "", ())


def list_questions(db: Database) -> list[QuestionRow]:
    with db.read() as session:
        return _rows(session)


def get_question(db: Database, question_id: int) -> QuestionRow:
    with db.read() as session:
        found = _rows(session, [question_id])
    if not found:
        raise NotFoundError(_GONE)
    return found[0]


def practice_queue(db: Database, today: date) -> list[QuestionRow]:
    """Every question in practice order: due first, weakest and least recently practised
    first (``domain.answers.practice_order``)."""
    rows = {row.id: row for row in list_questions(db)}
    items = [
        PracticeItem(r.id, r.confidence, r.last_practised_on, r.next_review_on)
        for r in rows.values()
    ]
    return [rows[item.id] for item in practice_order(items, today)]


def _apply(question: InterviewQuestion, data: QuestionInput) -> None:
    question.question = data.question
    question.asked_at = data.asked_at
    question.answer_given = data.answer_given
    question.situation = data.situation
    question.task = data.task
    question.action = data.action
    question.result = data.result
    question.tags = ",".join(data.tags)
    question.confidence = data.confidence
    question.updated_at = clock.now()


def _check_application(session: Session, application_id: int | None) -> None:
    if application_id is not None and session.get(Application, application_id) is None:
        raise NotFoundError(gone_elsewhere("That application"))


def _set_skills(session: Session, question_id: int, skill_ids: Sequence[int]) -> None:
    wanted = list(dict.fromkeys(skill_ids))
    present = set(
        session.execute(select(col(Skill.id)).where(col(Skill.id).in_(wanted))).scalars().all()
    )
    missing = [s for s in wanted if s not in present]
    if missing:
        raise ValidationError.single("skills", "A linked skill is no longer there.")
    current = set(
        session.execute(
            select(col(InterviewQuestionSkill.skill_id)).where(
                col(InterviewQuestionSkill.question_id) == question_id
            )
        )
        .scalars()
        .all()
    )
    if current - set(wanted):
        session.execute(
            delete(InterviewQuestionSkill).where(
                col(InterviewQuestionSkill.question_id) == question_id,
                col(InterviewQuestionSkill.skill_id).in_(current - set(wanted)),
            )
        )
    for skill_id in wanted:
        if skill_id not in current:
            session.add(InterviewQuestionSkill(question_id=question_id, skill_id=skill_id))


def add_question(
    db: Database,
    data: QuestionInput,
    *,
    application_id: int | None = None,
    skill_ids: Sequence[int] = (),
    source_kind: QuestionSource = QuestionSource.MANUAL,
    recovery_step_id: int | None = None,
) -> QuestionRow:
    with db.write() as session:
        _check_application(session, application_id)
        question = InterviewQuestion(
            question=data.question,
            application_id=application_id,
            source_kind=source_kind.value,
            recovery_step_id=recovery_step_id,
        )
        _apply(question, data)
        session.add(question)
        session.flush()
        assert question.id is not None
        _set_skills(session, question.id, skill_ids)
        session.flush()
        new_id = question.id
    return get_question(db, new_id)


def update_question(
    db: Database,
    question_id: int,
    data: QuestionInput,
    *,
    skill_ids: Sequence[int] | None = None,
    expected_version: int | None = None,
) -> QuestionRow:
    with db.write() as session:
        question = _checked(session, question_id, expected_version)
        _apply(question, data)
        if skill_ids is not None:
            _set_skills(session, question_id, skill_ids)
        refresh_version(session, question)
    return get_question(db, question_id)


def record_round(
    db: Database, question_id: int, rating: int, *, expected_version: int | None = None
) -> QuestionRow:
    """A practice round rated 1-5: confidence, last practised and the next review move on."""
    today = clock.today()
    with db.write() as session:
        question = _checked(session, question_id, expected_version)
        outcome = review(rating, today, question.review_step)
        question.confidence = outcome.confidence
        question.review_step = outcome.step
        question.next_review_on = outcome.next_review_on
        question.last_practised_on = today
        question.updated_at = clock.now()
    return get_question(db, question_id)


def delete_question(
    db: Database, question_id: int, *, expected_version: int | None = None
) -> DeletedRows:
    with db.write() as session:
        session.expunge(_checked(session, question_id, expected_version))
        return delete_with_undo(session, "interview_question", question_id)


def restore_question(db: Database, deleted: DeletedRows) -> BroughtBack:
    return bring_back(db, deleted)


def add_questions_in(
    session: Session,
    text: str,
    *,
    source_kind: QuestionSource,
    application_id: int | None = None,
    recovery_step_id: int | None = None,
    asked_at: str = "",
) -> list[int]:
    """Inside the caller's transaction: every question written in ``text`` (a sentence
    ending with "?") that is not in the bank yet becomes an entry. Returns the new ids."""
    return add_found_questions_in(
        session,
        questions_from_note(text),
        source_kind=source_kind,
        application_id=application_id,
        recovery_step_id=recovery_step_id,
        asked_at=asked_at,
    )


def add_found_questions_in(
    session: Session,
    found: Sequence[str],
    *,
    source_kind: QuestionSource,
    application_id: int | None = None,
    recovery_step_id: int | None = None,
    asked_at: str = "",
) -> list[int]:
    """Inside the caller's transaction: each of ``found`` that is not in the bank yet
    (compared by ``question_key``: case, quotes and the "?" aside) becomes an entry.
    Returns the new ids."""
    if not found:
        return []
    known = {
        question_key(q) for q in session.execute(select(col(InterviewQuestion.question))).scalars()
    }
    added: list[int] = []
    for text_of_question in found:
        if question_key(text_of_question) in known:
            continue
        known.add(question_key(text_of_question))
        question = InterviewQuestion(
            question=text_of_question,
            application_id=application_id,
            recovery_step_id=recovery_step_id,
            source_kind=source_kind.value,
            asked_at=asked_at[:300],
        )
        session.add(question)
        session.flush()
        assert question.id is not None
        added.append(question.id)
        known.add(text_of_question.casefold())
    return added


def add_from_note(
    db: Database,
    text: str,
    *,
    source_kind: QuestionSource,
    application_id: int | None = None,
    recovery_step_id: int | None = None,
    asked_at: str = "",
) -> list[QuestionRow]:
    """The questions in a note, added to the bank in one transaction. Returns the new ones."""
    with db.write() as session:
        _check_application(session, application_id)
        if recovery_step_id is not None and session.get(RecoveryStep, recovery_step_id) is None:
            raise NotFoundError(gone_elsewhere("That recovery step"))
        added = add_questions_in(
            session,
            text,
            source_kind=source_kind,
            application_id=application_id,
            recovery_step_id=recovery_step_id,
            asked_at=asked_at,
        )
    if not added:
        return []
    with db.read() as session:
        return _rows(session, added)


def skill_choices(db: Database) -> list[tuple[int, str]]:
    """Skills a question can be linked to: (id, title), by title."""
    with db.read() as session:
        return [
            (row[0], row[1])
            for row in session.execute(
                select(col(Skill.id), col(Skill.title)).order_by(col(Skill.title))
            )
        ]
