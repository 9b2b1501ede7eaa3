"""The main screen's compositor: a layout pass is not followed by a second one.

Textual's ``Compositor.reflow`` (every layout pass) arranges every widget of the screen,
the ones outside the visible area included, and keeps that as its full map; but it
leaves the full map marked out of date when it was marked so before the pass
(``update_widgets`` marks it when a widget that is not on screen asks for a repaint: on
a pane switch, the list of the pane being hidden, which loses focus). The first widget
then asked for its size or region, in the same frame's paint, arranged the whole screen
again: a second layout pass, on every switch, for nothing. ``KeptMapCompositor`` marks
the map fresh once ``reflow`` has made it. docs/performance.md ("Pane switch and tick,
psw3's round") has what it bought.
"""

from __future__ import annotations

from textual._compositor import Compositor, ReflowResult
from textual.geometry import Size
from textual.widget import Widget


class KeptMapCompositor(Compositor):
    """A compositor whose full map, made by a layout pass, is not made again at once."""

    def reflow(self, parent: Widget, size: Size) -> ReflowResult:
        result = super().reflow(parent, size)
        # reflow arranged every widget (visible_only=False): the full map is this one.
        self._full_map_invalidated = False
        return result
