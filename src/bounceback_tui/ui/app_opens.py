"""What the app opens over its panes, and the demo store (mixed into ``BouncebackApp``).

Each is a short method that imports its module when first called: the screens a key or the
palette opens, the welcome and the tour, links, the palette and Textual's system commands
(``ui/app_screens.py``), and the demo store (``ui/app_demo.py``); neither is imported before
the first paint (tests/test_first_paint_imports.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from textual.app import App, SystemCommand
from textual.screen import Screen

if TYPE_CHECKING:
    from bounceback_tui.domain.links import Link
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.ui.app import BouncebackApp

    _AppBase = App[Any]
else:
    _AppBase = object


class OpensLater(_AppBase):
    """Mix into the App (before App)."""

    if TYPE_CHECKING:  # set by BouncebackApp.__init__
        demo: bool

    @property
    def _app(self) -> BouncebackApp:
        return cast("BouncebackApp", self)

    def action_help(self) -> None:
        from bounceback_tui.ui.app_screens import show_help

        show_help(self._app)

    def action_insights(self) -> None:
        """What's working: the comparisons and the flow (read-only, sqlite3)."""
        from bounceback_tui.ui.app_screens import show_insights

        show_insights(self._app)

    def action_answer_bank(self, practise: bool = False) -> None:
        """The interview answer bank; ``practise`` starts a round straight away."""
        from bounceback_tui.ui.app_screens import show_answer_bank

        show_answer_bank(self._app, practise)

    def action_struggling(self) -> None:
        from bounceback_tui.ui.app_screens import show_struggling

        show_struggling(self._app)

    def action_settings(self) -> None:
        """Open the settings screen; the pane re-reads its data when it closes."""
        from bounceback_tui.ui.app_screens import show_settings

        show_settings(self._app)

    def _welcome(self) -> None:
        from bounceback_tui.ui.app_screens import welcome

        welcome(self._app)

    def action_tour(self) -> None:
        """Show the two-minute tour; it ends on the pane it started from."""
        from bounceback_tui.ui.app_screens import show_tour

        show_tour(self._app)

    def action_open_demo(self, then_tour: bool = False) -> None:
        """Build the demo data in a separate, throw-away store and switch to it."""
        from bounceback_tui.ui.app_demo import open_demo

        open_demo(self._app, then_tour)

    async def action_leave_demo(self) -> None:
        from bounceback_tui.ui.app_demo import leave_demo

        await leave_demo(self._app)

    def discard_demo_store(self, demo: DataPaths | None = None) -> None:
        """Throw the demo store away (when leaving it, and when the app ends on it)."""
        if demo is not None or self.demo:  # every quit asks; only the demo's loads the module
            from bounceback_tui.ui.app_demo import discard_demo_store

            discard_demo_store(self._app, demo)

    async def use_store(self, paths: DataPaths, *, demo: bool) -> None:
        """Reopen every pane on another store (the demo store, or back to the real one)."""
        from bounceback_tui.ui.app_demo import use_store

        await use_store(self._app, paths, demo=demo)

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        from bounceback_tui.ui.app_screens import open_url

        open_url(self._app, url)

    def open_link(self, link: Link) -> None:
        from bounceback_tui.ui.app_screens import open_link

        open_link(self._app, link)

    def _open_in_browser(self, link: Link) -> None:
        from bounceback_tui.services.browser import open_link

        if not open_link(link):
            self.call_from_thread(self.show_link, link)

    def show_link(self, link: Link) -> None:
        # Through the app's queue: the browser check can answer before the "Opening" toast's
        # message is handled, and that toast must be cleared, not shown over "not opened".
        self.call_later(self._show_link_now, link)

    def _show_link_now(self, link: Link) -> None:
        from bounceback_tui.ui.app_screens import show_link_now

        show_link_now(self._app, link)

    def action_command_palette(self) -> None:
        from bounceback_tui.ui.app_screens import open_palette

        open_palette(self._app)

    def action_show_help_panel(self) -> None:
        """The palette's "Keys": Textual's panel, without its Markdown (kit/keys_panel.py)."""
        from bounceback_tui.ui.kit.keys_panel import HelpPanel

        if not self.screen.query("HelpPanel"):
            self.screen.mount(HelpPanel())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from bounceback_tui.ui.app_screens import system_commands

        return system_commands(screen, super().get_system_commands(screen))
