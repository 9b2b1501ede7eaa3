"""Switching panes without redrawing what has not changed: the main screen and the switcher.

A pane switch has to draw the pane shown, and nothing else. Textual drew more:

- ``Screen.focused`` is a reactive that repaints the whole screen when focus moves, so
  every switch drew the screen a second time, identical to the first (the widgets that
  gained and lost focus restyle and refresh themselves: ``Screen._update_focus_styles``,
  ``Widget._on_focus``). ``PaneScreen`` declares it without that repaint.
- ``ContentSwitcher.current`` repainted the switcher (its blank lines under the panes),
  and showing or hiding a pane threw away the lines the pane had drawn (its own blank
  lines, as tall as the screen), though it comes back at the same size with the same
  styles. ``PaneSwitcher`` asks only for the new layout: the pane's lines are re-drawn
  when its size or styles change (``Widget._size_updated``, a restyle), as before.

docs/performance.md ("Pane switches and steady memory (2026-12-04)") has what each
bought.
"""

from __future__ import annotations

from typing import Any

from textual.css.query import NoMatches
from textual.reactive import Reactive, reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import ContentSwitcher

from bounceback_tui.ui.kit.focus_looks import KeptLooks
from bounceback_tui.ui.kit.pane import Pane
from bounceback_tui.ui.kit.pane_release import release_widgets_gone
from bounceback_tui.ui.kit.screen_compositor import KeptMapCompositor


class PaneScreen(Screen[object]):
    """The screen the panes live on (the app's default screen)."""

    # Textual's own declaration, less the repaint of the whole screen on every focus move.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    # Drawn as blank lines made when drawn, not kept line by line (ui/kit/pane_release.py).
    BLANK = True

    def __init__(
        self, name: str | None = None, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(name=name, id=id, classes=classes)
        # One layout pass a switch, and partial frames that draw only their rows
        # (kit/screen_compositor.py).
        self._compositor = KeptMapCompositor()

    def unsaved_typing(self) -> str | None:
        """What a pane holds that quitting would lose (``Pane.unsaved_typing``), or None."""
        for pane in self.query(Pane):
            if lost := pane.unsaved_typing():
                return lost
        return None

    def go_back_to_typing(self) -> bool:
        """The pane that holds what quitting would lose shown, on the field that holds it,
        when another pane is shown (``kit/quit_guard.py``, after `n`); False if it is shown
        already (then focus goes back where it was). `n` left the person on the Pipeline,
        the Reframe record out of sight (a stranger's walk)."""
        for pane in self.query(Pane):
            if pane.unsaved_typing():
                if pane.display:
                    return False
                self.app.call_later(self._show_typing, pane)
                return True
        return False

    async def _show_typing(self, pane: Pane) -> None:
        show = getattr(self.app, "action_show_pane", None)
        if callable(show) and pane.PANE_ID:
            await show(pane.PANE_ID)
            pane.focus_unsaved_typing()

    def on_screen_resume(self) -> None:
        # A dialog has closed: what Textual's caches still hold of its widgets can go.
        release_widgets_gone(self.app)


class OnPaneScreen(KeptLooks):
    """Mixed into the app (before ``App``): its default screen is a ``PaneScreen``, and a
    widget restyled as focus moves takes back a look it had (``kit/focus_looks.py``)."""

    def get_default_screen(self) -> Screen[Any]:
        return PaneScreen(id="_default")


class PaneSwitcher(ContentSwitcher):
    """The panes, one shown at a time; showing another keeps what each has drawn."""

    current: reactive[str | None] = reactive[str | None](None, init=False, repaint=False)
    BLANK = True  # as PaneScreen

    def watch_current(self, old: str | None, new: str | None) -> None:
        with self.app.batch_update():
            for pane_id, shown in ((old, False), (new, True)):
                if not pane_id:
                    continue
                try:
                    child = self.get_child_by_id(pane_id)
                except NoMatches:
                    continue
                _show(child, shown)

    async def mount_in_place(self, pane: Widget) -> None:
        """Mount a new pane, hiding the one shown first (``current`` is set afterwards).

        Mounted beside it, the new pane shared the screen with the shown one for a layout,
        and the shown one was left, hidden, at that share of the screen (18 rows of 36): the
        first return to it was a resize, every line of it laid out and drawn again, twice
        the time of any other switch. Hidden first, it keeps its size and its lines."""
        shown = self.visible_content if self.current else None
        if shown is not None:
            _show(shown, False)
        try:
            await self.mount(pane)
        except BaseException:
            if shown is not None:
                _show(shown, True)
            raise


def _show(child: Widget, shown: bool) -> None:
    """Show or hide a child, keeping a pane's drawn lines (``Pane.keeping_lines``)."""
    if isinstance(child, Pane):
        with child.keeping_lines():
            child.display = shown
    else:
        child.display = shown
