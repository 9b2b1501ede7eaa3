"""A dialog opened lays its screen out once, and the screens under it not at all.

Textual lays a screen out when it is shown at a size it was not laid out at (a dialog, the
first time: ``Screen._on_screen_resume``). That layout gives the screen its size, so the
screen is sent a ``Resize``, and on it Textual laid the screen out again at the same size,
and every screen under it too (``Screen._on_resize``): opening the application form laid
the form out twice and the Pipeline under it once more, and the "throw away?" question over
it laid out the question twice, the form and the Pipeline. Nothing had moved: three of the
form's seven layouts were the same layout again (tests/test_screen_layouts.py).

``Screen._screen_resized`` here lays a screen out only at a size it was not laid out at,
as ``_on_screen_resume`` already decides; a terminal made larger or smaller lays out every
screen in the stack as before. Widgets mounted meanwhile have asked for their own layout,
which the screen's next update makes. An app shown inline (laid out at its own height, not
the terminal's) is left to Textual. The patch checks it replaces the function it knows.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.geometry import Size
from textual.screen import Screen

# What Textual 8's ``Screen._screen_resized`` reads: a layout when the screen is in the
# stack and attached. Another body is left alone.
KNOWN_NAMES = frozenset({"stack_updates", "is_attached", "_refresh_layout"})
PATCHED = "_screen_resized"

_state: dict[str, Callable[[Screen[object], Size], None] | None] = {"textual": None}


def _laid_out_at(screen: Screen[object], size: Size) -> bool:
    return screen._size == size and not screen.app.is_inline


def _screen_resized(self: Screen[object], size: Size) -> None:
    """Textual's, unless the screen is laid out at ``size`` already (see the module)."""
    textual = _state["textual"]
    assert textual is not None
    if _laid_out_at(self, size):
        return
    textual(self, size)


def lay_out_once() -> bool:
    """Install the patch (idempotent); False, and nothing changed, if Textual's function is
    not the one this module knows."""
    current = Screen.__dict__[PATCHED]
    if current is _screen_resized:
        return True
    code = getattr(current, "__code__", None)
    if code is None or frozenset(code.co_names) != KNOWN_NAMES:
        return False
    _state["textual"] = current
    setattr(Screen, PATCHED, _screen_resized)
    return True
