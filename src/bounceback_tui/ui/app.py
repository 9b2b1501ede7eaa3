"""The bounceback-tui Textual application: a tab bar over five lazily built panes."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, ClassVar

from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Footer, Header, Tab, Tabs

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.panes import PANES, PANES_BY_ID
from bounceback_tui.ui.panes.base import Pane
from bounceback_tui.ui.panes.today import TodayPane
from bounceback_tui.ui.styles import stylesheet_paths

if TYPE_CHECKING:
    from bounceback_tui.store.database import Database

TAB_PREFIX = "tab-"


def _records_provider() -> type[Provider]:
    from bounceback_tui.ui.commands import RecordsProvider

    return RecordsProvider


def _actions_provider() -> type[Provider]:
    from bounceback_tui.ui.commands import ActionsProvider

    return ActionsProvider


class BouncebackApp(App[None]):
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

    def __init__(self, paths: DataPaths) -> None:
        super().__init__(css_path=stylesheet_paths())
        self.paths = paths
        self._db: Database | None = None
        self._import_lock = threading.Lock()

    @property
    def db(self) -> Database:
        """The SQLModel-backed store, created on first use (that import is the slow part)."""
        if self._db is None:
            from bounceback_tui.store.database import Database

            self._db = Database(self.paths.database)
        return self._db

    def compose(self) -> ComposeResult:
        yield Header()
        tabs = Tabs(
            *(Tab(f"{spec.key} {spec.title}", id=f"{TAB_PREFIX}{spec.id}") for spec in PANES),
            id="pane-tabs",
        )
        # The tab bar is driven by number keys and the mouse; focus stays in the pane.
        tabs.can_focus = False
        yield tabs
        with ContentSwitcher(initial="today", id="panes"):
            yield TodayPane(id="today")
        yield Footer()

    def on_mount(self) -> None:
        self.current_pane.on_pane_shown()
        # Load the ORM in the background once the first screen is up, so the
        # first switch to another pane does not pay for it.
        self.call_after_refresh(self._warm_up)

    def _warm_up(self) -> None:
        self.run_worker(self._import_store, thread=True, group="warm-up", exit_on_error=False)

    def _import_store(self) -> None:
        with self._import_lock:
            import bounceback_tui.services.applications  # noqa: F401

    @property
    def current_pane(self) -> Pane:
        switcher = self.query_one("#panes", ContentSwitcher)
        return switcher.query_one(f"#{switcher.current}", Pane)

    def action_show_pane(self, pane_id: str) -> None:
        self.query_one("#pane-tabs", Tabs).active = f"{TAB_PREFIX}{pane_id}"

    async def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        if event.tab is None or event.tab.id is None:
            return
        pane_id = event.tab.id.removeprefix(TAB_PREFIX)
        switchers = self.query("#panes").results(ContentSwitcher)
        switcher = next(switchers, None)
        # None while the app is closing: the tab bar can outlive the panes.
        if switcher is not None and switcher.current != pane_id:
            await self.switch_to(pane_id)

    async def switch_to(self, pane_id: str) -> Pane:
        """Show a pane, building it the first time, and keep the tab bar in step."""
        switcher = self.query_one("#panes", ContentSwitcher)
        if not switcher.query_children(f"#{pane_id}"):
            # Importing a pane while the warm-up thread is half-way through importing
            # SQLAlchemy can meet a partially initialised module: one import at a time.
            with self._import_lock:
                pane_class = PANES_BY_ID[pane_id].load()
            await switcher.mount(pane_class(id=pane_id))
        switcher.current = pane_id
        self.query_one("#pane-tabs", Tabs).active = f"{TAB_PREFIX}{pane_id}"
        pane = self.current_pane
        pane.on_pane_shown()
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
        self.current_pane.reload()

    def on_app_focus(self) -> None:
        # Coming back to the terminal: pick up changes made in another window.
        if self.is_mounted(self.current_pane):
            self.current_pane.reload()

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
