"""Today's due list, gathered from the store's short indexed lists (services/today.py
puts it with the next step and the figures; domain/due.py words and orders each item).

One line for an application: one listed as "ghosted?" (still in Applied long after it was
sent) is not listed for its follow-up as well. After three weeks away Tailspin read twice,
"Follow up with Tailspin" and "No word from Tailspin: ghosted?" (a stranger's month).
"""

# Annotations are evaluated (no `from __future__ import annotations`), as in services/today.
from datetime import date, timedelta

from bounceback_tui.domain.due import (
    NO_FOLLOW_UP_STAGES,
    OPEN_SKILL_STATUSES,
    DueItem,
    DueKind,
    active_since,
    draft_item,
    feedback_items,
    follow_up_item,
    ghosted_item,
    long_past_groups,
    long_past_items,
    order_due,
    person_follow_up_item,
    skill_item,
    skill_target_item,
    unlisted_by_kind,
)
from bounceback_tui.domain.due_alike import told_apart
from bounceback_tui.domain.due_more import due_in_room
from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.domain.feedback import has_feedback
from bounceback_tui.domain.next_step import LatePlanStep
from bounceback_tui.domain.stages import ghost_days, quiet_before
from bounceback_tui.domain.step_timing import (
    COMFORT_DAYS,
    COMFORT_GROUPS,
    FEEDBACK_ASK_STEP,
    feedback_flag_days,
    feedback_suggested_days,
    is_feedback_suggested,
)
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.time_away import here_before_away
from bounceback_tui.services.days_opened import days_here
from bounceback_tui.store.fastread import FastReader

DUE_LIMIT = 40  # items listed (the list scrolls, a tall terminal shows them); the rest counted
# Quiet applications listed whatever the room, and read for a tall box with room to spare
# (``TodaySummary.due_room``, ui/today/due_room.py): at 200x50 the list stopped at three,
# "and 9 more: 9 quiet applications" under twenty empty rows.
QUIET_LISTED = 3
QUIET_ROOM = 30
# Every item, for a list with no room to fill (`today --json`): SQLite's LIMIT takes it.
EVERY = 2**62


_Plans = tuple[tuple[int, str], ...]
_PLAN_KINDS = frozenset({DueKind.RECOVERY_STEP, DueKind.FEEDBACK_REQUEST})
_Due = tuple[
    list[DueItem],
    int,
    dict[str, list[DueItem]],
    tuple[tuple[DueKind, int], ...],
    _Plans,
    LatePlanStep | None,
]


def gather_due(reader: FastReader, today: date, ghost_after: int, every: bool = False) -> _Due:
    """The due list, its count, each group's items, the counts it leaves out, the plans
    with a step or feedback request due (rejection id and company, in the list's order),
    and the listed plans' earliest step whose day has passed (the next step's). ``every``:
    each kind read whole, none left out (``every_due``)."""
    due_limit = EVERY if every else DUE_LIMIT
    # The store reads the rows (given the thresholds); the domain words each as a due item.
    active = active_since(today)
    # Follow-ups from a while back are a line for each group (domain.due.long_past_groups:
    # on a return, by the last day here before the latest time away: domain/time_away), not
    # a line each.
    last_here = here_before_away(days_here(reader.conn, reader.db_path, today), today)
    recent, long_past_spans = long_past_groups(today, last_here)
    quiet = quiet_before(today, ghost_after)
    # An application listed as "ghosted?" is not listed for its follow-up too, recent or not.
    follow_ups, follow_up_total = reader.follow_ups_due(
        today, NO_FOLLOW_UP_STAGES, due_limit, recent, quiet
    )
    people, people_total = reader.contact_follow_ups_due(today, due_limit, since=recent)
    long_past = [
        item
        for span in long_past_spans
        for item in long_past_items(
            *reader.follow_ups_before(
                span.before, NO_FOLLOW_UP_STAGES, span.since, quiet, today=today
            ),
            span.group,
        )
    ]
    # A no with feedback answered its request already (domain/feedback.ask_answered).
    # Comfort steps past their first days rest (domain/step_timing.py): neither due nor late.
    # The flagged first, however many older ones are not flagged yet: the list's urgent
    # lines are its first, whatever the limit (`today --json` reads every item).
    feedback, feedback_total = reader.feedback_requests_due(
        today, active, due_limit, has_feedback, flagged=feedback_flag_days()
    )
    # A reply waits while nothing was asked (domain/step_timing.waits_for_ask).
    steps, step_total = reader.recovery_steps_due(
        today,
        active,
        due_limit,
        resting_groups=COMFORT_GROUPS,
        rests_after=COMFORT_DAYS,
        ask_key=FEEDBACK_ASK_STEP,
    )
    ghosted, ghosted_total = reader.ghosted_candidates(
        quiet, EVERY if every else QUIET_ROOM, today=today
    )
    quiet_items = [ghosted_item(*row) for row in ghosted]
    drafts, draft_total = reader.thought_drafts(EVERY if every else 3)
    targets, target_total = reader.skill_targets_due(
        today, OPEN_SKILL_STATUSES, EVERY if every else 5
    )
    skills, skill_total = reader.skills_in_progress(today, EVERY if every else 5)
    groups = {
        "follow_up": ([follow_up_item(*row, today=today) for row in follow_ups], follow_up_total),
        "people": ([person_follow_up_item(*row, today=today) for row in people], people_total),
        "feedback": (feedback_items(feedback, today), feedback_total),
        "steps": ([recovery_step_item(*row) for row in steps], step_total),
        "targets": ([skill_target_item(*row) for row in targets], target_total),
        "ghosted": (quiet_items[:QUIET_LISTED], ghosted_total),
        "long_past": (long_past, len(long_past)),
        "drafts": ([draft_item(*row) for row in drafts], draft_total),
        "skills": ([skill_item(*row) for row in skills], skill_total),
    }
    everything = order_due([item for items, _ in groups.values() for item in items])
    total = sum(count for _, count in groups.values())
    # Each group's items share one kind; a group with a count lists at least one item.
    totals = {items[0].kind: count for items, count in groups.values() if items}
    unlisted = unlisted_by_kind(everything[:due_limit], totals)
    items = {k: listed for k, (listed, _) in groups.items()}
    # For a box with room to spare, after the first few, when the list holds everything: cut
    # at its limit, the first quiet ones not in it, a tall box listed quiet applications #4
    # onwards while the follow-ups the limit cut were only counted (a 10,000 demo at 200x50).
    items["quiet_room"] = quiet_items[QUIET_LISTED:] if len(everything) <= due_limit else []
    # The requests that may be the next step today: twice, then they rest from it. Asked of
    # the store on their own: among more unsent requests than the list reads, older ones
    # resting, the one to suggest was never read.
    suggested, _ = reader.feedback_requests_due(
        today, active, DUE_LIMIT, has_feedback, suggested=feedback_suggested_days()
    )
    items["feedback_suggested"] = [
        item
        for item, row in zip(feedback_items(suggested, today), suggested, strict=True)
        if is_feedback_suggested(row.rejected_on, row.offset_days, today, row.recorded_on)
    ]
    # Each plan named by its application, "Company (Role)".
    companies = {row.rejection_id: app_name(row.company, row.role) for row in steps}
    for row in feedback:
        companies.setdefault(row.rejection_id, app_name(row.company, row.role))
    plans = tuple((i.item_id, companies[i.item_id]) for i in everything if i.kind in _PLAN_KINDS)
    late = [
        LatePlanStep(
            row.rejection_id, row.company, row.step_id, row.title, on, row.role, row.steps_due - 1
        )
        for row in steps
        # A comfort step is offered, never late (domain/due_said.WHEN_READY).
        if (on := row.rejected_on + timedelta(days=row.offset_days)) < today and not row.care
    ]
    earliest = min(late, key=lambda step: step.due_on, default=None)
    # Lines at one company cut their names apart on a short line (domain/due_alike.py).
    return told_apart(everything[:due_limit]), total, items, unlisted, plans, earliest


def every_due(reader: FastReader, today: date) -> list[DueItem]:
    """Every item due today, in the order Today's due list gives them in a box with room for
    them all (``domain/due_more.due_in_room``): `today --json` listed the first three quiet
    applications, and none past the list's forty."""
    ghost_after = ghost_days(reader.setting("ghost_after_days", None))
    due, total, groups, unlisted, _, _ = gather_due(reader, today, ghost_after, every=True)
    extra = groups["quiet_room"]
    return list(due_in_room(due, extra, total, unlisted, len(due) + len(extra))[0])
