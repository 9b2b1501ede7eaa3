"""Delete a row with everything that hangs off it, keeping what is needed to put it all back.

Used for the `u` (undo) key after a delete: the rows removed by the delete and
its ON DELETE CASCADE children are captured first, and links that SQLite sets
to NULL (ON DELETE SET NULL) are remembered, so restore() brings back the exact
same rows, ids included, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlmodel import Session, SQLModel

import bounceback_tui.store.models  # noqa: F401  (registers every table in the metadata)


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

    def count(self, table: str) -> int:
        return sum(len(rows) for name, rows in self.rows if name == table)


def _table(name: str) -> Table:
    return SQLModel.metadata.tables[name]


def _children(table: Table) -> list[tuple[Table, Any, str]]:
    """(child table, foreign-key column, ondelete) for every reference to ``table``."""
    found = []
    for child in SQLModel.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is table:
                found.append((child, fk.parent, (fk.ondelete or "").upper()))
    return found


def _collect(session: Session, table: Table, where: Any, deleted: DeletedRows) -> None:
    rows = [dict(r._mapping) for r in session.execute(select(table).where(where))]
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
            pk_columns = list(child.primary_key.columns)
            links = [
                ({c.name: r._mapping[c.name] for c in pk_columns}, r._mapping[fk_column.name])
                for r in session.execute(select(*pk_columns, fk_column).where(condition))
            ]
            if links:
                deleted.cleared_links.append((child.name, fk_column.name, links))


def delete_with_undo(session: Session, table_name: str, row_id: Any) -> DeletedRows:
    """Delete one row by primary key inside ``session`` and return how to restore it."""
    table = _table(table_name)
    (pk_column,) = list(table.primary_key.columns)
    deleted = DeletedRows(table=table_name, row_id=row_id)
    _collect(session, table, pk_column == row_id, deleted)
    session.execute(delete(table).where(pk_column == row_id))
    return deleted


def restore(session: Session, deleted: DeletedRows) -> None:
    """Put back every captured row (parents first) and re-link what was set to NULL.

    A row comes back one version past the one it was deleted at: a form read before the
    delete names an older one (versions only ever go forward)."""
    for table_name, rows in deleted.rows:
        table = _table(table_name)
        if "version" in table.columns:
            rows = [{**row, "version": row["version"] + 1} for row in rows]
        session.execute(insert(table), rows)
    for table_name, column, links in deleted.cleared_links:
        table = _table(table_name)
        for key, old_value in links:
            condition = and_(*(table.c[name] == value for name, value in key.items()))
            session.execute(update(table).where(condition).values({column: old_value}))
