"""The Pipeline's header: the funnel (rates, then how many in each stage), wrapped by hand
between figures so a figure and its label never end up on different lines."""

from __future__ import annotations

from textual.content import Content

from bounceback_tui.domain.pipeline_funnel import Funnel, days_text, percent, stage_counts
from bounceback_tui.ui.kit.text import markup_with, plain

SEPARATOR = " · "
# Below this width the median is written short ("median reply 7d").
COMPACT_WIDTH = 110


def _pack(items: list[Content], width: int) -> list[Content]:
    """Join items with separators, starting a new line when full."""
    lines: list[Content] = []
    current: Content | None = None
    used = 0
    for item in items:
        length = item.cell_length
        extra = length if current is None else len(SEPARATOR) + length
        if current is not None and used + extra > width:
            lines.append(current + SEPARATOR.rstrip())
            current, used = item, length
        else:
            current = item if current is None else current + SEPARATOR + item
            used += extra
    if current is not None:
        lines.append(current)
    return lines


def _item(label: str, value: str, after: str = "") -> Content:
    """``label`` then ``value`` in bold (then ``after``)."""
    return markup_with(
        "$label[b]$value[/b]$after", label=f"{label} " if label else "", value=value, after=after
    )


def funnel_content(funnel: Funnel, *, quiet: int = 0, width: int = 100) -> Content:
    rates = [
        _item("", f"{funnel.sent:,}", " sent"),
        _item("replies", percent(funnel.response_rate)),
        _item("interviews", percent(funnel.interview_rate)),
        _item("offers", percent(funnel.offer_rate)),
    ]
    median = funnel.median_days_to_reply
    if median is not None and width < COMPACT_WIDTH:
        rates.append(_item("median reply", f"{round(median)}d"))
    elif median is not None:
        rates.append(_item("first reply in", days_text(median), " (median)"))
    counts = [_item(stage.label, f"{count:,}") for stage, count in stage_counts(funnel.by_stage)]
    if quiet:
        counts.append(plain(f"{quiet:,} quiet (r)", "$text-warning"))
    lines = _pack(rates, width) + [line.stylize("dim") for line in _pack(counts, width)]
    return Content("\n").join(lines)
