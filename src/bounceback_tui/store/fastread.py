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

``FastReader`` is put together from parts: the settings, the figures and the people reads
are here; what is due and the next step's facts in ``fastread_due.py``; the rows they
return in ``fastread_rows.py``; the connection in ``read_connection.py``.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from typing import Any

from bounceback_tui.store.due_conditions import NO_DAY_READS
from bounceback_tui.store.fastread_due import DueReads
from bounceback_tui.store.fastread_rows import SummaryDayRow, day_or_none
from bounceback_tui.stored_dates import stored_day, stored_instant

# An application ``a`` dated on rejection ``r``'s own day that counts as sent after it
# (docs/metrics.md, "Bounce-back time"): recorded as sent (entered, or moved out of Saved)
# after the rejection was recorded. Later days are counted from ``summary_day``.
_SENT_SAME_DAY_AFTER = (
    "a.date_applied = r.rejected_on AND a.id IS NOT r.application_id "
    "AND (a.created_at > r.created_at OR EXISTS "
    "(SELECT 1 FROM stage_change c WHERE c.application_id = a.id AND c.from_stage = 'saved' "
    "AND c.changed_on = a.date_applied AND c.created_at > r.created_at))"
)


def days_here_before(conn: sqlite3.Connection, today: date, since: date) -> list[date]:
    """The days with an action before ``today``, newest first: those from ``since`` on, and
    the one before them (where a time away that ended since then began:
    ``domain/time_away.here_before_away``)."""
    rows = conn.execute(
        "SELECT day FROM activity_day WHERE day < ? AND day >= ? AND actions > 0 "
        "UNION ALL SELECT max(day) FROM activity_day WHERE day < ? AND actions > 0 "
        "ORDER BY 1 DESC",
        (today.isoformat(), since.isoformat(), since.isoformat()),
    ).fetchall()
    return [day for (stored,) in rows if (day := stored_day(stored)) is not None]


class FastReader(DueReads):
    """A read-only connection for one screenful of aggregates. Close it when done."""

    # -- settings and counts -------------------------------------------------

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
        # A day another program wrote over is on no day: left out of the figures.
        found = [
            SummaryDayRow(day, *counts)
            for stored, *counts in rows
            if (day := stored_day(stored)) is not None
        ]
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
        return [
            (day, day_or_none(nxt), int(n))
            for on, nxt, n in rows
            if (day := stored_day(on)) is not None
        ]

    def latest_bounce_back(self) -> tuple[int, date, date | None] | None:
        """(id, day, date of the next application sent) of the latest rejection: the one
        with the latest date, and of those the last recorded."""
        row = self.conn.execute(
            "SELECT r.id, r.rejected_on, b.next_sent_on FROM rejection r "
            "JOIN summary_bounce_back b ON b.rejection_id = r.id "
            # A day written over ("[b]garbage[/]" sorts after every day) is not the latest.
            f"WHERE {NO_DAY_READS} ORDER BY r.rejected_on DESC, r.id DESC LIMIT 1"
        ).fetchone()
        day = None if row is None else stored_day(row[1])
        return None if row is None or day is None else (row[0], day, day_or_none(row[2]))

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
        found = [
            (rid, day, day_or_none(nxt))
            for rid, on, nxt in rows
            if (day := stored_day(on)) is not None
        ]
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
            f"FROM rejection r WHERE {NO_DAY_READS} ORDER BY r.rejected_on DESC, r.id DESC LIMIT 1",
            {"today": today.isoformat()},
        ).fetchone()
        return None if row is None else int(row[1])

    def rejections_unreadable(self) -> int:
        """How many rejections have a day that does not read as one (another program wrote
        over it): the figures that need a no's day leave them out, and say so."""
        (count,) = self.conn.execute(
            "SELECT count(*) FROM rejection r WHERE NOT coalesce(" + NO_DAY_READS + ", 0)"
        ).fetchone()
        return int(count)

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
        drops = [
            (rid, on, float(drop)) for rid, day, drop in rows if (on := stored_day(day)) is not None
        ]
        drops.sort(key=lambda row: (row[1], row[0]))
        return drops

    def active_days(self, since: date) -> set[date]:
        (packed,) = self.conn.execute(
            "SELECT json_group_array(day) FROM activity_day WHERE day >= ? AND actions > 0",
            (since.isoformat(),),
        ).fetchone()
        return {day for stored in json.loads(packed) if (day := stored_day(stored)) is not None}

    def last_active_day(self, today: date) -> date | None:
        """The latest day with an action, today or before (a day is the table's key)."""
        (day,) = self.conn.execute(
            "SELECT max(day) FROM activity_day WHERE day <= ? AND actions > 0",
            (today.isoformat(),),
        ).fetchone()
        return stored_day(day)

    def check_ins(self, since: date) -> list[tuple[date, int, str, int]]:
        """(day, mood, note, version): the version is what a save of that day's check-in
        names (compare-and-set), read in the same query at no extra cost."""
        rows = self.conn.execute(
            "SELECT day, mood, note, version FROM check_in WHERE day >= ? ORDER BY day",
            (since.isoformat(),),
        )
        return [
            (day, mood, note, version)
            for d, mood, note, version in rows
            if (day := stored_day(d)) is not None
        ]

    # -- people and interviews (read after the first paint) ----------------

    _INTERVIEW_COLUMNS = (
        "SELECT v.id, v.application_id, a.company, a.role, v.kind, v.starts_at, v.zone, "
        "v.length_minutes, v.place, v.link, v.prep_notes, v.version, "
        "(SELECT group_concat(c.name, ', ') FROM interview_contact ic "
        " JOIN contact c ON c.id = ic.contact_id WHERE ic.interview_id = v.id) "
        "FROM interview v JOIN application a ON a.id = v.application_id "
    )

    def interviews_unreadable(self, limit: int = 10) -> list[tuple]:
        """Interviews whose start the app cannot read as a time (another program wrote over
        it, with text or a number): the ``interviews_starting`` reads leave them out, Today
        says them instead. (id, application id, company, role, start as stored), oldest
        first."""
        return self._interviews_unreadable()[:limit]

    def interviews_unreadable_count(self) -> int:
        """How many interviews ``interviews_unreadable`` reads the first few of."""
        return len(self._interviews_unreadable())

    def _interviews_unreadable(self) -> list[tuple]:
        # SQLite picks the few that may not be a time (no text: a number such as 42, which
        # datetime() reads as a Julian day; text SQLite cannot read or not shaped as a
        # day), and ``stored_instant``, the one reader of a start, decides.
        rows = self.conn.execute(
            "SELECT v.id, v.application_id, a.company, a.role, v.starts_at FROM interview v "
            "JOIN application a ON a.id = v.application_id "
            "WHERE typeof(v.starts_at) <> 'text' OR datetime(v.starts_at) IS NULL "
            "OR v.starts_at NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*' "
            "ORDER BY v.id"
        )
        return [row for row in rows if stored_instant(row[4]) is None]

    def interviews_starting(
        self,
        now_utc: str,
        until_utc: str,
        limit: int = 10,
        skip_stages: tuple[str, ...] = (),
    ) -> list[tuple]:
        """Interviews not yet over that start before ``until_utc`` (UTC text), soonest first;
        none of an application in ``skip_stages``."""
        return self.conn.execute(
            self._INTERVIEW_COLUMNS + self._starting(skip_stages) + "ORDER BY v.starts_at, v.id "
            "LIMIT ?",
            (until_utc, now_utc, *skip_stages, limit),
        ).fetchall()

    @staticmethod
    def _starting(skip_stages: tuple[str, ...]) -> str:
        marks = ", ".join("?" * len(skip_stages)) or "NULL"
        return (
            "WHERE datetime(v.starts_at) <= ? "
            "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') > ? "
            f"AND a.stage NOT IN ({marks}) "
        )

    def interviews_starting_count(
        self, now_utc: str, until_utc: str, skip_stages: tuple[str, ...] = ()
    ) -> int:
        """How many interviews ``interviews_starting`` reads the first few of."""
        return int(
            self._one(
                "SELECT count(*) FROM interview v JOIN application a ON a.id = v.application_id "
                + self._starting(skip_stages),
                until_utc,
                now_utc,
                *skip_stages,
            )
        )

    _AWAITING = (
        "WHERE v.outcome_at IS NULL AND v.kind != 'take_home' "
        "AND datetime(v.starts_at, '+' || v.length_minutes || ' minutes') <= ? "
        "AND datetime(v.starts_at) >= ? "
    )

    def interviews_awaiting_outcome(
        self, now_utc: str, since_utc: str, limit: int = 5
    ) -> list[tuple]:
        """Conversations that are over, recent, and not yet told how they went."""
        return self.conn.execute(
            self._INTERVIEW_COLUMNS + self._AWAITING + "ORDER BY v.starts_at DESC, v.id DESC "
            "LIMIT ?",
            (now_utc, since_utc, limit),
        ).fetchall()

    def interviews_awaiting_count(self, now_utc: str, since_utc: str) -> int:
        """How many conversations ``interviews_awaiting_outcome`` reads a few of."""
        return int(
            self._one(
                "SELECT count(*) FROM interview v JOIN application a ON a.id = v.application_id "
                + self._AWAITING,
                now_utc,
                since_utc,
            )
        )

    def has_questions(self) -> bool:
        """Whether the answer bank holds a question."""
        return bool(self._one("SELECT EXISTS (SELECT 1 FROM interview_question)"))
