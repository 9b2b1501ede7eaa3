"""Read-only queries for "What's working" and Today's care pieces, over sqlite3.

Like ``fastread``: no ORM, so the command line and Today's after-first-paint fill-ins stay
quick, and a test runs every query against a store the migrations built.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from bounceback_tui.store.fastread import FastReader

_WEEK_OF = "date({col}, 'weekday 0', '-6 days')"


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


class InsightsReader(FastReader):
    """FastReader plus the reads of the insights and care views."""

    def sent_applications(self) -> list[tuple[Any, ...]]:
        """(id, role, date applied, source, excitement, company size, posted on, cover letter,
        tailored resume, current stage) of every sent application, oldest first."""
        rows = self._packed(
            "SELECT json_array(id, role, date_applied, source, excitement, company_size, "
            "posted_on, cover_letter, tailored_resume, stage) AS packed_row FROM application "
            "WHERE date_applied IS NOT NULL ORDER BY date_applied, id"
        )
        return [
            (
                row[0],
                row[1],
                date.fromisoformat(row[2]),
                row[3],
                row[4],
                row[5],
                _day(row[6]),
                _flag(row[7]),
                _flag(row[8]),
                row[9],
            )
            for row in rows
        ]

    def timelines(self) -> dict[int, list[tuple[str, date]]]:
        """Every application's stage changes, oldest first: id -> [(stage, day)]."""
        rows = self._packed(
            "SELECT json_array(application_id, to_stage, changed_on) AS packed_row "
            "FROM stage_change ORDER BY application_id, changed_on, id"
        )
        found: dict[int, list[tuple[str, date]]] = {}
        for app_id, stage, day in rows:
            found.setdefault(app_id, []).append((stage, date.fromisoformat(day)))
        for timeline in found.values():
            timeline.sort(key=lambda item: item[1])  # aggregate order is not promised
        return found

    def reported_stages(self) -> dict[int, list[str]]:
        """What each application's rejections say it got as far as: id -> [stage key]."""
        found: dict[int, list[str]] = {}
        for app_id, stage in self.conn.execute(
            "SELECT application_id, stage_reached FROM rejection "
            "WHERE application_id IS NOT NULL AND stage_reached != ''"
        ):
            found.setdefault(app_id, []).append(stage)
        return found

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
            "SELECT json_array(t.id, (SELECT avg(f.intensity_before - f.intensity_after) "
            "FROM thought_feeling f WHERE f.record_id = t.id AND f.intensity_after IS NOT NULL), "
            "t.belief_before, t.belief_after) AS packed_row FROM thought_record t "
            "WHERE t.status = 'complete' ORDER BY t.created_at, t.id"
        )
        return [(rid, drop, before, after) for rid, drop, before, after in rows]

    def json_setting(self, key: str, default: Any) -> Any:
        raw = self._one("SELECT value FROM setting WHERE key = ?", key)
        if raw is None:
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default


def open_reader(db_path: Any) -> InsightsReader:
    return InsightsReader(db_path)


__all__ = ["InsightsReader", "open_reader", "sqlite3"]
