"""The tab bar over the panes: one line of labels, the current one underlined.

Textual's Tabs builds a widget per tab plus an animated underline; this draws the
same bar as text (it is on the first screen the app paints) and posts `Chosen`
when a tab is clicked. Keys and the palette switch panes through the app.

In a narrow terminal the labels close up to one space apart, and narrower still the tabs
not shown keep only their number key, so the current pane's name and every key stay in
sight: at 60 columns "6 People" was cut to "6 Peo".

Its colours are worked out from the theme's variables, as the stylesheet would resolve
them (``_looks``, kit/theme_looks.py), rather than from five component classes: about 5M
instructions of the first paint (docs/performance.md, "First paint, fp6's round").
"""

from __future__ import annotations

from collections.abc import Hashable

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.message import Message
from textual.reactive import reactive
from textual.strip import Strip
from textual.widget import Widget

from bounceback_tui.ui.kit.kept_lines import KeptByContent
from bounceback_tui.ui.kit.theme_looks import part_style

# Each part's colour as a theme variable (optionally with an opacity), and whether it is
# bold: what its component class said in CSS (``color: $text-muted`` and so on).
_LOOKS: dict[str, tuple[str, bool]] = {
    "tab": ("text-muted", False),
    "active": ("text", True),
    "key": ("text-muted", False),
    "rule": ("tab-line", False),
    "rule-active": ("accent", False),
}


class PaneTabs(KeptByContent, Widget):
    DEFAULT_CSS = """
    PaneTabs {
        height: 2;
    }
    """

    active: reactive[str] = reactive("", layout=False)

    class Chosen(Message):
        """A tab was clicked."""

        def __init__(self, pane_id: str) -> None:
            super().__init__()
            self.pane_id = pane_id

    def __init__(self, tabs: list[tuple[str, str, str]], *, active: str, id: str | None = None):
        """``tabs``: (pane id, key, title) in order."""
        super().__init__(id=id)
        self.tabs = tabs
        self.set_reactive(PaneTabs.active, active)

    def content_key(self) -> Hashable:
        return (self.active, tuple(self.tabs))

    def _labels(self) -> tuple[list[str], int]:
        """Each tab's label and the gap between them: two spaces, one if that does not fit
        the bar, and only the number key for the tabs not shown if that does not either."""
        full = [f"{key} {title}" for _pane, key, title in self.tabs]
        room = self.size.width - 1  # after the first space
        for gap in (2, 1):
            if sum(map(len, full)) + gap * (len(full) - 1) <= room:
                return full, gap
        shown = [
            label if pane_id == self.active else key
            for label, (pane_id, key, _title) in zip(full, self.tabs, strict=True)
        ]
        return shown, 1

    def _spans(self) -> list[tuple[int, int, str]]:
        """(start, end, pane id) of each label (``_labels``), after one space."""
        labels, gap = self._labels()
        spans, x = [], 1
        for (pane_id, _key, _title), label in zip(self.tabs, labels, strict=True):
            spans.append((x, x + len(label), pane_id))
            x += len(label) + gap
        return spans

    def _looks(self) -> dict[str, Style]:
        """Each part's style, as a component class's rich style would be: the bar's own
        (its background and the text styles it inherits), then the part's colour laid over
        that background (``auto``: the contrasting text), then bold if the part is."""
        base, background = self.rich_style, self.background_colors[1]
        variables = self.app.theme_variables
        return {
            name: part_style(base, background, variables, spec, bold=bold)
            for name, (spec, bold) in _LOOKS.items()
        }

    def render_line(self, y: int) -> Strip:
        style = self._looks()
        # Gaps take the widget's own background: an unstyled space shows the terminal's
        # default colour, a black block in a light theme.
        base = self.rich_style
        segments: list[Segment] = []
        x = 0
        for (start, end, pane_id), (_pane, key, title) in zip(
            self._spans(), self.tabs, strict=True
        ):
            current = pane_id == self.active
            if y == 0:
                segments.append(Segment(" " * (start - x), base))
                label = style["active" if current else "tab"]
                segments.append(Segment(key, label if current else style["key"]))
                if end - start > len(key):  # the title too (``_labels``)
                    segments.append(Segment(f" {title}", label))
            else:
                rule = style["rule"]
                segments.append(Segment("━" * (start - x), rule))
                under = style["rule-active"] if current else rule
                segments.append(Segment("━" * (end - start), under))
            x = end
        fill = Segment("━" * max(0, self.size.width - x), style["rule"]) if y else None
        if fill is not None:
            segments.append(fill)
        return Strip(segments).crop_extend(0, self.size.width, base)

    def watch_active(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        for start, end, pane_id in self._spans():
            if start <= event.x < end:
                event.stop()
                self.post_message(self.Chosen(pane_id))
                return
