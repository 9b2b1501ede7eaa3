"""Lines kept across pane switches: what focus does not change, and what comes back.

**Focus.** Textual repaints the whole of a widget when it gains or loses focus
(``Widget._on_focus``, ``Widget._on_blur``) and when it is asked to take it
(``Widget.focus``), in case a ``:focus`` rule changed its look. The lists of this app
draw their focused look themselves, from ``has_focus``: the cursor's colour and, on a
board column, its title.
So on every pane switch the list that gained focus threw away every line it had drawn
(kept while its pane was hidden, ``Pane.keeping_lines``) and drew them all again, with
its styles, though only the cursor's line looked any different.

``FocusKeepsLines`` turns those three repaints into a repaint of ``focus_regions()``.
A widget that is restyled on focus (a ``:focus`` rule applies to it: see
``kit/focus_styles.py``) is repainted whole, as before, and any other refresh (new items,
a scroll, a resize, a theme) is left alone.

**A look that comes back.** Today's board draws its focused look itself (its due box's
border, its cursor) and keeps its rows for each look, but Textual styled every row again
(``StylesCache``: the line's styles, then the app's line filters over every segment) each
time focus came back, having forgotten them on the repaint: 1.5 ms of a 6 ms switch to
Today. ``LinesPerLook`` keeps Textual's styled lines for each of the widget's last few
looks (its focus, ``look_key()``, its size, styles and background); focus moving repaints
it from the lines of the look it comes to, and a line or everything repainted for any
other reason is forgotten in every look.

**Content that comes back.** The tab bar and the key bar show one of a few contents (a
pane's tab underlined, a pane's keys), and a switch redrew them from scratch every time
(a ``refresh`` forgets a widget's lines). ``KeptByContent`` keeps the lines drawn for the
last few contents (``content_key()``), with the size, the part drawn and the styles
(``Styles._cache_key`` moves on any restyle, a theme included) in the key, and gives them
back when the same content is shown again.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar, Self

from textual import events
from textual.cache import LRUCache
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

# Mixins, put before the Textual class: the type checker sees them as widgets; at run time
# they are plain classes, so a widget's CSS and its CSS type names stay its own (Textual
# follows the first widget base for default CSS, which would be the mixin's ``Widget``).
if TYPE_CHECKING:
    _Widget = Widget
else:
    _Widget = object


class _FocusMoves(_Widget):
    """Knows when focus is moving to or from the widget (``_focus_moving``)."""

    # True while focus moves (Textual's handlers and ``focus()`` repaint the widget then).
    _focus_moving = False

    def _keeps_lines_as_focus_moves(self) -> bool:
        return True

    @contextmanager
    def _moving_focus(self) -> Iterator[None]:
        if not self._keeps_lines_as_focus_moves():
            yield
            return
        self._focus_moving = True
        try:
            yield
        finally:
            self._focus_moving = False

    def focus(self, scroll_visible: bool = True) -> Self:
        with self._moving_focus():
            return super().focus(scroll_visible)

    # Textual's handlers are run here, inside the scope, and not again after it: no class
    # between this one and Widget handles focus or blur (prevent_default stops the walk
    # up the classes, not the handlers of subclasses, which have run already).
    def _on_focus(self, event: events.Focus) -> None:
        with self._moving_focus():
            Widget._on_focus(self, event)
        event.prevent_default()

    def _on_blur(self, event: events.Blur) -> None:
        with self._moving_focus():
            Widget._on_blur(self, event)
        event.prevent_default()


class FocusKeepsLines(_FocusMoves):
    """A widget whose look depends on focus only in ``focus_regions()``."""

    def focus_regions(self) -> Sequence[Region]:
        """The parts of the widget (in its own coordinates, as ``refresh`` takes them)
        whose look depends on focus. Empty: nothing; by default the whole widget."""
        return [self.size.region]

    def focus_restyles(self) -> bool:
        """Whether gaining or losing focus restyles the widget (then it is repainted
        whole); by default it does not."""
        return False

    def _keeps_lines_as_focus_moves(self) -> bool:
        return not self.focus_restyles()

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if self._focus_moving and repaint and not (regions or layout or recompose):
            regions = tuple(self.focus_regions())
            if not regions:
                return self
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)


class LinesPerLook(_FocusMoves):
    """A widget that draws its focused look itself (from ``has_focus`` and ``look_key()``):
    Textual's styled lines are kept for each of its last few looks."""

    # How many looks' lines are kept: focused and not.
    KEPT_LOOKS: ClassVar[int] = 2

    _looks_drawn: dict[Hashable, dict[int, Strip]] | None = None

    def look_key(self) -> Hashable:
        """What the widget's lines depend on beyond its focus, size and styles, such that
        equal keys draw equal lines (a change of what it shows is a ``refresh()``)."""
        return None

    def _set_dirty(self, *regions: Region) -> None:
        looks = self._looks_drawn
        if regions:
            # Textual marks these lines in the look drawn now; they go from every look.
            if looks:
                offset = self.content_offset
                rows = {y for region in regions for y in region.translate(offset).line_range}
                for lines in looks.values():
                    for y in rows:
                        lines.pop(y, None)
            super()._set_dirty(*regions)
        elif not self._focus_moving:
            if looks:
                looks.clear()  # something else changed: every look is drawn afresh
            super()._set_dirty()
        else:
            # Focus moved: the whole widget is repainted (its look changed), from the lines
            # its new look keeps (``render_lines``), which Textual would have forgotten.
            cache = self._styles_cache
            kept, cache._cache = cache._cache, {}
            super()._set_dirty()
            cache._cache = kept
            cache._dirty_lines.clear()

    def render_lines(self, crop: Region) -> list[Strip]:
        looks = self._looks_drawn
        if looks is None:
            looks = self._looks_drawn = {}
        key = (
            self.has_focus,
            self.look_key(),
            self.size,
            self.styles._cache_key,  # moves with any style set: a restyle is a new look
            self.background_colors,
        )
        lines = looks.pop(key, None)
        if lines is None:
            lines = {}
            while len(looks) >= self.KEPT_LOOKS:
                del looks[next(iter(looks))]
        looks[key] = lines
        cache = self._styles_cache
        if cache._cache is not lines:
            cache._cache = lines
            cache._dirty_lines.clear()  # every line marked is gone from every look
        return super().render_lines(crop)


class KeptByContent(_Widget):
    """A widget whose lines depend only on ``content_key()``, its size and its styles."""

    # How many contents' lines are kept (a tab bar: one per pane).
    KEPT_CONTENTS: ClassVar[int] = 8

    _kept: LRUCache[Hashable, list[Strip]] | None = None

    def content_key(self) -> Hashable:
        """What the widget shows, such that equal keys draw equal lines."""
        raise NotImplementedError

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._kept is None:
            self._kept = LRUCache(self.KEPT_CONTENTS)
        key = (self.content_key(), crop, self.size, self.styles._cache_key, self.app.theme)
        lines = self._kept.get(key)
        if lines is None:
            lines = self._kept[key] = super().render_lines(crop)
        return lines
