"""`bounceback-tui insights`: what is working, from your own applications.

Prints the comparisons (rates with their 95% Wilson intervals in words, "57%, likely between
39% and 73%", as What's working's legend reads them; "too few to tell" under 10), the
clear differences as suggestions, or, with ``--sankey``, the flow through the stages as
SankeyMATIC input lines. Reads the store only; nothing leaves the machine.
"""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING

from bounceback_tui.commands import terminal_json, terminal_text
from bounceback_tui.commands.failures import note_full_disk
from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.upgrade_rules import upgrade_rules

if TYPE_CHECKING:
    from bounceback_tui.domain.insights import Comparison
    from bounceback_tui.services.insights import InsightsView

HELP = "what is working: reply, interview and offer rates by source, role, month and more"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument(
        "--sankey",
        action="store_true",
        help='print the flow through the stages as SankeyMATIC lines ("Applied [12] Screening")',
    )
    parser.add_argument("--from", dest="start", metavar="DATE", help="applications sent from DATE")
    parser.add_argument("--to", dest="end", metavar="DATE", help="applications sent up to DATE")


def run(args: argparse.Namespace, paths: DataPaths) -> int:
    from bounceback_tui import clock
    from bounceback_tui.commands import day_argument, refuse_empty_date
    from bounceback_tui.domain.dates import DateParseError
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.services.insights import as_json, load_insights
    from bounceback_tui.store.sqlite_file import open_store

    today = clock.today()
    refuse_empty_date("--from", args.start)
    refuse_empty_date("--to", args.end)
    try:
        start = day_argument(args.start, today) if args.start is not None else None
        end = day_argument(args.end, today) if args.end is not None else None
    except DateParseError as exc:
        raise BouncebackError(str(exc)) from None
    if start and end and start > end:
        raise BouncebackError("--from is after --to; swap them.")
    if start and end is None and start > today:  # "(2038-06-06 to today)" said nothing
        raise BouncebackError(f"--from is after today ({today.isoformat()}): nothing sent yet.")
    opened = open_store(paths, create=False, rules=upgrade_rules)
    view = load_insights(opened.path, start, end)
    if args.sankey:
        from bounceback_tui.domain.flow import sankey_lines

        lines = sankey_lines(view.flow)
        print(
            terminal_text(
                "\n".join(lines) if lines else "// No applications sent in that time yet."
            )
        )
    elif args.json:
        print(terminal_json(json.dumps(as_json(view), indent=2, ensure_ascii=False)))
    else:
        # Role families come from titles typed or imported: nothing raw reaches the terminal.
        print(terminal_text(render_text(view)))
    note_full_disk(opened.path)
    return 0


# The most a group's name takes of its line, cut with an ellipsis past it.
LABEL_WIDTH = 48


def render_text(view: InsightsView) -> str:
    from bounceback_tui.domain.insights import EARLY_DAYS, Outcome
    from bounceback_tui.domain.wording import first_reply_after, likely_share, number

    span = "all time"
    if view.start or view.end:
        span = f"{view.start or 'the start'} to {view.end or 'today'}"
    noun = "application" if view.sent == 1 else "applications"
    lines = [f"What's working: {number(view.sent)} {noun} sent ({span})", ""]
    if view.suggestions:
        lines += [f"* {text}" for text in view.suggestions] + [""]
    else:
        lines += [
            "No clear difference yet: groups need 10 or more applications each, and "
            "rates whose ranges do not overlap.",
            "",
        ]
    for comparison in view.comparisons:
        if not comparison.groups:
            continue
        lines.append(comparison.dimension.title)

        def label(name: str, comparison: Comparison = comparison) -> str:
            shown = comparison.dimension.label(name)
            return f"{shown} *" if name in comparison.early else shown

        # A generous column: "Backend Developer Python Dj…" was cut at 28 with the line free.
        width = min(LABEL_WIDTH, max(len(label(g.name)) for g in comparison.groups))
        # "1,270", as the header's "9,170": "Referral     1270 sent" lost the separator.
        counts = max(4, *(len(number(g.count)) for g in comparison.groups))
        for group in comparison.groups:
            shown = label(group.name)
            name = shown if len(shown) <= width else cut_near_word(shown, width)
            head = f"  {name:<{width}} {number(group.count):>{counts}} sent"
            if group.too_few:
                lines.append(f"{head}  too few to tell")
                continue
            parts = []
            for outcome in Outcome:
                rate = group.rates[outcome]
                low, high = rate.interval or (0.0, 0.0)
                share = likely_share(rate.value or 0.0, low, high)
                said = f"{outcome.short.lower()} {number(rate.successes)}"
                if outcome is Outcome.REPLY and group.all_noes:  # not "replies 12 (100%…)"
                    said += ", all with a no" if rate.successes > 1 else ", a no"
                parts.append(f"{said} ({share})")
            median = group.median_days_to_reply
            if median is not None:
                parts.append(first_reply_after(median))
            lines.append(f"{head}  " + " · ".join(parts))
        if comparison.early:
            lines.append(
                f"  * still early: sent in the last {EARLY_DAYS} days, so not every answer "
                "has come yet"
            )
        lines.append("")
    return "\n".join(lines).rstrip()
