"""The comparisons and the flow drawn as text (Content), one shared scale per chart."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui.domain.flow import FlowLine
from bounceback_tui.domain.insights import Comparison, Outcome
from bounceback_tui.ui.kit.text import plain

NAME_WIDTH = 22


def _name(text: str, width: int = NAME_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


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


def comparison_chart(comparison: Comparison, outcome: Outcome, bar_width: int) -> Content:
    """One chart: a line per group with its count, a bar (0-100%) with its range, the rate;
    "too few to tell" under 10; the clear differences for this outcome under it."""
    lines: list[Content] = [Content.styled(comparison.dimension.title, "bold $text-accent")]
    if not comparison.groups:
        lines.append(plain("  Nothing recorded for this yet.", "$text-muted"))
        return Content("\n").join(lines)
    for group in comparison.groups:
        shown = comparison.dimension.label(group.name)
        head = plain(f"  {_name(shown):<{NAME_WIDTH}} {group.count:>4}  ")
        if group.too_few:
            lines.append(head + plain("too few to tell", "$text-muted italic"))
            continue
        rate = group.rates[outcome]
        low, high = rate.interval or (0.0, 0.0)
        value = rate.value or 0.0
        median = group.median_days_to_reply
        tail = f"  {value * 100:>3.0f}% ({low * 100:.0f}-{high * 100:.0f})"
        if outcome is Outcome.REPLY and median is not None:
            tail += f" · ~{median:g}d"
        lines.append(head + plain(range_bar(low, value, high, bar_width), "$accent") + plain(tail))
    clear = [d for d in comparison.differences if d.outcome is outcome]
    for difference in clear:
        label = comparison.dimension.label
        lines.append(
            plain(
                f"  Clear: {_name(label(difference.better.name))} above "
                f"{_name(label(difference.worse.name))}",
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
                + plain(f" {line.count}", "bold")
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
                + plain(f" {line.count}")
            )
    return Content("\n").join(drawn)
