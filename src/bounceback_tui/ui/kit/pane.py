"""What every pane shares: reading its data, where focus lands, the keys it shows, undo,
and how it says that something could not be done.

- **Reading.** A pane implements ``load()`` (read through its services and show). Everyone
  calls ``reload()``, which reports a store that cannot be read (``report``) and keeps what
  the pane showed, the same way in every pane. After an action (a refused one too) every
  pane is re-read through ``reread()``, which holds a pane whose own ``reload`` reads more to
  that too, and sends damage, or a table or column dropped, to the app's choices.
  ``refresh_if_stale()`` re-reads only when the store or the day changed (or the pane says
  its read failed: kit/read_failed.py).
- **The key bar.** A pane lists in ``STATEFUL_ACTIONS`` the actions whose availability
  (``check_action``) depends on its state: the selection, a filter, an undo. After a change
  it calls ``sync_keys()`` (or ``sync_keys_soon()`` while a key is held), which refreshes
  the bar only when one of them changed: a refresh redraws the bar, which a cursor move
  should not pay for. A ``reactive(..., bindings=True)`` does the same for one value. A key
  that always works can stay off the bar until it matters (``bar_leaves_out``).
- **Undo.** ``remember_undo(entry)`` keeps what ``u`` takes back (the newest
  ``UNDO_DEPTH``); ``undo_entry()`` and ``forget_undo()`` read and drop it, and ``undo``
  applies exactly while there is one that can still be taken back (an add whose record
  changed since cannot: ``undo_refusal``). ``drop_undo()`` forgets them all once the store is
  replaced (kit/undo.py). An add is held the same way (``kit.undo.AddUndo``): the pane's
  ``action_undo`` starts with ``took_back_add()``, and ``after_add_taken_back`` puts the
  cursor where it belongs.
- **Errors.** ``report(exc)`` shows a ``BouncebackError``'s own sentence as a warning
  titled "Nothing changed".
- **A key with nothing to act on** says why in a short note: ``refused_key_note(action,
  parameters)`` gives it for an action ``check_action`` refused (`u` with nothing to undo:
  "Nothing to undo here."; kit/refused_keys.py).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, ClassVar, Self, TypeVar, cast

from textual import events
from textual.containers import Vertical
from textual.content import Content
from textual.css.query import NoMatches
from textual.geometry import Region
from textual.strip import Strip
from textual.timer import Timer
from textual.widget import Widget
from textual.worker import Worker, WorkType

from bounceback_tui.errors import BouncebackError, NotADatabaseError, StoreError
from bounceback_tui.ui.kit.deleted_here import let_go, let_go_all, noted, said_of_gone
from bounceback_tui.ui.kit.host import PaneHost, Stamp
from bounceback_tui.ui.kit.pane_release import forgetting_worker
from bounceback_tui.ui.kit.read_failed import SaysUnread, box_up, is_up, reading
from bounceback_tui.ui.kit.shared_lines import SharedTable, shared_lines
from bounceback_tui.ui.kit.text import ContentNotify, plain

if TYPE_CHECKING:
    from bounceback_tui.services.added import Added

# An action, or an action with its parameters ("move", (1,)).
StatefulAction = str | tuple[str, tuple[object, ...]]
Result = TypeVar("Result")


class Pane(ContentNotify, SaysUnread, Vertical, can_focus=True):
    """Base class for the panes. Subclasses set PANE_ID and implement load()."""

    PANE_ID: ClassVar[str] = ""
    DEFAULT_CLASSES = "pane"
    STATEFUL_ACTIONS: ClassVar[tuple[StatefulAction, ...]] = ()
    # How many undoable actions `u` can take back, newest first.
    UNDO_DEPTH: ClassVar[int] = 1
    # The table of the pane's rows, the tables of records shown in one of them (a plan's
    # step), and what a note calls that row ("its plan"), for `u` to say what the filter
    # hid (kit/undo.filter_hides).
    ROW_TABLE: ClassVar[str] = ""
    ROW_CHILDREN: ClassVar[frozenset[str]] = frozenset()
    ROW_WORDS: ClassVar[str] = ""

    # (store version, day) when this pane last read the store; None: never. A whole
    # re-read (reload) sets it to the stamp taken just before it read, so the idle check
    # does not read again what the pane has just read (a window's own writes included).
    _seen: Stamp | None = None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._keys_state: tuple[bool | None, ...] | None = None
        self._keys_timer: Timer | None = None
        self._undo_entries: list[object] = []
        # The newest entry, the store's version it was checked at, and why `u` would refuse
        # it then (None: it applies); see ``undo_refusal``.
        self._undo_checked: tuple[object, int, str | None] | None = None

    def unsaved_typing(self) -> str | None:
        """What quitting now would lose of the person's typing, in a sentence, or None
        (kit/quit_guard.py asks first then). A pane that writes as it is typed into says so
        only for what its save would refuse (Reframe's steps)."""
        return None

    def focus_unsaved_typing(self) -> None:
        """The cursor to the field holding what ``unsaved_typing`` names (the pane was just
        shown again for it); by default where showing the pane put it."""

    # --- shown and hidden --------------------------------------------------------------------

    _keeping_lines = False

    @contextmanager
    def keeping_lines(self) -> Iterator[None]:
        """Show or hide the pane (``display``) keeping the lines it drew: only the layout is
        asked for (kit/pane_switcher.py). A pane shown at another size, or restyled, still
        draws afresh (Textual marks it dirty then)."""
        self._keeping_lines = True
        try:
            yield
        finally:
            self._keeping_lines = False

    def refresh(
        self,
        *regions: Region,
        repaint: bool = True,
        layout: bool = False,
        recompose: bool = False,
    ) -> Self:
        if self._keeping_lines and layout and not regions:
            repaint = False
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    _shared_lines: SharedTable | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """The pane's own (blank) lines, equal ones as one object (kit/shared_lines.py)."""
        if self._shared_lines is None:
            self._shared_lines = {}
        return shared_lines(self._shared_lines, super().render_lines(crop))

    def run_worker(
        self,
        work: WorkType[Result],
        name: str | None = "",
        group: str = "default",
        description: str = "",
        exit_on_error: bool = True,
        start: bool = True,
        exclusive: bool = False,
        thread: bool = False,
    ) -> Worker[Result]:
        """Textual's ``run_worker``; a function run in a thread is wrapped so that the pool
        thread lets go of the worker, and this pane, once it is done (kit/pane_release.py)."""
        if thread and callable(work) and not inspect.iscoroutinefunction(work):
            work = forgetting_worker(cast(Callable[[], Result], work))
        return super().run_worker(
            work, name, group, description, exit_on_error, start, exclusive, thread
        )

    def _stamp(self) -> Stamp | None:
        """The host's stamp; None when the host keeps no store (see ``kit.host``)."""
        app = self.app
        return app.data_stamp() if isinstance(app, PaneHost) else None

    # --- reading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Read this pane's data through its services and show it."""

    def reload(self) -> None:
        """Re-read this pane's data (after a change, or on return). If the store cannot be
        read (locked, gone read-only), say so and keep showing what was there.

        The stamp is taken before reading, so what is read is at least that new; the idle
        check then does not read again what the pane has just read."""
        stamp = self._stamp()
        try:
            with reading(self):
                self.load()
        except self.raised_on:  # ``read_guarded``'s: to the app's one door for them
            raise
        except BouncebackError as exc:
            self.read_failed(exc)
            return
        if stamp is not None:
            self._seen = stamp

    def refresh_if_stale(self) -> None:
        """Re-read only if the store (or the date) changed since this pane last did:
        switching back to an unchanged pane then costs a repaint, not a reload."""
        stamp = self._stamp()
        if stamp is None or stamp != self._seen or stamp[0] < 0:
            self._seen = stamp
            self._reload_or_report()

    def _reload_or_report(self) -> None:
        """``reload()`` from a pane switch, the idle check or ctrl+r: a read that fails is
        said and the pane keeps what it showed. A pane whose own ``reload`` reads more than
        ``load`` (Today, the Pipeline, Reframe) is held to this too: their store errors
        closed the app (a store locked by another program, the demo's store gone). Damage
        goes to the app's one door for it, which offers a backup (ui/app_store.py)."""
        self.read_guarded({}, (NotADatabaseError,))

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

    def caught_up(self) -> None:
        """Called after re-reading only what this window's own action changed (a few
        rows): if nothing but this window's writes happened since the pane last read the
        store, it is up to date, and the idle check need not read everything again."""
        app = self.app
        if self._seen is None or not isinstance(app, PaneHost):
            return
        now = app.data_stamp()
        if now != self._seen and app.only_own_writes(self._seen, now):
            self._seen = now

    def refresh_on_show(self) -> None:
        """``refresh_if_stale`` as the pane is shown; a pane saying its read failed reads
        again, changed store or not: what failed (a lock) may have passed since."""
        if is_up(self):
            self.reload_now()
        else:
            self.refresh_if_stale()

    def reload_now(self) -> None:
        """Re-read whatever the stamp says (ctrl+r: the person asked)."""
        self._seen = self._stamp()
        self._reload_or_report()

    # --- focus -----------------------------------------------------------------------------

    def focus_target(self) -> Widget:
        """The widget that takes focus when the pane is shown: its first visible
        focusable child, else the pane itself (so its keys still work when empty)."""
        for widget in self.query("*"):
            if widget.focusable and widget.display and widget.visible:
                return widget
        return self

    def focus_target_shown(self) -> Widget:
        """``focus_target()`` if it can take focus now, else the pane itself: a list hidden
        because it is empty must not take focus with it (the pane holds the keys). The box
        saying a read failed, while it is up (kit/read_failed.py)."""
        from bounceback_tui.ui.kit.focus import can_take_focus

        target = box_up(self) or self.focus_target()
        return target if target is self or can_take_focus(target) else self

    def select_item(self, item_id: int) -> bool:
        """Select the record with this id in the pane (used by Today, the palette and links).

        Return False if the pane holds no such item."""
        return False

    def on_pane_shown(self) -> None:
        """Called every time the pane becomes the current one."""
        self.refresh_on_show()
        self.focus_target_shown().focus()

    # --- the key bar -----------------------------------------------------------------------

    def sync_keys(self) -> None:
        """Refresh the key bar if any of ``STATEFUL_ACTIONS`` changed whether it applies."""
        if self._keys_timer is not None:
            self._keys_timer.stop()
            self._keys_timer = None
        state = tuple(
            self.check_action(*((action, ()) if isinstance(action, str) else action))
            for action in self.STATEFUL_ACTIONS
        )
        if state != self._keys_state:
            self._keys_state = state
            self.refresh_bindings()

    def sync_keys_soon(self, delay: float) -> None:
        """``sync_keys`` once things rest for ``delay`` seconds: holding an arrow key should
        not redraw the bar on every line. (A key is checked again when pressed, so a bar a
        moment behind never runs a wrong action.)"""
        if self._keys_timer is not None:
            self._keys_timer.stop()
        self._keys_timer = self.set_timer(delay, self.sync_keys)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "undo":
            return self.has_undo
        return True

    def bar_leaves_out(self, action: str) -> bool:
        """Whether the key bar leaves ``action``'s key out for now, though the key works (a
        key on the bar only where it matters: Today's `N` while it lists an interview). The
        pane calls ``refresh_bindings()`` when that changes."""
        return False

    def refused_key_note(self, action: str, parameters: tuple[object, ...]) -> str | Content | None:
        """Why ``action``, refused by ``check_action`` as its key was pressed, does nothing:
        a short note, or None to say nothing. A pane adds its own; any text of a person's
        in it goes through ``kit/text`` (``toast_with``)."""
        if action == "undo":
            refusal = self.undo_refusal()  # an add changed since: why, as `u` would say it
            return plain(refusal) if refusal else "Nothing to undo here."
        return None

    def on_key(self, event: events.Key) -> None:
        from bounceback_tui.ui.kit.refused_keys import say_refused

        say_refused(self, event.key)

    # --- undo ------------------------------------------------------------------------------

    @property
    def has_undo(self) -> bool:
        """Whether `u` would do something now: an entry, and not an add whose record has
        changed since (``undo_refusal``); else `u` is off the key bar and says why."""
        return bool(self._undo_entries) and self.undo_refusal() is None

    def undo_refusal(self) -> str | None:
        """Why `u` would refuse the newest entry now: an add (``kit.undo.AddUndo``) whose
        record was changed since, here or in another window (its ``check``); else None.
        Asked once for each version of the store: the bar asks on every refresh, and the
        check reads the store (about 0.75 ms of CPU; the version is one PRAGMA)."""
        from functools import partial

        from bounceback_tui.ui.kit.key_text import key_of
        from bounceback_tui.ui.kit.undo import AddUndo

        entry = self.undo_entry()
        if not isinstance(entry, AddUndo) or entry.check is None:
            return None
        stamp = self._stamp()
        version = stamp[0] if stamp is not None else -1
        kept = self._undo_checked
        if kept is not None and kept[0] is entry and kept[1] == version and version >= 0:
            return kept[2]
        said: str | None = None
        try:
            entry.check(partial(key_of, self.app))  # the keys a refusal names
        except StoreError:
            pass  # busy or read-only for now: `u` stays, and says so if pressed
        except BouncebackError as exc:  # gone as this window deleted it: which pane did
            said = str(said_of_gone(self, entry.receipt, exc))
        self._undo_checked = (entry, version, said)
        return said

    def remember_undo(self, entry: object) -> None:
        """Keep ``entry`` (a receipt of what was deleted or changed) for `u`."""
        noted(self, entry)  # a delete: this window's (kit/deleted_here.py)
        self._undo_entries.append(entry)
        del self._undo_entries[: -self.UNDO_DEPTH]
        self.sync_keys()

    def undo_entry(self) -> object | None:
        """What `u` would take back now (the newest entry), or None."""
        return self._undo_entries[-1] if self._undo_entries else None

    def forget_undo(self, entry: object | None = None) -> None:
        """Drop ``entry`` (default: the newest) once it is taken back or can no longer be."""
        if entry is None:
            entry = self._undo_entries.pop() if self._undo_entries else None
        elif entry in self._undo_entries:
            self._undo_entries.remove(entry)
        let_go(self, entry)
        self.sync_keys()

    def drop_undo(self) -> None:
        """Forget every entry: the store they were taken from was replaced (kit/undo.py)."""
        self._undo_entries.clear()
        let_go_all(self)  # its deletes were the old store's: a row id there says nothing here
        self.sync_keys()

    def took_back_add(self) -> bool:
        """`u` when what it would take back is an add (``kit.undo.AddUndo``): take it back
        (or say why not) and return True; False for anything else, the pane's own to undo."""
        from bounceback_tui.ui.kit.undo import AddUndo, take_back_add

        entry = self.undo_entry()
        if not isinstance(entry, AddUndo):
            return False
        take_back_add(self, entry)
        return True

    def row_named(self, row: object) -> str:
        """One of the pane's rows as notes name it (``ROW_WORDS``)."""
        return ""

    def after_add_taken_back(self, added: Added, *, taken: bool) -> None:
        """After `u` on an add: show the list as it is now, the cursor on the row that took
        the record's place (``taken``), or on the record, which stayed (refused)."""
        self.reread()

    # --- errors ----------------------------------------------------------------------------

    def report(self, exc: BouncebackError, *, title: str = "Nothing changed") -> None:
        """Say why something could not be done: the error's own sentence, as a warning."""
        self.notify(plain(exc), severity="warning", title=title)
