"""The bounceback-tui Textual application: a tab bar over five lazily built panes.

Before the first paint it reads the stored theme and first-run facts (sqlite3,
``services/startup.py``) and the person's keymap (``ui/keymap.py``, tomllib); the
ORM, the full keymap check and the other panes load in a thread after it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.widgets import ContentSwitcher

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.startup import read_startup_state
from bounceback_tui.ui.app_keys import KeymapInUse
from bounceback_tui.ui.app_opens import OpensLater
from bounceback_tui.ui.app_panes import PaneNavigation
from bounceback_tui.ui.app_store import STORE_DAMAGED, StoreInUse  # noqa: F401  (run_app reads it here)
from bounceback_tui.ui.keymap import load_keymap
from bounceback_tui.ui.kit.app_header import AppHeader
from bounceback_tui.ui.kit.closed_screens import CollectingClosedScreens
from bounceback_tui.ui.kit.dialog_room import DialogsAboveBar
from bounceback_tui.ui.kit.focus import FocusKeeper
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.malloc_arenas import share_malloc_arenas
from bounceback_tui.ui.kit.memory_patches import install_memory_patches
from bounceback_tui.ui.kit.pane import Pane
from bounceback_tui.ui.kit.pane_release import freeze_long_lived
from bounceback_tui.ui.kit.pane_switcher import OnPaneScreen, PaneSwitcher
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from bounceback_tui.ui.kit.quit_guard import AsksBeforeQuitting
from bounceback_tui.ui.kit.resume_guard import guard_resume
from bounceback_tui.ui.kit.screen_layouts import lay_out_once
from bounceback_tui.ui.kit.text import ContentNotify
from bounceback_tui.ui.kit.type_ahead import KeysInOrder
from bounceback_tui.ui.panes import PANES, PANES_BY_ID
from bounceback_tui.ui.styles import first_paint_paths, later_paths
from bounceback_tui.ui.today.pane import TodayPane

install_memory_patches()  # Textual's and Rich's caches, lighter (kit/memory_patches.py)
lay_out_once()  # a dialog opened: no layout again at the same size (kit/screen_layouts.py)

if TYPE_CHECKING:
    from bounceback_tui.errors import StoreDamagedError
    from bounceback_tui.services.store_access import Database, QuickCheck, StoreWatch
    from bounceback_tui.services.today import TodayPrefetch


def _records_provider() -> type[Provider]:
    from bounceback_tui.ui.commands import RecordsProvider

    return RecordsProvider


def _actions_provider() -> type[Provider]:
    from bounceback_tui.ui.commands import ActionsProvider

    return ActionsProvider


TITLE = "bounceback"
SUB_TITLE = "one step at a time"
DEMO_TITLE = "bounceback · DEMO DATA"
DEMO_SUB_TITLE = "practice store, yours untouched"


# How often an idle window asks whether another window or process wrote to the store.
WATCH_SECONDS = 2.0


class BouncebackApp(
    # Its keymap, its panes and its store, each in its own module (ui/app_keys.py,
    # ui/app_panes.py, ui/app_store.py); what it opens later (ui/app_opens.py) loads its
    # module when first asked for.
    KeymapInUse,
    PaneNavigation,
    StoreInUse,
    OpensLater,
    ContentNotify,
    KeysInOrder,
    OnPaneScreen,
    CollectingClosedScreens,
    DialogsAboveBar,  # ui/kit/dialog_room.py
    AsksBeforeQuitting,  # ui/kit/quit_guard.py: typing not yet kept is asked about first
    App[str | None],
):
    TITLE = TITLE
    SUB_TITLE = SUB_TITLE
    # Each pane focuses its own widget when shown; letting Textual focus the first
    # focusable first would restyle the pane twice before the first paint.
    AUTO_FOCUS = None
    # The palette (ctrl+p): any record by a few letters, any action by name (ui/commands.py).
    # Loaded when the palette first opens; Textual's system commands come through the actions.
    COMMANDS: ClassVar[set[type[Provider] | Callable[[], type[Provider]]]] = {
        _records_provider,
        _actions_provider,
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        *(
            Binding(
                spec.key,
                f"show_pane('{spec.id}')",
                f"Go to {spec.title}",
                id=f"pane.{spec.id}",
                show=False,
            )
            for spec in PANES
        ),
        Binding("question_mark", "help", "Keys", id="app.help"),
        Binding("ctrl+r", "refresh_pane", "Refresh", show=False, id="app.refresh"),
        Binding("comma", "settings", "Settings", show=False, id="app.settings"),
        Binding("q", "quit", "Quit", id="app.quit"),
        # Textual's own palette binding, given an id so it can be remapped too.
        Binding(
            App.COMMAND_PALETTE_BINDING,
            "command_palette",
            "palette",
            show=False,
            priority=True,
            tooltip="Open the command palette",
            id="app.palette",
        ),
    ]

    def __init__(
        self,
        paths: DataPaths,
        *,
        today: TodayPrefetch | None = None,
        store_check: QuickCheck | None = None,
        welcome: bool = False,
        demo: bool = False,
    ) -> None:
        """``welcome``: offer the tour and the demo data if this is a first launch (the
        command line asks for it; tests and screenshots do not)."""
        super().__init__(css_path=[*first_paint_paths()])
        # SQLite's quick check of the store, still running in a thread (run_app).
        self.store_check = store_check
        # Damage met by any read or write (run_app then offers the ways out), and the
        # first unexpected error, which ends the app with a non-zero status (run_app logs it).
        self.store_problem: StoreDamagedError | None = None
        self.crash: BaseException | None = None
        self._later_styles_loaded = False
        self.paths = paths
        # Today's first summary, read in a thread while Textual was imported (run_app).
        self.prefetched_today = today
        self.demo = demo
        self._real_paths = paths
        self._db: Database | None = None
        self._db_lock = threading.Lock()
        self._import_lock = threading.Lock()
        self._watch: StoreWatch | None = None
        self.watch_seconds = WATCH_SECONDS
        state = (today and today.startup_state()) or read_startup_state(paths.database)
        self._offer_welcome = welcome and state.first_run and not state.read_only
        self._read_only = state.read_only
        # Set before the stylesheet is first parsed, so the first frame is in the person's
        # colours. _saved_theme first: the watcher must not write back what it just read.
        self._saved_theme = state.theme
        if state.theme in self.available_themes and state.theme != self.theme:
            self.theme = state.theme
            self.stylesheet.set_variables(self.get_css_variables())
        keymap_file = load_keymap(paths.settings_file)
        self._keymap_notes: list[str] = keymap_file.problems
        self._keymap_checked = not keymap_file.keymap
        self._reported_clashes: set[frozenset[str]] = set()
        # Set by exit(): keys already on their way (`q` then `e` in one burst) are dropped.
        self.quitting = False
        self.focus_keeper: FocusKeeper | None = None
        self._apply_keymap(keymap_file.keymap)
        if demo:
            self._show_store_title()

    def compose(self) -> ComposeResult:
        yield AppHeader()  # Textual's Header, one widget instead of four (kit/app_header.py)
        yield PaneTabs(self.pane_tabs(), active="today", id="pane-tabs")
        with PaneSwitcher(initial="today", id="panes"):
            yield TodayPane(id="today")
        yield KeyBar()

    def on_mount(self) -> None:
        guard_resume(self)  # SIGCONT as the window closes (kit/resume_guard.py)
        self.focus_keeper = FocusKeeper(self, quitting=lambda: self.quitting)
        self.current_pane.on_pane_shown()
        if self._read_only:
            from bounceback_tui.ui.store_replaced import read_only_note

            self.notify(
                read_only_note(self.paths.database, self.size.width),
                title="Read-only",
                severity="warning",
                timeout=12,
            )
        elif self.store_check is None:  # a day here (services/days_opened; else app_store)
            self.mark_day_opened()
        if self._keymap_checked:  # else the check, after the first paint, tells it all at once
            self._tell_keymap_problems(self._keymap_notes)
        # Load the ORM in the background once the first screen is up, so the
        # first switch to another pane does not pay for it.
        self.call_after_refresh(self._warm_up)
        if self._offer_welcome:
            self.call_after_refresh(self._welcome)

    def _warm_up(self) -> None:
        share_malloc_arenas()  # before the threads below: they share two (kit/malloc_arenas.py)
        self.load_later_styles()
        # After the first paint: a window that keeps focus still shows other windows' writes.
        self.set_interval(self.watch_seconds, self._watch_tick, name="store-watch")
        self.run_worker(self._import_store, thread=True, group="warm-up", exit_on_error=False)
        if self.store_check is not None:
            self.run_worker(self._await_store_check, thread=True, exit_on_error=False)
        self.run_worker(self.check_layout, thread=True, group="layout", exit_on_error=False)
        if not self._keymap_checked:
            self.run_worker(self._check_keymap, thread=True, group="keymap", exit_on_error=False)

    def _import_store(self) -> None:
        self.orm_imported()  # ui/app_store.py
        with self._import_lock:  # the Pipeline's module, the pane most often shown next
            PANES_BY_ID["pipeline"].load()
        self.call_from_thread(self.call_once_keys_done, freeze_long_lived)  # a `2` first

    def exit(self, *args: Any, **kwargs: Any) -> None:
        self.quitting = True
        super().exit(*args, **kwargs)

    async def on_event(self, event: events.Event) -> None:
        # A key that arrives after q (a burst such as `qe`) would open a form on an app
        # that is closing down; once quitting, the person's input is not acted on.
        if isinstance(event, (events.Key, events.Paste, events.MouseEvent)):
            if self.quitting:
                return
            self.orm_imported()  # before anything a key does may import it (ui/app_store.py)
            self.note_day_here(event)  # a new day's first key keeps it (ui/app_store.py)
        await super().on_event(event)  # KeysInOrder notes where keys go (kit/type_ahead.py)

    def shown_pane(self) -> str | None:
        return self.query_one("#panes", ContentSwitcher).current

    def load_later_styles(self) -> None:
        """Read the stylesheets the first paint did without (panes, forms, dialogs).

        Runs just after the first paint, and before any pane or screen is shown in
        case a key arrives first."""
        if self._later_styles_loaded:
            return
        self._later_styles_loaded = True
        for path in later_paths():
            if not self.stylesheet.has_source(str(path), ""):
                self.stylesheet.read(path)
        self.stylesheet.reparse()
        self.stylesheet.update(self)

    def push_screen(self, *args: Any, **kwargs: Any) -> Any:
        self.load_later_styles()
        return super().push_screen(*args, **kwargs)

    async def switch_to(self, pane_id: str) -> Pane:
        """Show a pane, building it the first time, and keep the tab bar in step."""
        self.load_later_styles()
        switcher = self.query_one("#panes", PaneSwitcher)
        built = not switcher.query_children(f"#{pane_id}")
        with self.batch_update():  # a new pane is drawn once, whole
            if built:
                # Importing a pane while the warm-up thread is half-way through importing
                # SQLAlchemy can meet a partially initialised module: one import at a time.
                with self._import_lock:
                    pane_class = PANES_BY_ID[pane_id].load()
                await switcher.mount_in_place(pane_class(id=pane_id))
            switcher.current = pane_id
            self.query_one("#pane-tabs", PaneTabs).active = pane_id
            pane = self.current_pane
            pane.on_pane_shown()
            # Focused now, not after the messages queued: a key typed right after the pane
            # key (`6a`) comes back up to the app next and must find this pane's keys.
            switcher.screen.set_focus(pane.focus_target_shown())
            if built:
                # A new pane's module and widgets live as long as the app. Only then: a
                # frozen object is never collected. After the pane's first frame (whose
                # lines are frozen too, one screen's): the full collection took 0.8 s on a
                # 100,000 store with Today's suggestions still being read, unseen pane.
                self.call_after_refresh(freeze_long_lived)
        return pane

    def _show_store_title(self) -> None:
        self.title = DEMO_TITLE if self.demo else TITLE
        self.sub_title = DEMO_SUB_TITLE if self.demo else SUB_TITLE
        self.set_class(self.demo, "-demo")
