"""What is due, and the facts for the next step: the lists Today shows, read fast.

Part of ``FastReader`` (store/fastread.py has the figures and the rest): follow-ups,
recovery steps, feedback requests and skill targets whose day has come, quiet applications,
drafts and skills in progress, and the three facts the next step is chosen from. Each is an indexed
list of at most ``limit`` rows and a count within an index; the thresholds come in as
arguments (the rules that choose them are in ``domain/due.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from bounceback_tui.store.due_conditions import (
    ENTERED,
    GHOST_CANDIDATE,
    NO_DAY_READS,
    QUIET_SINCE,
    ask_rests,
    day_reads,
    not_quiet,
    reply_waits,
    step_rests,
    through,
)
from bounceback_tui.store.fastread_plans import PlanDueReads
from bounceback_tui.store.fastread_rows import (
    AppliedRow,
    DraftRow,
    EarlyPlanRow,
    FollowUpRow,
    QuietPlanRow,
    SkillTargetRow,
    SkillTitleRow,
    UntouchedRejectionRow,
    day_or_none,
)
from bounceback_tui.stored_dates import stored_day


class DueReads(PlanDueReads):
    """The reads of what is due and of the next step's facts (a plan's steps and feedback
    requests: ``PlanDueReads``)."""

    # -- what is due ------------------------------------------------------------

    def follow_ups_due(
        self,
        today: date,
        skip_stages: tuple[str, ...],
        limit: int = 20,
        since: date = date.min,
        quiet_before: date | None = None,
    ) -> tuple[list[FollowUpRow], int]:
        """Applications whose follow-up day has come (on ``since`` or after), earliest first,
        except those in ``skip_stages`` and, with ``quiet_before``, those ``ghosted_candidates``
        lists ("ghosted?": one line for an application, not that and a follow-up); and how
        many there are in all."""
        marks = ", ".join("?" * len(skip_stages))
        where = (
            "WHERE next_follow_up IS NOT NULL AND next_follow_up < ? AND next_follow_up >= ? "
            f"AND {day_reads('next_follow_up')} AND stage NOT IN ({marks})"
        )
        params: tuple[str, ...] = (through(today), since.isoformat(), *skip_stages)
        quiet, quiet_params = not_quiet(quiet_before, today)
        where += quiet
        params += quiet_params
        rows = self.conn.execute(
            # Chosen and ordered within ix_application_next_follow_up, then read: sorting
            # the rows themselves would read every overdue one (thousands in a big store).
            "SELECT a.id, a.company, a.role, a.next_follow_up FROM "
            f"(SELECT id FROM application a {where} ORDER BY next_follow_up, id LIMIT ?) due "
            "CROSS JOIN application a ON a.id = due.id ORDER BY a.next_follow_up, a.id",
            (*params, limit),
        ).fetchall()
        total = self._one(f"SELECT count(*) FROM application a {where}", *params)
        found = [
            FollowUpRow(app_id, company, role, day)
            for app_id, company, role, due in rows
            if (day := stored_day(due)) is not None  # day_reads chose only those that read
        ]
        return found, int(total)

    def contact_follow_ups_due(
        self, today: date, limit: int = 20, since: date = date.min
    ) -> tuple[list[tuple[int, str, str, date]], int]:
        """(id, name, company, day) of people whose follow-up day has come (on ``since`` or
        after), earliest first; and how many there are in all."""
        where = (
            "WHERE next_follow_up IS NOT NULL AND next_follow_up < ? AND next_follow_up >= ? "
            f"AND {day_reads('next_follow_up')}"
        )
        days = (through(today), since.isoformat())
        rows = self.conn.execute(
            f"SELECT id, name, company, next_follow_up FROM contact {where} "
            "ORDER BY next_follow_up, id LIMIT ?",
            (*days, limit),
        ).fetchall()
        total = self._one(f"SELECT count(*) FROM contact {where}", *days)
        found = [
            (cid, name, company, day)
            for cid, name, company, stored in rows
            if (day := stored_day(stored)) is not None
        ]
        return found, int(total)

    def follow_ups_before(
        self,
        before: date,
        skip_stages: tuple[str, ...],
        since: date = date.min,
        quiet_before: date | None = None,
        *,
        today: date,
    ) -> tuple[int, str]:
        """How many follow-ups (applications', but those in ``skip_stages`` and, with
        ``quiet_before``, those asked about as "ghosted?"; and people's) have a day before
        ``before`` (and on ``since`` or after), and the earliest of those days ("" when none).
        ``today`` is the day the quiet rule is asked on."""
        marks = ", ".join("?" * len(skip_stages))
        quiet, quiet_params = not_quiet(quiet_before, today)
        days = (since.isoformat(), before.isoformat())
        count, oldest = self.conn.execute(
            "SELECT count(*), coalesce(min(day), '') FROM ("
            "SELECT a.next_follow_up AS day FROM application a WHERE a.next_follow_up >= ? "
            f"AND a.next_follow_up < ? AND {day_reads('a.next_follow_up')} "
            f"AND a.stage NOT IN ({marks}){quiet} UNION ALL "
            "SELECT next_follow_up FROM contact WHERE next_follow_up >= ? AND next_follow_up < ? "
            f"AND {day_reads('next_follow_up')})",
            (*days, *skip_stages, *quiet_params, *days),
        ).fetchone()
        first = stored_day(oldest)  # one with its time ('2024-01-05 00:00:00'): its day
        return int(count), first.isoformat() if first is not None else ""

    def ghosted_candidates(
        self, before: date, limit: int = 20, *, today: date
    ) -> tuple[list[AppliedRow], int]:
        """Applications in Applied whose last news (the later of the day they were sent and
        the day they last moved into Applied) came before ``before``, unless the person said
        "not yet" on that day or later: ``domain/stages.is_quiet`` in SQL, ``before`` being its
        ``quiet_before`` (tests/test_quiet_rule.py holds the two together). Each with the day
        it was sent (the day it entered Applied, for one with no date applied) and the day it
        last entered Applied. None with a follow-up set, ahead or late: that is the person's
        to act on (``today`` is the day the rule is asked on)."""
        # Rows sent before the day (or with no date) are chosen within ix_application_stage;
        # only they look up their latest timeline entry. Given a date applied before the day,
        # the later of the two is before it when the entry is (or there is none).
        where = f"FROM application a WHERE {GHOST_CANDIDATE}"
        params = {"before": before.isoformat(), "today": today.isoformat(), "limit": limit}
        # The longest silent first (the earliest last news, ``domain/stages.quiet_since``):
        # the likeliest ghostings, the ones to follow up or close. Read newest first, a short
        # list showed those that had only just crossed the line and counted the oldest in
        # "and N more". A row's last news is never before the day it was sent, so those sent
        # after the latest news of the first ``limit`` sent cannot be among them: the rows are
        # chosen within ix_application_stage up to that day (those with no date apart), and
        # only they are sorted (0.5 ms at 100,000 applications, where sorting every quiet
        # one took 50), then read (as follow_ups_due).
        bound = (
            f"(SELECT max(since) FROM (SELECT {QUIET_SINCE} AS since {where} "
            "ORDER BY a.date_applied, a.id LIMIT :limit))"
        )
        near = f"SELECT a.id AS id, {QUIET_SINCE} AS since {where} AND a.date_applied"
        rows = self.conn.execute(
            f"SELECT a.id, a.company, a.role, coalesce(a.date_applied, {ENTERED}), "
            f"{ENTERED} FROM ({near} <= {bound} UNION ALL {near} IS NULL "
            "ORDER BY since, id LIMIT :limit) "
            "old CROSS JOIN application a ON a.id = old.id ORDER BY old.since, a.id",
            params,
        ).fetchall()
        found = [
            AppliedRow(app_id, company, role, sent, stored_day(entered))
            for app_id, company, role, applied, entered in rows
            # A day sent that does not read: the day it entered Applied (as with none).
            if (sent := stored_day(applied) or stored_day(entered)) is not None
        ]
        (total,) = self.conn.execute(f"SELECT count(*) {where}", params).fetchone()
        return found, int(total)

    def thought_drafts(self, limit: int = 5) -> tuple[list[DraftRow], int]:
        rows = self.conn.execute(
            "SELECT id, thought, updated_at, CASE WHEN trim(coalesce(thought, '')) = '' "
            "THEN substr(situation, 1, 200) ELSE '' END FROM thought_record "
            "WHERE status = 'draft' ORDER BY updated_at DESC, id DESC LIMIT ?",
            (limit,),
        ).fetchall()
        total = self._one("SELECT count(*) FROM thought_record WHERE status = 'draft'")
        found = [
            DraftRow(record_id, thought, day_or_none(updated), situation or "")
            for record_id, thought, updated, situation in rows
        ]
        return found, int(total)

    def skill_targets_due(
        self, today: date, open_statuses: tuple[str, ...], limit: int = 5
    ) -> tuple[list[SkillTargetRow], int]:
        """Skills in ``open_statuses`` (not done) whose target day has come, the earliest
        first; and how many there are. Found within ix_skill_status: the open items are read,
        never the finished ones (a few milliseconds for the demo's 11,000 open items at
        100,000 applications; a backlog of tens, a person's, costs nothing to speak of)."""
        marks = ", ".join("?" * len(open_statuses)) or "NULL"
        where = f"FROM skill WHERE status IN ({marks}) AND target_date < ?"
        params = (*open_statuses, through(today))
        rows = self.conn.execute(
            f"SELECT id, title, target_date {where} ORDER BY target_date, priority, id LIMIT ?",
            (*params, limit),
        ).fetchall()
        found = [
            SkillTargetRow(skill_id, title, day)
            for skill_id, title, target in rows
            if (day := stored_day(target)) is not None
        ]
        if len(found) < limit:  # all of them: no count to make
            return found, len(found)
        return found, int(self._one(f"SELECT count(*) {where}", *params))

    def skills_in_progress(
        self, today: date | None = None, limit: int = 5
    ) -> tuple[list[SkillTitleRow], int]:
        """Skills being worked on, in the backlog's order; those whose target day has come
        (by ``today``) are left out: Today lists them by their target instead."""
        where = "FROM skill WHERE status = 'doing' AND NOT coalesce(target_date < ?, 0)"
        day = through(today or date.min)
        rows = self.conn.execute(
            f"SELECT id, title {where} ORDER BY priority, id LIMIT ?", (day, limit)
        ).fetchall()
        total = self._one(f"SELECT count(*) {where}", day)
        return [SkillTitleRow(skill_id, title) for skill_id, title in rows], int(total)

    # -- facts for the next step ---------------------------------------------

    def fresh_untouched_rejection(
        self, since: date, *, noted: Callable[[str, str, str], bool]
    ) -> UntouchedRejectionRow | None:
        """The newest rejection since ``since`` whose open plan has no step ticked yet: dated
        since then, or recorded since then (a no recorded days after it came is news to the
        plan all the same), the newest by the later of the two days. A step ``noted`` (the
        caller's rule, given a step's kind and answer and its no's reason) is no start."""
        self.conn.create_function(
            "bb_noted",
            3,
            lambda kind, answer, reason: bool(noted(kind or "", answer or "", reason or "")),
            deterministic=True,
        )
        row = self.conn.execute(
            "SELECT r.id, r.company, r.rejected_on, r.role FROM rejection r "
            "WHERE max(r.rejected_on, date(r.created_at)) >= ? AND r.plan_completed_at IS NULL "
            f"AND {NO_DAY_READS} "
            "AND NOT EXISTS (SELECT 1 FROM recovery_step s "
            "WHERE s.rejection_id = r.id "
            "AND (s.done_at IS NOT NULL OR s.skipped_at IS NOT NULL) "
            # The reply its reason noted (services/recovery.reason_noted) is no start.
            "AND NOT (s.skipped_at IS NULL AND bb_noted(s.kind, s.answer, r.reason))) "
            "ORDER BY max(r.rejected_on, date(r.created_at)) DESC, r.rejected_on DESC, r.id DESC "
            "LIMIT 1",
            (since.isoformat(),),
        ).fetchone()
        if row is None:
            return None
        day = stored_day(row[2])  # NO_DAY_READS chose one that reads
        return UntouchedRejectionRow(row[0], row[1], day, row[3]) if day else None

    def early_plan(
        self,
        since: date,
        *,
        answered: Callable[[str], bool] | None = None,
        ask_key: str | None = None,
    ) -> EarlyPlanRow | None:
        """The newest rejection dated after ``since`` whose plan is open, with its first
        undone step (by suggested day, then position); not a feedback request its no's
        reason answers already (``answered``), nor a reply while nothing was asked (its
        plan's request, template ``ask_key``: ``due_conditions.reply_waits``)."""
        skip = "AND NOT " + self._answered("s", answered) if answered is not None else ""
        skip += reply_waits(ask_key) + " "
        row = self.conn.execute(
            "SELECT r.id, r.company, r.rejected_on, s.id, s.title, s.offset_days, r.role "
            "FROM rejection r CROSS JOIN recovery_step s ON s.rejection_id = r.id "
            "WHERE r.rejected_on > ? AND r.plan_completed_at IS NULL AND s.done_at IS NULL "
            f"AND {NO_DAY_READS} AND s.skipped_at IS NULL {skip}"
            "ORDER BY r.rejected_on DESC, r.id DESC, s.offset_days, s.position LIMIT 1",
            (since.isoformat(),),
        ).fetchone()
        if row is None:
            return None
        day = stored_day(row[2])  # NO_DAY_READS chose one that reads
        return EarlyPlanRow(row[0], row[1], day, *row[3:]) if day else None

    def stuck_plan(
        self,
        active_since: date,
        quiet_since: date,
        *,
        answered: Callable[[str], bool] | None = None,
        today: date | None = None,
        resting: tuple[Sequence[str], int, int] | None = None,
        ask_key: str | None = None,
    ) -> QuietPlanRow | None:
        """Of the plans open since ``active_since``, the one that has been quiet longest,
        if it has not moved since ``quiet_since``. A plan moves on its rejection's day and
        with each tick, never before the rejection: so the summary's index on the day it
        last moved finds it between the two days. It also moved on the day it was recorded:
        a no recorded (or imported) days after it came has a plan that is new, not stuck.
        ``resting`` (groups, days, days: ``step_rests`` and ``ask_rests``): the steps that
        rest on ``today`` are not the step it suggests, nor a reply while nothing was asked
        (``ask_key``, as ``early_plan`` takes it)."""
        row = self.conn.execute(
            "SELECT p.rejection_id, r.company, max(p.moved_on, date(r.created_at)), r.role "
            "FROM summary_open_plan p JOIN rejection r ON r.id = p.rejection_id "
            "WHERE p.moved_on >= :active_since AND p.moved_on <= :quiet_since "
            "AND p.rejected_on >= :active_since AND date(r.created_at) <= :quiet_since "
            "ORDER BY max(p.moved_on, date(r.created_at)), p.rejection_id LIMIT 1",
            {"active_since": active_since.isoformat(), "quiet_since": quiet_since.isoformat()},
        ).fetchone()
        if row is None:
            return None
        skip = "AND NOT " + self._answered("s", answered) if answered is not None else ""
        if resting is not None:  # the steps that rest on ``today`` are not suggested
            groups, comfort_days, ask_days = resting
            skip += step_rests(groups, comfort_days) + ask_rests(ask_days) + " "
        skip += reply_waits(ask_key) + " "
        step = self.conn.execute(
            "SELECT s.id, s.title FROM recovery_step s "
            "CROSS JOIN rejection r ON r.id = s.rejection_id WHERE s.rejection_id = :rid "
            f"AND s.done_at IS NULL AND s.skipped_at IS NULL {skip}"
            "ORDER BY s.offset_days, s.position LIMIT 1",
            {"rid": row[0], "today": (today or date.max).isoformat()},
        ).fetchone()
        moved = stored_day(row[2])
        if moved is None:  # a no whose day does not read is neither fresh nor stuck
            return None
        return QuietPlanRow(
            row[0],
            row[1],
            moved,
            step[0] if step else None,
            step[1] if step else None,
            row[3],
        )
