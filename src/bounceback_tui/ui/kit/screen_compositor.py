"""The main screen's compositor: no second layout pass, and a few rows painted ask for few.

- Textual's ``Compositor.reflow`` (every layout pass) arranges every widget of the screen,
  the ones outside the visible area included, and keeps that as its full map; but it
  leaves the full map marked out of date when it was marked so before the pass
  (``update_widgets`` marks it when a widget that is not on screen asks for a repaint: on
  a pane switch, the list of the pane being hidden, which loses focus). The first widget
  then asked for its size or region, in the same frame's paint, arranged the whole screen
  again: a second layout pass, on every switch, for nothing. ``reflow`` here marks the
  map fresh once it has made it.
- A frame that repaints part of the screen (``render_partial_update``) asked every widget
  whose clip crosses the repainted area for all its visible rows, and kept the ones it
  needed: a tick (two lines of the plan, one row of the list) drew every line of a dozen
  widgets, the header's included. Here each widget is asked for the rows of that area
  only, across its whole width (the cuts a line is split at stay at the widgets' edges);
  a full paint is Textual's, its area being the screen.
- A full map made again between two layout passes (a widget asked for its size while the
  map was marked out of date: the tab bar on a switch, after a hidden widget's repaint)
  already holds the new layout; the next pass compared itself with that, saw nothing
  move and marked nothing to repaint: the pane shown was never drawn. The pass compares
  itself with the map of the pass before, as the terminal shows it.

- A partial frame (``ChopsUpdate``) moved the terminal's cursor before every piece of a
  line, though the pieces of a line repainted whole follow each other (a pane switch: 250
  pieces, 40 lines), each move a Rich ``Control`` made and rendered. ``QuickChops`` writes a
  move only where the cursor is not already at the piece, and writes it as the escape code.

docs/performance.md ("Pane switch and tick, psw3's round", "Pane switch, psw5's round") has
what each bought.
"""

from __future__ import annotations

from collections.abc import Iterable

from rich.console import Console
from textual._compositor import ChopsUpdate, Compositor, CompositorMap, ReflowResult
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget


class QuickChops(ChopsUpdate):
    """Textual's partial frame, with a cursor move only where the cursor is not already."""

    def render_segments(self, console: Console) -> str:
        sequences: list[str] = []
        append = sequences.append
        chops, chop_ends = self.chops, self.chop_ends
        last_y = self.spans[-1][0]
        cursor: tuple[int, int] | None = None  # where the last piece written left it
        for y, x1, x2 in self.spans:
            for end, (x, strip) in zip(chop_ends[y], chops[y].items(), strict=False):
                if strip is None or x > x2 or end <= x1:
                    continue
                if not (x2 > x >= x1 and end <= x2):
                    strip = strip.crop(0, min(end, x2) - x)  # as Textual's, from x
                if cursor != (x, y):
                    append(f"\x1b[{y + 1};{x + 1}H")  # Rich's Control.move_to(x, y)
                append(strip.render(console))
                cursor = (x + strip.cell_length, y)
            if y != last_y:
                append("\n")
                cursor = None
        return "".join(sequences)


class KeptMapCompositor(Compositor):
    """A compositor whose full map, made by a layout pass, is not made again at once, and
    whose partial frames draw only the rows they repaint."""

    # The full map of the last layout pass, while a full map made since stands in for it.
    _laid_out: CompositorMap | None = None

    @property
    def full_map(self) -> CompositorMap:
        if self._full_map_invalidated and self.root is not None and self._laid_out is None:
            self._laid_out = self._full_map
        return Compositor.full_map.fget(self)  # type: ignore[attr-defined]  # Textual's property

    def reflow(self, parent: Widget, size: Size) -> ReflowResult:
        if self._laid_out is not None:
            # What moved since the last pass (the terminal's screen) is what is repainted.
            self._full_map, self._laid_out = self._laid_out, None
        result = super().reflow(parent, size)
        # reflow arranged every widget (visible_only=False): the full map is this one.
        self._full_map_invalidated = False
        return result

    def render_partial_update(self) -> ChopsUpdate | None:
        update = super().render_partial_update()
        if update is None:
            return None
        return QuickChops(update.chops, update.spans, update.chop_ends)

    def _get_renders(
        self, crop: Region | None = None
    ) -> Iterable[tuple[Region, Region, list[Strip]]]:
        """Textual's, but each widget draws only the rows of ``crop``, not all its rows."""
        if crop is None:
            yield from super()._get_renders(crop)
            return
        # The rows being painted, across the whole screen: cuts stay at widgets' edges.
        rows = Region(0, crop.y, self.size.width, crop.height)
        overlaps = crop.overlaps
        for widget, (region, clip) in self.visible_widgets.items():
            if not overlaps(clip):
                continue
            clip_rows = clip.intersection(rows)
            x, y, width, height = region.intersection(clip_rows)
            if width and height:
                lines = widget.render_lines(Region(x - region.x, y - region.y, width, height))
                yield region, clip_rows, lines
