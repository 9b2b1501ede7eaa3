"""The bounceback-tui Textual application: a tab bar over five lazily built panes."""

from __future__ import annotations

import gc
import threading
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Header

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.panes import PANES, PANES_BY_ID
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.panes.today import TodayPane
from bounceback_tui.ui.styles import first_paint_paths, later_paths
from bounceback_tui.ui.widgets.key_bar import KeyBar
from bounceback_tui.ui.widgets.pane_tabs import PaneTabs

if TYPE_CHECKING:
    from bounceback_tui.commands.run_app import QuickCheck
    from bounceback_tui.services.today import TodayPrefetch
    from bounceback_tui.store.database import Database
    from bounceback_tui.store.watch import StoreWatch


def _records_provider() -> type[Provider]:
    from bounceback_tui.ui.commands import RecordsProvider

    return RecordsProvider


def _actions_provider() -> type[Provider]:
    from bounceback_tui.ui.commands import ActionsProvider

    return ActionsProvider


def freeze_long_lived() -> None:
    """Move every object alive now (modules, widgets, a pane's 10,000 rows) out of the
    garbage collector's way. Without this, a periodic full collection walks them all
    and a keystroke now and then takes 150-250 ms instead of 30."""
    gc.freeze()


# What the app returns when SQLite's background check finds the store damaged.
STORE_DAMAGED = "store-damaged"


class BouncebackApp(App[str | None]):
    TITLE = "bounceback"
    SUB_TITLE = "one step at a time"
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
    ]

    def __init__(
        self,
        paths: DataPaths,
        *,
        today: TodayPrefetch | None = None,
        store_check: QuickCheck | None = None,
    ) -> None:
        super().__init__(css_path=first_paint_paths())
        # SQLite's quick check of the store, still running in a thread (run_app).
        self.store_check = store_check
        self._later_styles_loaded = False
        self.paths = paths
        # Today's first summary, read in a thread while Textual was imported (run_app).
        self.prefetched_today = today
        self._db: Database | None = None
        self._import_lock = threading.Lock()
        self._watch: StoreWatch | None = None

    @property
    def db(self) -> Database:
        """The SQLModel-backed store, created on first use (that import is the slow part)."""
        if self._db is None:
            from bounceback_tui.store.database import Database

            check = self.store_check
            self._db = Database(self.paths.database, ready=None if check is None else check.wait_ok)
        return self._db

    def compose(self) -> ComposeResult:
        yield Header()
        yield PaneTabs(
            [(spec.id, spec.key, spec.title) for spec in PANES], active="today", id="pane-tabs"
        )
        with ContentSwitcher(initial="today", id="panes"):
            yield TodayPane(id="today")
        yield KeyBar()

    def on_mount(self) -> None:
        self.current_pane.on_pane_shown()
        # Load the ORM in the background once the first screen is up, so the
        # first switch to another pane does not pay for it.
        self.call_after_refresh(self._warm_up)

    def _warm_up(self) -> None:
        self.load_later_styles()
        self.run_worker(self._import_store, thread=True, group="warm-up", exit_on_error=False)
        if self.store_check is not None:
            self.run_worker(self._await_store_check, thread=True, exit_on_error=False)

    def _await_store_check(self) -> None:
        assert self.store_check is not None
        if not self.store_check.wait_ok():
            # run_app then offers to restore a backup or start fresh.
            self.call_from_thread(self.exit, STORE_DAMAGED)

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

    def push_screen(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        self.load_later_styles()
        return super().push_screen(*args, **kwargs)

    def _import_store(self) -> None:
        with self._import_lock:
            import bounceback_tui.services.applications  # noqa: F401
        self.call_from_thread(freeze_long_lived)

    @property
    def current_pane(self) -> Pane:
        switcher = self.query_one("#panes", ContentSwitcher)
        return switcher.query_one(f"#{switcher.current}", Pane)

    async def action_show_pane(self, pane_id: str) -> None:
        if self.query_one("#panes", ContentSwitcher).current != pane_id:
            await self.switch_to(pane_id)

    async def on_pane_tabs_chosen(self, event: PaneTabs.Chosen) -> None:
        await self.action_show_pane(event.pane_id)

    async def switch_to(self, pane_id: str) -> Pane:
        """Show a pane, building it the first time, and keep the tab bar in step."""
        self.load_later_styles()
        switcher = self.query_one("#panes", ContentSwitcher)
        if not switcher.query_children(f"#{pane_id}"):
            # Importing a pane while the warm-up thread is half-way through importing
            # SQLAlchemy can meet a partially initialised module: one import at a time.
            with self._import_lock:
                pane_class = PANES_BY_ID[pane_id].load()
            await switcher.mount(pane_class(id=pane_id))
        switcher.current = pane_id
        self.query_one("#pane-tabs", PaneTabs).active = pane_id
        pane = self.current_pane
        pane.on_pane_shown()
        freeze_long_lived()
        return pane

    async def go_to(self, pane_id: str, item_id: int | None = None) -> Pane:
        """Show a pane and, if given, select one of its items (Today's Enter, the palette)."""
        pane = await self.switch_to(pane_id)
        if item_id is not None and not pane.select_item(item_id):
            self.notify("That item is no longer there.", severity="warning")
        return pane

    async def start_reframe(self, rejection_id: int | None = None) -> None:
        """Open the Reframe pane on a new thought record, linked to a rejection if given."""
        pane = await self.switch_to("reframe")
        pane.start_exercise(rejection_id=rejection_id)  # type: ignore[attr-defined]

    async def new_skill_from(
        self,
        *,
        text: str,
        source_kind: str,
        rejection_id: int | None = None,
        recovery_step_id: int | None = None,
    ) -> None:
        """Open the Skills pane's add form prefilled from a reflection or feedback answer."""
        pane = await self.switch_to("skills")
        pane.add_from_source(  # type: ignore[attr-defined]
            text=text,
            source_kind=source_kind,
            rejection_id=rejection_id,
            recovery_step_id=recovery_step_id,
        )

    def action_refresh_pane(self) -> None:
        """Re-read the current pane (another window may have changed the store)."""
        self.current_pane.reload_now()

    def data_stamp(self) -> tuple[int, date]:
        """Changes when the store changes (any window) or the day turns."""
        if self._watch is None:
            from bounceback_tui.store.watch import StoreWatch

            self._watch = StoreWatch(self.paths.database)
        return self._watch.version(), clock.today()

    def on_app_focus(self) -> None:
        # Coming back to the terminal: pick up changes made in another window.
        if self.is_mounted(self.current_pane):
            self.current_pane.refresh_if_stale()

    def action_help(self) -> None:
        from bounceback_tui.ui.screens.help import HelpScreen, collect_help

        pane_spec = PANES_BY_ID[self.current_pane.id or "today"]
        self.push_screen(HelpScreen(pane_spec.title, collect_help(self.screen, self)))

    def action_settings(self) -> None:
        """Open the settings screen; the pane re-reads its data when it closes."""
        from bounceback_tui.ui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen(), lambda _: self.current_pane.reload())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # The app's own actions (panes, exports, settings...) are listed by the palette's
        # ActionsProvider (ui/palette_actions.py), which also shows these, ranked alike.
        yield from super().get_system_commands(screen)
