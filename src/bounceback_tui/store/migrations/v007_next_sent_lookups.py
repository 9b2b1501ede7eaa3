"""Today's summary: an added application finds the noes it may now come first after by an
index lookup, not by a walk of every no before its date.

v005's triggers recomputed, for an application sent on day D, every summary row with a no
on or before D whose next application was none yet or after D. SQLite answered "on or
before D" from the day index, so each application added (or re-dated) read every no dated
before it: a CSV import of 40,000 rows with noes took minutes, holding the write lock all
the while (docs/performance.md, "A CSV import with noes").

The rows that can change are found exactly now. A no on or before D whose next application
is after D has, as its next, the first or (when that first is the no's own application) the
second application dated after D: two dates, looked up in the applications' date index, and
then each row by (next date, day) in the summary's next index, widened to hold the day. A
no with none yet is found by (none, day) in the same index. A no on D itself changes only
through the same-day rule, which needs the application recorded after the no: for an
added one, the noes of that day recorded earlier, found by the rejections' (day, recorded)
index. The summary holds the same rows as before; only the way to them changed.

Left as it is (a review's fuzzing, twentieth round): a hand edit with foreign keys off (the
sqlite3 shell's default) that writes an application's move out of Saved before the
application itself, on the day of a no recorded between the two, leaves that no's next
application unset; every writer of the app keeps foreign keys on, and a restore or a JSON
import rebuilds the summary. Looking at every no of the day on each insert would make a
file of noes on one day quadratic again (tests/test_csv_import_scale.py).
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.store.migrations.v005_today_summary import NEXT_SENT, _count_day

VERSION = 7
DESCRIPTION = "Today's summary finds an application's noes by index lookups"

_INDEXES = (
    "DROP INDEX ix_summary_bounce_back_next",
    "CREATE INDEX ix_summary_bounce_back_next ON summary_bounce_back (next_sent_on, rejected_on)",
    "CREATE INDEX ix_rejection_day_recorded ON rejection (rejected_on, created_at)",
)

_REPLACED = ("summary_application_insert", "summary_application_update")


def _refresh(where: str) -> str:
    """Recompute the next application of the summary rows matching ``where``."""
    return (
        "UPDATE summary_bounce_back SET next_sent_on = "
        f"(SELECT {NEXT_SENT} FROM rejection r WHERE r.id = summary_bounce_back.rejection_id) "
        f"WHERE {where};"
    )


def _first_two_after(day: str) -> str:
    """The dates of the first two applications dated after ``day``."""
    return (
        f"(SELECT a.date_applied FROM application a WHERE a.date_applied > {day} "
        "ORDER BY a.date_applied LIMIT 2)"
    )


def _sent_before_or_on(day: str, on_the_day: str) -> str:
    """Summary rows an application now dated ``day`` may come first for: noes before that day
    with nothing sent yet or only after it, and the noes of that day ``on_the_day`` picks."""
    return (
        _refresh(f"next_sent_on IS NULL AND rejected_on < {day}")
        + _refresh(f"next_sent_on IN {_first_two_after(day)} AND rejected_on < {day}")
        + _refresh(on_the_day)
    )


def triggers() -> list[str]:
    """The two application triggers of v005 that this migration replaces."""
    return [
        "CREATE TRIGGER summary_application_insert AFTER INSERT ON application "
        "WHEN NEW.date_applied IS NOT NULL BEGIN "
        + _count_day("NEW.date_applied", "sent", 1)
        # A new application comes first on its own day only for the noes recorded before it.
        + _sent_before_or_on(
            "NEW.date_applied",
            "rejection_id IN (SELECT id FROM rejection WHERE rejected_on = NEW.date_applied "
            "AND created_at < NEW.created_at) "
            "AND (next_sent_on IS NULL OR next_sent_on > NEW.date_applied)",
        )
        + "END",
        "CREATE TRIGGER summary_application_update AFTER UPDATE OF "
        "id, date_applied, created_at ON application BEGIN "
        + _count_day("OLD.date_applied", "sent", -1)
        + _count_day("NEW.date_applied", "sent", 1)
        + _refresh("next_sent_on = OLD.date_applied")
        # A re-dated one may count on its new day through its timeline (moved out of Saved
        # after the no): every no of that day with nothing sent, or only later, is looked at.
        + _sent_before_or_on(
            "NEW.date_applied",
            "rejected_on = NEW.date_applied "
            "AND (next_sent_on IS NULL OR next_sent_on > NEW.date_applied)",
        )
        + "END",
    ]


def upgrade(conn: sqlite3.Connection) -> None:
    for statement in _INDEXES:
        conn.execute(statement)
    for name in _REPLACED:
        conn.execute(f"DROP TRIGGER {name}")
    for statement in triggers():
        conn.execute(statement)
