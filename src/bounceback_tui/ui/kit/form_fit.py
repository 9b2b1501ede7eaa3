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

from typing import Any

from textual import events
from textual.containers import VerticalScroll
from textual.css.scalar import Scalar
from textual.geometry import Size
from textual.screen import Screen
from textual.visual import VisualType
from textual.widget import Widget
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
    intro = box.query_children(".form-intro")
    shown_intro = intro.first().outer_size.height if intro and intro.first().display else 0
    chrome = laid_out - fields.outer_size.height - shown_intro
    intro_rows = natural_height(intro.first(), box.content_size.width) if intro else 0
    limit = screen.app.size.height - KEY_BAR_ROWS  # the terminal, padding or not
    # Fitted, the box spares the rows of an empty message line and the blank over the
    # buttons (``-fitted``, styles/forms.tcss); measured as if not, so the choice holds.
    fitted = box.has_class("-fitted")
    spared = (_empty_message_rows(box) + 1) if fitted else 0
    natural = (
        chrome + spared + intro_rows + max(fields.virtual_size.height, fields.outer_size.height)
    )
    # Fitted, the fields may read a row shorter (a scroll bar takes their width and the
    # lines rewrap): a box that is fitted stays so at exactly the limit, or the two states
    # would swap for ever, the auto one a row over the key bar.
    was_tall = box.styles.inline.has_rule("height")  # set here, not by the stylesheet
    tall = natural > limit or (was_tall and natural >= limit)
    height = limit if tall else None
    # The intro gives way to the fields' least rows: at 40x12 the role families' four lines
    # left the text box no row at all, and what was typed went on out of sight (an
    # attacker's walk). Cut, it keeps its first lines; with one row or none, it goes.
    spare = limit - chrome - MIN_FIELD_ROWS
    intro_max = spare if tall and spare < intro_rows else None
    if intro:
        intro.first().display = intro_max is None or intro_max >= 2
        intro.first().styles.max_height = intro_max
    used = intro_rows if intro_max is None else (intro_max if intro_max >= 2 else 0)
    rows = max(MIN_FIELD_ROWS, limit - chrome - used) if tall else None
    # A text box taller than the rows the fields have scrolls within them, so the line
    # being typed on stays in sight (the fields keep the focused box in view).
    inside = None if rows is None else max(1, rows - fields.styles.gutter.height)
    # By name: the class would import Textual's text area (and its documents) before the
    # first paint, ~9 ms of imports a launch does not need (kit/dialog_room imports this).
    for area in fields.query("TextArea"):
        area.styles.max_height = inside
    if tall != fitted:  # the rows spared or given back: measured again once laid out
        box.set_class(tall, "-fitted")
        screen.call_after_refresh(fit_form, screen)
    if box.styles.get_rule("height") != cells(height) or fields.styles.max_height != cells(rows):
        box.styles.height = height  # None: as the stylesheet says (auto, or the whole screen)
        fields.styles.max_height = rows


def _empty_message_rows(box: Widget) -> int:
    """The row an empty message line takes when the form is not fitted (1), or 0."""
    found = box.query_children(FormMessage)
    return 1 if found and found.first().has_class("-empty") else 0


def natural_height(widget: Widget, width: int) -> int:
    """The rows ``widget`` takes in ``width`` cells, whatever its max-height says now (or
    hidden: then its own width reads 0)."""
    inner = max(1, width - widget.styles.gutter.width)
    size = Size(inner, inner)
    return widget.get_content_height(size, size, inner) + widget.styles.gutter.height


def cells(rows: int | None) -> Scalar | None:
    """``rows`` as a style's height in cells (None: no rule)."""
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
    """The form's message line: when it grows or shrinks, the fields are fitted again.
    Empty (``-empty``), a fitted form gives its row to the fields: at 60x20 the answer
    bank's form showed blank rows under "You said" and no field after it."""

    def __init__(self, content: str = "", **kwargs: Any) -> None:
        super().__init__(content, **kwargs)
        self.set_class(not content, "-empty")

    def update(self, content: VisualType = "", *, layout: bool = True) -> None:
        super().update(content, layout=layout)
        empty = not str(content)
        if empty != self.has_class("-empty"):
            self.set_class(empty, "-empty")
            if self.is_mounted:
                self.screen.call_after_refresh(fit_form, self.screen)

    def on_resize(self, event: events.Resize) -> None:
        self.screen.call_after_refresh(fit_form, self.screen)
