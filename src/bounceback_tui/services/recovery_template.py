"""The recovery plan's template: the built-in steps until the person edits them, then their
own (add, edit, move, retire, reset), each edit one ``db.write()`` transaction. A new plan
copies it (services/recovery.py), so editing it never rewrites a plan."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import delete, text
from sqlmodel import Session, select

from bounceback_tui.domain.recovery import (
    DEFAULT_TEMPLATE,
    GROUP_ORDER,
    ONLY_FOR,
    NoKind,
    StepKind,
    StepLink,
    TemplateStep,
)
from bounceback_tui.domain.recovery_forms import TemplateStepInput
from bounceback_tui.domain.wording import changed_elsewhere
from bounceback_tui.errors import ConflictError, DeletedElsewhereError
from bounceback_tui.store.cas import refresh_version, row_of
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import RecoveryTemplateStep


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
    # The one kind of no a built-in step is written for (it follows the key: a reworded
    # step keeps it); None for a step the person added, which goes into every plan.
    only_for: NoKind | None = None


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
        only_for=ONLY_FOR.get(step.key),
    )


def template_row_of(columns: Mapping[str, object]) -> TemplateRow:
    """A template step as a conflict found it (``ConflictError.current``: its columns):
    what its form would show of it now (the conflict dialog names the fields that changed)."""
    return _row_of(row_of(RecoveryTemplateStep, columns))


def _default_rows() -> list[TemplateRow]:
    return [
        TemplateRow(
            s.key,
            s.group,
            s.title,
            s.detail,
            s.kind,
            s.offset_days,
            s.link,
            s.optional,
            retired=False,
            position=i,
            only_for=s.only_for,
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
            only_for=row.only_for,
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


def changed_there(read: TemplateRow, now: TemplateRow) -> str:
    """What another window did to a step that its form does not show, in sentences: the
    template reset (the step stored anew: its version began again), the step retired or
    brought back, or moved within its group. "" when none of these."""
    said = []
    if now.version < read.version:
        said.append("The template was reset there: this step is back as it was built in.")
    if now.retired != read.retired:
        said.append(
            "It was retired there: new plans leave it out."
            if now.retired
            else "It was brought back there: new plans get it again."
        )
    if not said and now.group_key == read.group_key and now.position != read.position:
        said.append("It was moved within its group there.")
    return " ".join(said)


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
            changed_elsewhere("“{name}”", name=row.title),
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
    """Add a step to its group in the order of its day; returns its new key."""
    with db.write(count_activity=False) as session:
        rows = _materialize(session)
        position = _place_by_day(rows, data.group_key, data.offset_days)
        for other in rows.values():
            if other.position >= position:
                other.position += 1
        row = RecoveryTemplateStep(
            key=_new_custom_key(session, rows),
            group_key=data.group_key,
            title="",
            position=position,
        )
        _apply_template_input(row, data)
        session.add(row)
        return row.key


def _place_by_day(rows: dict[str, RecoveryTemplateStep], group_key: str, day: int) -> int:
    """Where a new step of ``group_key`` on ``day`` goes: after the group's last step on that
    day or before, else before its first; a new group's first step at the very end. A step
    for the day of the no went after the next day's (a stranger's walk)."""
    group = sorted((r for r in rows.values() if r.group_key == group_key), key=_by_position)
    if not group:
        return 1 + max((r.position for r in rows.values()), default=-1)
    earlier = [r for r in group if r.offset_days <= day]
    return earlier[-1].position + 1 if earlier else group[0].position


def _by_position(row: RecoveryTemplateStep) -> int:
    return row.position


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
                else changed_elsewhere("“{name}”", name=other.title)
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
