"""The demo store, and reopening the app on another store: loaded when first asked for.

The demo data is built in a separate, throw-away store (``services/demo_store.py``) and the
app reopens every pane on it; leaving the demo (or quitting on it) throws it away and goes
back to the person's own store. ``BouncebackApp`` keeps a short method for each step, which
imports this module when it is called (docs/performance.md, "First paint, fpw2's round").
"""

from __future__ import annotations

import contextlib
from functools import partial
from typing import TYPE_CHECKING

from textual.widgets import ContentSwitcher

from bounceback_tui.services.startup import read_startup_state
from bounceback_tui.ui.kit.pane_release import releasing_panes
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from bounceback_tui.ui.kit.text import markup_with
from bounceback_tui.ui.today.pane import TodayPane

if TYPE_CHECKING:
    from bounceback_tui.paths import DataPaths
    from bounceback_tui.ui.app import BouncebackApp

DEMO_NOTE = (
    "This is demo data in a practice store; your own store is untouched. Quit, or choose "
    "'Leave the demo data' in the palette, to go back to it."
)


def open_demo(app: BouncebackApp, then_tour: bool) -> None:
    """Build the demo data in a separate, throw-away store and switch to it."""
    if app.demo:
        return
    from bounceback_tui.ui.screens.tour import WelcomeScreen

    if isinstance(app.screen, WelcomeScreen):  # chosen in the palette over the first
        app.screen.dismiss(None)  # launch's welcome: that answers it (it is not asked again)
    app.notify("Preparing the demo data…", title="Demo", timeout=3)
    app.run_worker(
        partial(_prepare_demo, app, then_tour),
        thread=True,
        group="demo",
        exclusive=True,
        exit_on_error=False,
    )


def _prepare_demo(app: BouncebackApp, then_tour: bool) -> None:
    from bounceback_tui.errors import BouncebackError
    from bounceback_tui.paths import demo_paths

    with app._import_lock:  # one import of the ORM at a time (see switch_to)
        from bounceback_tui.services.demo_store import prepare_demo_store

    demo = demo_paths(app._real_paths)
    try:
        prepare_demo_store(demo, app._real_paths)
    except (BouncebackError, OSError, ValueError) as exc:
        app.call_from_thread(
            app.notify,
            markup_with(
                "The demo data could not be prepared ($error). Nothing changed.", error=exc
            ),
            severity="error",
            title="Demo not opened",
        )
        return
    app.call_from_thread(
        _open_demo_store,  # type: ignore[arg-type]  # mypy solves Textual's T | Awaitable[T] to Never for a coroutine
        app,
        demo,
        then_tour,
    )


async def _open_demo_store(app: BouncebackApp, demo: DataPaths, then_tour: bool) -> None:
    await app.use_store(demo, demo=True)
    app.clear_notifications()
    if then_tour:
        app.action_tour()  # its first page says the same
    else:
        app.notify(DEMO_NOTE, title="Demo data", timeout=10)


async def leave_demo(app: BouncebackApp) -> None:
    if app.demo:
        demo = app.paths
        await app.use_store(app._real_paths, demo=False)
        discard_demo_store(app, demo)
        app.notify("Back in your own store. The demo data is gone.", title="Demo closed")


def discard_demo_store(app: BouncebackApp, demo: DataPaths | None) -> None:
    """Throw the demo store away (when leaving it, and when the app ends on it)."""
    if demo is None:
        if not app.demo:
            return
        demo = app.paths
        if app._db is not None:
            app._db.dispose()
            app._db = None
    from bounceback_tui.services.demo_store import discard_demo_store

    # A cache folder left behind is harmless: it is rebuilt next time.
    with contextlib.suppress(OSError):
        discard_demo_store(demo, app._real_paths)


async def use_store(app: BouncebackApp, paths: DataPaths, *, demo: bool) -> None:
    """Reopen every pane on another store (the demo store, or back to the real one)."""
    old, app._db = app._db, None
    if old is not None:
        old.dispose()
    if app._watch is not None:  # it watched the other store's file
        app._watch.close()
        app._watch = None
        app._watch_seen = None  # the practice store's own versions
    app._file_look = None  # what was said of the other store's file
    app.paths = paths
    app.demo = demo
    if demo:
        app._saved_theme = app.theme  # keep the colours; a change is saved in the demo
    else:
        # Back to the person's own store, colours included.
        app._saved_theme = read_startup_state(paths.database).theme
        if app._saved_theme in app.available_themes:
            app.theme = app._saved_theme
    switcher = app.query_one("#panes", ContentSwitcher)
    # No pane is current while the old ones go, so nothing (the focus keeper) gives
    # one of them focus, and its keys, half-way through its removal.
    switcher.current = None
    from bounceback_tui.ui import app as app_module

    # The app module's freeze, looked up when called: the tests replace it there.
    async with releasing_panes(app, lambda: app_module.freeze_long_lived()):
        await switcher.remove_children()  # the old panes can go
    await switcher.mount(TodayPane(id="today"))
    switcher.current = "today"
    app.query_one("#pane-tabs", PaneTabs).active = "today"
    app._show_store_title()
    app.current_pane.on_pane_shown()
