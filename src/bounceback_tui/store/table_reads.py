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
fields are named after the table's columns (the views services hand the UI).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import ColumnElement, Table, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.base import ReadOnlyColumnCollection
from sqlalchemy.sql.schema import Column
from sqlmodel import SQLModel

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

V = TypeVar("V", bound="DataclassInstance")


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
) -> list[V]:
    """The rows of ``model``'s table matching ``where``, each as ``view(*its columns)``,
    the columns named by the view's fields in their order (each field is a column)."""
    table = columns(model)
    statement = select(*(table[field.name] for field in fields(view))).where(*where)
    statement = statement.order_by(*order_by)
    return [view(*row) for row in session.execute(statement)]
