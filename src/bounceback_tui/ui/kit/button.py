"""The app's button: Space presses it, as Enter does.

Textual's ``Button`` presses on Enter only; Space on a focused button in a dialog (a form's
Save, the confirm dialog's Cancel, the conflict dialog's choices) did nothing, where a
person used to other programs presses it with Space. The store-problem screen pressed its
focused choice on Space with a binding of its own; every dialog now has it one way, here:
every button the app makes is this one (tests/test_button_space.py finds any other).
"""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.widgets import Button as TextualButton


class Button(TextualButton):
    """A ``Button`` that Space presses too (Enter, Textual's own, still does)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("space", "press", "Press the focused button", show=False, id="button.press"),
    ]
