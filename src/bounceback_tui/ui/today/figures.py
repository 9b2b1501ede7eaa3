"""Today's figures in words: the "Bouncing back" box, a line each, none wrapped."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui.domain.wording import (
    GOAL_RUN_FIRST_WEEK,
    MONTHS_FROM_DAYS,
    YEARS_FROM_DAYS,
    active_run_none,
    active_run_said,
    days_ago,
    number,
    plural,
    shift,
)
from bounceback_tui.ui.kit.text import plain

if TYPE_CHECKING:
    from bounceback_tui.services.today import TodaySummary


# What a figure's value has of the box's line: board_rows.FIGURES_WIDTH (36) less its
# borders and padding and the label's 12 cells ("Last no 404 days ago · 1" wrapped "sent"
# alone onto the next line). Not imported from there: the first paint leaves that module
# for later (tests/test_long_absence.py keeps the two in step).
FIGURE_CELLS = 20


def _figure(label: str, *values: Content, wide: tuple[Content, ...] = ()) -> Content:
    """A figure's line: the first of ``values`` (longest first) that fits ``FIGURE_CELLS``,
    else the last cut with an ellipsis. A line of the box never wraps: at 80x24 "1,951 done,
    398 active" put "active" on a line of its own, and the box lost its last figure. Before
    them, the first of ``wide`` that fits the line with the label's spare cells too
    ("Plans 15 ✓ · 7 active · 3 resting"): a figure that says more where it can."""
    room = FIGURE_CELLS + 12 - len(label) - 1
    for wider in wide:
        if wider.cell_length <= room:
            return plain(f"{label} ", "dim") + wider
    value = next((v for v in values if v.cell_length <= FIGURE_CELLS), None)
    if value is None:
        value = values[-1].truncate(FIGURE_CELLS, ellipsis=True)
    return plain(f"{label:<12}", "dim") + value


def _bold(value: object) -> Content:
    return plain(number(value) if isinstance(value, int) else str(value), "bold")


def _ago_in_few_cells(days: int) -> str:
    """How long ago in the fewest cells, for a figure with little room: "40d ago" (People's
    column says it so), "3 mo ago", "2 yrs ago"."""
    if days <= 1 or MONTHS_FROM_DAYS <= days < YEARS_FROM_DAYS:
        return days_ago(days, short=True)
    if days < MONTHS_FROM_DAYS:
        return f"{days}d ago"
    years = days // YEARS_FROM_DAYS
    return f"{number(years)} {'yr' if years == 1 else 'yrs'} ago"


def figures_text(summary: TodaySummary, *, roomy: bool = False, mend_key: str = "") -> Content:
    """The box's lines. ``roomy``: for a box with a row to spare, where how many open plans
    rest ("3 resting") has a line of its own under "Plans"; without it, the Plans line says
    it in the label's spare cells where they hold it (the box keeps its rows: at 80x24 a
    line more took the welcome's "It has been 21 days"). ``mend_key``: Recovery's key to
    edit a no, as bound, said where a no's day could not be read (``left_out``)."""
    lines = left_out(summary.rejections_unreadable, mend_key)
    if summary.bounce_back_days_latest is not None:
        days, median = summary.bounce_back_days_latest, summary.bounce_back_days_median_90d
        typical = (
            plain(" ") + plain(f"· typ. {median:g}", "dim") if median is not None else Content("")
        )
        lines.append(
            _figure(
                "Bounce-back", _bold(_days(days)) + typical, _bold(f"{number(days)}d") + typical
            )
        )
    elif summary.bounce_back_open_days is not None:
        days = summary.bounce_back_open_days  # the clock still running: no application since
        lines.append(_figure("Bounce-back", plain(f"day {number(days)} so far")))
    if summary.days_since_last_rejection is None:
        lines.append(_figure("Last no", plain("none recorded")))
    else:
        days, sent = summary.days_since_last_rejection, summary.applications_since_last_rejection
        # The longest words that fit, a dot and then a comma between: "over a year ago",
        # "a year ago", "40d ago", "1y ago" ("2 years ago · 12 sent" wrapped "sent").
        agos = (
            days_ago(days),
            days_ago(days, short=True),
            _ago_in_few_cells(days),
            days_ago(days, tiny=True),
        )
        lines.append(
            _figure(
                "Last no",
                *(
                    _bold(ago) + plain(f"{between}{number(sent or 0)} sent")
                    for ago in agos
                    for between in (" · ", ", ")
                ),
            )
        )
    lines.append(
        _figure(
            "This week",
            _bold(summary.applications_this_week) + plain(f" of {number(summary.weekly_goal)}"),
        )
    )
    lines.append(_figure("Goal streak", plain(goal_run(summary))))
    # Open plans whose no is older rest (domain.due.ACTIVE_PLAN_DAYS): Today counts the
    # others, "active"; Recovery counts them all and says how many rest. Where that is too
    # long for the box, a comma for the dot ("964 done · 210 active" wrapped "active"), then
    # the Recovery list's ✓ for "done" ("1,951 done, 398 active" wrapped it at 80x24).
    # Those that rest are said in the `today` command's words, "3 resting" (Recovery: "3 of
    # them resting"): "15 done · 7 active" beside Recovery's "10 still open" lost three.
    done, active = summary.plans_finished, plain(f"{number(summary.plans_open)} active")
    resting = summary.plans_resting
    rest = plain(f"{number(resting)} resting")
    marks = [(mark, between) for mark in (" done", " ✓") for between in (" · ", ", ")]
    forms = [_bold(done) + plain(f"{mark}{between}") + active for mark, between in marks]
    wide = tuple(
        form + plain(between) + rest
        for form, (_, between) in zip(forms, marks, strict=True)
        if resting and not roomy
    )
    lines.append(_figure("Plans", *forms, wide=wide))
    if resting and roomy:
        lines.append(_figure("", rest))
    if summary.plan_days_median is not None:
        lines.append(_figure("Plan length", plain(f"~{_days(round(summary.plan_days_median))}")))
    if summary.intensity_drop_30d is not None:
        # Over 30 days (Reframe's own average is over all of them), in the words every
        # place uses (domain.wording.shift): "eased 18", "rose 18", "held steady". An
        # average of each record's: "Reframes  eased 24 pts" read as a total.
        verb, amount = shift(summary.intensity_drop_30d)
        moved = plain(f"{verb} ") + _bold(amount) + plain(" pts") if amount else plain(verb)
        lines.append(_figure("Per reframe", moved + plain(" · 30d")))
    lines.append(_figure("Active", active_run(summary)))
    return Content("\n").join(lines)


def left_out(unreadable: int, mend_key: str) -> list[Content]:
    """Where another program wrote over a no's day: the figures needing it leave it out
    (the rest still count), and say so first, with where to mend it."""
    if not unreadable:
        return []
    many = number(unreadable)
    said = (
        [plain("1 no, day unreadable")]
        if unreadable == 1
        else [plain(f"{many} noes, days unreadable"), plain(f"{many} days unreadable")]
    )
    # Longer than a value's cells: said in the label's spare cells too, where they hold it.
    wide = tuple(each for each in said if each.cell_length > FIGURE_CELLS)
    where = f"{mend_key} in Recovery" if mend_key else "Recovery"
    return [_figure("Left out", *said, wide=wide), _figure("Mend it", plain(where))]


def active_run(summary: TodaySummary) -> Content:
    """ "6 days in a row", or "10 of last 14 days" for a run with rest days in it
    (``domain/wording.active_run_said``); with no run (nothing done yesterday, nothing yet
    today) "starts again today": every morning after a day away read "0 days in a row"
    before the person had done anything (a stranger's fortnight). With nothing ever done,
    "starts today"."""
    if days := summary.streak_days:
        count, rest = active_run_said(days, summary.streak.over, summary.streak.in_a_row)
        return _bold(count) + plain(rest)
    return plain(active_run_none(summary.days_away))


def goal_run(summary: TodaySummary) -> str:
    """ "2 weeks"; with none, "starts this week": their first day read "Goal streak 0
    weeks", and so did every week after one that missed the goal, beside the Active run's
    "starts again today" (a tester's month)."""
    if not summary.weeks_goal_met:
        return GOAL_RUN_FIRST_WEEK
    return plural(summary.weeks_goal_met, "week")


def _days(count: int) -> str:
    return plural(count, "day")
