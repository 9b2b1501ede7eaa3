"""Delete a row with everything that hangs off it, keeping what is needed to put it all back.

Used for the `u` (undo) key after a delete: the rows removed by the delete and
its ON DELETE CASCADE children are captured first, and links that SQLite sets
to NULL (ON DELETE SET NULL) are remembered, so restore() brings back the same
rows, ids included, in the caller's transaction.

Another window may have changed the store between the delete and `u`: a row the deleted
rows linked to may be gone (the person deleted here was linked to an application deleted
there), or the deleted row may be back (a restore of a backup that had it). restore() then
brings back what it can, as the schema would have it: a row whose parent is gone (ON DELETE
CASCADE) stays out, a link that would have been cleared (SET NULL) comes back empty, and
what is gone is returned (``Restored.lost``, as it was at the delete, for the service to
name). The deleted row itself, when it cannot come back (its id is taken, or a row it
cannot be without is gone), raises ``RestoreRefused`` before anything of it is written.

Every value is kept as stored and put back as it was (``raw_rows``, ``_put``): another
program may have written anything into a column ("[b]garbage[/]" over a day), and reading
it through the column's type (a date) would end the delete in a crash, or change it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Table,
    and_,
    delete,
    exists,
    func,
    select,
    type_coerce,
    update,
)
from sqlalchemy.types import UserDefinedType
from sqlmodel import Session, SQLModel

import bounceback_tui.store.models  # noqa: F401  (registers every table in the metadata)
from bounceback_tui.errors import BouncebackError

# A row by its table and its primary key's values, in the key's column order.
RowKey = tuple[str, tuple[Any, ...]]


@dataclass
class DeletedRows:
    """What one delete removed, parents first, and the links it cleared."""

    table: str
    row_id: Any
    rows: list[tuple[str, list[dict[str, Any]]]] = field(default_factory=list)
    # (table, foreign-key column, [(primary key values, old foreign-key value), ...])
    cleared_links: list[tuple[str, str, list[tuple[dict[str, Any], Any]]]] = field(
        default_factory=list
    )
    # The rows outside the delete that its rows linked to, or whose link to them it cleared,
    # as they were then: what names a link that cannot come back because its row is gone.
    neighbours: dict[RowKey, dict[str, Any]] = field(default_factory=dict)
    # The table's highest id at the delete: a row above it was added since (ids are never
    # reused), such as the record saved again as new in another window.
    highest_id: Any = None

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == table)


@dataclass(frozen=True)
class Gone:
    """A row that a restored row was linked to, deleted since: ``row`` as it was at the
    delete (empty if it was not seen then)."""

    table: str
    row: dict[str, Any]


@dataclass(frozen=True)
class Restored:
    """The rows linked to at the delete that are gone now, each once."""

    lost: tuple[Gone, ...] = ()


class RestoreRefused(BouncebackError):
    """The deleted row cannot come back: its id is taken (``parent`` None), or ``parent``,
    a row it cannot be without, is gone. Nothing of it was written."""

    def __init__(self, parent: Gone | None = None) -> None:
        super().__init__("That cannot be brought back; nothing was changed.")
        self.parent = parent


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _key(table: Table, row: dict[str, Any]) -> RowKey:
    return table.name, tuple(row[c.name] for c in table.primary_key.columns)


class _AsStored(UserDefinedType[Any]):
    """A value as SQLite holds it, read and written through no conversion (a column's own
    type would turn a day to a ``date``, and refuse anything that is not one)."""

    cache_ok = True


def raw_rows(session: Session, table: Table, where: Any) -> list[dict[str, Any]]:
    """The rows of ``table`` matching ``where``, each value as SQLite stores it (text,
    a number, None), through no column type: a day another program wrote over is kept as
    it is, not a crash, and a good one keeps its exact text."""
    raw = [type_coerce(column, _AsStored()).label(column.name) for column in table.c]
    return [dict(r._mapping) for r in session.execute(select(*raw).where(where))]


def _put(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert ``rows`` (as ``raw_rows`` read them), each value written as it is: straight
    to SQLite, as SQLAlchemy would read the new row's key back through its type."""
    names = list(rows[0])
    quote = session.get_bind().dialect.identifier_preparer.quote
    sql = "INSERT INTO {} ({}) VALUES ({})".format(
        quote(table.name), ", ".join(quote(n) for n in names), ", ".join("?" * len(names))
    )
    session.connection().exec_driver_sql(sql, [tuple(row[n] for n in names) for row in rows])


def _children(table: Table) -> list[tuple[Table, Any, str]]:
    """(child table, foreign-key column, ondelete) for every reference to ``table``."""
    found = []
    for child in SQLModel.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent, (fk.ondelete or "").upper()))
    return found


def _collect(session: Session, table: Table, where: Any, deleted: DeletedRows) -> None:
    rows = raw_rows(session, table, where)
    if not rows:
        return
    deleted.rows.append((table.name, rows))
    pk_columns = list(table.primary_key.columns)
    if len(pk_columns) != 1:
        # No table refers to a row without a primary key or by a composite one
        # (thought_trap's key is (record_id, trap_key)), so there are no children to follow.
        return
    (pk_column,) = pk_columns
    ids = [row[pk_column.name] for row in rows]
    for child, fk_column, ondelete in _children(table):
        condition = fk_column.in_(ids)
        if ondelete == "CASCADE":
            _collect(session, child, condition, deleted)
        elif ondelete == "SET NULL":
            child_pk = [c.name for c in child.primary_key.columns]
            linked = raw_rows(session, child, condition)
            if linked:
                deleted.cleared_links.append(
                    (
                        child.name,
                        fk_column.name,
                        [({c: r[c] for c in child_pk}, r[fk_column.name]) for r in linked],
                    )
                )
                deleted.neighbours.update((_key(child, r), r) for r in linked)


def _keep_neighbours(session: Session, deleted: DeletedRows) -> None:
    """Note the rows outside the delete that its rows link to, as they are now."""
    inside = {_key(_table(name), row) for name, rows in deleted.rows for row in rows}
    for name, rows in deleted.rows:
        for fk in _table(name).foreign_keys:
            target = fk.column.table
            ids = {row[fk.parent.name] for row in rows} - {None}
            ids = {i for i in ids if (target.name, (i,)) not in inside}
            if ids:
                found = raw_rows(session, target, fk.column.in_(ids))
                deleted.neighbours.update((_key(target, r), r) for r in found)


def delete_with_undo(session: Session, table_name: str, row_id: Any) -> DeletedRows:
    """Delete one row by primary key inside ``session`` and return how to restore it."""
    table = _table(table_name)
    (pk_column,) = list(table.primary_key.columns)
    deleted = DeletedRows(table=table_name, row_id=row_id)
    deleted.highest_id = session.execute(
        select(func.max(type_coerce(pk_column, _AsStored())))
    ).scalar()
    _collect(session, table, pk_column == row_id, deleted)
    _keep_neighbours(session, deleted)
    session.execute(delete(table).where(pk_column == row_id))
    return deleted


def _present(session: Session, column: Any, values: Iterable[Any]) -> set[Any]:
    """Which of ``values`` the (primary key) ``column`` holds now."""
    wanted = list(values)
    if not wanted:
        return set()
    return {r[0] for r in session.execute(select(column).where(column.in_(wanted)))}


def _is_there(session: Session, table: Table, key: dict[str, Any]) -> bool:
    condition = and_(*(table.c[name] == value for name, value in key.items()))
    return bool(session.execute(select(exists().where(condition))).scalar())


def _not_taken(session: Session, table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rows`` less those whose key is in the table again (ids are never reused: the same
    row, brought back by a restore)."""
    pk = list(table.primary_key.columns)
    if len(pk) == 1:
        taken = _present(session, pk[0], (row[pk[0].name] for row in rows))
        return [row for row in rows if row[pk[0].name] not in taken]
    names = [c.name for c in pk]
    return [row for row in rows if not _is_there(session, table, {n: row[n] for n in names})]


def _fit(
    session: Session, table: Table, rows: list[dict[str, Any]]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[RowKey]]:
    """(rows that can come in, rows that cannot, the rows gone that they linked to): a row
    whose parent is gone (ON DELETE CASCADE) stays out; a link to a row gone that would have
    been cleared (SET NULL) comes back empty."""
    checks = []
    for fk in table.foreign_keys:
        column = fk.parent.name
        there = _present(session, fk.column, {row[column] for row in rows} - {None})
        checks.append((column, fk.column.table.name, (fk.ondelete or "").upper(), there))
    fits: list[dict[str, Any]] = []
    out: list[dict[str, Any]] = []
    gone: list[RowKey] = []
    for row in rows:
        missing = [
            (column, (target, (row[column],)), ondelete)
            for column, target, ondelete, there in checks
            if row[column] is not None and row[column] not in there
        ]
        parents = [key for _column, key, ondelete in missing if ondelete != "SET NULL"]
        if parents:
            out.append(row)
            gone.extend(parents)
        else:
            fits.append({**row, **{column: None for column, _key, _ondelete in missing}})
            gone.extend(key for _column, key, _ondelete in missing)
    return fits, out, gone


def _moved(
    deleted: DeletedRows, moved: dict[RowKey, Any]
) -> tuple[list[tuple[str, list[dict[str, Any]]]], list[tuple[str, str, list[Any]]]]:
    """The captured rows and cleared links with every link to a row of ``moved`` (its
    table and old id) turned to that row's new id; the moved rows themselves left out (the
    row they are now stands in their place)."""
    if not moved:
        return deleted.rows, deleted.cleared_links
    rows: list[tuple[str, list[dict[str, Any]]]] = []
    for name, captured in deleted.rows:
        table = _table(name)
        targets = [(fk.parent.name, fk.column.table.name) for fk in table.foreign_keys]
        kept = []
        for row in captured:
            if _key(table, row) in moved:
                continue
            for column, target in targets:
                key = (target, (row[column],))
                if key in moved:
                    row = {**row, column: moved[key]}
            kept.append(row)
        rows.append((name, kept))
    links: list[tuple[str, str, list[Any]]] = []
    for name, column, pairs in deleted.cleared_links:
        (fk,) = _table(name).c[column].foreign_keys
        target = fk.column.table.name
        links.append((name, column, [(pk, moved.get((target, (old,)), old)) for pk, old in pairs]))
    return rows, links


def restore(
    session: Session, deleted: DeletedRows, moved: dict[RowKey, Any] | None = None
) -> Restored:
    """Put back every captured row (parents first) that can come back, and re-link what
    was set to NULL where that row is still there and still unlinked. ``moved``: rows of
    the delete that stand in the store under another id now (the record saved again as
    new in another window, by its table and old id): they are not put back, and what
    linked to them comes back linked to the new id.

    A row comes back one version past the one it was deleted at: a form read before the
    delete names an older one (versions only ever go forward)."""
    moved = moved or {}
    captured_rows, cleared_links = _moved(deleted, moved)
    inside = {_key(_table(name), row) for name, rows in deleted.rows for row in rows}
    lost: dict[RowKey, Gone] = {}

    def note(key: RowKey) -> None:
        if key not in inside:  # a row of this delete that could not come back: no news
            lost.setdefault(key, Gone(key[0], deleted.neighbours.get(key, {})))

    for index, (table_name, captured) in enumerate(captured_rows):
        table = _table(table_name)
        rows = _not_taken(session, table, [dict(row) for row in captured])
        if index == 0 and not moved and not rows:
            raise RestoreRefused()
        rows, out, gone = _fit(session, table, rows)
        if index == 0 and out and not moved:
            key = gone[0]
            raise RestoreRefused(Gone(key[0], deleted.neighbours.get(key, {})))
        for key in gone:
            note(key)
        if rows:
            if "version" in table.columns:
                rows = [{**row, "version": version_of(row["version"]) + 1} for row in rows]
            _put(session, table, rows)
    for table_name, column, links in cleared_links:
        table = _table(table_name)
        (fk,) = table.c[column].foreign_keys
        there = _present(session, fk.column, {old for _pk, old in links})
        for pk, old_value in links:
            if old_value not in there:
                continue  # a row of this delete that could not come back
            condition = and_(*(table.c[name] == value for name, value in pk.items()))
            done = session.execute(
                update(table)
                .where(condition, table.c[column].is_(None))
                .values({column: old_value})
            )
            # An UPDATE's result is a CursorResult; SQLAlchemy types execute() as the base Result.
            relinked = bool(done.rowcount)  # type: ignore[attr-defined]  # see the line above
            if not relinked and not _is_there(session, table, pk):
                note((table_name, tuple(pk.values())))
    return Restored(tuple(lost.values()))


def version_of(value: Any) -> int:
    """A row's version as stored: another program can write anything over it ("x", 2.5);
    what is not a whole number counts as 0, so a row still comes back (one version on)."""
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def footprint(session: Session, table_name: str, row_id: Any) -> tuple[int | None, int]:
    """(version, rows with it): the row's version now (None: no such row) and how many rows
    deleting it would take or unlink with it, itself aside. `u` after an add compares both
    with what they were straight after the add: a change to the record, or anything linked
    to it since (a line logged about a person just added), means it stays."""
    session.flush()
    table = _table(table_name)
    (pk_column,) = list(table.primary_key.columns)
    version = session.execute(select(table.c.version).where(pk_column == row_id)).scalar()
    if version is None:
        return None, 0
    found = DeletedRows(table=table_name, row_id=row_id)
    _collect(session, table, pk_column == row_id, found)
    rows = sum(len(rows) for _name, rows in found.rows) - 1
    return version_of(version), rows + sum(len(links) for _t, _c, links in found.cleared_links)


def fill_if_empty(
    session: Session, table_name: str, row_id: Any, column: str, value: Any, *, at: Any
) -> tuple[bool, Any]:
    """Put ``value`` back in the row's ``column`` only while it is empty (compare-and-set on
    the value: `u` after an add that cleared it), ``updated_at`` set to ``at`` where the
    table has one. Returns (put back, the value there now; None when the row is gone)."""
    session.flush()
    table = _table(table_name)
    (pk_column,) = list(table.primary_key.columns)
    values = {column: value} | ({"updated_at": at} if "updated_at" in table.c else {})
    where = and_(pk_column == row_id, table.c[column].is_(None))
    if session.execute(update(table).where(where).values(**values)).rowcount:  # type: ignore[attr-defined]  # a CursorResult for an UPDATE
        return True, value
    now = session.execute(select(table.c[column]).where(pk_column == row_id)).scalar()
    return False, now
