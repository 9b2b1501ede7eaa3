"""The Today summary: what is due, the next step, and the bounce-back figures.

Computed in one place for the Today pane and `bounceback-tui today`, from the
summary the store keeps (FastReader: counts by day, each open plan's next days, the
next application after each rejection) and short indexed lists: about the same cost with
ten applications or a hundred thousand, with neither Textual nor SQLModel. The figures
relative to today come from domain/metrics.py; docs/metrics.md defines every figure.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any, NamedTuple

from bounceback_tui.domain.care import days_away, is_hard_day
from bounceback_tui.domain.due import (
    DueItem,
    DueKind,
    active_since,
)
from bounceback_tui.domain.due_more import due_in_room
from bounceback_tui.domain.metrics import (
    ActiveRun,
    active_run,
    bounce_back_days,
    latest_day,
    mean,
    median_of_counts,
    per_week,
    typical_bounce_back,
    week_start,
    weekly_series,
    weeks_goal_met_in_a_row,
    whole_number,
)
from bounceback_tui.domain.next_step import (
    NextStep,
    StepFacts,
    choose_next_step,
)
from bounceback_tui.domain.stages import ghost_days
from bounceback_tui.services.days_opened import last_here
from bounceback_tui.services.today_due import gather_due
from bounceback_tui.services.today_interview import interview_today
from bounceback_tui.services.today_plans import early_plan, fresh_untouched, stuck_plan
from bounceback_tui.services.today_prefetch import Prefetch
from bounceback_tui.store.fastread import FastReader

TREND_WEEKS = 12
LOOKBACK_DAYS = 400  # streaks and goal runs are counted up to about a year back

__all__ = [
    "TodayPrefetch",
    "TodaySummary",
    "build_today",
    "load_today",
    "load_today_and_people",
    "week_start",
]


class TodaySummary(NamedTuple):
    # A NamedTuple, not a frozen dataclass: its 25 fields' generated methods cost the
    # first paint about a millisecond to make. Every field is given where it is built.
    today: date
    has_data: bool
    due: list[DueItem]
    due_total: int
    # How many of each kind the due list leaves out (``domain/due_more.more_text``).
    due_unlisted: tuple[tuple[DueKind, int], ...]
    next_step: NextStep
    weekly_goal: int
    applications_this_week: int
    weeks_goal_met: int
    days_since_last_rejection: int | None
    applications_since_last_rejection: int | None
    bounce_back_days_latest: int | None
    bounce_back_open_days: int | None  # the latest rejection, not yet followed by an application
    bounce_back_days_median_90d: float | None
    plans_finished: int
    plans_open: int
    plans_resting: int
    plan_days_median: float | None
    intensity_drop_30d: float | None
    streak_days: int
    check_in: tuple[int, str] | None  # today's mood and note
    applications_per_week: list[int]
    rejections_per_week: list[int]
    intensity_drops: list[float]
    moods: list[int]
    # The version today's check-in was read at (0: none yet); its form's save names it.
    check_in_version: int = 0
    # A no or a check-in of 1 or 2 today, or back after a gap (domain/care.is_hard_day).
    hard_day: bool = False
    # Days since the last action, when nothing is done yet today (domain/care.days_away).
    days_away: int = 0
    # Quiet applications past the few listed, newest first: listed where the due list's box
    # has the room (ui/today/due_room.py); counted in ``due_unlisted`` otherwise.
    due_room: tuple[DueItem, ...] = ()
    # Rejections whose day another program wrote over: left out of the figures needing it.
    rejections_unreadable: int = 0
    # The active run as said: "10 of last 14 days" holds rest days (domain/metrics.active_run).
    streak: ActiveRun = ActiveRun()

    @property
    def is_empty_store(self) -> bool:
        return not self.has_data and not self.due_total  # a person's follow-up is due too

    def as_json(self, every: list[DueItem] | None = None) -> dict[str, Any]:
        """The `bounceback-tui today --json` object; its due list ``every`` due item
        (``today_due.every_due``) where given, else as many as the summary read, in the
        pane's order, with how many it leaves out (``due_left_out``)."""
        if every is None:
            room = len(self.due) + len(self.due_room)  # no room to fill: all it read
            every = list(
                due_in_room(self.due, self.due_room, self.due_total, self.due_unlisted, room)[0]
            )
        return {
            "date": self.today.isoformat(),
            "due": [
                {
                    "kind": item.kind.value,
                    "title": item.title,
                    "due_on": item.due_on.isoformat() if item.due_on else None,
                    "flagged": item.flagged,
                }
                for item in every
            ],
            "due_total": self.due_total,
            "due_left_out": max(0, self.due_total - len(every)),
            # The reason as the text output says it: an app's key ("(c)") means nothing in a shell.
            "next_step": {"title": self.next_step.title, "reason": self.next_step.said_in_shell},
            "bounce_back_days_latest": self.bounce_back_days_latest,
            "bounce_back_days_median_90d": self.bounce_back_days_median_90d,
            "days_since_last_rejection": self.days_since_last_rejection,
            "applications_since_last_rejection": self.applications_since_last_rejection,
            "applications_this_week": self.applications_this_week,
            "weekly_goal": self.weekly_goal,
            "weeks_goal_met_in_a_row": self.weeks_goal_met,
            "plans_finished": self.plans_finished,
            "plans_open": self.plans_open,
            "plans_resting": self.plans_resting,
            "plan_days_median": self.plan_days_median,
            "intensity_drop_30d": self.intensity_drop_30d,
            "streak_days": self.streak_days,
            "applications_per_week": self.applications_per_week,
            "rejections_per_week": self.rejections_per_week,
        }


def build_today(reader: FastReader, today: date) -> TodaySummary:
    goal = whole_number(reader.setting("weekly_goal", 5), 5)
    ghost_after = ghost_days(reader.setting("ghost_after_days", None))
    lookback = today - timedelta(days=LOOKBACK_DAYS)
    due, due_total, groups, unlisted, plans_due, late_step = gather_due(reader, today, ghost_after)

    days = reader.summary_days()
    weekly_apps = per_week(((row.day, row.sent) for row in days), lookback)
    this_week = weekly_apps.get(week_start(today), 0)
    trend_start = week_start(today) - timedelta(weeks=TREND_WEEKS - 1)
    weekly_rejections = per_week(((row.day, row.rejections) for row in days), trend_start)
    run = active_run(reader.active_days(lookback), today)

    latest = reader.latest_bounce_back()  # the latest rejection, and what followed it
    last_rejection = latest[1] if latest else None
    latest_days = bounce_back_days(latest[1], latest[2]) if latest else None
    typical = typical_bounce_back(reader.bounce_back_counts(today - timedelta(days=89)))

    since = active_since(today)
    finished = sum(row.plans_finished for row in days)
    open_ = sum(row.plans_open for row in days if row.day >= since)
    resting = sum(row.plans_open for row in days if row.day < since)
    drops_30d = [drop for _, _, drop in reader.thought_drops(since=today - timedelta(days=29))]
    drops_trend = [drop for _, _, drop in reader.thought_drops(limit=20)]
    check_ins = reader.check_ins(today - timedelta(days=29))
    todays_row = next((row for row in check_ins if row[0] == today), None)
    todays = (todays_row[1], todays_row[2]) if todays_row else None
    last_application = latest_day((row.day, row.sent) for row in days)
    has_data = reader.has_data()

    first_follow_up = next(iter(groups["follow_up"]), None)
    away = days_away(last_here(reader.db_path, reader.last_active_day(today), today), today)
    facts = StepFacts(
        today=today,
        has_data=has_data,
        fresh_untouched=fresh_untouched(reader, today),
        early_plan=early_plan(reader, today),
        # Twice, then it rests from being the next step (domain/step_timing.py).
        flagged_feedback=next((i for i in groups["feedback_suggested"] if i.flagged), None),
        stuck_plan=stuck_plan(reader, today),
        last_application_on=last_application,
        overdue_follow_up=first_follow_up
        if first_follow_up and first_follow_up.due_on and first_follow_up.due_on < today
        else None,
        thought_draft=next(iter(groups["drafts"]), None),
        applications_this_week=this_week,
        weekly_goal=goal,
        skill_in_progress=next(iter(groups["targets"] + groups["skills"]), None),
        plans_due=plans_due,
        hard_day=is_hard_day(todays[0] if todays else None, last_rejection == today, away),
        days_away=away,
        checked_in_today=todays is not None,
        late_plan_step=late_step,
        interview_today=interview_today(reader, today),
    )
    return TodaySummary(
        today=today,
        has_data=has_data,
        due=due,
        due_total=due_total,
        due_unlisted=unlisted,
        next_step=choose_next_step(facts),
        weekly_goal=goal,
        applications_this_week=this_week,
        weeks_goal_met=weeks_goal_met_in_a_row(weekly_apps, goal, today),
        days_since_last_rejection=(today - last_rejection).days if last_rejection else None,
        applications_since_last_rejection=reader.applications_sent_since_last_rejection(today),
        bounce_back_days_latest=latest_days,
        bounce_back_open_days=(today - latest[1]).days if latest and latest_days is None else None,
        bounce_back_days_median_90d=typical,
        plans_finished=finished,
        plans_open=open_,
        plans_resting=resting,
        plan_days_median=median_of_counts(reader.plan_lengths()),
        intensity_drop_30d=mean(drops_30d),
        streak_days=run.days,
        streak=run,
        check_in=todays,
        applications_per_week=weekly_series(weekly_apps, today, TREND_WEEKS),
        rejections_per_week=weekly_series(weekly_rejections, today, TREND_WEEKS),
        intensity_drops=drops_trend,
        moods=[row[1] for row in check_ins],
        check_in_version=todays_row[3] if todays_row else 0,
        rejections_unreadable=reader.rejections_unreadable(),
        hard_day=facts.hard_day,  # the pane and `today` say what is late gently then
        days_away=away,
        due_room=tuple(groups["quiet_room"]),
    )


def load_today(
    db_path: Path,
    today: date,
    *,
    first: Callable[[FastReader], object] | None = None,
    repair_command: str = "bounceback-tui repair",
) -> TodaySummary:
    """Today's summary; damage met while reading raises StoreDamagedError, any other failed
    read a StoreError in plain words (store/read_failure.py): a disk error or a store busy
    past the wait on Today's re-read closed the app. ``first`` reads something else through
    the same connection before it. ``repair_command``: `bounceback-tui repair` as the window
    (or the command) names it, with its --data-dir: a table or column dropped meanwhile
    names `restore` the same way."""
    import sqlite3

    from bounceback_tui.store.read_failure import read_failure

    try:
        with FastReader(db_path) as reader:
            if first is not None:
                first(reader)
            return build_today(reader, today)
    except sqlite3.Error as exc:
        raise read_failure(exc, db_path, repair_command) from exc


def load_today_and_people(
    db_path: Path, today: date, repair_command: str = "bounceback-tui repair"
) -> tuple[TodaySummary, Any]:
    """Today's summary and its people part (``services/today_people.PeopleToday``, None if
    it could not be read), through one connection: its first read parses the schema once.
    ``repair_command``: as ``load_today`` takes it."""
    from bounceback_tui.services.today_people import people_read

    found: list[Any] = [None]

    def first(reader: FastReader) -> None:
        found[0] = people_read(reader, repair_command)

    return load_today(db_path, today, first=first, repair_command=repair_command), found[0]


class TodayPrefetch(Prefetch[TodaySummary]):
    """Today's summary, computed in a thread while the app imports Textual (all but what
    it reads: services/today_prefetch.py)."""

    def _load(self, db_path: Path, first: Callable[[FastReader], object]) -> TodaySummary:
        return load_today(db_path, self.today, first=first, repair_command=self.repair_command)
