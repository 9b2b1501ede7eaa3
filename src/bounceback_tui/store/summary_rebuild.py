"""The store's summary (its derived tables, ``summary_*``) rebuilt from the rows, as this
version's triggers would have written it, for a restore to run in its own transaction.

The summary is derived data: Today's figures (``summary_day``, ``summary_bounce_back``,
``summary_open_plan``, ``summary_plan_length``: v005, an open plan's row as v009 writes it)
and the Pipeline's funnel (``summary_funnel_*``, ``summary_reply_days``: v006 as v008 counts
it). A backup whose ``summary_day`` was changed by hand (five applications sent today that no
row holds) was restored as it was, and Today said "This week 5 of 7" over a week with none
sent (the twenty-eighth round's left-alone list). The rows are checked before a restore; the
summary is not checked but made again from them.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.store.contents import DERIVED_PREFIX
from bounceback_tui.store.migrations import v005_today_summary as v005
from bounceback_tui.store.migrations import v008_funnel_reported_stage as v008
from bounceback_tui.store.migrations import v009_skipped_steps as v009

# The funnel's tables: its per-application rows, and the two that triggers on those add up.
_FUNNEL_ADDED = ("summary_funnel_stage", "summary_reply_days")
SUMMARY_TABLES = (*v005.SUMMARY_TABLES, "summary_funnel_application", *_FUNNEL_ADDED)


def rebuild_summary(conn: sqlite3.Connection) -> None:
    """Empty every summary table on ``conn`` (a store at this version's schema) and fill it
    from the rows, set-based; the caller holds the transaction. A ``summary_`` table this
    module does not know is refused (StoreError) rather than left as it came."""
    from bounceback_tui.errors import StoreError

    found = {
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ? ESCAPE '\\'",
            (DERIVED_PREFIX.replace("_", "\\_") + "%",),
        )
    }
    if unknown := sorted(found - set(SUMMARY_TABLES)):
        raise StoreError(f"The summary table {unknown[0]} is not one this version rebuilds.")
    for table in (*v005.SUMMARY_TABLES, *_FUNNEL_ADDED, "summary_funnel_application"):
        conn.execute(f"DELETE FROM {table}")
    v005.backfill(conn, open_plan_row=v009.OPEN_PLAN_ROW)
    # Its triggers (summary_funnel_add) add each row up into the other two, as on every write.
    conn.execute(f"INSERT INTO summary_funnel_application {v008.FUNNEL_ROW}")
