"""A form taller than the terminal keeps its message, its buttons and the key bar in sight.

A form's box is as tall as its fields (centred over the pane) and at most the screen. With
more fields than rows (People's person, an interview, a skill at 80x24), the box was cut at
the screen's edge: the fields did not scroll, the message under them ("That application is
no longer there…", "Nothing was saved: 1 field needs a look."), the Save button and the
key bar under the box were out of sight, so ctrl+s on a refused form seemed to do nothing.

``fit_form`` measures the box as laid out; when it would reach the key bar's row, the box
stops a row short of the screen (it sits at the top, the key bar's row is left free) and the
fields get what is left once the title, intro, message and buttons have theirs, so they
scroll and the rest stays. A form that fits is left as it was. It runs when the screen is
resized, when the message line changes height (``FormMessage``) and when the fields do
(``FormFields``: a message under a field shown or gone).
"""

from __future__ import annotations

from textual import events
from textual.containers import VerticalScroll
from textual.css.scalar import Scalar
from textual.screen import Screen
from textual.widgets import Static

from bounceback_tui.ui.kit.focus import FieldsScroll

KEY_BAR_ROWS = 1
MIN_FIELD_ROWS = 3


def fit_form(screen: Screen[object]) -> None:
    """Give ``screen``'s fields the rows the rest of its form box leaves (see above)."""
    found = screen.query("#form-box")
    if not found or not screen.is_mounted:
        return
    box = found.first()
    scroll = box.query_children(VerticalScroll)
    buttons = box.query_children(".form-buttons")
    if not scroll or not buttons:
        return
    fields = scroll.first()
    bottom = buttons.first().region.bottom + box.styles.gutter.bottom
    laid_out = bottom - box.region.y
    chrome = laid_out - fields.outer_size.height
    limit = screen.app.size.height - KEY_BAR_ROWS  # the terminal, padding or not
    natural = chrome + max(fields.virtual_size.height, fields.outer_size.height)
    # Fitted, the fields may read a row shorter (a scroll bar takes their width and the
    # lines rewrap): a box that is fitted stays so at exactly the limit, or the two states
    # would swap for ever, the auto one a row over the key bar.
    was_tall = box.styles.inline.has_rule("height")  # set here, not by the stylesheet
    tall = natural > limit or (was_tall and natural >= limit)
    height = limit if tall else None
    rows = max(MIN_FIELD_ROWS, limit - chrome) if tall else None
    if box.styles.get_rule("height") != _cells(height) or fields.styles.max_height != _cells(rows):
        box.styles.height = height  # None: as the stylesheet says (auto, or the whole screen)
        fields.styles.max_height = rows


def _cells(rows: int | None) -> Scalar | None:
    return None if rows is None else Scalar.from_number(rows)


class FormFields(FieldsScroll):
    """The form's fields: when a message under one shows or goes, they grow or shrink, and
    the box is fitted again (a form one row short of the key bar grew over it). Made
    smaller, they scroll the focused field back into sight (the terminal made smaller left
    them at the top, the keys going to a field out of sight). Their scroll keys take focus
    along (``ui/kit/focus.FieldsScroll``)."""

    def on_resize(self, event: events.Resize) -> None:
        # The focused field back into sight: FieldsScroll's own resize handler.
        self.screen.call_after_refresh(fit_form, self.screen)


class FormMessage(Static):
    """The form's message line: when it grows or shrinks, the fields are fitted again."""

    def on_resize(self, event: events.Resize) -> None:
        self.screen.call_after_refresh(fit_form, self.screen)
