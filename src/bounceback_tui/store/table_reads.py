"""Reads over the tables themselves, with no ORM object in between.

A statement over an SQLModel class's attributes (``select(Rejection)``, ``col(Skill.kind)``,
``session.get(Setting, key)``) is compiled by the ORM, and the ORM's first statement
configures every mapper of the schema: about 2 MiB resident that a session which only reads
never needs (docs/performance.md, "Memory, mem8's round"). The same statement over the
class's ``Table`` is SQLAlchemy Core: the same SQL, the same column types (a date column
comes back a ``date``), no mapper touched. The mappers are then configured at the first
write, which builds ORM objects anyway.

``columns(Model)`` gives a table's columns for a hand-written Core statement;
``read_as(session, View, Model, ...)`` reads rows straight into a frozen dataclass whose
fields are named after the table's columns (the views services hand the UI). Given
``unreadable``, it reads the date and time columns the app's own way (``stored_dates``):
a value another program wrote over ("[b]garbage[/]") is read as no date, its column named
in ``unreadable``, never a crash.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    String,
    Table,
    and_,
    func,
    null,
    select,
    type_coerce,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.sql.schema import Column
from sqlmodel import SQLModel

from bounceback_tui.stored_dates import stored_day, stored_moment

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

V = TypeVar("V", bound="DataclassInstance")
M = TypeVar("M", bound=SQLModel)


def table_of(model: type[SQLModel]) -> Table:
    """The ``Table`` a table class maps (SQLModel sets it on every ``table=True`` class)."""
    table = model.__table__  # type: ignore[attr-defined]  # set by SQLModel on table classes, untyped
    assert isinstance(table, Table)
    return table


def columns(model: type[SQLModel]) -> ReadOnlyColumnCollection[str, Column[Any]]:
    """A table's columns by name, for a Core statement: ``columns(Skill).status``."""
    return table_of(model).c


def read_as(
    session: Session,
    view: type[V],
    model: type[SQLModel],
    *where: ColumnElement[bool],
    order_by: Iterable[ColumnElement[Any] | Column[Any]] = (),
    unreadable: set[str] | None = None,
) -> list[V]:
    """The rows of ``model``'s table matching ``where``, each as ``view(*its columns)``,
    the columns named by the view's fields in their order (each field is a column).
    ``unreadable`` (given): its dates read as the app reads a stored date, the names of
    the columns holding something that is not one added to it."""
    table = columns(model)
    chosen = [table[field.name] for field in fields(view)]
    if unreadable is None:
        statement = select(*chosen).where(*where).order_by(*order_by)
        return [view(*row) for row in session.execute(statement)]
    # As stored (text), not through SQLAlchemy's date types, which die on anything else.
    readers = [_reader_of(column) for column in chosen]
    statement = select(
        *(
            column if read is None else type_coerce(column, String)
            for column, read in zip(chosen, readers, strict=True)
        )
    )
    rows = []
    for row in session.execute(statement.where(*where).order_by(*order_by)):
        values = []
        for column, read, value in zip(chosen, readers, row, strict=True):
            if read is not None:
                stored, value = value, read(value)
                if value is None and stored not in (None, ""):
                    unreadable.add(column.name)
            values.append(value)
        rows.append(view(*values))
    return rows


def moment_reads(column: ColumnElement[Any] | Column[Any]) -> ColumnElement[bool]:
    """In SQL, whether a time column's stored value reads as one (``stored_moment``): text
    starting with an ISO day that SQLite's datetime() reads. datetime() alone reads a
    number (42, a Julian day) and "now" as times, which the app reads as none: a count
    over it (a plan's ticked steps) then disagreed with the rows as read ("1/15" beside a
    plan with nothing ticked). Text SQLite reads and Python not, or the other way, is
    rarer still (a seventh digit of a second)."""
    return and_(
        func.typeof(column) == "text",
        func.datetime(column).is_not(None),
        column.op("GLOB")("[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*"),
    )


def _reader_of(column: Column[Any]) -> Any:
    """How a date or time column is read as stored (None: any other column, as it is)."""
    if isinstance(column.type, DateTime):
        return stored_moment
    return stored_day if isinstance(column.type, Date) else None


def readable_row(session: Session, model: type[M], key: Any) -> M | None:
    """``session.get(model, key)``, its dates another program wrote over read as none (as
    ``read_as`` reads them), not a crash: the row can still be edited, a good day written
    in its place. Only the columns changed are written back; the others stay as stored."""
    table = table_of(model)
    (primary,) = table.primary_key.columns
    unreadable = set(unreadable_values(session, model, key))
    if not unreadable:
        return session.get(model, key)
    chosen = [null().label(c.name) if c.name in unreadable else c for c in table.c]
    statement = select(model).from_statement(select(*chosen).where(primary == key))
    return session.execute(statement).scalars().first()


def unreadable_values(session: Session, model: type[SQLModel], key: Any) -> dict[str, object]:
    """The day and time columns of one row whose stored value is not one (another program
    wrote over them), each with that value as stored (text, a number), where the row as read
    (``readable_row``, ``read_as``) holds none: for a form to show what is there, and for
    an undo to put it back byte for byte (``put_back``)."""
    table = table_of(model)
    (primary,) = table.primary_key.columns
    dated = [column for column in table.c if _reader_of(column) is not None]
    found = session.execute(
        select(*(type_coerce(column, String) for column in dated)).where(primary == key)
    ).first()
    return {
        column.name: stored
        for column, stored in zip(dated, found or (), strict=False)
        if stored not in (None, "") and _reader_of(column)(stored) is None
    }


def put_back(
    session: Session,
    row: SQLModel,
    values: Mapping[str, object],
    as_stored: Iterable[tuple[str, object]] = (),
) -> None:
    """Inside the caller's transaction, an undo's: each of ``values`` set on ``row`` as read
    (a day, a time), but a column in ``as_stored`` (``unreadable_values`` before the change)
    written back as it was stored, byte for byte, not through the column's type, which
    writes only a day: read as none, it would have been put back as none (NULL)."""
    stored = dict(as_stored)
    for name, value in values.items():
        if name not in stored:
            setattr(row, name, value)
    session.add(row)
    if not stored:
        return
    session.flush()
    table = table_of(type(row))
    (primary,) = table.primary_key.columns
    key = getattr(row, primary.name)
    session.execute(
        update(table)
        .where(primary == key)
        .values({table.c[name]: type_coerce(value, String) for name, value in stored.items()})
    )
