"""Small bar charts drawn with block characters: cheap to render, themed by CSS.

BarChart shows one or two series on one shared scale (two series: a pair of bars
per slot, e.g. applications and rejections per week). Textual's Sparkline renders
through Rich segments and costs more than the whole rest of Today's first paint;
this draws a handful of characters directly.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

_EIGHTHS = " ▁▂▃▄▅▆▇█"


def column(value: float, peak: float, height: int) -> list[str]:
    """One bar as ``height`` characters, top to bottom, scaled so ``peak`` fills it."""
    if peak <= 0 or value <= 0:
        return [" "] * height
    # At least one eighth for any non-zero value, so a single rejection is visible.
    eighths = max(1, round(value / peak * height * 8))
    return [_EIGHTHS[min(8, max(0, eighths - row * 8))] for row in range(height - 1, -1, -1)]


class BarChart(Widget):
    """Bars per slot, oldest on the left; every series shares one scale."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"bar-chart--first", "bar-chart--second"}
    DEFAULT_CSS = """
    BarChart {
        height: 3;
        width: auto;
    }
    BarChart > .bar-chart--first { color: $success; }
    BarChart > .bar-chart--second { color: $error; }
    """

    series: reactive[tuple[tuple[float, ...], ...]] = reactive(tuple, layout=True)

    def set_series(self, *series: list[int] | list[float]) -> None:
        self.series = tuple(tuple(values) for values in series)

    def _slot_width(self) -> int:
        # One column per series, plus a gap between slots when bars are paired.
        return len(self.series) + (1 if len(self.series) > 1 else 0)

    def get_content_width(self, container, viewport) -> int:  # type: ignore[no-untyped-def]
        slots = max((len(values) for values in self.series), default=0)
        return max(1, slots * self._slot_width() - (1 if len(self.series) > 1 else 0))

    def render_line(self, y: int) -> Strip:
        # The Line API: one row of segments, without the general Visual machinery.
        height = max(1, self.size.height)
        peak = max((v for values in self.series for v in values), default=0)
        styles = [
            self.get_component_rich_style(name)
            for name in ("bar-chart--first", "bar-chart--second")
        ]
        slots = max((len(values) for values in self.series), default=0)
        paired = len(self.series) > 1
        segments: list[Segment] = []
        # Gaps and padding take the chart's own background (a bare " " would show the
        # terminal's, a dark stripe in a light theme).
        blank = styles[0]
        for slot in range(slots):
            if slot and paired:
                segments.append(Segment(" ", blank))
            for index, values in enumerate(self.series):
                value = values[slot] if slot < len(values) else 0
                cell = column(value, peak, height)[y] if y < height else " "
                segments.append(Segment(cell, styles[index % 2]))
        return Strip(segments).adjust_cell_length(self.size.width, blank)
