"""What every pane shares: a title, a refresh hook and where focus lands."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, ClassVar, cast

from textual.containers import Vertical
from textual.css.query import NoMatches
from textual.widget import Widget

if TYPE_CHECKING:
    from bounceback_tui.ui.app import BouncebackApp


class Pane(Vertical, can_focus=True):
    """Base class for the five panes. Subclasses set PANE_ID and implement reload()."""

    PANE_ID: ClassVar[str] = ""
    DEFAULT_CLASSES = "pane"

    # (store version, day) when this pane last read the store; None: never.
    _seen: tuple[int, date] | None = None

    @property
    def bb_app(self) -> BouncebackApp:
        return cast("BouncebackApp", self.app)

    def reload(self) -> None:
        """Re-read this pane's data from the store (after a change, or on return)."""

    def focus_target(self) -> Widget:
        """The widget that takes focus when the pane is shown: its first visible
        focusable child, else the pane itself (so its keys still work when empty)."""
        for widget in self.query("*"):
            if widget.focusable and widget.display and widget.visible:
                return widget
        return self

    def focus_target_shown(self) -> Widget:
        """``focus_target()`` if it can take focus now, else the pane itself: a list hidden
        because it is empty must not take focus with it (the pane holds the keys)."""
        from bounceback_tui.ui.focus import can_take_focus

        target = self.focus_target()
        return target if target is self or can_take_focus(target) else self

    def select_item(self, item_id: int) -> bool:
        """Select the record with this id in the pane (used by Today, the palette and links).

        Return False if the pane holds no such item."""
        return False

    def refresh_if_stale(self) -> None:
        """Re-read only if the store (or the date) changed since this pane last did:
        switching back to an unchanged pane then costs a repaint, not a reload."""
        stamp = self.bb_app.data_stamp()
        if stamp != self._seen or stamp[0] < 0:
            self._seen = stamp
            self.reload()

    def refresh_in_background(self) -> None:
        """The idle check (``App._watch_tick``): like refresh_if_stale, but a pane not shown
        yet, or still being built (its widgets not all mounted), waits for the next check."""
        seen = self._seen
        if seen is None:
            return
        try:
            self.refresh_if_stale()
        except NoMatches:
            self._seen = seen

    def reload_now(self) -> None:
        """Re-read whatever the stamp says (ctrl+r: the person asked)."""
        self._seen = self.bb_app.data_stamp()
        self.reload()

    def on_pane_shown(self) -> None:
        """Called every time the pane becomes the current one."""
        self.refresh_if_stale()
        self.focus_target_shown().focus()
