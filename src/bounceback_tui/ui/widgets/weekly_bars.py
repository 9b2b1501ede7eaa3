"""Two weekly series as side-by-side bars on one shared axis (applications vs rejections)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.reactive import reactive
from textual.widget import Widget

_EIGHTHS = " ▁▂▃▄▅▆▇█"


def column(value: int, peak: int, height: int) -> list[str]:
    """One bar as ``height`` characters, top to bottom, scaled so ``peak`` fills it."""
    if peak <= 0 or value <= 0:
        return [" "] * height
    # At least one eighth for any non-zero value, so a single rejection is visible.
    eighths = max(1, round(value / peak * height * 8))
    cells = []
    for row in range(height - 1, -1, -1):
        filled = min(8, max(0, eighths - row * 8))
        cells.append(_EIGHTHS[filled])
    return cells


class WeeklyBars(Widget):
    """Pairs of bars per week, oldest on the left; both series share one scale."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"weekly-bars--first", "weekly-bars--second"}
    DEFAULT_CSS = """
    WeeklyBars {
        height: 4;
        width: auto;
    }
    WeeklyBars > .weekly-bars--first { color: $success; }
    WeeklyBars > .weekly-bars--second { color: $error; }
    """

    first: reactive[tuple[int, ...]] = reactive(tuple, layout=True)
    second: reactive[tuple[int, ...]] = reactive(tuple, layout=True)

    def set_series(self, first: list[int], second: list[int]) -> None:
        self.first = tuple(first)
        self.second = tuple(second)

    def get_content_width(self, container, viewport) -> int:  # type: ignore[no-untyped-def]
        return max(1, len(self.first) * 3 - 1)

    def render(self) -> Text:
        height = max(1, self.size.height)
        peak = max((*self.first, *self.second, 0))
        first_style = self.get_component_rich_style("weekly-bars--first")
        second_style = self.get_component_rich_style("weekly-bars--second")
        bars = [
            (column(a, peak, height), column(b, peak, height))
            for a, b in zip(self.first, self.second, strict=False)
        ]
        text = Text(no_wrap=True, overflow="crop")
        for row in range(height):
            for index, (a, b) in enumerate(bars):
                if index:
                    text.append(" ")
                text.append(a[row], first_style)
                text.append(b[row], second_style)
            if row < height - 1:
                text.append("\n")
        return text
