"""The mouse wheel sideways moves a view of columns a whole column at a time.

Textual scrolls a view sideways by a few cells a turn of the wheel (or of the wheel with
shift or ctrl held). On the Pipeline's board that left cards cut at both edges and the line
above naming stages half in view; on its table a column cut by the left edge is drawn blank,
and one turn left Stage's place a ``◂`` over blank cells, still there after a filter (a
stranger's walk with the mouse). A view that mixes this in (before its Textual class) says
where a turn takes it (``step_sideways``): whole columns, as its keys do.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual import events

if TYPE_CHECKING:
    from textual.widget import Widget

    _Base = Widget
else:
    _Base = object


def next_stop(stops: Iterable[int], now: int, step: int) -> int:
    """The first of ``stops`` after ``now`` (``step`` 1) or the last before it (-1); ``now``
    itself when there is none that way."""
    ahead = sorted(stop for stop in stops if (stop > now if step > 0 else stop < now))
    return (ahead[0] if step > 0 else ahead[-1]) if ahead else now


class WheelSideways(_Base):
    """Mix in before the scroll view; define ``step_sideways``."""

    def step_sideways(self, step: int) -> None:
        """Scroll one column right (``step`` 1) or left (-1)."""
        raise NotImplementedError

    def _wheel_sideways(self, event: events.MouseEvent, step: int) -> None:
        event.prevent_default()  # not Textual's scroll by cells
        event.stop()
        self.step_sideways(step)

    def on_mouse_scroll_right(self, event: events.MouseScrollRight) -> None:
        self._wheel_sideways(event, 1)

    def on_mouse_scroll_left(self, event: events.MouseScrollLeft) -> None:
        self._wheel_sideways(event, -1)

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        if event.shift or event.ctrl:  # Textual's wheel sideways
            self._wheel_sideways(event, 1)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        if event.shift or event.ctrl:
            self._wheel_sideways(event, -1)
