"""Applications as CSV: columns a spreadsheet or another tracker understands.

One row per application, headers in plain words, dates as ISO (every spreadsheet
reads them), stages and sources as their labels. Cells that a spreadsheet would
run as a formula (starting with = + - @), or that an import would read as nothing ("N/A",
"-"), get a leading apostrophe, which the CSV import removes again. The file re-imports into
an empty store as the same applications, field for field (transfer/csv_kept.py; the JSON
export is the one that keeps everything else).
"""

from __future__ import annotations

import csv
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from bounceback_tui.domain.applications import Source, WorkMode
from bounceback_tui.domain.due import NO_FOLLOW_UP_STAGES
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import is_blank, saved_line
from bounceback_tui.store.due_conditions import open_follow_up
from bounceback_tui.store.sqlite_file import connect, inspect_store
from bounceback_tui.stored_dates import stored_day, stored_moment
from bounceback_tui.transfer import csv_history
from bounceback_tui.transfer.csv_people import escape_person, split_people
from bounceback_tui.transfer.csv_values import needs_guard
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_unreadable import UnreadableDate
from bounceback_tui.transfer.progress import ProgressFn, no_progress


def is_own_export(headers: list[str]) -> bool:
    """Whether a CSV file's header row (each cell trimmed) is the one this export writes
    (``COLUMNS``, in order), or wrote before it had a Stage history: then, and only then, a
    doubled ";" in its people is a ";" of a name's own (``csv_people.split_people``)."""
    own = tuple(header for header, _, _ in COLUMNS)
    return tuple(headers) in (own, tuple(h for h in own if h != csv_history.HEADER))


def _label(kind: Any) -> Callable[[Any], str]:
    def convert(value: Any) -> str:
        try:
            return kind(value).label
        except ValueError:
            return str(value)

    return convert


def _yes_no(value: Any) -> str:
    return "yes" if value else "no"


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# Every linked person in both lists, in the same order, a person with no email an empty
# place in the emails' ("Sam Ito; Kim Do" and "; kim@x.com"): an import pairs them by place,
# and leaving the empty ones out gave Sam Kim's address (a stranger's walk).
# A ";" of a name's own is written doubled (transfer/csv_people.escape_person), so the import
# reads "Lee; Kim" as one person, not two.
_PEOPLE = (
    "(SELECT group_concat(replace({column}, ';', ';;'), '; ') FROM (SELECT c.{column} "
    "FROM application_contact l "
    "JOIN contact c ON c.id = l.contact_id WHERE l.application_id = application.id "
    "ORDER BY l.created_at, c.id))"
)
_PEOPLE_NAMES = _PEOPLE.format(column="name")
_PEOPLE_EMAILS = _PEOPLE.format(column="email")


def _names(value: Any) -> str:
    """The names' list, each name as People saves one (one space between its words, none at
    its ends), as the import reads it (services/people_import): the file shows what comes
    back."""
    return "; ".join(
        escape_person(" ".join(saved_line(name).split()))
        for name in split_people(str(value), escaped=True)
    )


def _emails(value: Any) -> str:
    """The emails' list, or nothing when nobody linked has one ("; " said nothing)."""
    return str(value) if str(value).replace(";", "").strip() else ""  # ";;" too


_REJECTED_ON = (
    "(CASE WHEN stage = 'rejected' THEN (SELECT max(r.rejected_on) FROM rejection r "
    "WHERE r.application_id = application.id) END)"
)
# The stage a Rejected application's latest no came at and the reason given with it.
_LATEST_NO = (
    "(CASE WHEN stage = 'rejected' THEN (SELECT r.{column} FROM rejection r "
    "WHERE r.application_id = application.id ORDER BY r.rejected_on DESC, r.id DESC LIMIT 1) END)"
)
_BEFORE_PEOPLE = {
    _PEOPLE_NAMES: "replace(contact_name, ';', ';;')",
    _PEOPLE_EMAILS: "replace(contact_email, ';', ';;')",
}

# (header, column or SQL expression, how to write a non-empty value)
COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    # One-line texts as the forms save them (saved_line: trimmed), many-line ones as they are:
    # the import keeps what the file shows (transfer/csv_kept.py).
    ("Company", "company", saved_line),
    ("Role", "role", saved_line),
    ("Stage", "stage", _label(Stage)),
    ("Date applied", "date_applied", str),
    ("Link", "link", str),
    ("Location", "location", saved_line),
    ("Work mode", "work_mode", _label(WorkMode)),
    ("Salary min", "salary_min", _number),
    ("Salary max", "salary_max", _number),
    ("Salary currency", "salary_currency", str),
    ("Salary period", "salary_period", str),
    ("Source", "source", _label(Source)),
    ("Excitement", "excitement", str),
    # The people linked to the application (docs/data-model.md: contact), "; " between them.
    ("Contact name", _PEOPLE_NAMES, _names),
    ("Contact email", _PEOPLE_EMAILS, _emails),
    # None for a closed application, whose day an older store may still hold.
    ("Next follow-up", open_follow_up(NO_FOLLOW_UP_STAGES, "application"), str),
    # A Rejected application's no (its latest), so the import records it on that day.
    ("Rejected on", _REJECTED_ON, str),
    ("Got as far as", _LATEST_NO.format(column="stage_reached"), _label(Stage)),
    ("Rejection reason", _LATEST_NO.format(column="reason"), str),
    ("Employment type", "employment_type", saved_line),
    ("Notes", "notes", str),
    ("Description", "description", str),
    # The facts What's working compares; a yes/no column is empty when it was not said.
    ("Company size", "company_size", saved_line),
    ("Posted on", "posted_on", str),
    ("Cover letter", "cover_letter", _yes_no),
    ("Tailored resume", "tailored_resume", _yes_no),
    ("Created", "created_at", lambda v: str(v)[:19]),
    ("Updated", "updated_at", lambda v: str(v)[:19]),
    # Every move of its timeline with its day, in the order made (transfer/csv_history.py);
    # last, so that the columns an export had before it keep their places.
    (csv_history.HEADER, csv_history.SQL, csv_history.written),
)


def _selectable(
    conn: sqlite3.Connection, columns: tuple[tuple[str, str, Callable[[Any], str]], ...]
) -> list[str]:
    """Each column's expression, or NULL where the store predates it: ``export`` reads a
    store as it finds it, and one from before schema 3 (the insight facts) or 4 (people)
    exports with those columns empty (its contact from the application's own columns)."""
    present = {row[1] for row in conn.execute("PRAGMA table_info(application)")}
    has_people = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'application_contact'"
    ).fetchone()
    chosen = []
    for _, column, _ in columns:
        if not has_people and column in _BEFORE_PEOPLE:
            column = _BEFORE_PEOPLE[column]  # the application held its one contact itself
        chosen.append(column if not column.isidentifier() or column in present else "NULL")
    return chosen


def _says_nothing(value: Any) -> bool:
    """No value, or a text of spaces alone (which the import, as the forms, reads as none)."""
    return value is None or (isinstance(value, str) and is_blank(value))


def guard_formula(text: str) -> str:
    """Keep spreadsheets from running a cell as a formula (CSV injection), and the import from
    reading a text such as "N/A" or "-" as nothing (csv_values.needs_guard). A text that
    itself starts as a guarded one ("'=foo", "''=foo", typed so) is guarded too, so that the
    import, which takes one apostrophe off, gives it back as typed (it came back "=foo": an
    attacker's walk)."""
    return "'" + text if needs_guard(text) else text


# The columns that hold a day or a moment, read as the app reads them (stored_dates.py).
_DAYS: dict[str, Callable[[object], object]] = {
    "Date applied": stored_day,
    "Next follow-up": stored_day,
    "Rejected on": stored_day,
    "Posted on": stored_day,
    "Created": stored_moment,
    "Updated": stored_moment,
}


def _readable(
    header: str, value: Any, app_id: object, unreadable: list[UnreadableDate] | None
) -> Any:
    """``value``, or None for a date another program wrote over (noted in ``unreadable``):
    written as stored ("soon"), the import refused its row and the application stayed behind;
    written empty, the row comes back (the JSON export keeps it aside: json_unreadable.py).
    So is each move of the stage history: one whose day is no day is left out, and named."""
    if header == csv_history.HEADER:
        moves, unread = csv_history.stored_moves(value)
        if unreadable is not None:
            unreadable.extend(
                UnreadableDate("application", str(app_id), csv_history.unread_column(stage), day)
                for stage, day in unread
            )
        return moves or None
    read = _DAYS.get(header)
    if read is None or _says_nothing(value) or read(value) is not None:
        return value
    if unreadable is not None:
        unreadable.append(UnreadableDate("application", str(app_id), header, value))
    return None


def export_csv(
    db_path: Path,
    out: TextIO,
    progress: ProgressFn = no_progress,
    unreadable: list[UnreadableDate] | None = None,
) -> int:
    """Write every application to ``out``, oldest first; return how many. A date the app
    cannot read is written empty and added to ``unreadable``."""
    inspect_store(db_path)
    conn = connect(db_path, read_only=True)
    try:
        total = conn.execute("SELECT count(*) FROM application").fetchone()[0]
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([header for header, _, _ in COLUMNS])
        names = ", ".join(_selectable(conn, COLUMNS))
        cursor = conn.execute(
            f"SELECT {names}, id FROM application "
            "ORDER BY coalesce(date_applied, substr(created_at, 1, 10)), id"
        )
        done = 0
        for *row, app_id in cursor:
            values = [
                _readable(header, value, app_id, unreadable)
                for value, (header, _, _) in zip(row, COLUMNS, strict=True)
            ]
            writer.writerow(
                [
                    "" if _says_nothing(value) else guard_formula(write(value))
                    for value, (_, _, write) in zip(values, COLUMNS, strict=True)
                ]
            )
            done += 1
            if done % 500 == 0:
                progress("Exporting", done, total)
        progress("Exporting", done, total)
        return done
    except sqlite3.Error as exc:
        from bounceback_tui.store.failure_words import describe_operational_error

        raise TransferError(describe_operational_error(exc, db_path)) from exc
    finally:
        conn.close()
