"""A dialog built round a list keeps the app's key bar in sight: the list gives up rows.

The app's key bar is the last row of the main screen; a dialog is drawn over it, centred.
A dialog whose box is as tall as its content (a title, a list, a line of keys) reached that
row at 80x24 when the list was long (People's `l` with a few dozen applications) or when a
line under the list grew (Reframe's "spot the trap" after an answer), and hid the bar.

``fit_list`` measures the box as laid out and gives the list what the rest of the box leaves
above the bar's row (at least ``MIN_ROWS``; the list scrolls), never more than ``most`` (the
size the dialog asks for when there is room); the box itself never reaches the bar's row
(at 60x15 even the shortest list left it too tall: what does not fit is cut at its bottom).
``keep_list_fitted`` fits it whenever the box's content changes height; the screen fits it
again when it is resized. Forms made with
``ui/kit/form.py`` do the same for their fields (``ui/kit/form_fit.py``).
"""

from __future__ import annotations

from typing import Any

from textual.css.scalar import Scalar
from textual.screen import Screen
from textual.widget import Widget

from bounceback_tui.ui.kit.form_fit import KEY_BAR_ROWS

MIN_ROWS = 3


def keep_list_fitted(screen: Screen[Any], box: Widget, listing: Widget, most: int) -> None:
    """Fit ``listing`` now and whenever ``box``'s content changes height (a line under the
    list shown or grown); the screen calls ``fit_list_soon`` again when it is resized."""

    def refit(_size: object = None) -> None:
        fit_list_soon(screen, box, listing, most)

    screen.watch(box, "virtual_size", refit, init=False)
    refit()


def fit_list_soon(screen: Screen[Any], box: Widget, listing: Widget, most: int) -> None:
    """``fit_list`` once the box has been laid out with what it shows now."""
    screen.call_after_refresh(fit_list, screen, box, listing, most)


def fit_list(screen: Screen[Any], box: Widget, listing: Widget, most: int) -> None:
    """Cap ``listing``'s height so that ``box`` ends above the key bar (see above)."""
    if not screen.is_mounted or not box.is_attached or not listing.is_attached:
        return
    # The rows the box needs besides the list: its border and padding, and every other part
    # laid out (the box may be cut at the screen's edge, so its own height would not say).
    natural = box.virtual_size.height + box.styles.gutter.height
    chrome = natural - listing.outer_size.height
    limit = screen.app.size.height - KEY_BAR_ROWS
    room = limit - chrome
    rows = max(MIN_ROWS, min(most, room))
    # In a small terminal (60x15) even the shortest list left the box too tall: the box stops
    # above the bar, what does not fit cut at its bottom (the keys line the bar repeats).
    if box.styles.max_height != Scalar.from_number(limit):
        box.styles.max_height = limit
    if listing.styles.max_height != Scalar.from_number(rows):
        listing.styles.max_height = rows
        # A list that scrolled its highlighted row into view at its old height does it
        # again at the new one (the right answer, highlighted under an explanation).
        scroll = getattr(listing, "scroll_to_highlight", None)
        if callable(scroll):
            listing.call_after_refresh(scroll)


def keep_above_bar(screen: Screen[Any], box: Widget) -> None:
    """``box`` (a dialog's, over the panes) stops a row above the key bar in any terminal;
    what does not fit is cut at its bottom (at 60x20 the followed boards' box covered the
    bar's row: the random walk at 60x20, seed 7272). The app does it for every dialog of its
    own as it is pushed and as the terminal is resized (``dialog_room.DialogsAboveBar``)."""
    box.styles.max_height = max(1, screen.app.size.height - KEY_BAR_ROWS)
