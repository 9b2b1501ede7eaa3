"""Recovery plans: one checklist per rejection, copied from the (editable) template.

Every user action is one ``db.write()`` transaction: a tick, an answer, a new step.
The list of plans is one aggregate query, so it costs the same whether the store
holds ten rejections or ten thousand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, case, delete, text
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, func, select

from bounceback_tui import clock
from bounceback_tui.domain.recovery import (
    DEFAULT_TEMPLATE,
    GROUP_ORDER,
    StepKind,
    StepLink,
    TemplateStep,
    plan_is_complete,
    steps_for_new_plan,
)
from bounceback_tui.domain.recovery_forms import (
    CustomStepInput,
    FeedbackRequestInput,
    RejectionInput,
    TemplateStepInput,
    validate_answer,
)
from bounceback_tui.errors import (
    BouncebackError,
    ConflictError,
    DeletedElsewhereError,
    NotFoundError,
    ValidationError,
)
from bounceback_tui.services.recovery_views import (
    RejectionView,
    StepView,
    rejection_view,
    step_view,
)
from bounceback_tui.services.settings import get_setting
from bounceback_tui.store.cas import checked, refresh_version
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import (
    Application,
    RecoveryStep,
    RecoveryTemplateStep,
    Rejection,
    Skill,
    ThoughtRecord,
)
from bounceback_tui.store.undo import DeletedRows, delete_with_undo, restore

GONE = "That plan is no longer there; another window may have deleted it."
STEP_GONE = "That step is no longer there; another window may have removed it."
PLAN_CHANGED = "The rejection from {company} was changed in another window."
STEP_CHANGED = "“{title}” was changed in another window."


def _checked_rejection(session: Session, rejection_id: int, expected: int | None) -> Rejection:
    return checked(
        session,
        Rejection,
        rejection_id,
        expected,
        gone="That rejection was deleted in another window.",
        changed=lambda row: PLAN_CHANGED.format(company=row.company),
    )


# --- The template --------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateRow:
    """One step of the template as the settings screen shows it (retired ones included)."""

    key: str
    group_key: str
    title: str
    detail: str
    kind: StepKind
    offset_days: int
    link: StepLink | None
    optional: bool
    retired: bool
    position: int
    # What a change from the screen showing it names. A built-in step not stored yet is
    # version 1, the version it gets when the first edit copies the template in.
    version: int = 1


def _row_of(step: RecoveryTemplateStep) -> TemplateRow:
    return TemplateRow(
        key=step.key,
        group_key=step.group_key,
        title=step.title,
        detail=step.detail,
        kind=StepKind(step.kind),
        offset_days=step.offset_days,
        link=StepLink(step.link) if step.link else None,
        optional=step.optional,
        retired=step.retired,
        position=step.position,
        version=step.version,
    )


def _default_rows() -> list[TemplateRow]:
    return [
        TemplateRow(
            s.key, s.group, s.title, s.detail, s.kind, s.offset_days, s.link, s.optional, False, i
        )
        for i, s in enumerate(DEFAULT_TEMPLATE)
    ]


def _display_order(row: TemplateRow) -> tuple[int, int]:
    return (GROUP_ORDER.get(row.group_key, len(GROUP_ORDER)), row.position)


def _stored_rows(session: Session) -> list[RecoveryTemplateStep]:
    return list(session.exec(select(RecoveryTemplateStep)))


def _template_rows(session: Session) -> list[TemplateRow]:
    stored = _stored_rows(session)
    rows = [_row_of(s) for s in stored] if stored else _default_rows()
    return sorted(rows, key=_display_order)


def template_steps(session: Session) -> list[TemplateStep]:
    """The person's template if they edited it, else the built-in one (retired steps left out),
    in the order a plan shows them: by group, then by position."""
    return [
        TemplateStep(
            key=row.key,
            group=row.group_key,
            title=row.title,
            detail=row.detail,
            kind=row.kind,
            offset_days=row.offset_days,
            link=row.link,
            optional=row.optional,
        )
        for row in _template_rows(session)
        if not row.retired
    ]


def list_template(db: Database) -> list[TemplateRow]:
    """Every template step, retired ones too, in display order."""
    with db.read() as session:
        return _template_rows(session)


def _materialize(session: Session) -> dict[str, RecoveryTemplateStep]:
    """The first edit copies the built-in template into the table; later edits change it."""
    stored = _stored_rows(session)
    if not stored:
        stored = [
            RecoveryTemplateStep(
                key=s.key,
                group_key=s.group,
                title=s.title,
                detail=s.detail,
                kind=s.kind.value,
                link=s.link.value if s.link else None,
                offset_days=s.offset_days,
                position=i,
                optional=s.optional,
            )
            for i, s in enumerate(DEFAULT_TEMPLATE)
        ]
        session.add_all(stored)
        session.flush()
    return {s.key: s for s in stored}


TEMPLATE_STEP_GONE = (
    "That step is no longer in the template; another window may have reset the template."
)
TEMPLATE_CHANGED = "The template was changed in another window."


def _template_step(
    session: Session, key: str, expected_version: int | None = None
) -> RecoveryTemplateStep:
    """The stored step ``key`` (copying the built-in template in first), if it is still the
    version the screen read (None: whatever is there)."""
    row = _materialize(session).get(key)
    if row is None:
        raise DeletedElsewhereError(TEMPLATE_STEP_GONE)
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(
            f"“{row.title}” was changed in another window.",
            current=row.model_dump(),
            current_version=row.version,
        )
    return row


def _apply_template_input(row: RecoveryTemplateStep, data: TemplateStepInput) -> None:
    row.title = data.title
    row.detail = data.detail
    row.group_key = data.group_key
    row.kind = data.kind.value
    row.offset_days = data.offset_days
    row.link = data.link.value if data.link else None
    row.optional = data.optional


def _new_custom_key(session: Session, rows: dict[str, RecoveryTemplateStep]) -> str:
    """A key no step has had before: numbered after the table's id counter, which only
    goes up, so a step added after a reset elsewhere never takes an old form's key."""
    last_id = session.execute(
        text("SELECT seq FROM sqlite_sequence WHERE name = 'recovery_template_step'")
    ).scalar()
    number = max(int(last_id or 0), sum(1 for key in rows if key.startswith("custom."))) + 1
    while f"custom.{number}" in rows:
        number += 1
    return f"custom.{number}"


def add_template_step(db: Database, data: TemplateStepInput) -> str:
    """Add a step at the end of its group; returns its new key."""
    with db.write(count_activity=False) as session:
        rows = _materialize(session)
        row = RecoveryTemplateStep(
            key=_new_custom_key(session, rows),
            group_key=data.group_key,
            title="",
            position=1 + max((r.position for r in rows.values()), default=-1),
        )
        _apply_template_input(row, data)
        session.add(row)
        return row.key


def update_template_step(
    db: Database, key: str, data: TemplateStepInput, *, expected_version: int | None = None
) -> int:
    """Reword (or regroup, retime) a template step. Plans already made keep their copy.

    With ``expected_version``, only if the step is still as the form read it. Returns the
    step's new version."""
    with db.write(count_activity=False) as session:
        row = _template_step(session, key, expected_version)
        if row.group_key != data.group_key:
            # A step moved to another group goes to that group's end.
            row.position = 1 + max(r.position for r in _materialize(session).values())
        _apply_template_input(row, data)
        return refresh_version(session, row)


def move_template_step(
    db: Database,
    key: str,
    direction: int,
    *,
    expected_version: int | None = None,
    neighbour: tuple[str, int] | None = None,
) -> bool:
    """Swap a step with its neighbour in the same group (direction -1 up, +1 down).

    Returns False when it is already first or last in its group. With
    ``expected_version``, only if the step is as the screen showed it; with ``neighbour``
    (key, version), only if the step it swaps with is the one the screen showed next to
    it, unchanged: a swap moves both, so both must be as the person saw them."""
    with db.write(count_activity=False) as session:
        row = _template_step(session, key, expected_version)
        group = sorted(
            (r for r in _materialize(session).values() if r.group_key == row.group_key),
            key=lambda r: (r.position, r.id or 0),
        )
        index = group.index(row)
        target = index + (1 if direction > 0 else -1)
        if not 0 <= target < len(group):
            if neighbour is not None:
                raise ConflictError(TEMPLATE_CHANGED)
            return False
        other = group[target]
        if neighbour is not None and (other.key, other.version) != neighbour:
            raise ConflictError(
                TEMPLATE_CHANGED
                if other.key != neighbour[0]
                else f"“{other.title}” was changed in another window."
            )
        # Renumber the group first so equal positions cannot make a swap a no-op.
        slots = sorted(r.position for r in group)
        slots = [slots[0] + i for i in range(len(group))] if len(set(slots)) < len(slots) else slots
        group[index], group[target] = group[target], group[index]
        for slot, step in zip(slots, group, strict=True):
            step.position = slot
        return True


def set_template_step_retired(
    db: Database, key: str, retired: bool, *, expected_version: int | None = None
) -> None:
    """Retire a step (kept for reference, left out of new plans) or bring it back."""
    with db.write(count_activity=False) as session:
        _template_step(session, key, expected_version).retired = retired


def reset_template(db: Database, *, expected: Mapping[str, int] | None = None) -> None:
    """Go back to the built-in template (plans already made are not touched).

    ``expected`` is the template as the screen showed it (key -> version): if another
    window added, removed or changed a step since, nothing is reset (ConflictError), so
    a step the person never saw is not dropped unseen."""
    with db.write(count_activity=False) as session:
        if expected is not None:
            stored = {row.key: row.version for row in _stored_rows(session)}
            shown = stored or {row.key: row.version for row in _default_rows()}
            if shown != dict(expected):
                raise ConflictError(TEMPLATE_CHANGED)
        session.execute(delete(RecoveryTemplateStep))


# --- Creating plans ------------------------------------------------------------------------


def create_plan(session: Session, rejection_id: int) -> list[RecoveryStep]:
    """Copy the template's steps onto a rejection, inside the caller's transaction."""
    include_optional = bool(get_setting(session, "recovery_optional_steps"))
    steps = [
        RecoveryStep(
            rejection_id=rejection_id,
            template_key=step.key,
            group_key=step.group,
            title=step.title,
            detail=step.detail,
            kind=step.kind.value,
            link=step.link.value if step.link else None,
            offset_days=step.offset_days,
            position=index,
        )
        for index, step in enumerate(steps_for_new_plan(template_steps(session), include_optional))
    ]
    session.add_all(steps)
    return steps


def insert_rejection(
    session: Session,
    *,
    company: str,
    role: str,
    rejected_on: date,
    stage_reached: str = "",
    reason: str = "",
    application_id: int | None = None,
) -> Rejection:
    """Record a rejection and start its recovery plan, inside the caller's transaction."""
    rejection = Rejection(
        application_id=application_id,
        company=company,
        role=role,
        rejected_on=rejected_on,
        stage_reached=stage_reached,
        reason=reason,
    )
    session.add(rejection)
    session.flush()
    assert rejection.id is not None
    create_plan(session, rejection.id)
    return rejection


def add_rejection(db: Database, data: RejectionInput) -> RejectionView:
    """Record a rejection that is not in the Pipeline, with its plan, in one transaction."""
    with db.write() as session:
        rejection = insert_rejection(
            session,
            company=data.company,
            role=data.role,
            rejected_on=data.rejected_on,
            stage_reached=data.stage_reached,
            reason=data.reason,
        )
        refresh_version(session, rejection)  # its plan's steps moved it on
        return rejection_view(rejection)


def update_rejection(
    db: Database, rejection_id: int, data: RejectionInput, *, expected_version: int | None = None
) -> RejectionView:
    """Correct a rejection's details; its plan keeps its steps (their days move with it).
    With ``expected_version``, only if it (and its plan) is still as the form read it."""
    with db.write() as session:
        rejection = _checked_rejection(session, rejection_id, expected_version)
        rejection.company = data.company
        rejection.role = data.role
        rejection.rejected_on = data.rejected_on
        rejection.stage_reached = data.stage_reached
        rejection.reason = data.reason
        refresh_version(session, rejection)
        return rejection_view(rejection)


def get_rejection(db: Database, rejection_id: int) -> RejectionView | None:
    """One rejection as it is now (a form opens on this, and names its version)."""
    with db.read() as session:
        found = session.get(Rejection, rejection_id)
        return rejection_view(found) if found is not None else None


def still_rejected_in_pipeline(session: Session, rejection: Rejection) -> str | None:
    """Why this rejection cannot be deleted here, if its application is still marked
    Rejected in the Pipeline (an application in Rejected always has its rejection)."""
    if rejection.application_id is None:
        return None
    app = session.get(Application, rejection.application_id)
    if app is None or app.stage != "rejected":
        return None
    return (
        f"{app.company} is still marked rejected in the Pipeline, so its rejection stays. "
        "Move it out of Rejected there first ([ or ]), or press u there straight after "
        "marking it."
    )


def delete_blocked(db: Database, rejection_id: int) -> str | None:
    with db.read() as session:
        rejection = session.get(Rejection, rejection_id)
        return None if rejection is None else still_rejected_in_pipeline(session, rejection)


def delete_rejection(
    db: Database, rejection_id: int, *, expected_version: int | None = None
) -> DeletedRows:
    """Delete a rejection and its plan; keep what restore_deleted needs to undo it."""
    with db.write() as session:
        rejection = _checked_rejection(session, rejection_id, expected_version)
        if (blocked := still_rejected_in_pipeline(session, rejection)) is not None:
            raise BouncebackError(blocked)
        session.expunge(rejection)
        return delete_with_undo(session, "rejection", rejection_id)


def restore_deleted(db: Database, deleted: DeletedRows) -> None:
    """Undo delete_rejection or delete_step, exactly as it was."""
    with db.write() as session:
        restore(session, deleted)
        if deleted.table == "recovery_step":
            for _name, rows in deleted.rows[:1]:
                _sync_completion(session, rows[0]["rejection_id"])


# --- Reading plans -------------------------------------------------------------------------


@dataclass(frozen=True)
class PlanRow:
    """One line of the list of plans."""

    rejection_id: int
    company: str
    role: str
    rejected_on: date
    done: int
    total: int
    completed: bool

    @property
    def search_text(self) -> str:
        """What the filter matches (domain/fuzzy folds accents: "zurich" finds "Zürich")."""
        return f"{self.company} {self.role}"


def _plan_rows_query(
    rejection_id: int | None = None,
) -> Select[int | None, str, str, date, int, int, datetime | None]:
    # Count per rejection first (one pass over the steps), then join: faster than grouping
    # the joined rows, and rejections without steps still come out (with 0 of 0).
    per_plan: Select[int | None, int, int] = sa_select(
        col(RecoveryStep.rejection_id).label("rejection_id"),
        func.count(col(RecoveryStep.done_at)).label("done"),
        func.count().label("total"),
    ).group_by(col(RecoveryStep.rejection_id))
    if rejection_id is not None:
        per_plan = per_plan.where(col(RecoveryStep.rejection_id) == rejection_id)
    counts = per_plan.subquery()
    statement = (
        sa_select(
            col(Rejection.id),
            col(Rejection.company),
            col(Rejection.role),
            col(Rejection.rejected_on),
            func.coalesce(counts.c.done, 0),
            func.coalesce(counts.c.total, 0),
            col(Rejection.plan_completed_at),
        )
        .join(counts, counts.c.rejection_id == Rejection.id, isouter=True)
        .order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
    )
    if rejection_id is not None:
        statement = statement.where(col(Rejection.id) == rejection_id)
    return statement


def _plan_row(values: tuple[int | None, str, str, date, int, int, datetime | None]) -> PlanRow:
    rejection_id, company, role, rejected_on, done, total, completed_at = values
    assert rejection_id is not None  # a stored row's key
    return PlanRow(rejection_id, company, role, rejected_on, done, total, completed_at is not None)


def plan_rows(db: Database) -> list[PlanRow]:
    """Every rejection with how far its plan has got, newest first: one aggregate query."""
    with db.read() as session:
        return [_plan_row(r) for r in session.execute(_plan_rows_query())]


def plan_row(db: Database, rejection_id: int) -> PlanRow | None:
    with db.read() as session:
        found = session.execute(_plan_rows_query(rejection_id)).first()
        return _plan_row(found) if found else None


@dataclass(frozen=True)
class LinkedRecord:
    id: int
    thought: str
    complete: bool
    created_on: date


@dataclass(frozen=True)
class LinkedSkill:
    id: int
    title: str
    finished_on: date | None


@dataclass
class Plan:
    """A rejection, its steps in display order, and what it led to in the other panes."""

    rejection: RejectionView
    steps: list[StepView]
    thought_records: list[LinkedRecord]
    skills_done: list[LinkedSkill]

    @property
    def done(self) -> int:
        return sum(1 for s in self.steps if s.done_at is not None)

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def complete(self) -> bool:
        return plan_is_complete(self.done, self.total)


def _step_order(step: RecoveryStep) -> tuple[int, int, int]:
    return (GROUP_ORDER.get(step.group_key, len(GROUP_ORDER)), step.position, step.id or 0)


def linked_thought_records(session: Session, rejection_id: int) -> list[LinkedRecord]:
    rows = session.exec(
        select(ThoughtRecord)
        .where(ThoughtRecord.rejection_id == rejection_id)
        .order_by(col(ThoughtRecord.created_at), col(ThoughtRecord.id))
    )
    return [
        LinkedRecord(r.id or 0, r.thought, r.status == "complete", r.created_at.date())
        for r in rows
    ]


def finished_skills(session: Session, rejection_id: int) -> list[LinkedSkill]:
    rows = session.exec(
        select(Skill)
        .where(Skill.rejection_id == rejection_id, Skill.status == "done")
        .order_by(col(Skill.finished_at), col(Skill.id))
    )
    return [
        LinkedSkill(s.id or 0, s.title, s.finished_at.date() if s.finished_at else None)
        for s in rows
    ]


def load_plan(db: Database, rejection_id: int) -> Plan | None:
    with db.read() as session:
        rejection = session.get(Rejection, rejection_id)
        if rejection is None:
            return None
        steps = list(
            session.exec(select(RecoveryStep).where(RecoveryStep.rejection_id == rejection_id))
        )
        return Plan(
            rejection_view(rejection),
            [step_view(step) for step in sorted(steps, key=_step_order)],
            linked_thought_records(session, rejection_id),
            finished_skills(session, rejection_id),
        )


def rejection_of_step(db: Database, step_id: int) -> int | None:
    with db.read() as session:
        step = session.get(RecoveryStep, step_id)
        return step.rejection_id if step else None


# --- Ticks and answers ----------------------------------------------------------------------


@dataclass(frozen=True)
class TickResult:
    """A step after a change, and what the change did to its plan."""

    step: StepView
    done: int
    total: int
    plan_completed_at: datetime | None  # the plan's finish time after the change
    finished_now: bool  # this change finished the plan
    reopened: bool  # this change reopened a finished plan


@dataclass(frozen=True)
class _Completion:
    done: int
    total: int
    completed_at: datetime | None
    finished_now: bool
    reopened: bool


def _sync_completion(session: Session, rejection_id: int) -> _Completion:
    """Set or clear the rejection's plan_completed_at to match its steps."""
    done, total = session.exec(
        select(
            func.coalesce(func.sum(case((col(RecoveryStep.done_at).is_not(None), 1), else_=0)), 0),
            func.count(),
        ).where(RecoveryStep.rejection_id == rejection_id)
    ).one()
    rejection = session.get(Rejection, rejection_id)
    if rejection is None:
        raise NotFoundError(GONE)
    complete = plan_is_complete(done, total)
    finished = complete and rejection.plan_completed_at is None
    reopened = not complete and rejection.plan_completed_at is not None
    if finished:
        rejection.plan_completed_at = clock.now()
    elif reopened:
        rejection.plan_completed_at = None
    return _Completion(done, total, rejection.plan_completed_at, finished, reopened)


def _step(session: Session, step_id: int, expected_version: int | None = None) -> RecoveryStep:
    """The step, if it is still the version the screen read (None: whatever is there)."""
    return checked(
        session,
        RecoveryStep,
        step_id,
        expected_version,
        gone=STEP_GONE,
        changed=lambda row: STEP_CHANGED.format(title=row.title),
    )


def get_step(db: Database, step_id: int) -> StepView | None:
    """The step as it is stored now (a writing screen's "reload"), or None if it is gone."""
    with db.read() as session:
        row = session.get(RecoveryStep, step_id)
        return None if row is None else step_view(row)


def _mark(step: RecoveryStep, done: bool) -> None:
    if done and step.done_at is None:
        step.done_at = clock.now()
    elif not done:
        step.done_at = None
    step.updated_at = clock.now()


def _result(session: Session, step: RecoveryStep) -> TickResult:
    session.flush()
    c = _sync_completion(session, step.rejection_id)
    refresh_version(session, step)  # the next tick from this window names this version
    return TickResult(step_view(step), c.done, c.total, c.completed_at, c.finished_now, c.reopened)


def set_step_done(
    db: Database, step_id: int, done: bool, *, expected_version: int | None = None
) -> TickResult:
    """Tick or untick a step. Unticking keeps its answer; the plan's finish date follows.
    With ``expected_version``, only if the step is still as the screen showed it."""
    with db.write() as session:
        step = _step(session, step_id, expected_version)
        _mark(step, done)
        return _result(session, step)


def save_draft(
    db: Database, step_id: int, text: str | None, *, expected_version: int | None = None
) -> int:
    """Keep what is being typed (None clears the draft). Not counted as an action: it runs
    while typing. Raises ValidationError if the text cannot be stored. Returns the step's
    new version (the next save names it)."""
    cleaned = None if text is None else validate_answer(text, "Your text")
    with db.write(count_activity=False) as session:
        step = _step(session, step_id, expected_version)
        step.answer_draft = cleaned
        step.updated_at = clock.now()
        return refresh_version(session, step)


def save_answer(
    db: Database,
    step_id: int,
    text: str,
    *,
    nothing_came_back: bool | None = None,
    expected_version: int | None = None,
) -> TickResult:
    """Save a written answer (and clear the draft). Something written, or "nothing came back",
    ticks the step; an empty answer leaves the tick as it was."""
    cleaned = validate_answer(text)
    with db.write() as session:
        step = _step(session, step_id, expected_version)
        step.answer = cleaned
        step.answer_draft = None
        if nothing_came_back is not None:
            step.nothing_came_back = nothing_came_back
        if cleaned or step.nothing_came_back:
            _mark(step, True)
        else:
            step.updated_at = clock.now()
        if step.template_key == REDO_QUESTIONS_KEY and cleaned:
            _feed_answer_bank(session, step, cleaned)
        return _result(session, step)


# The reflection step "Which questions would I answer differently now?": each question
# written in its answer joins the interview answer bank (in the same transaction).
REDO_QUESTIONS_KEY = "reflect.redo"


def _feed_answer_bank(session: Session, step: RecoveryStep, text: str) -> None:
    from bounceback_tui.domain.answers import QuestionSource
    from bounceback_tui.services.answers import add_questions_in

    rejection = session.get(Rejection, step.rejection_id)
    add_questions_in(
        session,
        text,
        source_kind=QuestionSource.REFLECTION,
        application_id=rejection.application_id if rejection else None,
        recovery_step_id=step.id,
        asked_at=f"{rejection.company}, {rejection.role}" if rejection else "",
    )


def save_feedback_request(
    db: Database, step_id: int, data: FeedbackRequestInput, *, expected_version: int | None = None
) -> TickResult:
    """Record when and how feedback was asked; asking is what the step is for, so it ticks."""
    with db.write() as session:
        step = _step(session, step_id, expected_version)
        if step.kind != StepKind.FEEDBACK:
            raise ValidationError.single("asked_on", "This step is not a feedback request.")
        step.asked_on = data.asked_on
        step.asked_via = data.asked_via
        _mark(step, True)
        return _result(session, step)


def add_custom_step(db: Database, rejection_id: int, data: CustomStepInput) -> TickResult:
    """Add a step of the person's own to one plan (at the end of its group)."""
    with db.write() as session:
        if session.get(Rejection, rejection_id) is None:
            raise NotFoundError(GONE)
        last = session.exec(
            select(func.max(RecoveryStep.position)).where(RecoveryStep.rejection_id == rejection_id)
        ).one()
        step = RecoveryStep(
            rejection_id=rejection_id,
            template_key=None,
            group_key=data.group_key,
            title=data.title,
            detail=data.detail,
            kind=data.kind.value,
            offset_days=data.offset_days,
            position=(last if last is not None else -1) + 1,
        )
        session.add(step)
        return _result(session, step)


def delete_step(db: Database, step_id: int, *, expected_version: int | None = None) -> DeletedRows:
    """Remove one step from its plan (kept for undo); the plan may become finished."""
    with db.write() as session:
        step = _step(session, step_id, expected_version)
        rejection_id = step.rejection_id
        deleted = delete_with_undo(session, "recovery_step", step_id)
        session.expunge(step)
        _sync_completion(session, rejection_id)
        return deleted


def tick_plan_step(
    session: Session,
    application_id: int,
    template_key: str,
    on: date,
    *,
    asked_via: str = "",
    answer: str = "",
) -> RecoveryStep | None:
    """Inside the caller's transaction: tick the step ``template_key`` of the plan of the
    application's latest rejection, dated ``on`` (what an interaction or a sent message
    stands for). A feedback request also gets its day and how it was asked; a reply gets
    ``answer`` when it had none. None when there is no such plan or step."""
    step = session.exec(
        select(RecoveryStep)
        .join(Rejection, col(Rejection.id) == col(RecoveryStep.rejection_id))
        .where(
            Rejection.application_id == application_id,
            RecoveryStep.template_key == template_key,
        )
        .order_by(col(Rejection.rejected_on).desc(), col(Rejection.id).desc())
    ).first()
    if step is None:
        return None
    if step.done_at is None:
        moment = clock.now()
        step.done_at = moment if on == moment.date() else datetime.combine(on, moment.time())
    if step.kind == StepKind.FEEDBACK:
        step.asked_on = on
        if asked_via:
            step.asked_via = asked_via[:100]
    if answer and not step.answer and step.kind == StepKind.REPLY:
        step.answer = answer
    step.updated_at = clock.now()
    session.add(step)
    session.flush()
    _sync_completion(session, step.rejection_id)
    return step
