"""A Markdown journal of a chosen period: to keep, or to share with a coach.

Applications sent, moves forward, rejections with the reflections and feedback
written in their recovery plans, and the skills they led to. Thought records are
private by default and only included when asked for. Everything typed by the
person is escaped, so their text never turns into Markdown it was not meant to be
(report_text.py). The rejections and the thought records are written by
report_reflections.py.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from bounceback_tui import clock
from bounceback_tui.domain.stages import ALL_STAGES
from bounceback_tui.domain.unreadable import (
    UNREADABLE_DAY,
    day_or_unreadable,
    quoted,
    stored_day,
)
from bounceback_tui.store.sqlite_file import connect, inspect_store
from bounceback_tui.stored_dates import stored_instant
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.progress import ProgressFn, no_progress
from bounceback_tui.transfer.report_reflections import (
    rejection_lines,
    rejection_rows,
    thought_lines,
    thought_rows,
)
from bounceback_tui.transfer.report_text import SKILL_STATES, inline, long_date, stage_label

FORWARD = ("screening", "interviewing", "offer", "accepted")


@dataclass(frozen=True)
class ReportOptions:
    start: date
    end: date
    include_thoughts: bool = False


@dataclass(frozen=True)
class ReportSummary:
    applications: int
    rejections: int
    thought_records: int


def write_report(
    db_path: Path, out: TextIO, options: ReportOptions, progress: ProgressFn = no_progress
) -> ReportSummary:
    if options.end < options.start:
        raise TransferError("The period ends before it starts; swap the two dates.")
    inspect_store(db_path)
    conn = connect(db_path, read_only=True)
    try:
        conn.execute("BEGIN")
        builder = _Report(conn, options)
        lines = list(builder.lines(progress))
    except sqlite3.Error as exc:
        from bounceback_tui.store.failure_words import describe_operational_error

        raise TransferError(describe_operational_error(exc, db_path)) from exc
    finally:
        conn.close()
    out.write("\n".join(lines).rstrip() + "\n")
    return ReportSummary(builder.applications, builder.rejections, builder.thought_records)


class _Report:
    def __init__(self, conn: sqlite3.Connection, options: ReportOptions) -> None:
        self.conn = conn
        self.options = options
        self.span = (options.start.isoformat(), options.end.isoformat())
        self.applications = 0
        self.rejections = 0
        self.thought_records = 0

    def lines(self, progress: ProgressFn) -> Iterator[str]:
        o = self.options
        period = long_date(o.start)
        if o.end != o.start:
            period += f" to {long_date(o.end)}"
        yield f"# Job search journal: {period}"
        yield ""
        yield f"_Written by bounceback-tui on {long_date(clock.today())}._"
        yield ""
        parts = [
            self._glance,
            self._applications,
            self._forward,
            self._interviews,
            self._people,
            self._rejections,
            self._skills,
        ]
        if o.include_thoughts:
            parts.append(self._thoughts)
        for done, part in enumerate(parts, start=1):
            yield from part()
            progress("Writing the report", done, len(parts))

    def _glance(self) -> Iterator[str]:
        sent = self.conn.execute(
            "SELECT count(*) FROM application WHERE date_applied BETWEEN ? AND ?", self.span
        ).fetchone()[0]
        forward = self.conn.execute(
            "SELECT count(DISTINCT application_id) FROM stage_change "
            f"WHERE changed_on BETWEEN ? AND ? AND to_stage IN ({_marks(FORWARD)})",
            (*self.span, *FORWARD),
        ).fetchone()[0]
        rejections = self.conn.execute(
            "SELECT count(*) FROM rejection WHERE rejected_on BETWEEN ? AND ?", self.span
        ).fetchone()[0]
        steps_done = self.conn.execute(
            "SELECT count(*) FROM recovery_step WHERE substr(done_at, 1, 10) BETWEEN ? AND ?",
            self.span,
        ).fetchone()[0]
        yield "## At a glance"
        yield ""
        yield f"- Applications sent: {sent}"
        yield f"- Moved forward (a screen, an interview, an offer): {forward}"
        yield f"- Rejections: {rejections}"
        yield f"- Recovery steps done: {steps_done}"
        yield ""

    def _applications(self) -> Iterator[str]:
        rows = self.conn.execute(
            "SELECT date_applied, company, role, stage FROM application "
            "WHERE date_applied BETWEEN ? AND ? ORDER BY date_applied, id",
            self.span,
        ).fetchall()
        self.applications = len(rows)
        yield "## Applications"
        yield ""
        if not rows:
            yield "No applications were sent in this period."
            yield ""
            return
        stages = Counter(r[3] for r in rows)
        yield "Where they are now: " + ", ".join(
            f"{stages[s.value]} {s.label.lower()}" for s in ALL_STAGES if stages[s.value]
        )
        yield ""
        yield "| Applied | Company | Role | Stage |"
        yield "|---|---|---|---|"
        for applied, company, role, stage in rows:
            yield f"| {_day(applied)} | {inline(company)} | {inline(role)} | {stage_label(stage)} |"
        yield ""

    def _forward(self) -> Iterator[str]:
        rows = self.conn.execute(
            "SELECT c.changed_on, a.company, a.role, c.to_stage FROM stage_change c "
            "JOIN application a ON a.id = c.application_id "
            f"WHERE c.changed_on BETWEEN ? AND ? AND c.to_stage IN ({_marks(FORWARD)}) "
            "ORDER BY c.changed_on, c.id",
            (*self.span, *FORWARD),
        ).fetchall()
        if not rows:
            return
        yield "## Moves forward"
        yield ""
        for day, company, role, stage in rows:
            yield f"- {_day(day)}: {inline(company)}, {inline(role)}: {stage_label(stage).lower()}"
        yield ""

    def _interviews(self) -> Iterator[str]:
        from bounceback_tui.domain.interviews import CALLED_OFF_STAGES, InterviewKind, in_zone

        # The day an application said no (or was withdrawn): an interview after it with
        # nothing recorded of how it went was called off, as the calendar marks it.
        rows = self.conn.execute(
            "SELECT v.starts_at, v.zone, v.kind, a.company, a.role, v.rating, v.outcome_note, "
            f"CASE WHEN a.stage IN ({_marks(CALLED_OFF_STAGES)}) AND v.outcome_at IS NULL "
            "THEN (SELECT max(changed_on) "
            "FROM stage_change c WHERE c.application_id = a.id AND c.to_stage = a.stage) END "
            "FROM interview v JOIN application a ON a.id = v.application_id "
            "ORDER BY v.starts_at, v.id",
            CALLED_OFF_STAGES,
        ).fetchall()
        zone = clock.zone()
        shown, unread = [], []
        for starts, _zone, kind, company, role, rating, outcome, closed_on in rows:
            try:
                label = InterviewKind(kind).label
            except ValueError:
                label = "Interview"
            about = f"{inline(company)}, {inline(role)}: {label.lower()}"
            if (instant := stored_instant(starts)) is None:
                # Another program wrote over its time: in no period for sure, so in every
                # one, said as such (domain/unreadable.py), never a crash.
                unread.append(
                    f"- {UNREADABLE_DAY}: {about} (its time could not be read: "
                    f"{inline(quoted(starts))})"
                )
                continue
            local = in_zone(instant, zone)
            if not self.options.start <= local.date() <= self.options.end:
                continue
            line = f"- {local:%Y-%m-%d %H:%M}: {about}"
            if rating:
                line += f" (went {rating}/5)"
            if outcome:
                line += f": {inline(outcome)}"
            elif closed_on is not None and local.date().isoformat() > closed_on:
                line += " (called off: the application had closed)"
            shown.append(line)
        if not shown and not unread:
            return
        yield "## Interviews"
        yield ""
        yield from shown
        yield from unread
        yield ""

    def _people(self) -> Iterator[str]:
        from bounceback_tui.domain.people import InteractionKind

        rows = self.conn.execute(
            "SELECT i.happened_on, i.kind, coalesce(c.name, i.contact_name), a.company, "
            "a.role, i.note "
            "FROM interaction i LEFT JOIN contact c ON c.id = i.contact_id "
            "LEFT JOIN application a ON a.id = i.application_id "
            "WHERE i.happened_on BETWEEN ? AND ? ORDER BY i.happened_on, i.id",
            self.span,
        ).fetchall()
        if not rows:
            return
        yield "## People"
        yield ""
        for day, kind, name, company, role, note in rows:
            try:
                label = InteractionKind(kind).label
            except ValueError:
                label = inline(kind)  # a kind this version does not know: stored text
            # The application with its role, as the Interviews above: two at one company.
            app = f"{company} ({role})" if company and role else company
            about = ", ".join(inline(p) for p in (name, app) if p)
            line = f"- {_day(day)}: {label}" + (f" ({about})" if about else "")
            yield line + (f": {inline(note)}" if note else "")
        yield ""

    def _rejections(self) -> Iterator[str]:
        rows = rejection_rows(self.conn, self.span)
        self.rejections = len(rows)
        yield from rejection_lines(self.conn, rows)

    def _skills(self) -> Iterator[str]:
        rows = self.conn.execute(
            "SELECT title, status, substr(created_at, 1, 10), substr(finished_at, 1, 10) "
            "FROM skill WHERE substr(created_at, 1, 10) BETWEEN ?1 AND ?2 "
            "OR substr(finished_at, 1, 10) BETWEEN ?1 AND ?2 OR status = 'doing' "
            "ORDER BY status = 'done', priority, id",
            self.span,
        ).fetchall()
        if not rows:
            return
        yield "## Skills I am building"
        yield ""
        for title, status, _created, finished in rows:
            state = SKILL_STATES.get(status, status)
            if status == "done" and finished:
                state = f"done on {_day(finished)}"
            yield f"- {inline(title)}: {state}"
        yield ""

    def _thoughts(self) -> Iterator[str]:
        rows = thought_rows(self.conn, self.span)
        self.thought_records = len(rows)
        yield from thought_lines(self.conn, rows)


def _day(value: object) -> str:
    """A stored day as the journal writes it (2026-03-16), or "unreadable" where another
    program wrote over it: never the stored text as Markdown, nor a crash."""
    return day_or_unreadable(stored_day(value))


def _marks(values: tuple[str, ...]) -> str:
    return ", ".join("?" for _ in values)


def earliest_day(db_path: Path) -> date | None:
    """The first day anything happened in the store, for a journal of "all" of it."""
    conn = connect(db_path, read_only=True)
    try:
        row = conn.execute(
            "SELECT min(day) FROM ("
            "SELECT min(date_applied) AS day FROM application "
            "UNION ALL SELECT min(substr(created_at, 1, 10)) FROM application "
            "UNION ALL SELECT min(rejected_on) FROM rejection "
            "UNION ALL SELECT min(substr(created_at, 1, 10)) FROM thought_record)"
        ).fetchone()
    finally:
        conn.close()
    try:
        return date.fromisoformat(row[0]) if row and row[0] else None
    except ValueError:
        return None
