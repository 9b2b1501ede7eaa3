"""A read-only sqlite3 connection and the two ways the fast reads use it.

``FastReader`` (store/fastread.py) and its parts read through this: one value
(``_one``) or many rows in a single step (``_packed``), never through the ORM.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Self

from bounceback_tui.store.sqlite_file import connect
from bounceback_tui.stored_dates import stored_day


class ReadConnection:
    """A read-only connection to the store. Close it when done (or use ``with``)."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path  # to say a failed read as the store's own reads say it
        self.conn: sqlite3.Connection = connect(db_path, read_only=True)
        # The day a stored value reads as, for the reads' SQL (due_conditions.day_reads).
        self.conn.create_function("bb_day", 1, _day_text, deterministic=True)
        self.db_path = db_path  # the days opened are kept beside it (services/days_opened)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _one(self, sql: str, *params: Any) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def _packed(self, sql: str, params: tuple[object, ...] = ()) -> list[list[Any]]:
        """The rows of ``sql`` read in a single step; ``sql`` selects one column,
        ``json_array(...) AS packed_row``. sqlite3 hands the GIL back for every row it
        steps through, so a prefetch reading thousands of rows while the UI thread starts
        would queue for it thousands of times (each wait up to the switch interval)."""
        (packed,) = self.conn.execute(
            f"SELECT json_group_array(json(packed_row)) FROM ({sql})", params
        ).fetchone()
        return json.loads(packed)


def _day_text(value: object) -> str | None:
    day = stored_day(value)
    return day.isoformat() if day is not None else None
