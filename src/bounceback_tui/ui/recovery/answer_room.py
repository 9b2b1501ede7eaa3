"""A writing screen keeps rows to write in: the step's detail above the box gives way.

The writing screens (an answer, a feedback reply, the expressive page: ``answer.py``) are a
column: the step's title, its plan, its detail, the box written in, the reply's tick box,
the status line, the keys line and the buttons. The box took what the rest left. At 60x20 a
feedback reply's box showed one line of text, an answer's two; a step of one's own (`c` on
a plan) with a long detail pushed the box, the keys line and the buttons below the screen's
edge, at 80x24 too, and what was typed went on out of sight.

Short of rows (under ``SHORT_BELOW``) the box takes the rows down to the key bar and the
spacing between the parts goes (styles/recovery.tcss). ``fit_answer`` then gives the box
``AREA_ROWS`` at least, three lines of text in its border, where the screen has them: the
detail is cut to the rows left, and scrolls (with the wheel; its scroll bar says there is
more). Where even that is not enough (80x12), the detail goes and the box gives up rows,
down to one line, so the keys line and the buttons stay in sight. It runs when the screen
is resized and when the status line changes height.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.css.scalar import Scalar
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui.ui.kit.form_fit import natural_height

# Rows under which the writing box is short of rows (styles/recovery.tcss's "-short").
SHORT_BELOW = 24
# The box's least rows while the detail can give way: three lines of text in its border.
AREA_ROWS = 5


def fit_answer(screen: Screen[Any]) -> None:
    """Cut the step's detail so the writing box keeps ``AREA_ROWS`` (see above)."""
    if not screen.is_mounted:
        return
    boxes = screen.query("#answer-box")
    details = screen.query("#answer-detail")
    if not boxes or not details:
        return
    box, detail = boxes.first(), details.first()
    area = box.query_one("#answer-text")
    others = [child for child in box.children if child.display and child not in (area, detail)]
    room = box.content_size.height - AREA_ROWS - area.styles.margin.top
    room -= sum(_rows(child) for child in others)
    if others:  # the buttons' row under them is only room: the box's edge may take it
        room += others[-1].styles.padding.bottom
    text = detail.query_one(Static)
    wanted = natural_height(text, box.content_size.width)
    rows = None if wanted <= room else room
    # Its padding and a line at least, or nothing: a padding row alone says nothing.
    shown = rows is None or rows > text.styles.gutter.height
    if (detail.styles.max_height, detail.display) != (_cells(rows), shown):
        detail.styles.max_height = rows
        detail.display = shown


def _rows(widget: Widget) -> int:
    margin = widget.styles.margin
    return widget.outer_size.height + margin.top + margin.bottom


def _cells(rows: int | None) -> Scalar | None:
    return None if rows is None else Scalar.from_number(rows)


class AnswerStatus(Static):
    """The writing screen's status line: when it grows or shrinks, the parts are fitted
    again (a two-line warning pushed the buttons off)."""

    def on_resize(self, event: events.Resize) -> None:
        self.screen.call_after_refresh(fit_answer, self.screen)
