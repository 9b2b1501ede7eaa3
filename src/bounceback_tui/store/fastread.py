"""Read-only aggregate queries over the standard library's sqlite3.

The Today screen and `bounceback-tui today` read through here so that the first
paint never waits for SQLModel: each query is one aggregate or a short, indexed
list, whatever the size of the store. A test runs every query against a store
built by the migrations, so this module and the SQLModel schema cannot drift.

Rows in, rows out: the queries return plain rows, and the thresholds they filter by
(how old a plan may be and still count as active, which stages take no follow-up) come in
as arguments. The rules that choose them, and that turn rows into due items and next
steps, are in ``domain/due.py``; ``services/today.py`` puts the two together.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Self

from bounceback_tui.store.sqlite_file import connect

# SQLite: the Monday that starts the week of a date column.
_WEEK_OF = "date({col}, 'weekday 0', '-6 days')"
# Whether a recovery step's suggested day has come (julianday arithmetic is much
# cheaper than building a date string for every step).
_STEP_IS_DUE = "s.offset_days <= julianday(:today) - julianday(r.rejected_on)"
_OPEN_PLAN = "r.plan_completed_at IS NULL AND r.rejected_on >= :active_since"
# An application ``a`` sent after rejection ``r`` (docs/metrics.md, "Bounce-back time"): dated
# after the rejection's day, or the same day and recorded as sent (entered, or moved out of
# Saved) after the rejection was recorded. The date comes first so the index does the work;
# the times are only looked at for the few applications dated that very day.
_SENT_AFTER = (
    "a.date_applied >= r.rejected_on AND a.id IS NOT r.application_id "
    "AND (a.date_applied > r.rejected_on OR a.created_at > r.created_at OR EXISTS "
    "(SELECT 1 FROM stage_change c WHERE c.application_id = a.id AND c.from_stage = 'saved' "
    "AND c.changed_on = a.date_applied AND c.created_at > r.created_at))"
)
# Steps are joined to open plans with CROSS JOIN, which in SQLite fixes the join order: the
# recent rejections first (by their date index), then their steps (by rejection). Left to
# itself the planner scanned every recovery step (50,000 with 10,000 applications): 3x slower.


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


class FollowUpRow(NamedTuple):
    application_id: int
    company: str
    role: str
    follow_up_on: date


class StepDueRow(NamedTuple):
    """An open plan with steps whose day has come, and the earliest of them."""

    rejection_id: int
    company: str
    rejected_on: date
    steps_due: int
    offset_days: int
    step_id: int
    title: str


class FeedbackDueRow(NamedTuple):
    step_id: int
    rejection_id: int
    company: str
    rejected_on: date
    offset_days: int


class AppliedRow(NamedTuple):
    application_id: int
    company: str
    role: str
    applied_on: date


class DraftRow(NamedTuple):
    record_id: int
    thought: str
    updated_on: date | None


class SkillTitleRow(NamedTuple):
    skill_id: int
    title: str


class UntouchedRejectionRow(NamedTuple):
    rejection_id: int
    company: str
    rejected_on: date


class EarlyPlanRow(NamedTuple):
    """A rejection's open plan and its first undone step, with that step's offset in days."""

    rejection_id: int
    company: str
    rejected_on: date
    step_id: int
    step_title: str
    offset_days: int


class QuietPlanRow(NamedTuple):
    """An open plan, the day it last moved, and its next undone step (if any)."""

    rejection_id: int
    company: str
    last_moved_on: date
    next_step_id: int | None
    next_step_title: str | None


class FastReader:
    """A read-only connection for one screenful of aggregates. Close it when done."""

    def __init__(self, db_path: Path) -> None:
        self.conn: sqlite3.Connection = connect(db_path, read_only=True)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _one(self, sql: str, *params: Any) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    # -- settings and counts -------------------------------------------------

    def _packed(self, sql: str, params: tuple[object, ...] = ()) -> list[list[Any]]:
        """The rows of ``sql`` read in a single step; ``sql`` selects one column,
        ``json_array(...) AS packed_row``. sqlite3 hands the GIL back for every row it
        steps through, so a prefetch reading thousands of rows while the UI thread starts
        would queue for it thousands of times (each wait up to the switch interval)."""
        (packed,) = self.conn.execute(
            f"SELECT json_group_array(json(packed_row)) FROM ({sql})", params
        ).fetchone()
        return json.loads(packed)

    def setting(self, key: str, default: Any) -> Any:
        raw = self._one("SELECT value FROM setting WHERE key = ?", key)
        if raw is None:
            return default
        try:
            return json.loads(raw)
        except ValueError:
            return default

    def has_data(self) -> bool:
        return bool(
            self._one(
                "SELECT EXISTS (SELECT 1 FROM application) OR EXISTS (SELECT 1 FROM rejection) "
                "OR EXISTS (SELECT 1 FROM thought_record) OR EXISTS (SELECT 1 FROM skill)"
            )
        )

    def last_rejection_on(self) -> date | None:
        return _day(self._one("SELECT max(rejected_on) FROM rejection"))

    def last_application_on(self) -> date | None:
        return _day(self._one("SELECT max(date_applied) FROM application"))

    def applications_sent_since_last_rejection(self, today: date) -> int | None:
        """Applications sent after the latest rejection and by today (None: no rejection)."""
        row = self.conn.execute(
            "SELECT r.id, (SELECT count(*) FROM application a "
            f"WHERE {_SENT_AFTER} AND a.date_applied <= ?) FROM rejection r "
            "ORDER BY r.rejected_on DESC, r.id DESC LIMIT 1",
            (today.isoformat(),),
        ).fetchone()
        return None if row is None else int(row[1])

    # -- series ---------------------------------------------------------------

    def applications_per_week(self, since: date) -> dict[date, int]:
        week = _WEEK_OF.format(col="date_applied")
        rows = self.conn.execute(
            f"SELECT {week} AS wk, count(*) FROM application WHERE date_applied >= ? GROUP BY wk",
            (since.isoformat(),),
        )
        return {date.fromisoformat(wk): n for wk, n in rows}

    def rejections_per_week(self, since: date) -> dict[date, int]:
        week = _WEEK_OF.format(col="rejected_on")
        rows = self.conn.execute(
            f"SELECT {week} AS wk, count(*) FROM rejection WHERE rejected_on >= ? GROUP BY wk",
            (since.isoformat(),),
        )
        return {date.fromisoformat(wk): n for wk, n in rows}

    def bounce_backs(
        self, since: date | None = None, limit: int | None = None
    ) -> list[tuple[int, date, date | None]]:
        """(rejection id, rejected on, date of the next application sent), newest first.

        The next application is the earliest one sent after the rejection (_SENT_AFTER).
        """
        rows = self._packed(
            "SELECT json_array(r.id, r.rejected_on, (SELECT min(a.date_applied) FROM application a "
            f"WHERE {_SENT_AFTER})) "
            "AS packed_row FROM rejection r WHERE r.rejected_on >= ? "
            "ORDER BY r.rejected_on DESC, r.id DESC LIMIT ?",
            ((since or date.min).isoformat(), -1 if limit is None else limit),
        )
        found = [(rid, date.fromisoformat(on), _day(nxt)) for rid, on, nxt in rows]
        # An aggregate's input order is not promised by SQLite: restore it here.
        found.sort(key=lambda row: (row[1], row[0]), reverse=True)
        return found

    def plan_stats(self, active_since: date) -> tuple[int, int, int, list[float]]:
        """(finished, open since ``active_since``, open from before it, days each finished
        plan took)."""
        since = active_since.isoformat()
        finished, open_, resting = self.conn.execute(
            "SELECT coalesce(sum(plan_completed_at IS NOT NULL), 0), "
            "coalesce(sum(plan_completed_at IS NULL AND rejected_on >= ?), 0), "
            "coalesce(sum(plan_completed_at IS NULL AND rejected_on < ?), 0) FROM rejection",
            (since, since),
        ).fetchone()
        (packed,) = self.conn.execute(
            "SELECT json_group_array(julianday(date(plan_completed_at)) - julianday(rejected_on)) "
            "FROM rejection WHERE plan_completed_at IS NOT NULL"
        ).fetchone()
        durations = [float(days) for days in json.loads(packed)]
        return finished, open_, resting, durations

    def thought_drops(
        self, since: date | None = None, limit: int = 1000
    ) -> list[tuple[int, date, float]]:
        """(record id, day, mean intensity drop over its re-rated feelings), oldest first."""
        rows = self._packed(
            "SELECT json_array(t.id, date(t.created_at), "
            "avg(f.intensity_before - f.intensity_after)) AS packed_row FROM thought_record t "
            "JOIN thought_feeling f ON f.record_id = t.id "
            "WHERE t.status = 'complete' AND f.intensity_after IS NOT NULL AND t.created_at >= ? "
            "GROUP BY t.id ORDER BY t.created_at DESC, t.id DESC LIMIT ?",
            ((since or date.min).isoformat(), limit),
        )
        drops = [(rid, date.fromisoformat(day), float(drop)) for rid, day, drop in rows]
        drops.sort(key=lambda row: (row[1], row[0]))
        return drops

    def active_days(self, since: date) -> set[date]:
        (packed,) = self.conn.execute(
            "SELECT json_group_array(day) FROM activity_day WHERE day >= ? AND actions > 0",
            (since.isoformat(),),
        ).fetchone()
        return {date.fromisoformat(day) for day in json.loads(packed)}

    def check_ins(self, since: date) -> list[tuple[date, int, str, int]]:
        """(day, mood, note, version): the version is what a save of that day's check-in
        names (compare-and-set), read in the same query at no extra cost."""
        rows = self.conn.execute(
            "SELECT day, mood, note, version FROM check_in WHERE day >= ? ORDER BY day",
            (since.isoformat(),),
        )
        return [(date.fromisoformat(d), mood, note, version) for d, mood, note, version in rows]

    # -- what is due ------------------------------------------------------------

    def follow_ups_due(
        self, today: date, skip_stages: tuple[str, ...], limit: int = 20
    ) -> tuple[list[FollowUpRow], int]:
        """Applications whose follow-up day has come, earliest first, except those in
        ``skip_stages``; and how many there are in all."""
        marks = ", ".join("?" * len(skip_stages))
        where = (
            f"WHERE next_follow_up IS NOT NULL AND next_follow_up <= ? AND stage NOT IN ({marks})"
        )
        params = (today.isoformat(), *skip_stages)
        rows = self.conn.execute(
            f"SELECT id, company, role, next_follow_up FROM application {where} "
            "ORDER BY next_follow_up, id LIMIT ?",
            (*params, limit),
        ).fetchall()
        total = self._one(f"SELECT count(*) FROM application {where}", *params)
        found = [
            FollowUpRow(app_id, company, role, date.fromisoformat(due))
            for app_id, company, role, due in rows
        ]
        return found, int(total)

    def _step_params(self, today: date, active_since: date) -> dict[str, str]:
        return {"today": today.isoformat(), "active_since": active_since.isoformat()}

    def recovery_steps_due(
        self, today: date, active_since: date, limit: int = 20
    ) -> tuple[list[StepDueRow], int]:
        """Plans open since ``active_since`` with undone steps (other than feedback
        requests) whose day has come: one row per plan, with its earliest due step, so a
        fresh plan does not flood the list; and how many such plans there are."""
        where = (
            "FROM rejection r CROSS JOIN recovery_step s ON s.rejection_id = r.id "
            f"WHERE s.done_at IS NULL AND s.kind != 'feedback' AND {_OPEN_PLAN} AND {_STEP_IS_DUE}"
        )
        # One statement: plans with their earliest due step (smallest offset, then position;
        # positions stay far below 1000), the step's id and title joined back in, and the
        # number of such plans. A query per plan would hand the GIL back and forth with the
        # UI thread that is starting meanwhile (see TodayPrefetch).
        rows = self.conn.execute(
            "WITH due AS (SELECT r.id AS rid, r.company AS company, r.rejected_on AS on_day, "
            "count(*) AS n, min(s.offset_days * 1000 + s.position) AS first "
            f"{where} GROUP BY r.id) "
            "SELECT due.rid, due.company, due.on_day, due.n, due.first, st.id, st.title, "
            "count(*) OVER () FROM due JOIN recovery_step st "
            "ON st.rejection_id = due.rid AND st.position = due.first % 1000 "
            "ORDER BY due.on_day, due.rid LIMIT :limit",
            {**self._step_params(today, active_since), "limit": limit},
        ).fetchall()
        found = [
            StepDueRow(
                rid, company, date.fromisoformat(rejected_on), count, first // 1000, step_id, title
            )
            for rid, company, rejected_on, count, first, step_id, title, _total in rows
        ]
        return found, int(rows[0][7]) if rows else 0

    def feedback_requests_due(
        self, today: date, active_since: date, limit: int = 20
    ) -> tuple[list[FeedbackDueRow], int]:
        """Feedback requests not yet sent in plans open since ``active_since`` whose day
        has come, oldest first; and how many there are."""
        rows = self.conn.execute(
            "SELECT s.id, r.id, r.company, r.rejected_on, s.offset_days, count(*) OVER () "
            "FROM rejection r CROSS JOIN recovery_step s ON s.rejection_id = r.id "
            "WHERE s.kind = 'feedback' AND s.done_at IS NULL AND s.asked_on IS NULL "
            f"AND {_OPEN_PLAN} AND {_STEP_IS_DUE} "
            "ORDER BY julianday(r.rejected_on) + s.offset_days, r.id LIMIT :limit",
            {**self._step_params(today, active_since), "limit": limit},
        ).fetchall()
        found = [
            FeedbackDueRow(step_id, rejection_id, company, date.fromisoformat(rejected_on), offset)
            for step_id, rejection_id, company, rejected_on, offset, _total in rows
        ]
        return found, int(rows[0][5]) if rows else 0

    def ghosted_candidates(
        self, today: date, after_days: int, limit: int = 20
    ) -> tuple[list[AppliedRow], int]:
        """Applications still in Applied more than ``after_days`` after they were sent,
        unless the person said "not yet" within that time (ghost_dismissed_on)."""
        rows = self.conn.execute(
            # Newest first: the ones that only just crossed the line are the news.
            "SELECT id, company, role, date_applied, count(*) OVER () FROM application "
            "WHERE stage = 'applied' AND date_applied <= :cutoff "
            "AND (ghost_dismissed_on IS NULL OR ghost_dismissed_on <= :cutoff) "
            "ORDER BY date_applied DESC, id DESC LIMIT :limit",
            {"cutoff": (today - timedelta(days=after_days)).isoformat(), "limit": limit},
        ).fetchall()
        found = [
            AppliedRow(app_id, company, role, date.fromisoformat(applied))
            for app_id, company, role, applied, _total in rows
        ]
        return found, int(rows[0][4]) if rows else 0

    def thought_drafts(self, limit: int = 5) -> tuple[list[DraftRow], int]:
        rows = self.conn.execute(
            "SELECT id, thought, updated_at FROM thought_record WHERE status = 'draft' "
            "ORDER BY updated_at DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        total = self._one("SELECT count(*) FROM thought_record WHERE status = 'draft'")
        found = [
            DraftRow(record_id, thought, _day(updated)) for record_id, thought, updated in rows
        ]
        return found, int(total)

    def skills_in_progress(self, limit: int = 5) -> tuple[list[SkillTitleRow], int]:
        rows = self.conn.execute(
            "SELECT id, title FROM skill WHERE status = 'doing' ORDER BY priority, id LIMIT ?",
            (limit,),
        ).fetchall()
        total = self._one("SELECT count(*) FROM skill WHERE status = 'doing'")
        return [SkillTitleRow(skill_id, title) for skill_id, title in rows], int(total)

    # -- facts for the next step ---------------------------------------------

    def fresh_untouched_rejection(self, since: date) -> UntouchedRejectionRow | None:
        """The newest rejection since ``since`` whose open plan has no step ticked yet."""
        row = self.conn.execute(
            "SELECT r.id, r.company, r.rejected_on FROM rejection r "
            "WHERE r.rejected_on >= ? AND r.plan_completed_at IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM recovery_step s WHERE s.rejection_id = r.id AND s.done_at IS NOT NULL) "
            "ORDER BY r.rejected_on DESC, r.id DESC LIMIT 1",
            (since.isoformat(),),
        ).fetchone()
        return UntouchedRejectionRow(row[0], row[1], date.fromisoformat(row[2])) if row else None

    def early_plan(self, since: date) -> EarlyPlanRow | None:
        """The newest rejection dated after ``since`` whose plan is open, with its first
        undone step (by suggested day, then position)."""
        row = self.conn.execute(
            "SELECT r.id, r.company, r.rejected_on, s.id, s.title, s.offset_days "
            "FROM rejection r CROSS JOIN recovery_step s ON s.rejection_id = r.id "
            "WHERE r.rejected_on > ? AND r.plan_completed_at IS NULL AND s.done_at IS NULL "
            "ORDER BY r.rejected_on DESC, r.id DESC, s.offset_days, s.position LIMIT 1",
            (since.isoformat(),),
        ).fetchone()
        if row is None:
            return None
        return EarlyPlanRow(row[0], row[1], date.fromisoformat(row[2]), row[3], row[4], row[5])

    def stuck_plan(self, active_since: date, quiet_since: date) -> QuietPlanRow | None:
        """Of the plans open since ``active_since``, the one that has been quiet longest,
        if it has not moved since ``quiet_since``."""
        row = self.conn.execute(
            "SELECT r.id, r.company, max(r.rejected_on, coalesce(date(max(s.done_at)), '')) "
            "AS moved FROM rejection r CROSS JOIN recovery_step s ON s.rejection_id = r.id "
            f"WHERE {_OPEN_PLAN} GROUP BY r.id "
            "HAVING moved <= :quiet_since ORDER BY moved, r.id LIMIT 1",
            {"active_since": active_since.isoformat(), "quiet_since": quiet_since.isoformat()},
        ).fetchone()
        if row is None:
            return None
        step = self.conn.execute(
            "SELECT id, title FROM recovery_step WHERE rejection_id = ? AND done_at IS NULL "
            "ORDER BY offset_days, position LIMIT 1",
            (row[0],),
        ).fetchone()
        return QuietPlanRow(
            row[0],
            row[1],
            date.fromisoformat(row[2]),
            step[0] if step else None,
            step[1] if step else None,
        )

    # -- people and interviews (read after the first paint) ----------------

    _INTERVIEW_COLUMNS = (
        "SELECT v.id, v.application_id, a.company, a.role, v.kind, v.starts_at, v.zone, "
        "v.length_minutes, v.place, v.link, v.prep_notes, v.version, "
        "(SELECT group_concat(c.name, ', ') FROM interview_contact ic "
        " JOIN contact c ON c.id = ic.contact_id WHERE ic.interview_id = v.id) "
        "FROM interview v JOIN application a ON a.id = v.application_id "
    )

    def interviews_starting(
        self,
        now_utc: str,
        until_utc: str,
        limit: int = 10,
        skip_stages: tuple[str, ...] = (),
    ) -> list[tuple]:
        """Interviews not yet over that start before ``until_utc`` (UTC text), soonest first;
        none of an application in ``skip_stages``."""
        marks = ", ".join("?" * len(skip_stages)) or "NULL"
        return self.conn.execute(
            self._INTERVIEW_COLUMNS + "WHERE datetime(v.starts_at) <= ? "
            "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') > ? "
            f"AND a.stage NOT IN ({marks}) ORDER BY v.starts_at, v.id LIMIT ?",
            (until_utc, now_utc, *skip_stages, limit),
        ).fetchall()

    def interviews_awaiting_outcome(
        self, now_utc: str, since_utc: str, limit: int = 5
    ) -> list[tuple]:
        """Conversations that are over, recent, and not yet told how they went."""
        return self.conn.execute(
            self._INTERVIEW_COLUMNS + "WHERE v.outcome_at IS NULL AND v.kind != 'take_home' "
            "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') <= ? "
            "AND datetime(v.starts_at) >= ? ORDER BY v.starts_at DESC, v.id DESC LIMIT ?",
            (now_utc, since_utc, limit),
        ).fetchall()

    def contact_follow_ups_due(
        self, today: date, limit: int = 5
    ) -> list[tuple[int, str, str, date]]:
        """(id, name, company, day) of people whose follow-up day has come."""
        return [
            (cid, name, company, date.fromisoformat(day))
            for cid, name, company, day in self.conn.execute(
                "SELECT id, name, company, next_follow_up FROM contact "
                "WHERE next_follow_up <= ? ORDER BY next_follow_up, id LIMIT ?",
                (today.isoformat(), limit),
            )
        ]
