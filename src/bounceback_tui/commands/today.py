"""`bounceback-tui today`: the Today summary as text or JSON, for a shell or a morning script."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from bounceback_tui.commands import terminal_json, terminal_text
from bounceback_tui.commands.failures import note_full_disk
from bounceback_tui.domain.wording import ACTIVE_RUN_NONE, days_ago, plural, shift_words
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from bounceback_tui.domain.due import DueItem
    from bounceback_tui.services.today import TodaySummary
    from bounceback_tui.services.today_people import PeopleToday
    from bounceback_tui.store.fastread import FastReader

HELP = "print today's summary: what is due, the next step, how you are bouncing back"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui import clock
    from bounceback_tui.services.today import every_due, load_today
    from bounceback_tui.services.today_people import load_people_today
    from bounceback_tui.store.sqlite_file import open_store

    opened = open_store(paths, create=False, rules=upgrade_rules)
    today = clock.today()
    every: list[DueItem] = []  # JSON has no room to fill: every due item, none left out

    def read_every(reader: FastReader) -> None:
        every.extend(every_due(reader, today))

    summary = load_today(opened.path, today, first=read_every if args.json else None)
    people = load_people_today(opened.path)
    if args.json:
        document = summary.as_json(every)
        document["interviews_next_7d"] = [item.as_json() for item in people.upcoming]
        print(terminal_json(json.dumps(document, indent=2, ensure_ascii=False)))
    else:
        print(terminal_text(render_text(summary, people, width=_terminal_width())))
    note_full_disk(opened.path)
    return 0


def _terminal_width() -> int | None:
    """The terminal's width when printing to one; None for a pipe or a file."""
    import shutil
    import sys

    try:
        return shutil.get_terminal_size().columns if sys.stdout.isatty() else None
    except (AttributeError, ValueError):  # closed or replaced streams
        return None


# A morning glance in a shell: the most urgent few (the app and --json list more).
TEXT_DUE_LINES = 12


def render_text(
    summary: TodaySummary, people: PeopleToday | None = None, *, width: int | None = None
) -> str:
    """The same content as the Today pane, as plain lines; each cut with an ellipsis to
    ``width`` cells if given (a terminal's: a long name would run a line over many rows)."""
    from bounceback_tui.domain.due_more import due_in_room, left_out, more_text
    from bounceback_tui.domain.due_said import as_said, describe_due
    from bounceback_tui.domain.text import screen_line  # each item on one line, as the pane

    lines = [summary.today.strftime("%A %-d %B %Y"), ""]
    if people is not None and people.upcoming:
        lines.append("Interviews in the next 7 days")
        from bounceback_tui import clock
        from bounceback_tui.domain.dates import near_day_time
        from bounceback_tui.domain.interviews import own_time
        from bounceback_tui.domain.text import app_name

        for interview in people.upcoming:
            moment = interview.local_start()
            # The interview's own time too when its zone is another, as the app's Today says.
            theirs = own_time(interview.starts_at, interview.zone, clock.zone())
            lines.append(
                f"  - {near_day_time(moment, summary.today)}"
                f"{f' ({theirs})' if theirs else ''}  {interview.kind.label}: "
                f"{app_name(interview.company, interview.role)}"
            )
        ahead = people.upcoming_count - len(people.upcoming)  # the first ten, then counted
        if ahead > 0:
            lines.append(f"  and {ahead:,} more")
        lines.append("")
    if people is not None and people.awaiting:
        # Those held and not yet noted, as the pane asks "How did it go?" (`h` there): the
        # command said nothing of one the pane asked about (the round's last walk).
        from bounceback_tui.domain.dates import near_day_time
        from bounceback_tui.domain.text import app_name

        lines.append("How did it go? (to note on the app's Today)")
        lines += [
            f"  - {held.kind.label} at {app_name(held.company, held.role)}, "
            f"{near_day_time(held.local_start(), summary.today)}"
            for held in people.awaiting
        ]
        left = people.awaiting_total - len(people.awaiting)  # the first few listed, then counted
        if left > 0:
            lines.append(f"  and {left:,} more")
        lines.append("")
    step = summary.next_step
    lines += [f"Next step: {screen_line(step.title)}", f"  {screen_line(step.said_in_shell)}", ""]
    if summary.due:
        lines.append(f"Due now ({summary.due_total:,})")
        # The quiet applications after the first few where the lines have room, the longest
        # silent first, as the pane's due box lists them: the command listed the three and
        # counted the rest while the pane listed more, each in its own order.
        listed, unlisted, _ = due_in_room(
            summary.due, summary.due_room, summary.due_total, summary.due_unlisted,
            TEXT_DUE_LINES + 1,
        )  # fmt: skip
        shown = listed[:TEXT_DUE_LINES]
        for item in shown:
            # On a hard day what is late is said without how late, as the pane says it.
            item = as_said(item, summary.hard_day)
            mark = "!" if item.flagged else "-"
            when = describe_due(item, summary.today)
            lines.append(f"  {mark} {screen_line(item.title)}" + (f" ({when})" if when else ""))
        more = more_text(left_out(listed[len(shown) :], unlisted))
        if more:  # by kind, as the pane says it: "and 11 more: 4 recovery steps, …"
            lines.append(f"  {more}")
    else:
        lines.append("Nothing is due today.")
    lines += ["", "Bouncing back"]
    figures = [
        ("Bounce-back", _bounce_back(summary)),
        ("Last rejection", _since(summary)),
        ("This week", f"{summary.applications_this_week} of {summary.weekly_goal} applications"),
        ("Goal met", f"{plural(summary.weeks_goal_met, 'week')} in a row"),
        ("Plans", _plans(summary)),
        (
            "Active streak",
            plural(days, "day") if (days := summary.streak_days) else ACTIVE_RUN_NONE,
        ),
    ]
    if summary.intensity_drop_30d is not None:
        figures.insert(
            5,
            (
                "Per reframe",  # an average of each record's, as Today's box says it
                f"feelings {shift_words(summary.intensity_drop_30d)} in 30 days",
            ),
        )
    lines += [f"  {label:<15} {value}" for label, value in figures]
    if width is not None:
        from bounceback_tui.domain.text import clip_cells

        lines = [clip_cells(line.replace("\t", " "), max(1, width)) for line in lines]
    return "\n".join(lines)


def _plans(summary: TodaySummary) -> str:
    """Finished, active and resting plans: the app's Today says "active", its Recovery
    pane counts the open ones and how many of them rest."""
    text = f"{summary.plans_finished:,} finished, {summary.plans_open:,} active"
    return f"{text}, {summary.plans_resting:,} resting" if summary.plans_resting else text


def _bounce_back(summary: TodaySummary) -> str:
    if summary.bounce_back_days_latest is None:
        if summary.bounce_back_open_days is not None:
            days = plural(summary.bounce_back_open_days, "day")
            return f"{days} since the last no, the next application not sent yet"
        return "no rejections yet"
    text = plural(summary.bounce_back_days_latest, "day")
    if summary.bounce_back_days_median_90d is not None:
        text += f" (median {summary.bounce_back_days_median_90d:g} over 90 days)"
    return text


def _since(summary: TodaySummary) -> str:
    if summary.days_since_last_rejection is None:
        return "none recorded"
    when = days_ago(summary.days_since_last_rejection)
    sent = plural(summary.applications_since_last_rejection or 0, "application")
    return f"{when}, {sent} sent since"
