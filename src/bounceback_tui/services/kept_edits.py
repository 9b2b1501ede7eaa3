"""Whether an edit form's save would leave its record exactly as stored.

An edit saved as it opened (or changed only where the save cleans it: a space at an end)
wrote the record again: the application's edit said "Saved", moved the row's version on
(a form open in another window then met a change that was none) and counted as one of
the day's actions, which could keep "Active N days in a row" going (a tester's walk). As
a Reframe draft does (``services/reframe_same.py``), each form asks here first, and when
the record read at the version the form opened on already holds what it would write, it
writes nothing and says so. One read each, no write transaction: a record changed or
deleted elsewhere meanwhile is not "kept", and the save goes on to meet it as before.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlmodel import col, select

from bounceback_tui.domain.answers import QuestionInput
from bounceback_tui.domain.applications import FORM_FIELDS, ApplicationInput
from bounceback_tui.domain.check_in import CheckInInput
from bounceback_tui.domain.interviews import InterviewInput
from bounceback_tui.domain.people import ContactInput, InteractionInput
from bounceback_tui.domain.recovery_forms import RejectionInput, TemplateStepInput, validate_answer
from bounceback_tui.domain.skills import SkillInput
from bounceback_tui.domain.stages import CLOSED_STAGES, Stage
from bounceback_tui.services.settings import read_setting_value
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import (
    Application,
    CheckIn,
    Contact,
    Interaction,
    Interview,
    InterviewQuestion,
    RecoveryStep,
    Rejection,
    Skill,
    SkillResource,
)
from bounceback_tui.store.table_reads import readable_row

if TYPE_CHECKING:
    from bounceback_tui.domain.messages import MessageKind, Template
    from bounceback_tui.services.messages import TemplateRead

# The application form's fields that are no column of it: a contact typed there is a person
# to find or add and link, always a change (``applications._PERSON_FIELDS``).
_NOT_COLUMNS = "contact_name", "contact_email"


def _value(value: object) -> object:
    """A form's value as its column holds it (an enum as its text)."""
    return getattr(value, "value", value)


def _same(row: Any, data: object, names: Iterable[str]) -> bool:
    return all(_value(getattr(data, name)) == getattr(row, name) for name in names)


def _read(db: Database, model: type[Any], key: int | date, expected_version: int | None) -> Any:
    """The row as the form read it, or None when it is gone or changed since."""
    with db.read() as session:
        row = readable_row(session, model, key)  # a day written over elsewhere: none
        if row is None or (expected_version is not None and row.version != expected_version):
            return None
        session.expunge(row)
        return row


def application_kept(
    db: Database, application_id: int, data: ApplicationInput, expected_version: int | None
) -> bool:
    """The application already holds every field of ``data`` (its stage too). A closed
    application's follow-up is kept in the store but not shown in the form, which gives
    it as empty: saved as shown, it stays."""
    app = _read(db, Application, application_id, expected_version)
    if app is None or any(getattr(data, name) for name in _NOT_COLUMNS):
        return False
    names = [name for name in FORM_FIELDS if name not in _NOT_COLUMNS]
    if Stage(app.stage) in CLOSED_STAGES and data.next_follow_up is None:
        names.remove("next_follow_up")
    return _same(app, data, names)


def skill_kept(db: Database, skill_id: int, data: SkillInput, expected_version: int | None) -> bool:
    """The item already holds ``data``: its fields, and its links and notes in order."""
    skill = _read(db, Skill, skill_id, expected_version)
    if skill is None or not _same(skill, data, ("title", "kind", "why", "target_date", "notes")):
        return False
    with db.read() as session:
        stored = session.exec(
            select(SkillResource.url, SkillResource.note)
            .where(col(SkillResource.skill_id) == skill_id)
            .order_by(col(SkillResource.position), col(SkillResource.id))
        ).all()
    return [tuple(row) for row in stored] == [(r.url, r.note) for r in data.resources]


def contact_kept(
    db: Database, contact_id: int, data: ContactInput, expected_version: int | None
) -> bool:
    contact = _read(db, Contact, contact_id, expected_version)
    return contact is not None and _same(contact, data, data.__dataclass_fields__)


def rejection_kept(
    db: Database, rejection_id: int, data: RejectionInput, expected_version: int | None
) -> bool:
    rejection = _read(db, Rejection, rejection_id, expected_version)
    return rejection is not None and _same(rejection, data, data.__dataclass_fields__)


def interview_kept(
    db: Database, interview_id: int, data: InterviewInput, expected_version: int | None
) -> bool:
    """The interview already holds ``data`` (the edit form leaves its people as they are)."""
    interview = _read(db, Interview, interview_id, expected_version)
    return interview is not None and _same(interview, data, data.__dataclass_fields__)


def follow_up_kept(
    db: Database, application_id: int, day: date | None, expected_version: int | None
) -> bool:
    """The application's next follow-up is already ``day`` (the `f` form saved as it opened)."""
    app = _read(db, Application, application_id, expected_version)
    return app is not None and app.next_follow_up == day


def question_kept(
    db: Database, question_id: int, data: QuestionInput, expected_version: int | None
) -> bool:
    """The answer bank's question already holds ``data`` (its tags as stored, comma-joined)."""
    question = _read(db, InterviewQuestion, question_id, expected_version)
    names = [name for name in data.__dataclass_fields__ if name != "tags"]
    return (
        question is not None
        and _same(question, data, names)
        and question.tags == ",".join(data.tags)
    )


def check_in_kept(
    db: Database, day: date, data: CheckInInput, expected_version: int | None
) -> bool:
    """The day's check-in already holds ``data`` (its mood and line)."""
    check_in = _read(db, CheckIn, day, expected_version)
    return check_in is not None and _same(check_in, data, ("mood", "note"))


def line_kept(
    db: Database,
    interaction_id: int,
    data: InteractionInput,
    application_id: int | None,
    expected_version: int | None,
) -> bool:
    """A line of a person's log already holds ``data``, about the same application."""
    line = _read(db, Interaction, interaction_id, expected_version)
    return (
        line is not None
        and _same(line, data, data.__dataclass_fields__)
        and line.application_id == application_id
    )


def answer_kept(
    db: Database,
    step_id: int,
    text: str,
    nothing_came_back: bool | None,
    expected_version: int | None,
) -> bool:
    """A plan step already holds ``text`` as its answer, with no draft beside it, "nothing
    came back" as ticked (None: as it is), and the tick the save would give it: saved
    again, the answer would be written as it is (``recovery_steps.save_answer``)."""
    step = _read(db, RecoveryStep, step_id, expected_version)
    if step is None or step.answer_draft is not None:
        return False
    cleaned = validate_answer(text)
    nothing = step.nothing_came_back if nothing_came_back is None else nothing_came_back
    if (step.answer or "") != cleaned or bool(nothing) != bool(step.nothing_came_back):
        return False
    ticks = bool(cleaned or nothing)
    return not ticks or (step.done_at is not None and step.skipped_at is None)


def template_step_kept(
    db: Database, key: str, data: TemplateStepInput, version: int | None
) -> bool:
    """A template step already reads as ``data`` at the version the form read (a built-in
    step not copied into the store yet is version 1): reworded as it opened, the first
    edit would copy the whole built-in template in for nothing."""
    from bounceback_tui.services.recovery_template import list_template

    row = next((r for r in list_template(db) if r.key == key), None)
    if row is None or (version is not None and row.version != version):
        return False
    return (row.title, row.detail, row.group_key, row.kind, row.offset_days) == (
        data.title, data.detail, data.group_key, data.kind, data.offset_days,
    ) and (row.link, row.optional) == (data.link, data.optional)  # fmt: skip


def message_template_kept(
    db: Database, kind: MessageKind, template: Template | None, read: TemplateRead | None
) -> bool:
    """A message template's editor saved as it opened: ``kind``'s template already reads
    as ``template`` (None: its body emptied, back to the built-in one), and it is still the
    one the editor read (``read``; one changed in another window meanwhile is met by the
    save). A built-in template saved as shown stays built-in: written, it would have become
    yours, and a no on paper would have lost its own built-in words."""
    from bounceback_tui.domain.messages import built_in_template
    from bounceback_tui.services.messages import _TEMPLATES_KEY, _template_of

    found = read_setting_value(db, _TEMPLATES_KEY)
    stored = found.value if isinstance(found.value, dict) else {}
    if read is not None and _template_of(stored, kind) != read.template:
        return False
    mine: object = stored.get(kind.value)
    if template is None:
        return mine is None
    if mine is None:
        return template == built_in_template(kind)
    return mine == {"subject": template.subject, "body": template.body}
