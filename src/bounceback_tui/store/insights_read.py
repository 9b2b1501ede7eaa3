"""Read-only queries for "What's working" and Today's care pieces, over sqlite3.

Like ``fastread``: no ORM, so the command line and Today's after-first-paint fill-ins stay
quick, and a test runs every query against a store the migrations built.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import date
from typing import Any

from bounceback_tui.store.fastread import FastReader
from bounceback_tui.store.ratings import rated

_WEEK_OF = "date({col}, 'weekday 0', '-6 days')"
# The ways What's working groups sent applications, as ``sent_tallies`` adds them up (the
# columns of its ``f``), and "now": where each stands, for the flow.
TALLIED = (
    "source",
    "role",
    "excitement",
    "month",
    "company_size",
    "posting_age",
    "cover_letter",
    "tailored_resume",
    "now",
)


def _marks(values: Sequence[str]) -> str:
    return ", ".join("?" for _ in values)


class InsightsReader(FastReader):
    """FastReader plus the reads of the insights and care views."""

    def sent_tallies(
        self,
        replied: Sequence[str],
        applied: str,
        stages: Sequence[str],
        start: date | None = None,
        end: date | None = None,
    ) -> list[list[Any]]:
        """The sent applications (in the range, by date applied) added up in SQL: a row for
        each way of grouping them (``TALLIED``), value, stages reached and days to a first
        reply, [grouping, value, mask, days, how many, the first (date applied, id) of them
        (for "role" only)]. A few thousand rows at most, whatever the size of the store:
        What's working read every application and its timeline into Python, 4 to 11 s of
        CPU at 100,000 (docs/performance.md); this is one step of SQLite, which lets the
        interpreter go meanwhile.

        ``mask`` has bit i set where the application reached ``replied[i]``: its stage, an
        entry of its timeline, or the stage one of its rejections says it got as far as.
        ``days``, for one whose timeline holds ``applied``: from its date to the first
        *move* into a replied stage (its timeline's first entry, by day then id, is not a
        move), never below 0; else null. Timeline entries whose stage is not one of
        ``stages`` (an edit by hand) count for nothing. The grouping "now" is where each
        stands, for the flow: its stage, or, that not one of ``stages``, its timeline's last
        (days are not asked there: null)."""
        every, reply = _marks(stages), _marks(replied)
        bits = " | ".join(f"(max({{col}} = ?) << {i})" for i in range(len(replied)))
        own = " ".join(f"WHEN ? THEN {1 << i}" for i in range(len(replied)))
        timeline = f"FROM stage_change c WHERE c.application_id = a.id AND c.to_stage IN ({every})"
        # The first move into a replied stage, asked only where a replied entry is dated its
        # timeline's first day (it may be the first entry, which is not a move).
        moved = (
            f"(SELECT min(changed_on) FROM (SELECT c.to_stage, c.changed_on {timeline} "
            f"ORDER BY c.changed_on, c.id LIMIT -1 OFFSET 1) WHERE to_stage IN ({reply}))"
        )
        tallied = " UNION ALL ".join(
            f"SELECT json_array('{name}', {name}, mask, {'NULL' if name == 'now' else 'days'}, "
            f"count(*), {'min(first)' if name == 'role' else 'NULL'}) AS packed_row FROM f "
            f"GROUP BY {name}, mask{'' if name == 'now' else ', days'}"
            for name in TALLIED
        )
        sql = (
            f"WITH tl AS (SELECT application_id AS id, {bits.format(col='to_stage')} AS mask, "
            "max(to_stage = ?) AS seen_applied, min(changed_on) AS began, "
            f"min(CASE WHEN to_stage IN ({reply}) THEN changed_on END) AS replied_on "
            f"FROM stage_change WHERE to_stage IN ({every}) GROUP BY application_id), "
            f"rp AS (SELECT application_id AS id, {bits.format(col='stage_reached')} AS mask "
            "FROM rejection WHERE application_id IS NOT NULL "
            f"AND stage_reached IN ({reply}) GROUP BY application_id), "
            "f AS (SELECT a.role, a.source, a.excitement, a.company_size, "
            "substr(a.date_applied, 1, 7) AS month, "
            "CASE WHEN a.posted_on IS NOT NULL THEN max(0, CAST(julianday(a.date_applied) "
            "- julianday(substr(a.posted_on, 1, 10)) AS INTEGER)) END AS posting_age, "
            "a.cover_letter, a.tailored_resume, "
            f"CASE WHEN a.stage IN ({every}) THEN a.stage ELSE (SELECT c.to_stage {timeline} "
            "ORDER BY c.changed_on DESC, c.id DESC LIMIT 1) END AS now, "
            f"coalesce(tl.mask, 0) | coalesce(rp.mask, 0) | (CASE a.stage {own} ELSE 0 END) "
            "AS mask, CASE WHEN tl.seen_applied AND tl.replied_on IS NOT NULL THEN "
            "max(0, CAST(julianday(CASE WHEN tl.replied_on > tl.began THEN tl.replied_on "
            f"ELSE {moved} END) - julianday(a.date_applied) AS INTEGER)) END AS days, "
            "a.date_applied || ' ' || printf('%012d', a.id) AS first "
            "FROM application a LEFT JOIN tl ON tl.id = a.id LEFT JOIN rp ON rp.id = a.id "
            "WHERE a.date_applied IS NOT NULL AND (? IS NULL OR a.date_applied >= ?) "
            "AND (? IS NULL OR a.date_applied <= ?)) "
            f"{tallied}"
        )
        since = start.isoformat() if start else None
        until = end.isoformat() if end else None
        params = (
            *(*replied, applied, *replied, *stages),  # tl
            *(*replied, *replied),  # rp
            *(*stages, *stages, *replied, *stages, *replied),  # f: now, mask, days
            *(since, since, until, until),
        )
        return self._packed(sql, params)

    # -- care --------------------------------------------------------------------------

    def coping_cards(self) -> list[tuple[int, str]]:
        return [
            (card_id, text)
            for card_id, text in self.conn.execute("SELECT id, text FROM coping_card ORDER BY id")
        ]

    def rejected_on(self, day: date) -> bool:
        return bool(
            self._one(
                "SELECT EXISTS (SELECT 1 FROM rejection WHERE rejected_on = ?)", day.isoformat()
            )
        )

    def mood_today(self, day: date) -> int | None:
        value = self._one("SELECT mood FROM check_in WHERE day = ?", day.isoformat())
        return int(value) if value is not None else None

    def mood_per_week(self, since: date) -> dict[date, float]:
        """The mean check-in mood of each week (Monday) since ``since``."""
        week = _WEEK_OF.format(col="day")
        rows = self.conn.execute(
            f"SELECT {week} AS wk, avg(mood) FROM check_in WHERE day >= ? GROUP BY wk",
            (since.isoformat(),),
        )
        return {date.fromisoformat(wk): float(mood) for wk, mood in rows}

    def reframe_shifts(self) -> list[tuple[int, float | None, int | None, int | None]]:
        """(record id, mean intensity drop over its re-rated feelings, belief before, belief
        after) of every completed record, oldest first."""
        rows = self._packed(
            f"SELECT json_array(t.id, (SELECT avg({rated('f.intensity_before')} - "
            f"{rated('f.intensity_after')}) FROM thought_feeling f WHERE f.record_id = t.id "
            f"AND f.intensity_after IS NOT NULL), {rated('t.belief_before')}, "
            f"{rated('t.belief_after')}) AS packed_row FROM thought_record t "
            "WHERE t.status = 'complete' ORDER BY t.created_at, t.id"
        )
        return [(rid, drop, before, after) for rid, drop, before, after in rows]


def open_reader(db_path: Any) -> InsightsReader:
    return InsightsReader(db_path)


__all__ = ["InsightsReader", "open_reader", "sqlite3"]
