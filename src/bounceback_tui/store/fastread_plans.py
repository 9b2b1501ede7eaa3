"""What is due in the recovery plans, read fast: each plan's earliest due step and the
feedback requests not yet sent (part of ``FastReader``, through ``DueReads``).

The rules come in as arguments (the store knows none, ``domain/step_timing.py`` has them):
which steps rest once their days have passed (the first days' comfort steps, by group). A
resting step stays open in its plan and is neither due nor late: it is not listed, and a
plan with nothing else due is not counted (tests/test_resting_steps.py checks these reads
against the domain's rules).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from bounceback_tui.store.due_conditions import (
    NO_DAY_READS,
    STEP_IS_DUE,
    ask_flagged,
    ask_suggested,
    day_reads,
    reply_waits,
    step_rests,
)
from bounceback_tui.store.fastread_rows import FeedbackDueRow, StepDueRow
from bounceback_tui.store.read_connection import ReadConnection
from bounceback_tui.stored_dates import stored_day

# A step that counts on a plan's line: open, not a feedback request, its day come, and not
# resting (``step_rests``, its groups given by the caller). Steps named ``s``, its no ``r``;
# a no whose day does not read has no step due (it reads as no day).
_OPEN_STEP = (
    "s.done_at IS NULL AND s.skipped_at IS NULL AND s.kind != 'feedback' AND "
    f"{STEP_IS_DUE} AND {NO_DAY_READS}"
)


class PlanDueReads(ReadConnection):
    """The reads of the plans' steps and feedback requests whose day has come."""

    def _step_params(self, today: date, active_since: date) -> dict[str, str]:
        return {"today": today.isoformat(), "active_since": active_since.isoformat()}

    def recovery_steps_due(
        self,
        today: date,
        active_since: date,
        limit: int = 20,
        *,
        resting_groups: Sequence[str] = (),
        rests_after: int = 0,
        ask_key: str | None = None,
    ) -> tuple[list[StepDueRow], int]:
        """Plans open since ``active_since`` with undone steps (other than feedback
        requests) whose day has come: one row per plan, with its earliest due step, so a
        fresh plan does not flood the list; and how many such plans there are. A step in
        ``resting_groups`` ``rests_after`` days or more after its day rests: it is neither
        listed nor counted, and a plan with only such steps due is left out. A reply step
        waits while its plan's feedback request (template ``ask_key``) is neither ticked
        nor asked (``due_conditions.reply_waits``): it is not due either.

        The summary knows each open plan's next step's day, so the plans are found in its
        index; only they are joined to their steps."""
        params = {**self._step_params(today, active_since), "limit": limit}
        due = _OPEN_STEP + step_rests(resting_groups, rests_after) + reply_waits(ask_key)
        plans = (
            "FROM summary_open_plan p WHERE p.rejected_on >= :active_since "
            "AND p.next_step_on <= :today AND EXISTS (SELECT 1 FROM rejection r "
            f"CROSS JOIN recovery_step s ON s.rejection_id = r.id WHERE r.id = p.rejection_id "
            f"AND {due})"
        )
        # One statement: the listed plans with their earliest due step (smallest offset,
        # then position; positions stay far below 1000), a comfort step (``resting_groups``)
        # only where no other is due, and the step's id and title. A
        # query per plan would hand the GIL back and forth with the UI thread that is
        # starting meanwhile (see TodayPrefetch).
        rows = self.conn.execute(
            f"WITH listed AS (SELECT p.rejection_id AS rid {plans} "
            "ORDER BY p.rejected_on, p.rejection_id LIMIT :limit), "
            "due AS (SELECT r.id AS rid, r.company AS company, r.role AS role, "
            "r.rejected_on AS on_day, count(*) AS n, "
            f"min({_care(resting_groups)} * 1000000 + s.offset_days * 1000 + s.position) "
            "AS first "
            "FROM listed CROSS JOIN rejection r ON r.id = listed.rid "
            "CROSS JOIN recovery_step s ON s.rejection_id = r.id "
            f"WHERE {due} GROUP BY r.id) "
            "SELECT due.rid, due.company, due.on_day, due.n, due.first, st.id, st.title, due.role "
            "FROM due JOIN recovery_step st "
            "ON st.rejection_id = due.rid AND st.position = due.first % 1000 "
            "ORDER BY due.on_day, due.rid",
            params,
        ).fetchall()
        found = [
            StepDueRow(
                rid,
                company,
                day,
                count,
                first // 1000 % 1000,
                step_id,
                title,
                role,
                care=first >= 1000000,
            )
            for rid, company, on, count, first, step_id, title, role in rows
            if (day := stored_day(on)) is not None
        ]
        (total,) = self.conn.execute(f"SELECT count(*) {plans}", params).fetchone()
        return found, int(total)

    def feedback_requests_due(
        self,
        today: date,
        active_since: date,
        limit: int = 20,
        answered: Callable[[str], bool] | None = None,
        suggested: tuple[int, int, int] | None = None,
        flagged: tuple[int, int] | None = None,
    ) -> tuple[list[FeedbackDueRow], int]:
        """Feedback requests not yet sent in plans open since ``active_since`` whose day
        has come, oldest first; and how many there are. Only the plans the summary knows
        to have one due are joined to their steps. ``answered``: whether the reason typed
        with a no answers its request already (the caller's rule); those are left out.
        ``suggested``: only those that are the next step today (``due_conditions.
        ask_suggested``, the caller's days), however many older ones are not. ``flagged``:
        those flagged today (``due_conditions.ask_flagged``, the caller's days) are read
        first, then the oldest: read oldest first, the list's few were imported ones not yet
        flagged, and the flagged requests behind them were never read (Today and the text
        left out the urgent lines `today --json` began with)."""
        keep = "AND NOT " + self._answered("s", answered) if answered is not None else ""
        keep += ask_suggested(suggested)
        # Chosen and ordered from the summary and the unsent requests' own index, then read.
        joined = (
            "FROM summary_open_plan p "
            "CROSS JOIN recovery_step s ON s.rejection_id = p.rejection_id "
            "WHERE p.rejected_on >= :active_since AND p.next_feedback_on <= :today "
            "AND s.kind = 'feedback' AND s.done_at IS NULL AND s.asked_on IS NULL "
            "AND s.skipped_at IS NULL "
            "AND s.offset_days <= julianday(:today) - julianday(p.rejected_on) "
            f"AND {day_reads('p.rejected_on')} " + keep
        )
        params = {**self._step_params(today, active_since), "limit": limit}
        rows = self.conn.execute(
            "SELECT due.sid, r.id, r.company, r.rejected_on, due.offset_days, "
            "date(r.created_at), r.role FROM "
            f"(SELECT s.id AS sid, p.rejection_id AS rid, s.offset_days, "
            f"julianday(p.rejected_on) + s.offset_days AS day, {ask_flagged(flagged)} AS urgent "
            f"{joined} ORDER BY urgent DESC, day, rid LIMIT :limit) due "
            "CROSS JOIN rejection r ON r.id = due.rid ORDER BY due.day, due.rid",
            params,
        ).fetchall()
        found = [
            FeedbackDueRow(
                step_id,
                rejection_id,
                company,
                day,
                offset,
                stored_day(recorded),
                role or "",
            )
            for step_id, rejection_id, company, rejected_on, offset, recorded, role in rows
            if (day := stored_day(rejected_on)) is not None
        ]
        if len(found) < limit:
            return found, len(found)
        (total,) = self.conn.execute(f"SELECT count(*) {joined}", params).fetchone()
        return found, int(total)

    def _answered(self, step: str, answered: Callable[[str], bool]) -> str:
        """SQL true for step ``step`` (an alias of recovery_step) when it is a feedback
        request not yet sent that its no's reason answers already (``answered``, the
        caller's rule: the store knows no words)."""
        self.conn.create_function(
            "bb_answered", 1, lambda reason: bool(answered(reason or "")), deterministic=True
        )
        return (
            f"({step}.kind = 'feedback' AND {step}.asked_on IS NULL AND bb_answered("
            f"(SELECT a.reason FROM rejection a WHERE a.id = {step}.rejection_id))) "
        )


def _care(groups: Sequence[str]) -> str:
    """1 for a step (``s``) in ``groups`` (the comfort steps), else 0: fixed words, written
    as SQL literals (as ``due_conditions.step_rests`` writes them)."""
    if not groups:
        return "0"
    if any(not group.isidentifier() for group in groups):
        raise ValueError(f"not a group: {groups!r}")
    names = ", ".join(f"'{group}'" for group in groups)
    return f"(s.group_key IN ({names}))"
