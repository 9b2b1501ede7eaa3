"""The Pipeline's header: the funnel (rates, then how many in each stage), wrapped by hand
between figures so a figure and its label never end up on different lines."""

from __future__ import annotations

from bounceback_tui.domain.pipeline_funnel import Funnel, days_text, percent, stage_counts

SEPARATOR = " · "
# Below this width the median is written short ("median reply 7d").
COMPACT_WIDTH = 110


def _pack(items: list[tuple[str, int]], width: int) -> list[str]:
    """Join (markup, visible length) items with separators, starting a new line when full."""
    lines: list[str] = []
    current, used = "", 0
    for markup, length in items:
        extra = length if not current else len(SEPARATOR) + length
        if current and used + extra > width:
            lines.append(current + SEPARATOR.rstrip())
            current, used = markup, length
        else:
            current = markup if not current else current + SEPARATOR + markup
            used += extra
    if current:
        lines.append(current)
    return lines


def _item(label: str, value: str, after: str = "") -> tuple[str, int]:
    """``label`` then ``value`` in bold (then ``after``), with its visible length."""
    text = f"{label} [b]{value}[/b]{after}" if label else f"[b]{value}[/b]{after}"
    return text, len(label) + bool(label) + len(value) + len(after)


def funnel_markup(funnel: Funnel, *, quiet: int = 0, width: int = 100) -> str:
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
        text = f"{quiet:,} quiet (r)"
        counts.append((f"[$text-warning]{text}[/]", len(text)))
    lines = _pack(rates, width) + [f"[dim]{line}[/dim]" for line in _pack(counts, width)]
    return "\n".join(lines)
