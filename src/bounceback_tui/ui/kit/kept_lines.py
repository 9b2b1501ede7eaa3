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

**A look that comes back.** The lines of those regions were still drawn again at every
switch, in the look the widget had had before: the list's cursor and titles (0.5 ms of a
switch to the Pipeline), and the whole of Today's board, which draws its focused look
itself (its due box's border, its cursor) and keeps its rows for each look, but whose
rows Textual styled again (``StylesCache``: the line's styles, then the app's line filter
over every segment), 1.5 ms of a 6 ms switch to Today. ``FocusKeepsLines`` keeps, for
each of the last two looks (focus, ``look_key()``, size and styles), Textual's lines of
the focus regions as they were when focus left, and gives them back when that look comes
round; a line repainted for any other reason, or everything, is forgotten in every look.

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


class FocusKeepsLines(_Widget):
    """A widget whose look depends on focus only in ``focus_regions()``, and which keeps
    the lines drawn there for each of its last few looks."""

    # How many looks' lines are kept: focused and not.
    KEPT_LOOKS: ClassVar[int] = 2

    # The lines of the focus regions (by line, as Textual's cache has them) of each look.
    _looks_kept: dict[Hashable, dict[int, Strip]] | None = None
    _look_drawn: Hashable = None  # the look the lines in Textual's cache were drawn in
    _repainting_focus = False

    def focus_regions(self) -> Sequence[Region]:
        """The parts of the widget (in its own coordinates, as ``refresh`` takes them)
        whose look depends on focus. Empty: nothing; by default the whole widget."""
        return [self.size.region]

    def focus_restyles(self) -> bool:
        """Whether gaining or losing focus restyles the widget (then it is repainted
        whole); by default it does not."""
        return False

    def look_key(self) -> Hashable:
        """What the widget's look depends on beyond its focus, size and styles (a change
        of what it shows is a ``refresh()``, which forgets the lines of every look)."""
        return None

    # True while focus moves: a whole repaint then covers only ``focus_regions()``.
    _focus_moving = False

    @contextmanager
    def _moving_focus(self) -> Iterator[None]:
        if self.focus_restyles():
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
            self._keep_look(regions)
            self._repainting_focus = True
            try:
                return super().refresh(*regions)
            finally:
                self._repainting_focus = False
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def _lines_of(self, regions: Sequence[Region]) -> set[int]:
        offset = self.content_offset  # Textual's cache counts lines from the widget's edge
        return {y for region in regions for y in region.translate(offset).line_range}

    def _keep_look(self, regions: Sequence[Region]) -> None:
        """Before focus repaints them: the lines drawn there, kept for the look they are."""
        if not self._is_mounted:
            return
        looks = self._looks_kept
        if looks is None:
            looks = self._looks_kept = {}
        kept = looks.get(self._look_drawn)
        if kept is None:
            while len(looks) >= self.KEPT_LOOKS:
                del looks[next(iter(looks))]
            kept = looks[self._look_drawn] = {}
        cache = self._styles_cache
        drawn, dirty = cache._cache, cache._dirty_lines
        for y in self._lines_of(regions):
            if y in drawn and y not in dirty:
                kept[y] = drawn[y]

    def _set_dirty(self, *regions: Region) -> None:
        looks = self._looks_kept
        if looks and not self._repainting_focus:
            # What it shows changed: those lines (or all) are drawn afresh in every look.
            if regions:
                lines = self._lines_of(regions)
                for kept in looks.values():
                    for y in lines:
                        kept.pop(y, None)
            else:
                looks.clear()
        super()._set_dirty(*regions)

    def render_lines(self, crop: Region) -> list[Strip]:
        look = (
            self.has_focus,
            self.look_key(),
            self.size,
            self.styles._cache_key,  # moves with any style set: a restyle is a new look
        )
        self._look_drawn = look
        kept = self._looks_kept.get(look) if self._looks_kept else None
        if kept:
            # Focus came back to a look drawn before: its lines, not drawn again (a line
            # repainted for any other reason is gone from every look's: ``_set_dirty``).
            cache = self._styles_cache
            drawn, dirty = cache._cache, cache._dirty_lines
            for y, strip in kept.items():
                if y in dirty or y not in drawn:
                    drawn[y] = strip
                    dirty.discard(y)
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
