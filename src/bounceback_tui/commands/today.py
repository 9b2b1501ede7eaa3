"""`bounceback-tui today`: the Today summary as text or JSON, for a shell or a morning script."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from bounceback_tui.commands import print_data, terminal_json, terminal_text
from bounceback_tui.commands.failures import note_full_disk
from bounceback_tui.domain.wording import (
    GOAL_RUN_FIRST_WEEK,
    active_run_none,
    active_run_said,
    days_ago,
    plural,
    shift_words,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from pathlib import Path

    from bounceback_tui.domain.due import DueItem
    from bounceback_tui.services.today import TodaySummary
    from bounceback_tui.services.today_people import PeopleToday
    from bounceback_tui.store.fastread import FastReader

HELP = "print today's summary: what is due, the next step, how you are bouncing back"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui import clock
    from bounceback_tui.paths import command_line
    from bounceback_tui.services.today import load_today
    from bounceback_tui.services.today_due import every_due
    from bounceback_tui.store.sqlite_file import open_store

    opened = open_store(paths, create=False, rules=upgrade_rules)
    _refuse_as_the_launch(paths)
    today = clock.today()
    every: list[DueItem] = []  # JSON has no room to fill: every due item, none left out

    def read_every(reader: FastReader) -> None:
        every.extend(every_due(reader, today))

    repair = command_line(paths, "repair")  # with this run's --data-dir
    summary = load_today(
        opened.path, today, first=read_every if args.json else None, repair_command=repair
    )
    people = _people_or_stop(opened.path, repair)
    if args.json:
        document = summary.as_json(every)
        document["interviews_next_7d"] = [item.as_json() for item in people.upcoming]
        if people.unreadable:  # their time could not be read: said, never left out
            document["interviews_unreadable"] = [
                {"company": one.company, "role": one.role, "starts_at": str(one.starts_at)}
                for one in people.unreadable
            ]
        print_data(terminal_json(json.dumps(document, indent=2, ensure_ascii=False)))
    else:
        print(terminal_text(render_text(summary, people, width=_terminal_width())))
    note_full_disk(opened.path)
    return 0


def _people_or_stop(db_path: Path, repair_command: str) -> PeopleToday:
    """The interviews, or the command stopped as the summary's own failed read stops it: its
    sentence (store/read_failure.py) and status 1. It stopped as a crash (status 70, "database
    is locked" and a crash log); a summary without them and status 0 would hide the failure
    from a script (the app's Today says it in their place)."""
    import sqlite3

    from bounceback_tui.services.today_people import load_people_today
    from bounceback_tui.store.read_failure import read_failure

    try:
        return load_people_today(db_path)
    except sqlite3.Error as exc:
        raise read_failure(exc, db_path, repair_command) from exc


def _refuse_as_the_launch(paths: DataPaths) -> None:
    """A store lacking a table or column the app uses is refused as the launch refuses it
    (StoreLayoutError, status 1): `today` printed a summary of a store the app and `backup`
    refused. `restore` and `repair` named as this run names the store (its `--data-dir`)."""
    from bounceback_tui.errors import StoreLayoutError
    from bounceback_tui.paths import command_line
    from bounceback_tui.store.launch_open import tables_on_the_spot

    try:
        tables_on_the_spot(paths.database)
    except StoreLayoutError as refused:
        restore, repair = command_line(paths, "restore"), command_line(paths, "repair")
        raise StoreLayoutError(refused.problem, paths.database, restore, repair) from None


def _terminal_width() -> int | None:
    """The terminal's width when printing to one; ``None`` for a pipe or a file, which gets
    every character, whole lines, as Unix tools give a pipe (a script, `less -S`, `grep`)."""
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
    from bounceback_tui.domain.text import screen_line, text_cells  # one line each, as the pane

    lines = [summary.today.strftime("%A %-d %B %Y"), ""]
    if people is not None and people.upcoming:
        lines.append("Interviews in the next 7 days")
        from bounceback_tui import clock
        from bounceback_tui.domain.dates import near_day_time
        from bounceback_tui.domain.interviews import own_time

        for interview in people.upcoming:
            moment = interview.local_start()
            # The interview's own time too when its zone is another, as the app's Today says.
            theirs = own_time(interview.starts_at, interview.zone, clock.zone())
            head = (
                f"  - {near_day_time(moment, summary.today)}"
                f"{f' ({theirs})' if theirs else ''}  {interview.kind.label}: "
            )
            lines.append(head + _name_in(interview.company, interview.role, width, head))
        ahead = people.upcoming_count - len(people.upcoming)  # the first ten, then counted
        if ahead > 0:
            lines.append(f"  and {ahead:,} more")
        lines.append("")
    if people is not None and people.unreadable:  # as Today says them, never left out
        if people.upcoming:
            lines.pop()  # under the interviews ahead, before their blank line
        else:
            lines.append("Interviews")
        lines += [f"  - {screen_line(unread.said())}" for unread in people.unreadable]
        lines.append("")
    if people is not None and people.awaiting:
        # Those held and not yet noted, as the pane asks "How did it go?" (`h` there): the
        # command said nothing of one the pane asked about (the round's last walk).
        from bounceback_tui.domain.dates import near_day_time

        lines.append("How did it go? (to note on the app's Today)")
        for held in people.awaiting:
            head, day = (
                f"  - {held.kind.label} at ",
                near_day_time(held.local_start(), summary.today),
            )
            name = _name_in(held.company, held.role, width, head, f", {day}")
            lines.append(f"{head}{name}, {day}")
        left = people.awaiting_total - len(people.awaiting)  # the first few listed, then counted
        if left > 0:
            lines.append(f"  and {left:,} more")
        lines.append("")
    width = max(1, width) if width is not None else None
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
            # A plan's "(+5 more)" stays with its day, as on the pane: its words are cut first.
            more = f" (+{item.more:,} more)" if item.more else ""
            said = more + (f" ({when})" if when else "")
            lines.append(f"  {mark} {_title_in(item, width, 4 + text_cells(said))}{said}")
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
        ("Goal streak", _goal_run(summary)),  # as Today's box names it
        ("Plans", _plans(summary)),
        (
            "Active streak",
            "".join(active_run_said(days, summary.streak.over, summary.streak.in_a_row))
            if (days := summary.streak_days)
            else active_run_none(summary.days_away),
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
    if unreadable := summary.rejections_unreadable:  # another program wrote over its day
        nos = (
            "1 rejection whose day" if unreadable == 1 else f"{unreadable:,} rejections whose days"
        )
        figures.insert(
            0,
            (
                "Left out",
                f"{nos} cannot be read; edit {'it' if unreadable == 1 else 'them'} in Recovery",
            ),
        )
    figure_lines = [f"  {label:<15} {value}" for label, value in figures]
    if width is None:
        return "\n".join(lines + figure_lines)
    # A line still too long (a sentence, a figure) wraps at words' ends under its words.
    fitted = [row for line in lines for row in _wrapped(line, width)]
    fitted += [row for line in figure_lines for row in _wrapped(line, width, FIGURE_COLUMN)]
    return "\n".join(fitted)


# Where a figure's value starts ("  Bounce-back     "): its words wrap back to it.
FIGURE_COLUMN = 18


def _wrapped(line: str, width: int, hang: int | None = None) -> list[str]:
    """``line`` on rows of at most ``width`` cells, broken at spaces, each row after the first
    indented ``hang`` cells (under a list item's words, "  - ", else where the line's own
    begin, two at the least); a word wider than a row is cut with an ellipsis, never inside
    a character."""
    from bounceback_tui.domain.text import clip_cells, text_cells

    line = line.replace("\t", " ")
    lead = len(line) - len(line.lstrip(" "))
    if hang is None:  # under a list item's words ("  - "), else at the line's own (two)
        hang = lead + 2 if line[lead + 1 : lead + 2] == " " else max(lead, 2)
    hang = min(hang, max(0, width // 2))
    rows: list[str] = []
    while text_cells(line) > width:
        kept = clip_cells(line, width + 1)[:-1]  # the first ``width`` cells
        at = len(kept) if line[len(kept) : len(kept) + 1] == " " else kept.rfind(" ")
        start = len(line) - len(line.lstrip(" "))
        if at <= start:  # no space to break at: cut (``clip_cells`` keeps clusters whole)
            return [*rows, clip_cells(line, width)]
        rows.append(line[:at].rstrip())
        line = " " * hang + line[at:].lstrip(" ")
    return [*rows, line]


def _name_in(company: str, role: str, width: int | None, *around: str) -> str:
    """An application named on a line of ``width`` cells between the words ``around`` it, cut
    part by part at words' ends to the cells they leave (``domain.text.app_name``)."""
    from bounceback_tui.domain.text import APP_NAME_CELLS, app_name, clip_words, text_cells

    room = APP_NAME_CELLS if width is None else width - sum(map(text_cells, around))
    if room < NAME_LEAST_CELLS:  # too little for both parts: cut at its end, or a word's
        return clip_words(app_name(company, role), max(1, room))
    return app_name(company, role, cells=min(room, APP_NAME_CELLS))


# A name cut to fit a due line keeps this much; with less, the title is cut at its end.
NAME_LEAST_CELLS = 12


def _title_in(item: DueItem, width: int | None, others: int) -> str:
    """A due item's title on one line of ``width`` cells beside ``others`` cells of its own
    (its mark, its day): whole where it fits, else the application it names cut part by part
    at words' ends ("Ask Acme (Site Reliability…) for feedback"), the words round it kept,
    as the pane cuts it, else the title cut at a word's end; never inside a character."""
    from bounceback_tui.domain.text import app_name, clip_words, screen_line, text_cells

    title = screen_line(item.title.removesuffix(f" (+{item.more:,} more)" if item.more else ""))
    room = None if width is None else max(1, width - others)
    if room is None or text_cells(title) <= room:
        return title
    name = screen_line(item.name)
    if name and title.startswith(f"{name}: "):  # a plan's step: its words cut, then its name
        cut = clip_words(title, room)
        if cut.startswith(f"{name}: ") and text_cells(cut) > text_cells(name) + 3:
            return cut
        step = title.removeprefix(f"{name}: ")
        share = max(room // 2, room - text_cells(step))  # as the pane shares it (plan_cut)
        if share >= NAME_LEAST_CELLS:
            said = app_name(*item.parts, cells=share) if item.parts else clip_words(name, share)
            rest = room - text_cells(said) - 2
            if rest >= NAME_LEAST_CELLS // 2:
                return f"{said}: {clip_words(step, rest)}"
    if item.parts is not None and name and name in title:
        cells = room - (text_cells(title) - text_cells(name))
        if cells >= NAME_LEAST_CELLS:
            return title.replace(name, app_name(*item.parts, cells=cells), 1)
    return clip_words(title, room)


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


def _goal_run(summary: TodaySummary) -> str:
    """ "2 weeks in a row"; with none, "starts this week", as Today's box says it
    (ui/today/figures.goal_run): "0 weeks in a row" was a cold zero after a missed week.
    Named "Goal streak" there and here: "Goal met  a run starts this week" was another label
    for the box's "Goal streak starts this week"."""
    if not summary.weeks_goal_met:
        return GOAL_RUN_FIRST_WEEK
    return f"{plural(summary.weeks_goal_met, 'week')} in a row"
