"""Compare-and-set: a write goes ahead only if the record is still the version it read.

Every write transaction begins with ``BEGIN IMMEDIATE`` (``store/database.py``), so
from its first statement no other window or process can write until it commits:
reading the row and comparing its version inside the transaction is as good as
``UPDATE ... WHERE id = ? AND version = ?``, and it lets the error say what is there
now. The versions themselves are bumped by SQLite triggers (migration v002), for
every writer, so a service never has to remember to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from sqlalchemy import select
from sqlmodel import Session, SQLModel

from bounceback_tui.errors import ConflictError, DeletedElsewhereError

Row = TypeVar("Row", bound=SQLModel)


def checked(
    session: Session,
    model: type[Row],
    key: Any,
    expected_version: int | None,
    *,
    gone: str,
    changed: str | Callable[[Row], str],
    get: Callable[[Session, type[Row], Any], Row | None] | None = None,
) -> Row:
    """The row ``key`` of ``model``, inside the caller's write transaction.

    ``expected_version`` None means "whatever is there" (the command line, or the person
    chose to save over a change). Raises DeletedElsewhereError (a ConflictError and a
    NotFoundError) with ``gone`` when the row was deleted (even unconditionally: there is
    nothing to save over), and ConflictError with ``changed``
    when its version moved on (a function of the row as it is now, to say what).
    ``get``: how the row is read (``session.get`` unless given).
    """
    row = session.get(model, key) if get is None else get(session, model, key)
    if row is None:
        raise DeletedElsewhereError(gone)
    if expected_version is not None and row.version != expected_version:  # type: ignore[attr-defined]  # every CAS table has a version
        raise ConflictError(
            changed if isinstance(changed, str) else changed(row),
            current=row.model_dump(),
            current_version=row.version,  # type: ignore[attr-defined]  # as above
        )
    return row


def checked_optional(
    session: Session,
    model: type[Row],
    key: Any,
    expected_version: int | None,
    *,
    changed: Callable[[Row | None], str],
    gone: str | None = None,
) -> Row | None:
    """Like ``checked``, for a record that may rightly be absent: a setting still at its
    default, a day with no check-in yet. Its version is 0 while there is no row, so a
    window that read "nothing there" and meets a row another window added is told so.

    Returns the row, or None when there is none (and none was expected). A row that was
    there and is gone raises DeletedElsewhereError with ``gone``; without ``gone`` (a
    setting back at its default) it is a change like any other (ConflictError whose
    ``current`` is empty rather than None, and whose ``current_version`` is 0).
    """
    row = session.get(model, key)
    if expected_version is None:
        return row
    version = 0 if row is None else int(row.version)  # type: ignore[attr-defined]  # every CAS table has a version
    if version == expected_version:
        return row
    if row is None:
        if gone is not None:
            raise DeletedElsewhereError(gone)
        raise ConflictError(changed(None), current={}, current_version=0)
    raise ConflictError(changed(row), current=row.model_dump(), current_version=version)


def row_of(model: type[Row], columns: Mapping[str, Any]) -> Row:
    """The record a ConflictError carries (``current``: its columns) as its model again,
    detached: for a service to turn into the view its form was read from, so the conflict
    dialog can name the fields another window changed (``ui/kit/form.py``, ``values_now``)."""
    return model.model_validate(dict(columns))


def version_now(session: Session, model: type[SQLModel], key: Any) -> int:
    """The row's version as the store has it now (triggers bump it behind the ORM's back),
    read after the caller's changes are flushed."""
    session.flush()
    table = model.__table__  # type: ignore[attr-defined]  # set by SQLModel on table classes, untyped
    (pk,) = list(table.primary_key.columns)
    found = session.execute(select(table.c.version).where(pk == key)).scalar_one_or_none()
    return int(found) if found is not None else 0


def refresh_version(session: Session, row: SQLModel) -> int:
    """Bring ``row.version`` up to date after the caller's changes (the triggers moved it
    in the store, not on the object), without marking the row as changed again."""
    session.flush()
    session.refresh(row, ["version"])
    return int(row.version)  # type: ignore[attr-defined]  # every CAS table has a version
