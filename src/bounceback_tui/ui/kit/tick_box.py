"""Checkboxes whose state shows in their shape, not by colour alone: ✓ ticked, ✗ not.

Textual draws an "X" in every box and tells ticked from unticked by colour only, which a
person who does not see the colours (or a monochrome terminal) cannot read. An empty box
was no better where the box itself hardly shows: a setting switched off in the light theme
was its panel grey on a grey row (1.08:1), an empty space (a stranger's walk). The marks'
colours are in styles/forms.tcss.
"""

from __future__ import annotations

from typing import cast

from textual.css.styles import RulesMap
from textual.geometry import Size
from textual.strip import Strip
from textual.widgets import Checkbox

TICKED = "✓"
UNTICKED = " "  # a SelectionList's box (TickList): its rows say what is ticked
OFF = "✗"  # a TickBox switched off


class TickBox(Checkbox):
    """A Checkbox that shows ✓ when ticked and ✗ when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # a class attribute in Textual, read per tick here
        return TICKED if self.value else OFF

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        # Textual's is one line whatever the label: one styled to wrap (``text-wrap: wrap``)
        # takes the lines it needs. Recovery's "Nothing came back (that is common, and not
        # about you)" was cut at the box's edge at 60 columns, with no sign of it.
        if self.styles.text_wrap != "wrap":
            return 1
        return max(1, self.render().get_height(cast(RulesMap, self.styles), width))


def mark_strip(strip: Strip, ticked: bool) -> Strip:
    """A SelectionList line with its box's "X" replaced by ✓ or an empty box."""
    segments = list(strip)
    if len(segments) > 1:
        segments[1] = segments[1]._replace(text=TICKED if ticked else UNTICKED)
    return Strip(segments, strip.cell_length)
