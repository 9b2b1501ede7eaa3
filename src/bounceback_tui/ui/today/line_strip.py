"""A due line drawn without ``render_strips``' machinery where it has none to do: Today's
board draws a line per due item on the first frame (docs/performance.md, "First paint, fp8's
round")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.strip import Strip

if TYPE_CHECKING:
    from textual.content import Content
    from textual.style import Style as VisualStyle


def one_line(
    content: Content,
    width: int,
    style: VisualStyle,
    get_style: Callable[[str | VisualStyle], VisualStyle],
) -> Strip | None:
    """``content`` as ``render_strips`` draws it on one line of ``width`` cells, nowrap,
    when it fits that line with nothing to wrap, cut or expand (no newline, no tab): its
    spans' segments, each with its offset (what a selection reads). None otherwise.

    For such a line ``render_strips`` splits, wraps, truncates and aligns nothing, and
    gives exactly these segments (``_FormattedLine.to_strip``, left-aligned, at x = 0 of
    line 0); skipping that machinery is about a third of a due line's drawing, and the
    due list draws a line per item on the first frame (docs/performance.md, "First paint,
    fp8's round"). tests/test_today_due_line.py compares the two."""
    text = content.plain
    cells = content.cell_length
    if width <= 0 or cells > width or "\n" in text or "\t" in text:
        return None
    segments: list[Segment] = []
    x = 0
    for piece, piece_style in content.render(style, end="", parse_style=get_style):
        segments.append(Segment(piece, (style + piece_style).rich_style_with_offset(x, 0)))
        x += len(piece)
    return Strip(segments, cells)
