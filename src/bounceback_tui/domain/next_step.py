"""The one next step on Today: a suggestion chosen by rules in a fixed order.

Plain data in, plain data out, as domain/due.py (which words the due list): the store
layer gathers the facts (``StepFacts``), and ``choose_next_step`` picks the first rule that
applies, so each rule can be tested on fixed dates without a database. docs/metrics.md
"The next step" lists the rules.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from datetime import date
from typing import NamedTuple

from bounceback_tui.domain.care import is_back_after_gap
from bounceback_tui.domain.dates import day_month, describe_relative
from bounceback_tui.domain.due import QUIET_DAYS, DueItem, DueKind, skill_name
from bounceback_tui.domain.due_said import was_due
from bounceback_tui.domain.interview_day import InterviewToday, interview_words
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import days_ago, plural, span


class NextStep(NamedTuple):
    title: str
    reason: str
    pane: str
    item_id: int | None = None
    step_id: int | None = None
    action: str | None = None  # e.g. "add" for the Pipeline's add form
    # The reason as the `today` command prints it, where the app's names a key ("(c)") that
    # means nothing in a shell; empty when the two are the same.
    shell_reason: str = ""
    # The reason in fewer words, for a board with one row for it (at 80x24 the welcome's
    # had none); empty when there is no such form.
    short_reason: str = ""
    # The reason and its fewer words with "{check_in}" where they name the check-in's key
    # (the app's own words: nothing of the person's in them): ``keyed`` says it as bound.
    keyed_reasons: tuple[str, str] = ("", "")
    # The application the title names, as (the words in the title, company, role): a
    # narrow board cuts them part by part, its closing bracket kept ("Follow up with
    # Riverstone Legal (Site Reliab…" lost it), in the title and, where it has too few rows,
    # the reason; empty when the step names none.
    named: tuple[str, str, str] | tuple[()] = ()

    def keyed(self, check_in_key: str) -> "NextStep":
        """This step with the check-in's key as the person's keymap binds it ("(c)" where
        the keymap leaves it): the domain knows no keymap, the app passes the key in."""
        reason, short = self.keyed_reasons
        if not reason:
            return self
        key = f" ({check_in_key})"
        return self._replace(
            reason=reason.format(check_in=key),
            short_reason=short.format(check_in=key) if short else self.short_reason,
        )

    @property
    def said_in_shell(self) -> str:
        """The reason for a shell: without the app's keys."""
        return self.shell_reason or self.reason


class FreshRejection(NamedTuple):
    """A recent rejection whose plan has not been touched yet."""

    rejection_id: int
    company: str
    rejected_on: date
    role: str = ""


class StuckPlan(NamedTuple):
    """An open plan that has not moved for a while, and its next undone step."""

    rejection_id: int
    company: str
    last_moved_on: date
    next_step_id: int | None
    next_step_title: str | None
    role: str = ""


class EarlyPlan(NamedTuple):
    """A rejection from the last EARLY_PLAN_DAYS days and its plan's first undone step."""

    rejection_id: int
    company: str
    rejected_on: date
    step_id: int
    step_title: str
    step_due_on: date
    role: str = ""


class LatePlanStep(NamedTuple):
    """An open plan's earliest step whose day has passed (Today's due list shows it late)."""

    rejection_id: int
    company: str
    step_id: int
    step_title: str
    due_on: date
    role: str = ""
    more: int = 0  # the plan's other steps due with it


class StepFacts(NamedTuple):
    """What the next-step rules look at, gathered by the store layer."""

    today: date
    has_data: bool
    fresh_untouched: FreshRejection | None = None
    early_plan: EarlyPlan | None = None
    flagged_feedback: DueItem | None = None
    stuck_plan: StuckPlan | None = None
    last_application_on: date | None = None
    overdue_follow_up: DueItem | None = None
    thought_draft: DueItem | None = None
    applications_this_week: int = 0
    weekly_goal: int = 5
    # A skill to practise: one whose target day has come, else one in progress.
    skill_in_progress: DueItem | None = None
    # (rejection id, application as named: "Company (Role)") of the plans with a step or
    # feedback request due, as listed.
    plans_due: tuple[tuple[int, str], ...] = ()
    # A no today or a check-in of 1 or 2 (domain/care.is_hard_day): what is late is said
    # without how late, as the days after a no put the plan first and let the goal wait.
    hard_day: bool = False
    # Days since the last action when nothing is done yet today (domain/care.days_away): from
    # GAP_DAYS on, the step welcomes the person back.
    days_away: int = 0
    # Today's check-in is in: the breather no longer offers one.
    checked_in_today: bool = False
    # An open plan's step whose day has passed (the earliest): it comes before a breather.
    late_plan_step: LatePlanStep | None = None
    # The first interview later today, not started yet: getting ready for it comes first.
    interview_today: InterviewToday | None = None


# On a hard day, what is late can wait, as the weekly goal waits in the days after a no.
CAN_WAIT = "It can wait for a lighter day; "


def _early_plan_step(early: EarlyPlan, facts: StepFacts) -> NextStep:
    """The plan's next step in the first days after a no (feelings, then talking), or,
    with today's steps done, permission to rest and what the plan asks for next: naming
    that plan when another has a step due (the due list shows it just below)."""
    today = facts.today
    named = app_name(early.company, early.role)
    said = f"{named} said no {days_ago((today - early.rejected_on).days)}."
    short = ""
    if early.step_due_on <= today:
        title = early.step_title
        # Said exactly (EARLY_PLAN_DAYS: the day of the no and the day after): "For a day or
        # two" read as a promise the next morning's "Send 1 more application" broke.
        first = (
            "Today and tomorrow your plan comes first"
            if early.rejected_on >= today
            else "Today your plan still comes first"
        )
        reason = f"{said} {first}; the weekly goal can wait."
    else:
        # The title names the step `n` opens, its day first: "Go easy on yourself today"
        # read as the plan's step "Go easy on yourself: …" while `n` opened the next one
        # ("Keep the bridge intact…", tomorrow), and at 80 columns its reason, one row
        # after a "How did it go?" line, was cut before naming it (a new user's walk).
        when = describe_relative(early.step_due_on, today)
        title = f"{when[:1].upper()}{when[1:]}: {early.step_title}"
        rest = "Today's steps are done: go easy on yourself until then."
        short = rest  # one row at 80 columns whatever the name (the title names the step)
        others = [name for rid, name in dict(facts.plans_due).items() if rid != early.rejection_id]
        if not others:
            reason = f"{said} {rest}"
        else:
            due = (
                f"Your plan for {others[0]} has a step due"
                if len(others) == 1
                else f"{len(others):,} other plans have steps due"
            )
            reason = f"{said} Today's steps for it are done: go easy until then. {due} below."
    return NextStep(
        title,
        reason,
        "recovery",
        item_id=early.rejection_id,
        step_id=early.step_id,
        short_reason=short,
        named=(named, early.company, early.role) if early.role else (),
    )


def _weekly_goal_step(facts: StepFacts, missing: int) -> NextStep:
    """The applications the weekly goal still wants, never more than one a day for the days
    the week has left (Monday to Sunday, today included): on a Sunday before any no, "Send 4
    more applications this week" was a lot to ask of a tired person, and a new week starts
    the next day."""
    at = f"You are at {facts.applications_this_week:,} of your weekly goal of {facts.weekly_goal:,}"
    days_left = 7 - facts.today.weekday()
    if missing <= days_left:
        title, reason = f"Send {plural(missing, 'more application')} this week", f"{at}."
    elif days_left == 1:
        title = "Send one application today"
        reason = (
            f"{at}, and a new week starts tomorrow: one good one today is plenty, and a rest "
            "is fine too."
        )
    else:
        title = "Send one application today"
        reason = f"{at}, with {days_left} days of the week left: one a day is plenty."
    return NextStep(title, reason, "pipeline", action="add")


def _with_check_in_key(step: NextStep, reason: str, short: str = "") -> NextStep:
    """``step`` whose reason (and fewer words) name the check-in's key at "{check_in}": its
    usual key here, the key as bound in the app (``NextStep.keyed``). The `today` command,
    text and JSON alike, says ``shell_reason`` instead (``NextStep.said_in_shell``)."""
    keyed = step._replace(keyed_reasons=(reason, short))
    return keyed.keyed("c")


def welcome_back(days: int) -> NextStep:
    """The first screen back after a gap (``domain/care.is_back_after_gap``): a welcome, what
    waited said gently below it (a hard day's words, ``domain/due_said.as_said``), and `n`
    opens the check-in, a small first step; any action today ends it, and the usual step
    comes back."""
    step = NextStep(
        "Welcome back",
        "",
        "today",
        shell_reason=f"It has been {span(days)}. What waited is below, and there is no rush. "
        "Opening the app and checking in is a gentle start.",
    )
    # The key comes early, on the reason's first row at any width the app draws: on a
    # board of one row for it (a "How did it go?" line took the second) it read "A check-i…".
    return _with_check_in_key(
        step,
        f"It has been {span(days)}. A check-in{{check_in}} is a gentle start; what waited is "
        "below, and there is no rush.",
        f"It has been {span(days)}. A check-in{{check_in}} is a gentle start; there is no rush.",
    )


def _named(item: DueItem) -> tuple[str, str, str] | tuple[()]:
    """A due item's application as ``NextStep.named`` has it (none without a role)."""
    if item.parts is None or not item.name or item.name not in item.title:
        return ()
    return (item.name, *item.parts)


def choose_next_step(facts: StepFacts) -> NextStep:
    """One suggestion, by rules in a fixed order; the first that applies wins."""
    today = facts.today
    if not facts.has_data:
        return NextStep(
            "Add your first application",
            "Everything here grows from the applications you track.",
            "pipeline",
            action="add",
        )
    if interview := facts.interview_today:  # domain/interview_day.py
        title, reason = interview_words(interview)
        named = app_name(interview.company, interview.role)
        return NextStep(
            title,
            reason,
            "pipeline",
            item_id=interview.application_id,
            named=(named, interview.company, interview.role) if interview.role else (),
        )
    if is_back_after_gap(facts.days_away):
        return welcome_back(facts.days_away)
    if fresh := facts.fresh_untouched:
        named = app_name(fresh.company, fresh.role)
        return NextStep(
            f"Start your recovery plan for {named}",
            f"{named} said no {days_ago((today - fresh.rejected_on).days)}. "
            "The first steps take minutes.",
            "recovery",
            item_id=fresh.rejection_id,
            named=(named, fresh.company, fresh.role) if fresh.role else (),
        )
    if early := facts.early_plan:
        return _early_plan_step(early, facts)
    if facts.flagged_feedback:
        item = facts.flagged_feedback
        # Said as the due list says it, the day it was for ("It was due 8 Mar."), as a plan's
        # other steps are: "It is 24 days late" grew every morning (domain/due_said.was_due).
        passed = f"It {said}. " if (said := was_due(item, today)) else ""
        return NextStep(
            item.title,
            f"{CAN_WAIT}when you are ready, a short, friendly note is enough."
            if facts.hard_day
            else f"{passed}A short, friendly note is enough.",
            "recovery",
            item_id=item.item_id,
            step_id=item.step_id,
            named=_named(item),
        )
    if stuck := facts.stuck_plan:
        return NextStep(
            stuck.next_step_title or f"Pick up your plan for {app_name(stuck.company, stuck.role)}",
            # Since its day, not a count that grows ("has not moved in 27 days").
            f"Your plan for {app_name(stuck.company, stuck.role)} has not moved since "
            f"{day_month(stuck.last_moved_on, today)}.",
            "recovery",
            item_id=stuck.rejection_id,
            step_id=stuck.next_step_id,
        )
    if facts.last_application_on is None or (today - facts.last_application_on).days >= QUIET_DAYS:
        reason = (
            "You have not sent an application yet."
            if facts.last_application_on is None
            else f"Your last application went out "
            f"{span((today - facts.last_application_on).days)} ago. "
            "One good one is enough."
        )
        return NextStep("Send one application", reason, "pipeline", action="add")
    if facts.overdue_follow_up:
        item = facts.overdue_follow_up
        late = (today - item.due_on).days if item.due_on else 0
        return NextStep(
            item.title,
            f"{CAN_WAIT}a line or two when you feel up to it is plenty."
            if facts.hard_day
            else f"It is {span(late)} late."
            if late > 0
            else "It is due today.",
            "pipeline",
            item_id=item.item_id,
            named=_named(item),
        )
    if facts.thought_draft:
        item = facts.thought_draft
        return NextStep(
            "Finish your thought record",
            "It picks up where you left off.",
            "reframe",
            item_id=item.item_id,
        )
    missing = facts.weekly_goal - facts.applications_this_week
    if missing > 0:
        return _weekly_goal_step(facts, missing)
    if facts.skill_in_progress:
        item = facts.skill_in_progress
        return NextStep(
            f"Spend half an hour on {skill_name(item)}",
            "Your weekly goal is met and this skill's target day has come: a little practice, "
            "or a new day for it, is enough."
            if item.kind is DueKind.SKILL_TARGET
            else "Your weekly goal is met; a little practice keeps the momentum.",
            "skills",
            item_id=item.item_id,
        )
    if late_step := facts.late_plan_step:
        return _late_plan_step(late_step, facts)
    return _breather(facts)


def _late_plan_step(late: LatePlanStep, facts: StepFacts) -> NextStep:
    """A plan's step whose day has passed, before a breather: "Take a breather" stood over a
    due list that said "2 days late" (a stranger's fortnight). Said as the list says it, the
    day it was for, never how many days late (``domain/due_said.was_due``)."""
    named = app_name(late.company, late.role)
    more = f" {plural(late.more, 'more step')} of it {'is' if late.more == 1 else 'are'} due."
    reason = (
        f"{CAN_WAIT}one small step of your plan for {named} is plenty."
        if facts.hard_day
        else f"It was due {day_month(late.due_on, facts.today)}, in your plan for {named}."
        + (more if late.more else "")
    )
    return NextStep(
        late.step_title, reason, "recovery", item_id=late.rejection_id, step_id=late.step_id
    )


def _breather(facts: StepFacts) -> NextStep:
    """Nothing late: a rest, with a short check-in offered while today has none."""
    if facts.checked_in_today:
        # Offered right after the check-in was saved, with its mood on the screen.
        reason = (
            "Your weekly goal is met and you have checked in today; your plans' steps due now "
            "are listed below."
            if facts.plans_due
            else "Your weekly goal is met, you have checked in today, and nothing is waiting."
        )
        return NextStep("Take a breather", reason, "today")
    waiting = (
        # A plan's step due today is on the list below: "nothing is waiting" was untrue.
        "Your weekly goal is met; your plans' steps due now are listed below, and past them "
        "a short check-in{key} is enough today."
        if facts.plans_due
        else "Your weekly goal is met and nothing is waiting. A short check-in{key} is enough "
        "today."
    )
    step = NextStep("Take a breather", "", "today", shell_reason=waiting.format(key=" in the app"))
    return _with_check_in_key(step, waiting.format(key="{check_in}"))
