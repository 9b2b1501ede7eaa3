"""Read-only aggregate queries over the standard library's sqlite3.

The Today screen and `bounceback-tui today` read through here so that the first
paint never waits for SQLModel: each query is one aggregate or a short, indexed
list, whatever the size of the store. A test runs every query against a store
built by the migrations, so this module and the SQLModel schema cannot drift.

Rows in, rows out: the queries return plain rows, and the thresholds they filter by
(how old a plan may be and still count as active, which stages take no follow-up) come in
as arguments. The rules that choose them, and that turn rows into due items and next
steps, are in ``domain/due.py``; ``services/today.py`` puts the two together.

The figures read the summary the store keeps (migration v005: ``summary_day``,
``summary_bounce_back``, ``summary_open_plan``, ``summary_plan_length``), which SQLite's
triggers rewrite with every write, so no read here walks the whole store: each is a
handful of rows, an indexed list of at most ``limit`` rows, or a count within an index.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple, Self

from bounceback_tui.store.sqlite_file import connect

# Whether a recovery step's suggested day has come (julianday arithmetic is much
# cheaper than building a date string for every step).
_STEP_IS_DUE = "s.offset_days <= julianday(:today) - julianday(r.rejected_on)"
# An application ``a`` dated on rejection ``r``'s own day that counts as sent after it
# (docs/metrics.md, "Bounce-back time"): recorded as sent (entered, or moved out of Saved)
# after the rejection was recorded. Later days are counted from ``summary_day``.
_SENT_SAME_DAY_AFTER = (
    "a.date_applied = r.rejected_on AND a.id IS NOT r.application_id "
    "AND (a.created_at > r.created_at OR EXISTS "
    "(SELECT 1 FROM stage_change c WHERE c.application_id = a.id AND c.from_stage = 'saved' "
    "AND c.changed_on = a.date_applied AND c.created_at > r.created_at))"
)
# Steps are joined to plans with CROSS JOIN, which in SQLite fixes the join order: the plans
# first (from the summary's index), then their steps (by rejection). Left to itself the
# planner scanned every recovery step (50,000 with 10,000 applications).


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


class SummaryDayRow(NamedTuple):
    """One day of the store's summary (``summary_day``)."""

    day: date
    sent: int
    rejections: int
    plans_open: int
    plans_finished: int


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

    # -- the summary (figures) ---------------------------------------------------

    def summary_days(self) -> list[SummaryDayRow]:
        """Every day of the summary: applications sent, rejections, and those rejections'
        open and finished plans (one row a day with anything in it, oldest first)."""
        rows = self._packed(
            "SELECT json_array(day, sent, rejections, plans_open, plans_finished) AS packed_row "
            "FROM summary_day"
        )
        found = [SummaryDayRow(date.fromisoformat(day[:10]), *counts) for day, *counts in rows]
        found.sort()
        return found

    def plan_lengths(self) -> list[tuple[float, int]]:
        """(days a finished plan took, how many plans took that long)."""
        return [
            (float(days), int(plans))
            for days, plans in self.conn.execute("SELECT days, plans FROM summary_plan_length")
        ]

    def bounce_back_counts(self, since: date) -> list[tuple[date, date | None, int]]:
        """(rejection day, date of the next application sent, how many rejections) for the
        rejections since ``since``: a count within an index, a few rows per day."""
        rows = self.conn.execute(
            "SELECT rejected_on, next_sent_on, count(*) FROM summary_bounce_back "
            "WHERE rejected_on >= ? GROUP BY rejected_on, next_sent_on",
            (since.isoformat(),),
        )
        return [(date.fromisoformat(on[:10]), _day(nxt), int(n)) for on, nxt, n in rows]

    def latest_bounce_back(self) -> tuple[int, date, date | None] | None:
        """(id, day, date of the next application sent) of the latest rejection: the one
        with the latest date, and of those the last recorded."""
        row = self.conn.execute(
            "SELECT r.id, r.rejected_on, b.next_sent_on FROM rejection r "
            "JOIN summary_bounce_back b ON b.rejection_id = r.id "
            "ORDER BY r.rejected_on DESC, r.id DESC LIMIT 1"
        ).fetchone()
        return None if row is None else (row[0], date.fromisoformat(row[1][:10]), _day(row[2]))

    def bounce_backs(
        self, since: date | None = None, limit: int | None = None
    ) -> list[tuple[int, date, date | None]]:
        """(rejection id, rejected on, date of the next application sent), newest first."""
        rows = self._packed(
            "SELECT json_array(b.rejection_id, b.rejected_on, b.next_sent_on) AS packed_row "
            "FROM summary_bounce_back b WHERE b.rejected_on >= ? "
            "ORDER BY b.rejected_on DESC, b.rejection_id DESC LIMIT ?",
            ((since or date.min).isoformat(), -1 if limit is None else limit),
        )
        found = [(rid, date.fromisoformat(on[:10]), _day(nxt)) for rid, on, nxt in rows]
        # An aggregate's input order is not promised by SQLite: restore it here.
        found.sort(key=lambda row: (row[1], row[0]), reverse=True)
        return found

    def applications_sent_since_last_rejection(self, today: date) -> int | None:
        """Applications sent after the latest rejection and by today (None: no rejection):
        those of its own day that count as sent after it, plus the later days' from the
        summary, less the rejected application itself if it is dated in between."""
        row = self.conn.execute(
            "SELECT r.id, "
            f"(SELECT count(*) FROM application a WHERE {_SENT_SAME_DAY_AFTER} "
            "AND a.date_applied <= :today) "
            "+ (SELECT coalesce(sum(sent), 0) FROM summary_day "
            "WHERE day > r.rejected_on AND day <= :today) "
            "- (SELECT count(*) FROM application a WHERE a.id = r.application_id "
            "AND a.date_applied > r.rejected_on AND a.date_applied <= :today) "
            "FROM rejection r ORDER BY r.rejected_on DESC, r.id DESC LIMIT 1",
            {"today": today.isoformat()},
        ).fetchone()
        return None if row is None else int(row[1])

    def thought_drops(
        self, since: date | None = None, limit: int = 1000
    ) -> list[tuple[int, date, float]]:
        """(record id, day, mean intensity drop over its re-rated feelings), oldest first.

        Completed records newest first by their status index, each with its own feelings:
        a record without a re-rated feeling has no mean and is left out."""
        rows = self._packed(
            "SELECT json_array(id, date(created_at), eased) AS packed_row FROM ("
            "SELECT t.id, t.created_at, (SELECT avg(f.intensity_before - f.intensity_after) "
            "FROM thought_feeling f WHERE f.record_id = t.id AND f.intensity_after IS NOT NULL) "
            "AS eased FROM thought_record t WHERE t.status = 'complete' AND t.created_at >= ? "
            "AND eased IS NOT NULL ORDER BY t.created_at DESC, t.id DESC LIMIT ?)",
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
            # Chosen and ordered within ix_application_next_follow_up, then read: sorting
            # the rows themselves would read every overdue one (thousands in a big store).
            "SELECT a.id, a.company, a.role, a.next_follow_up FROM "
            f"(SELECT id FROM application {where} ORDER BY next_follow_up, id LIMIT ?) due "
            "CROSS JOIN application a ON a.id = due.id ORDER BY a.next_follow_up, a.id",
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
        fresh plan does not flood the list; and how many such plans there are.

        The summary knows each open plan's next step's day, so the plans are found and
        counted in its index; only the listed ones are joined to their steps."""
        params = {**self._step_params(today, active_since), "limit": limit}
        plans = (
            "FROM summary_open_plan p WHERE p.rejected_on >= :active_since "
            "AND p.next_step_on <= :today"
        )
        # One statement: the listed plans with their earliest due step (smallest offset,
        # then position; positions stay far below 1000) and the step's id and title. A
        # query per plan would hand the GIL back and forth with the UI thread that is
        # starting meanwhile (see TodayPrefetch).
        rows = self.conn.execute(
            f"WITH listed AS (SELECT p.rejection_id AS rid {plans} "
            "ORDER BY p.rejected_on, p.rejection_id LIMIT :limit), "
            "due AS (SELECT r.id AS rid, r.company AS company, r.rejected_on AS on_day, "
            "count(*) AS n, min(s.offset_days * 1000 + s.position) AS first "
            "FROM listed CROSS JOIN rejection r ON r.id = listed.rid "
            "CROSS JOIN recovery_step s ON s.rejection_id = r.id "
            f"WHERE s.done_at IS NULL AND s.kind != 'feedback' AND {_STEP_IS_DUE} GROUP BY r.id) "
            "SELECT due.rid, due.company, due.on_day, due.n, due.first, st.id, st.title "
            "FROM due JOIN recovery_step st "
            "ON st.rejection_id = due.rid AND st.position = due.first % 1000 "
            "ORDER BY due.on_day, due.rid",
            params,
        ).fetchall()
        found = [
            StepDueRow(
                rid, company, date.fromisoformat(rejected_on), count, first // 1000, step_id, title
            )
            for rid, company, rejected_on, count, first, step_id, title in rows
        ]
        (total,) = self.conn.execute(f"SELECT count(*) {plans}", params).fetchone()
        return found, int(total)

    def feedback_requests_due(
        self, today: date, active_since: date, limit: int = 20
    ) -> tuple[list[FeedbackDueRow], int]:
        """Feedback requests not yet sent in plans open since ``active_since`` whose day
        has come, oldest first; and how many there are. Only the plans the summary knows
        to have one due are joined to their steps."""
        # Chosen and ordered from the summary and the unsent requests' own index, then read.
        joined = (
            "FROM summary_open_plan p "
            "CROSS JOIN recovery_step s ON s.rejection_id = p.rejection_id "
            "WHERE p.rejected_on >= :active_since AND p.next_feedback_on <= :today "
            "AND s.kind = 'feedback' AND s.done_at IS NULL AND s.asked_on IS NULL "
            "AND s.offset_days <= julianday(:today) - julianday(p.rejected_on)"
        )
        params = {**self._step_params(today, active_since), "limit": limit}
        rows = self.conn.execute(
            "SELECT due.sid, r.id, r.company, r.rejected_on, due.offset_days FROM "
            f"(SELECT s.id AS sid, p.rejection_id AS rid, s.offset_days, "
            f"julianday(p.rejected_on) + s.offset_days AS day {joined} "
            "ORDER BY day, rid LIMIT :limit) due "
            "CROSS JOIN rejection r ON r.id = due.rid ORDER BY due.day, due.rid",
            params,
        ).fetchall()
        found = [
            FeedbackDueRow(step_id, rejection_id, company, date.fromisoformat(rejected_on), offset)
            for step_id, rejection_id, company, rejected_on, offset in rows
        ]
        if len(found) < limit:
            return found, len(found)
        (total,) = self.conn.execute(f"SELECT count(*) {joined}", params).fetchone()
        return found, int(total)

    def ghosted_candidates(
        self, today: date, after_days: int, limit: int = 20
    ) -> tuple[list[AppliedRow], int]:
        """Applications still in Applied more than ``after_days`` after they were sent,
        unless the person said "not yet" within that time (ghost_dismissed_on)."""
        where = (
            "FROM application WHERE stage = 'applied' AND date_applied <= :cutoff "
            "AND (ghost_dismissed_on IS NULL OR ghost_dismissed_on <= :cutoff)"
        )
        params = {"cutoff": (today - timedelta(days=after_days)).isoformat(), "limit": limit}
        rows = self.conn.execute(
            # Newest first: the ones that only just crossed the line are the news. Chosen
            # within ix_application_stage, then read (as follow_ups_due).
            "SELECT a.id, a.company, a.role, a.date_applied FROM "
            f"(SELECT id {where} ORDER BY date_applied DESC, id DESC LIMIT :limit) old "
            "CROSS JOIN application a ON a.id = old.id ORDER BY a.date_applied DESC, a.id DESC",
            params,
        ).fetchall()
        found = [
            AppliedRow(app_id, company, role, date.fromisoformat(applied))
            for app_id, company, role, applied in rows
        ]
        # Counted within ix_application_stage, without reading the rows.
        (total,) = self.conn.execute(f"SELECT count(*) {where}", params).fetchone()
        return found, int(total)

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
        if it has not moved since ``quiet_since``. A plan moves on its rejection's day and
        with each tick, never before the rejection: so the summary's index on the day it
        last moved finds it between the two days."""
        row = self.conn.execute(
            "SELECT p.rejection_id, r.company, p.moved_on FROM summary_open_plan p "
            "JOIN rejection r ON r.id = p.rejection_id "
            "WHERE p.moved_on >= :active_since AND p.moved_on <= :quiet_since "
            "AND p.rejected_on >= :active_since ORDER BY p.moved_on, p.rejection_id LIMIT 1",
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
