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
detail is cut to the rows left, less one for "↓ more · ctrl+↓ reads on" (the key as bound),
and that key (``DetailReading``) scrolls it a page at a time, from the start again after its
end; the line follows the detail's scroll however it moves (``DetailScroll``: the mouse wheel,
its scroll bar). At 60x20 it was cut to 5 lines with nothing to say there was more (its scroll bar's
column blank) and read on only with the mouse wheel. Where even that is not enough (80x12),
the detail goes and the box gives up rows, down to one line, so the keys line and the
buttons stay in sight. It runs when the screen
is resized and when the status line changes height.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui.ui.kit.form_fit import cells, natural_height
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with

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
    more = screen.query_one("#answer-more", Static)
    text = detail.query_one(Static)
    wanted = natural_height(text, box.content_size.width)
    rows = None if wanted <= room else room - 1  # a row for "↓ more"
    # Its padding and a line at least, or nothing: a padding row alone says nothing.
    shown = rows is None or rows > text.styles.gutter.height
    if (detail.styles.max_height, detail.display) != (cells(rows), shown):
        detail.styles.max_height = rows
        detail.display = shown
    more.display = shown and rows is not None
    say_more(screen)


def say_more(screen: Screen[Any], scrolled: float | None = None) -> None:
    """Under a detail cut short: that there is more and the key that reads on, as bound; at
    its end, that the key goes back to its start (``scrolled``: see ``_at_end``)."""
    more = screen.query_one("#answer-more", Static)
    if not more.display:
        return
    key = key_of(screen.app, "answer.detail", "ctrl+down")
    if not _at_end(screen, scrolled):
        more.update(markup_with("[dim]↓ more · [b]$key[/b] reads on[/dim]", key=key))
    else:
        more.update(markup_with("[dim]The end · [b]$key[/b] from the start[/dim]", key=key))


def _at_end(screen: Screen[Any], scrolled: float | None = None) -> bool:
    """Whether the detail's last line is in sight (from the cut fit_answer made, not from
    the scroll's own numbers, which wait for a refresh), scrolled to where it is going, or
    to ``scrolled`` (where the wheel or the scroll bar put it)."""
    detail = screen.query_one("#answer-detail")
    box = screen.query_one("#answer-box")
    cut = detail.styles.max_height
    wanted = natural_height(detail.query_one(Static), box.content_size.width)
    top = detail.scroll_target_y if scrolled is None else scrolled
    return cut is None or round(top) + int(cut.value) >= wanted


class DetailScroll(VerticalScroll):
    """The step's detail on a writing screen: "↓ more" under it follows its scroll, however
    it moves. Before, only the key that reads on changed it: scrolled to the end with the
    mouse wheel, it still said "↓ more"."""

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.is_mounted and self.screen.query("#answer-more"):
            say_more(self.screen, new_value)


class DetailReading(Screen[Any]):
    """The writing screen's key for a detail cut short (``answer.detail``): a page on, and
    from the start again after the end. The box keeps the focus, and what is typed in it."""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "read_detail":
            shown = self.query("#answer-more")
            return bool(shown) and bool(shown.first().display)
        return super().check_action(action, parameters)

    def action_read_detail(self) -> None:
        screen: Screen[Any] = self
        detail = screen.query_one("#answer-detail")
        if _at_end(screen):
            detail.scroll_to(y=0, animate=False, immediate=True)
        else:
            step = max(detail.scrollable_content_region.height - 1, 1)
            detail.scroll_to(y=round(detail.scroll_y) + step, animate=False, immediate=True)
        say_more(screen)


def _rows(widget: Widget) -> int:
    margin = widget.styles.margin
    return widget.outer_size.height + margin.top + margin.bottom


class AnswerStatus(Static):
    """The writing screen's status line: when it grows or shrinks, the parts are fitted
    again (a two-line warning pushed the buttons off)."""

    def on_resize(self, event: events.Resize) -> None:
        self.screen.call_after_refresh(fit_answer, self.screen)
