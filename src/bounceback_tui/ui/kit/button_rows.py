"""A dialog's row of buttons keeps every label whole in a narrow terminal.

A row (``.form-buttons``) holds the keys hint (``.form-keys``, as wide as what is left) and
buttons at least 16 cells wide (Textual's ``min-width``). At 40x12 the conflict dialog's
row read "…      Reload       Save mine over": the buttons were wider than the row and the
last was cut (an attacker's walk). Where the buttons at that width would leave the hint
less than ``HINT_ROOM`` cells, the row is made ``-tight`` (styles/forms.tcss): each button
is as wide as its label, and the hint, which the key bar repeats, is hidden.
"""

from __future__ import annotations

from rich.cells import cell_len
from textual import events
from textual.containers import Horizontal
from textual.widget import Widget
from textual.widgets import Button

# Below this the hint showed "…" and nothing else.
HINT_ROOM = 12
BUTTON_MIN_WIDTH = 16  # Textual's own
BUTTON_GAP = 1  # .form-buttons Button { margin-left: 1 }


def fit_button_row(row: Widget) -> None:
    """Make ``row`` tight, or not, for the width it has now."""
    width = row.content_size.width
    if width <= 0:
        return
    buttons = [b for b in row.query_children(Button) if b.display]
    labels = [cell_len(str(b.label)) + 2 for b in buttons]  # line-pad: 1 each side
    wide = sum(max(BUTTON_MIN_WIDTH, label) + BUTTON_GAP for label in labels)
    hint = row.query_children(".form-keys")
    room = HINT_ROOM if hint else 0
    row.set_class(wide + room > width, "-tight")


class ButtonRow(Horizontal):
    """A dialog's row of buttons (``.form-buttons``), fitted each time its width changes."""

    def on_resize(self, event: events.Resize) -> None:
        fit_button_row(self)
