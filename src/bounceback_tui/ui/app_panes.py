"""Which pane the app shows, and whether the store changed under it (mixed into
``BouncebackApp``).

A pane is built the first time it is shown (``BouncebackApp.switch_to``); these go to one,
select an item in it, or start its form. The store watch (``store/watch.py``, one
read-only connection asking the header's ``data_version``) tells the panes whether to
read again: when a pane is shown, when the terminal gets focus back, and every few seconds.
Every few seconds, and after a write refused for it, the window also looks whether its store
file was replaced outside the app (services/replaced_file.py), and takes up the new one.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, cast

from textual.app import App
from textual.css.query import NoMatches
from textual.widgets import ContentSwitcher

from bounceback_tui import clock
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED
from bounceback_tui.ui.kit.pane import Pane
from bounceback_tui.ui.kit.pane_tabs import PaneTabs

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.services.replaced_file import TakenUp
    from bounceback_tui.services.store_access import Database, StoreWatch
    from bounceback_tui.ui.came_from import CameFrom
    from bounceback_tui.ui.kit.text import ContentNotify
    from bounceback_tui.ui.reframe.pane import ReframePane
    from bounceback_tui.ui.skills.pane import SkillsPane

    _AppBase = App[Any]
else:
    _AppBase = object


# The app's keys that act on the pane shown (ui/app.py's BINDINGS).
_PANE_ACTIONS = frozenset({"show_pane", "refresh_pane"})


class PaneNavigation(_AppBase):
    """Mix into the App (before App)."""

    if TYPE_CHECKING:  # set by BouncebackApp
        paths: DataPaths
        _watch: StoreWatch | None
        _db: Database | None

        async def switch_to(self, pane_id: str) -> Pane: ...

    @property
    def current_pane(self) -> Pane:
        switcher = self.query_one("#panes", ContentSwitcher)
        return switcher.query_one(f"#{switcher.current}", Pane)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Going to a pane, or re-reading it, only where the panes are: under Settings, a
        form or a dialog, `2` switched the pane hidden behind it, and `?` listed "1 Go to
        Today … 6 Go to People" there as keys that work (a stranger's walk)."""
        if action in _PANE_ACTIONS and len(self.screen_stack) > 1:
            return False
        return super().check_action(action, parameters)

    async def action_show_pane(self, pane_id: str) -> None:
        if self.query_one("#panes", ContentSwitcher).current != pane_id:
            from bounceback_tui.ui.kit.toast_room import notes_of_the_last_pane_go

            notes_of_the_last_pane_go(cast("App[Any]", self))
            await self.switch_to(pane_id)

    async def on_pane_tabs_chosen(self, event: PaneTabs.Chosen) -> None:
        await self.action_show_pane(event.pane_id)

    async def go_to(self, pane_id: str, item_id: int | None = None) -> Pane:
        """Show a pane and, if given, select one of its items (Today's Enter, the palette)."""
        pane = await self.switch_to(pane_id)
        if item_id is not None and not pane.select_item(item_id):
            self.notify("That item is no longer there.", severity="warning", title=NOTHING_CHANGED)
        return pane

    async def start_reframe(self, rejection_id: int | None = None) -> None:
        """Open the Reframe pane on a new thought record, linked to a rejection if given,
        else to the latest no of the last few days (services/reframe_recent.py). Started
        from another pane (`t` on a Recovery plan), closing it goes back there."""
        came_from = self._where_from(rejection_id)
        pane = await self.switch_to("reframe")
        cast("ReframePane", pane).start_exercise(
            rejection_id=rejection_id, came_from=came_from, recent=rejection_id is None
        )

    async def open_thought_record(self, record_id: int) -> None:
        """Open a thought record in Reframe (Today's "Unfinished thought record", the
        palette's entry); closing it goes back to the pane it was opened from, as a record
        begun on a plan does. It went to Reframe's list, away from Today (a new user's walk)."""
        came_from = self._where_from(None)
        pane = await self.switch_to("reframe")
        if not cast("ReframePane", pane).select_item(record_id, came_from=came_from):
            self.notify("That item is no longer there.", severity="warning", title=NOTHING_CHANGED)

    def _where_from(
        self, rejection_id: int | None, leaving_for: str = "reframe"
    ) -> CameFrom | None:
        """The pane shown now, to go back to from ``leaving_for`` (None: it is shown)."""
        from bounceback_tui.ui.came_from import where_from

        return where_from(self, leaving_for, rejection_id)

    async def new_skill_from(
        self,
        *,
        text: str,
        source_kind: str,
        rejection_id: int | None = None,
        recovery_step_id: int | None = None,
    ) -> None:
        """Open the Skills pane's add form prefilled from a reflection or feedback answer.
        Opened from another pane (`s` on a Recovery plan), closing the form, saved or not,
        goes back there: Escape left the person on Skills (a stranger's walk)."""
        came_from = self._where_from(rejection_id, leaving_for="skills")
        pane = await self.switch_to("skills")
        cast("SkillsPane", pane).add_from_source(
            text=text,
            source_kind=source_kind,
            rejection_id=rejection_id,
            recovery_step_id=recovery_step_id,
            came_from=came_from,
        )

    def action_refresh_pane(self) -> None:
        """Re-read the current pane (another window may have changed the store)."""
        self.current_pane.reload_now()

    @property
    def store_watch(self) -> StoreWatch:
        """The watcher of the store's ``PRAGMA data_version`` (store/watch.py)."""
        if self._watch is None:
            from bounceback_tui.services.store_access import watch_store

            self._watch = watch_store(self.paths.database)
        return self._watch

    def data_stamp(self) -> tuple[int, date]:
        """Changes when the store changes (any window) or the day turns."""
        return self.store_watch.version(), clock.today()

    def kept_stamp(self) -> tuple[int, date] | None:
        """``data_stamp``, or None when the store's counter cannot be read (then figures read
        are not kept for later: services/insights.py)."""
        stamp = self.data_stamp()
        return None if stamp[0] < 0 else stamp

    def only_own_writes(self, seen: tuple[int, date], now: tuple[int, date]) -> bool:
        """Whether everything that changed between two stamps was this window's doing."""
        return seen[1] == now[1] and self.store_watch.only_own_writes(seen[0], now[0])

    def on_app_focus(self) -> None:
        # Coming back to the terminal: pick up changes made in another window.
        if self.is_mounted(self.current_pane):
            self.current_pane.refresh_if_stale()

    # The store's version at the last tick and the time of the first (None until then).
    _watch_seen: int | None = None
    _watch_since: float = 0.0
    _watch_again = False  # look for a replacement's note at the next tick too

    def _watch_tick(self) -> None:
        """Every few seconds: has the store changed (``PRAGMA data_version``, a few
        microseconds)? Only then does the pane re-read, keeping its cursor and focus. Not
        under a dialog or form: what the pane shows is re-read once it is back on top."""
        self._look_at_the_store_file()
        self._look_at_the_log()
        self._tell_if_replaced()
        self._tell_if_writable_again()
        self._refresh_shown_pane()

    # Whether the window has said that the store's log was removed under it (once).
    _log_removed_told = False

    def _look_at_the_log(self) -> None:
        """If the store's -wal or -shm was removed under the window, say once that nothing is
        saved here any more and how to go on (every write is refused: store/database.py)."""
        from bounceback_tui.services.replaced_file import log_removed

        removed = log_removed(self._db, self.store_watch)
        if removed and not self._log_removed_told:
            from bounceback_tui.ui.store_replaced import log_removed_note

            cast("ContentNotify", self).notify(
                log_removed_note(self.paths.database, self.size.width),
                title="Store log removed",
                severity="error",
            )
        self._log_removed_told = removed

    # The store was read-only at launch (ui/app.py says so in a note titled "Read-only").
    _read_only = False

    def _tell_if_writable_again(self) -> None:
        """Once the person has made a read-only store writable again (it stayed refused until
        a restart): the window takes it up for writing, the note saying it is read-only goes,
        and a short one says saving works again. A few stats, only while it is read-only."""
        db = self._db
        if not self._read_only and (db is None or not db.read_only):
            return
        from bounceback_tui.services.startup import writable_again

        if not writable_again(self.paths.database):
            return
        from bounceback_tui.ui.kit.text import plain
        from bounceback_tui.ui.kit.toast_room import notes_titled_go

        self._read_only = False
        # Its watcher and its reads took it as a store that cannot change (SQLite's
        # immutable): from now on they must see other windows' saves.
        self.store_watch.reopen()
        if db is not None:
            db.writable_again()
        notes_titled_go(self, "Read-only")
        cast("ContentNotify", self).notify(
            plain("The store is writable again: what you do is saved from now on.")
        )

    def take_up_replaced_file(self) -> None:
        """After a write refused because the store file was replaced: take up the new one
        now, not at the next tick, so that trying again goes there."""
        if self._look_at_the_store_file():
            self._refresh_shown_pane()

    def _refresh_shown_pane(self) -> None:
        stack = self.screen_stack
        if not stack or self.screen is not stack[0]:
            return  # closing, or a dialog is on top
        try:
            pane = self.current_pane
        except NoMatches:  # between two stores (the demo): the new panes are not up yet
            return
        if self.is_mounted(pane):
            pane.refresh_in_background()

    def _tell_if_replaced(self) -> None:
        """Once another window's write is seen: if it replaced the whole store (a restore,
        an import with --replace, demo data), say so; everything on screen changed at once
        (a stranger's walk: a restore took a skill away without a word)."""
        import time

        watch = self.store_watch
        version = watch.version()
        seen, self._watch_seen = self._watch_seen, version
        if seen is None:
            self._watch_since = time.time()
            return
        again, self._watch_again = self._watch_again, False
        if not again and (version == seen or version < 0 or watch.only_own_writes(seen, version)):
            return
        # The note is written just after the replacement's last commit: a tick between the
        # two sees the change and no note yet, so the next tick looks once more (a review).
        self._watch_again = not again
        from bounceback_tui.services.store_replaced import replaced_since
        from bounceback_tui.ui.store_replaced import replaced_note

        found = replaced_since(self.paths.database, self._watch_since)
        if found is not None:
            from bounceback_tui.ui.kit.undo import drop_undo_everywhere

            self._watch_since = found.at
            # What `u` would take back was taken from the store before: not this one.
            drop_undo_everywhere(self)
            cast("ContentNotify", self).notify(
                replaced_note(found),
                title="Store replaced",
                severity="warning",
            )
            self._read_again_over_the_panes()

    def _read_again_over_the_panes(self) -> None:
        """Settings and the like, open over the panes, show what the new store holds (the
        panes re-read once back on top)."""
        from bounceback_tui.ui.kit.read_again import read_again_everywhere

        read_again_everywhere(self)

    # What the last look at a replaced store file came to while the window holds no file at
    # its path (one that cannot be used, or none there): said once, and not tried again.
    _file_look: TakenUp | None = None
    # How many store files replaced by hand the window has taken up: a form that read its
    # record before the last one met a row of another file (ui/kit/form_conflict.py).
    store_files_taken_up = 0

    def _look_at_the_store_file(self) -> bool:
        """Whether the file at the store's path is still the one the window opened (a stat);
        if not, take up the one there and say so. True if the window took one up."""
        from bounceback_tui.services.replaced_file import file_replaced, take_up_new_file

        watch = self.store_watch
        found = take_up_new_file(self.paths, self._db, watch, self._file_look)
        if found is None:
            if self._file_look is not None and not file_replaced(self._db, watch):
                self._file_look = None  # the file it held is back at its path
                from bounceback_tui.ui.store_replaced import file_back_note

                cast("ContentNotify", self).notify(
                    file_back_note(self.paths.database, self.size.width),
                    title="Store file back",
                )
            return False
        last, self._file_look = self._file_look, None if found.taken else found
        if found.taken:
            self._watch_seen = watch.version()  # the new file's numbers from here on
            self.store_files_taken_up += 1
        elif last is not None and last.at == found.at and _same(last.problem, found.problem):
            return False  # the same file, changed and still refused as before: said once
        self._tell_file_replaced(found)
        return found.taken

    def _tell_file_replaced(self, found: TakenUp) -> None:
        import time

        from bounceback_tui.services.store_replaced import replaced_since
        from bounceback_tui.ui.store_replaced import (
            file_replaced_note,
            file_replaced_title,
            replaced_note,
        )

        since = self._watch_since or time.time()  # before the first tick: no note is news
        note = replaced_since(self.paths.database, since) if found.taken else None
        if note is not None:  # a restore that moved an unreadable store aside: its own note
            self._watch_since = note.at
            said, title = replaced_note(note), "Store replaced"
        else:
            self._watch_since = max(self._watch_since, time.time())
            said = file_replaced_note(found, self.paths.database, self.size.width)
            title = file_replaced_title(found)
        notify = cast("ContentNotify", self).notify
        if found.taken:
            from bounceback_tui.ui.kit.undo import drop_undo_everywhere

            drop_undo_everywhere(self)  # `u` would act on the file let go, not this one
            notify(said, title=title, severity="warning")
            self._read_again_over_the_panes()
        else:  # nothing is saved until a usable file is there
            notify(said, title=title, severity="error")


def _same(said: object, again: object) -> bool:
    return str(said) == str(again)
