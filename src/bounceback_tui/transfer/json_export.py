"""Everything in the store as one JSON document that re-imports to an identical store.

Layout (format_version 1)::

    {"format": "bounceback-tui", "format_version": 1, "schema_version": 1,
     "app_version": "0.1.0", "exported_at": "2026-03-16 09:30:00",
     "tables": {"application": [{"id": 1, "company": "Acme", ...}, ...], ...}}

Values are exactly what the store holds: dates and times as ISO text, booleans
as 0/1, empty values as null; but a closed application's follow-up, which a store made
before closing cleared it may still hold, is written null (store/due_conditions.py), and a
date another program wrote over is null, kept as stored under the row's "unreadable"
(transfer/json_unreadable.py).
Tables are listed parents first. Rows are written one per line, so a 10,000-application
store streams out in about a second.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from bounceback_tui import __version__, clock
from bounceback_tui.domain.due import NO_FOLLOW_UP_STAGES
from bounceback_tui.domain.text import json_safe
from bounceback_tui.store.due_conditions import open_follow_up
from bounceback_tui.store.sqlite_file import connect, inspect_store
from bounceback_tui.transfer.json_checks import check_value
from bounceback_tui.transfer.json_refused import DateRefusals
from bounceback_tui.transfer.json_unreadable import UnreadableDate, date_columns, set_aside
from bounceback_tui.transfer.progress import ProgressFn, no_progress
from bounceback_tui.transfer.schema import own_tables, quote, read_tables
from bounceback_tui.transfer.scratch import SCRATCH_SETTINGS

FORMAT_NAME = "bounceback-tui"
# Columns read as they count rather than as stored: no follow-up on a closed application.
_READ_AS = {
    ("application", "next_follow_up"): open_follow_up(NO_FOLLOW_UP_STAGES, "application"),
}
FORMAT_VERSION = 1
# Settings that are a window's scratch (transfer/scratch.py): left out of the export, and of
# an import (an older export may carry one).
_SCRATCH_LEFT_OUT = f" WHERE key NOT IN ({', '.join('?' for _ in SCRATCH_SETTINGS)})"


def _rows_kept(table: str) -> tuple[str, tuple[str, ...]]:
    """The condition (and its values) leaving a table's scratch rows out of the export."""
    return (_SCRATCH_LEFT_OUT, SCRATCH_SETTINGS) if table == "setting" else ("", ())


@dataclass
class ExportSummary:
    rows: dict[str, int] = field(default_factory=dict)
    # Dates the store holds that are no date: null, kept as stored under "unreadable".
    unreadable: list[UnreadableDate] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def count(self, table: str) -> int:
        return self.rows.get(table, 0)


def export_json(db_path: Path, out: TextIO, progress: ProgressFn = no_progress) -> ExportSummary:
    """Write every table of the store at ``db_path`` to ``out`` (the app's own tables and
    columns: another program's are left out, the store left as it is).

    Reads one consistent snapshot (a single read transaction), so a window
    writing at the same time cannot produce a half-old, half-new export.
    """
    version = inspect_store(db_path)
    conn = connect(db_path, read_only=True)
    summary = ExportSummary()
    now = clock.now()
    judge = DateRefusals(now.date(), check_value)
    try:
        conn.execute("BEGIN")
        tables = own_tables(read_tables(conn), version)  # never another program's
        counts = {
            t.name: conn.execute(
                f"SELECT count(*) FROM {quote(t.name)}{_rows_kept(t.name)[0]}",
                _rows_kept(t.name)[1],
            ).fetchone()[0]
            for t in tables
        }
        total = sum(counts.values())
        header = {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "schema_version": version,
            "app_version": __version__,
            "exported_at": now.isoformat(sep=" "),
        }
        out.write("{\n")
        for key, value in header.items():
            out.write(f"  {json.dumps(key)}: {json.dumps(value)},\n")
        out.write('  "tables": {')
        done = 0
        for index, table in enumerate(tables):
            out.write("," if index else "")
            out.write(f"\n    {json.dumps(table.name)}: [")
            names = table.column_names
            order = ", ".join(quote(k) for k in table.key_columns)
            # A column read as it counts is read as stored too: a value there the import
            # would refuse is kept (under "unreadable"), never made null with the rest.
            as_read = [n for n in names if (table.name, n) in _READ_AS]
            read = ", ".join(
                [_READ_AS.get((table.name, n), quote(n)) for n in names]
                + [quote(n) for n in as_read]
            )
            kept, values = _rows_kept(table.name)
            cursor = conn.execute(
                f"SELECT {read} FROM {quote(table.name)}{kept} ORDER BY {order}", values
            )
            written = 0
            dated = date_columns(table)
            for row in cursor:
                out.write("," if written else "")
                out.write("\n      ")
                # Control characters and bidi overrides as \uXXXX: the same data, and nothing
                # a terminal acts on if the file is printed (domain/text.json_safe).
                record = dict(zip(names, row[: len(names)], strict=True))
                for name, stored in zip(as_read, row[len(names) :], strict=True):
                    column = table.column(name)
                    if stored is not None and column and check_value(table.name, column, stored):
                        record[name] = stored
                refused = judge.of(table, record, dated)  # as the import would judge it
                whys = judge.reasons(table, record, refused, now) if refused else {}
                summary.unreadable += set_aside(table, record, written + 1, whys)
                row_json = json.dumps(record, ensure_ascii=False)
                out.write(json_safe(row_json))
                written += 1
                done += 1
                if done % 500 == 0:
                    progress("Exporting", done, total)
            out.write("\n    ]" if written else "]")
            summary.rows[table.name] = written
        out.write("\n  }\n}\n")
        progress("Exporting", done, total)
    except sqlite3.Error as exc:
        from bounceback_tui.store.failure_words import describe_operational_error
        from bounceback_tui.transfer.files import TransferError

        raise TransferError(describe_operational_error(exc, db_path)) from exc
    finally:
        conn.close()
    return summary
