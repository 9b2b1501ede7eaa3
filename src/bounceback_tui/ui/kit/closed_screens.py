"""A closed screen's memory given back before the next screen is built.

Every widget holds reference cycles (parent and child, its message pump), so a screen
closed (a dialog, the palette, Settings, Help) is garbage that only a full collection
frees, and the app freezes what it keeps (``kit/pane_release.py``), so such a collection
runs when the objects made since the last one pass a quarter of those kept from it: often
only after the next screen has been built. Until then the next screen's objects cannot
reuse the closed one's memory, and Python's allocator takes new arenas of 1 MiB for them;
an arena goes back to the system only when every object in it is gone, and a few that live
on (a cache entry, a toast, a line drawn) keep it. So each screen stacked over garbage not
yet collected raised the process's memory for good (the long walk's palette, Settings,
Help and the crisis screen opened over a form, docs/performance.md "Memory: the long walk,
walk6's round").

A closed screen's widgets also stay in Textual's caches (``StylesCache.get_inner_outer``'s
1,024 entries, with every line each widget drew, and the ``query_one`` results of the screen
under it) until ``kit/pane_release.release_widgets_gone`` empties them: the main screen does so
when it is shown again, and a dialog under the closed one (a form closed over the answer bank)
now does so too; before, each form opened and closed over the answer bank kept about 2,500
of Python's blocks until the panes were back (docs/performance.md, "Memory: the long walk,
walk10's round").

``CollectingClosedScreens`` (mixed into the app) runs one collection once a closed screen
has been removed and the screen under it drawn (so the close shows first); screens closed
together (Escape pressed three times) share one. It walks only what the app has not frozen
(about 77,000 objects after the long walk's stack: 12–25 ms of CPU, load 3). Only when the
collector is on: Textual turns it off during a smooth scroll, and the app keeps it off until
its first screen is up (``commands/run_app.py``); then the collection waits for its turn.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING, Any

from textual._context import active_message_pump
from textual.screen import Screen

from bounceback_tui.ui.kit.malloc_arenas import give_back_freed
from bounceback_tui.ui.kit.pane_release import release_widgets_gone

if TYPE_CHECKING:
    from textual.app import App

    _Base = App[Any]
else:
    _Base = object


def collect_closed() -> None:
    """Free the cycles of what was closed (a full collection: the app's frozen objects are
    not walked), if the collector is on, and give the pages freed back to the system."""
    if gc.isenabled():
        gc.collect()
        give_back_freed()


def _nothing() -> None:
    pass


class CollectingClosedScreens(_Base):
    """Mixed into the app (before ``App``): a collection once a closed screen is removed."""

    _collection_due = False

    async def _replace_screen(self, screen: Screen[Any]) -> Screen[Any]:
        replaced = await super()._replace_screen(screen)
        if not screen.is_attached and not self._collection_due:  # removed, not kept
            self._collection_due = True
            # A message names the node that was handling one when it was made (here the
            # closed screen's), and a node keeps the last message it handled until its next
            # one: these name the app instead.
            named = active_message_pump.set(self)
            try:
                # The screen change was published to these by the closed screen (the key
                # bar): each is given a message of the app's, so it lets go of that one.
                subscribers = getattr(self.screen_change_signal, "_subscriptions", {})
                for node in list(subscribers):
                    node.call_later(_nothing)
                self.call_after_refresh(self._collect_closed)
            finally:
                active_message_pump.reset(named)
        return replaced

    def _collect_closed(self) -> None:
        self._collection_due = False
        from bounceback_tui.ui.kit.pane_switcher import PaneScreen

        if not isinstance(self.screen, PaneScreen):  # which does it when resumed
            # Closed over another dialog (a form over the answer bank, a confirmation over a
            # form): Textual's caches let go of its widgets now, not once the panes are back.
            release_widgets_gone(self)
        collect_closed()
