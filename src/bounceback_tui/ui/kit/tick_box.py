"""Checkboxes whose state shows in their shape, not by colour alone: ✓ ticked, empty not.

Textual draws an "X" in every box and tells ticked from unticked by colour only, which a
person who does not see the colours (or a monochrome terminal) cannot read.
"""

from __future__ import annotations

from textual.strip import Strip
from textual.widgets import Checkbox

TICKED = "✓"
UNTICKED = " "


class TickBox(Checkbox):
    """A Checkbox that shows ✓ when ticked and an empty box when not."""

    @property
    def BUTTON_INNER(self) -> str:  # type: ignore[override]  # a class attribute in Textual, read per tick here
        return TICKED if self.value else UNTICKED


def mark_strip(strip: Strip, ticked: bool) -> Strip:
    """A SelectionList line with its box's "X" replaced by ✓ or an empty box."""
    segments = list(strip)
    if len(segments) > 1:
        segments[1] = segments[1]._replace(text=TICKED if ticked else UNTICKED)
    return Strip(segments, strip.cell_length)
