"""A dialog's box that can hold focus.

A screen cannot hold focus itself: asking it to (``screen.focus()``) leaves nothing
focused. A dialog whose box is a ``FocusBox`` gives focus to the box when nothing inside
can take it (no row to select, a list disabled after an answer), so the dialog keeps
focus and its keys (ui/kit/focus.py states the rule).
"""

from __future__ import annotations

from textual.containers import Vertical


class FocusBox(Vertical, can_focus=True):
    """A Vertical that takes focus when nothing in it can."""
