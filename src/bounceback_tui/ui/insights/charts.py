"""The comparisons and the flow drawn as text (Content), one shared scale per chart."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rich.cells import cell_len
from textual.content import Content

from bounceback_tui.domain.flow import FlowLine
from bounceback_tui.domain.insights import EARLY_DAYS, Comparison, GroupStat, Outcome
from bounceback_tui.domain.wording import first_reply_after, number
from bounceback_tui.ui.kit.cells import clip, fit_cells
from bounceback_tui.ui.kit.text import plain

NAME_WIDTH = 22
# Where the terminal has room, a longer name is shown whole, up to this, while the bar keeps
# ROOMY_BAR cells: at 120 columns "site reliability engi…" was cut with half the line empty
# (a new user's walk).
LONGEST_NAME = 48
ROOMY_BAR = 20
COUNT_WIDTH = 4  # the count's column, wider where a group's count is ("1,270")
MIN_NAME = 10
MIN_BAR = 8
MAX_BAR = 40
TOO_FEW = "too few to tell"


def _name(text: str, width: int = NAME_WIDTH) -> str:
    """``text`` cut to ``width`` terminal cells: an emoji or a wide letter takes two."""
    return clip(text, width)


def range_bar(low: float, value: float, high: float, width: int) -> str:
    """A bar to the rate with its 95% range: solid to the range's low end, shaded from there
    to the rate, a line on to the high end: "████▓▓▓──┤   ". (The low end used to be a ├
    drawn only off the bar, where it never is: a stranger's walk, seventeenth round.)"""
    cells = [" "] * width
    for index in range(width):
        position = (index + 0.5) / width
        if position <= min(low, value):
            cells[index] = "█"
        elif position <= value:
            cells[index] = "▓"
        elif position <= high:
            cells[index] = "─"
    high_cell = min(width - 1, int(high * width))
    if cells[high_cell] in " ─":
        cells[high_cell] = "┤"
    return "".join(cells)


@dataclass(frozen=True)
class ChartLayout:
    """How wide a chart's columns are, so a group's line fits the width it has: the name,
    the bar and how much follows the bar (2: the rate, its range and the days to a reply;
    1: the rate and its range; 0: the rate). At 60 columns "· ~9.5d" went to a line of its
    own, at 40 every bar did (a tester's walk)."""

    width: int
    name: int = NAME_WIDTH
    bar: int = MIN_BAR
    detail: int = 2
    count: int = COUNT_WIDTH


def _tail(group: GroupStat, outcome: Outcome, detail: int) -> str:
    rate = group.rates[outcome]
    low, high = rate.interval or (0.0, 0.0)
    tail = f"  {(rate.value or 0.0) * 100:>3.0f}%"
    if detail >= 1:
        tail += f" ({low * 100:.0f}-{high * 100:.0f})"
    median = group.median_days_to_reply
    if detail >= 2 and outcome is Outcome.REPLY and median is not None:
        tail += f" · ~{median:g}d"
    return tail


_DID = {Outcome.REPLY: "replied"}


def _in_words(group: GroupStat, outcome: Outcome, detail: int) -> tuple[str, str]:
    """What a row's figures say, in words, as much as the row shows: "57% replied (likely
    39–73%)" and "first reply after about 9.5 days" for "57% (39-73) · ~9.5d"."""
    rate = group.rates[outcome]
    low, high = rate.interval or (0.0, 0.0)
    words = f"{(rate.value or 0.0) * 100:.0f}% {_DID.get(outcome, outcome.label)}"
    if detail >= 1:
        words += f" (likely {low * 100:.0f}–{high * 100:.0f}%)"
    if outcome is Outcome.REPLY and group.all_noes:
        # "Job board: 100% replied" over a full bar, where all twelve were a no (a tester's
        # walk): true by definition, read as good news.
        each = "all with a no" if rate.successes > 1 else "with a no"
        words = f"{number(rate.successes)} of {number(group.count)} answered, {each}"
    median = group.median_days_to_reply
    if detail < 2 or outcome is not Outcome.REPLY or median is None:
        return words, ""
    return words, first_reply_after(median)


def chart_legend(
    comparisons: Sequence[Comparison], outcome: Outcome, layout: ChartLayout
) -> list[str]:
    """How to read the charts, over them: what the bar and its shading are, then the first
    drawn row said in words, as an example of reading a row. "· ~9.5d" and "95% range shaded
    ▓ to ─┤" were read by nobody (a new user's walk); "2027-01: 25% replied" alone read as
    the reply rate of every application (a stranger's walk: the Pipeline said 31%). Each line
    fits ``layout.width``: the days go to a line of their own, the words around the row's name
    are shortened, or the name left out, before any figure is."""
    heads = (
        f"{outcome.short}: each bar is a group's share; ▓ to ┤ is where it likely lies.",
        f"{outcome.short}: ▓ to ┤ is where the share likely lies.",
        f"{outcome.short}, likely within ▓ to ┤",
        outcome.short,
    )
    lines = [next((h for h in heads if cell_len(h) <= layout.width), outcome.short)]
    first = next((g for c in comparisons for g in c.groups if not g.too_few), None)
    if first is None:
        return lines
    name = next(c.dimension.label(first.name) for c in comparisons if first in c.groups)
    for detail in range(layout.detail, -1, -1):
        words, days = _in_words(first, outcome, detail)
        for said in (
            f"How to read a row ({name}): {words}",
            f"The {name} row: {words}",
            f"One row: {words}",
        ):
            if days and cell_len(f"{said} · {days}") <= layout.width:
                return [*lines, f"{said} · {days}"]
            if cell_len(said) <= layout.width and cell_len(days) <= layout.width:
                return [*lines, said, days] if days else [*lines, said]
    return lines


def chart_layout(comparisons: Sequence[Comparison], width: int) -> ChartLayout:
    """The widest layout that fits ``width`` columns: all that follows the bar and the whole
    name (22, or the longest name up to 48 where the bar keeps 20 cells) where there is room,
    else the name shortened (to 10), then less after the bar.
    The same for every outcome, so `o` keeps the bars where they were."""
    drawn = [g for comparison in comparisons for g in comparison.groups if not g.too_few]
    longest = max(
        (
            cell_len(c.dimension.label(g.name)) + (2 if g.name in c.early else 0)  # " *"
            for c in comparisons
            for g in c.groups
        ),
        default=0,
    )
    wanted = min(LONGEST_NAME, longest)
    # Counts as everywhere, "1,270": the column as wide as the widest ("1270" had no comma).
    count = max([COUNT_WIDTH] + [len(number(g.count)) for c in comparisons for g in c.groups])
    head = 2 + 1 + count + 2
    for detail in (2, 1, 0):
        tail = max((len(_tail(g, o, detail)) for g in drawn for o in Outcome), default=0)
        room = width - head - tail
        name = min(NAME_WIDTH, room - MIN_BAR)
        if name >= MIN_NAME or detail == 0:
            name = max(4, name, min(wanted, room - ROOMY_BAR))
            return ChartLayout(width, name, max(3, min(MAX_BAR, room - name)), detail, count)
    raise AssertionError("detail 0 always returns")  # pragma: no cover


def _early_note(width: int) -> str:
    """What the mark by a recent month means, as much as fits ``width``."""
    notes = (
        f"  * still early: sent in the last {EARLY_DAYS} days, so not every answer has come",
        "  * still early: answers still coming",
        "  * still early",
    )
    return next((note for note in notes if cell_len(note) <= width), notes[-1])


def comparison_chart(comparison: Comparison, outcome: Outcome, layout: ChartLayout) -> Content:
    """One chart: a line per group with its count, a bar (0-100%) with its range, the rate;
    "too few to tell" under 10; the clear differences for this outcome under it."""
    lines: list[Content] = [Content.styled(comparison.dimension.title, "bold $text-accent")]
    if not comparison.groups:
        lines.append(plain("  Nothing recorded for this yet.", "$text-muted"))
        return Content("\n").join(lines)
    room = layout.width - (2 + layout.name + 1 + layout.count + 2)
    too_few = TOO_FEW if room >= len(TOO_FEW) else "too few"
    for group in comparison.groups:
        shown = comparison.dimension.label(group.name)
        shown += " *" if group.name in comparison.early else ""
        # Padded by cells, not characters: a name with an emoji ("🚀 Rockets") pushed its
        # row's count, bar and rate a cell right of the others (a tester's walk).
        head = plain(f"  {fit_cells(shown, layout.name)} {number(group.count):>{layout.count}}  ")
        if group.too_few:
            lines.append(head + plain(too_few, "$text-muted italic"))
            continue
        rate = group.rates[outcome]
        low, high = rate.interval or (0.0, 0.0)
        bar = range_bar(low, rate.value or 0.0, high, layout.bar)
        lines.append(head + plain(bar, "$accent") + plain(_tail(group, outcome, layout.detail)))
    if comparison.early:
        lines.append(plain(_early_note(layout.width), "$text-muted"))
    clear = [d for d in comparison.differences if d.outcome is outcome]
    # "  Clear: " and " above " around two names.
    names = max(4, min(NAME_WIDTH, (layout.width - 16) // 2))
    for difference in clear:
        label = comparison.dimension.label
        lines.append(
            plain(
                f"  Clear: {_name(label(difference.better.name), names)} above "
                f"{_name(label(difference.worse.name), names)}",
                "$text-success",
            )
        )
    return Content("\n").join(lines)


def flow_chart(lines: list[FlowLine]) -> Content:
    if not lines:
        return plain("No applications sent in this time yet.", "$text-muted")
    drawn: list[Content] = []
    for line in lines:
        if line.depth == 0:
            drawn.append(
                plain(f"{line.label:<14}", "bold")
                + plain(line.bar, "$accent")
                + plain(f" {number(line.count)}", "bold")
            )
        else:
            branch = "└─ " if line.last else "├─ "
            style = (
                "$text-error"
                if line.label in ("Rejected", "Ghosted", "Withdrawn")
                else ("$text-success" if line.label in ("Offer", "Accepted") else "$text-muted")
            )
            drawn.append(
                plain(f"  {branch}{line.label:<13}", style)
                + plain(line.bar, "$accent 60%")
                + plain(f" {number(line.count)}")
            )
    return Content("\n").join(drawn)
