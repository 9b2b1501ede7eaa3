"""The bounceback-tui Textual application: a tab bar over five lazily built panes.

Before the first paint it reads the stored theme and first-run facts (sqlite3,
``services/startup.py``) and the person's keymap (``ui/keymap.py``, tomllib); the
ORM, the full keymap check and the other panes load in a thread after it.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterable
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar, cast

from textual import events
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingType
from textual.command import Provider
from textual.css.query import NoMatches
from textual.dom import DOMNode
from textual.screen import Screen
from textual.widgets import ContentSwitcher, Header

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.startup import read_startup_state
from bounceback_tui.ui.keymap import first_key, load_keymap, normalize_keys
from bounceback_tui.ui.kit.focus import FocusKeeper
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.pane import Pane
from bounceback_tui.ui.kit.pane_release import freeze_long_lived, releasing_panes
from bounceback_tui.ui.kit.pane_switcher import OnPaneScreen, PaneSwitcher
from bounceback_tui.ui.kit.pane_tabs import PaneTabs
from bounceback_tui.ui.kit.text import ContentNotify, markup_with, plain, toast_with
from bounceback_tui.ui.kit.type_ahead import KeysInOrder
from bounceback_tui.ui.panes import PANES, PANES_BY_ID
from bounceback_tui.ui.styles import first_paint_paths, later_paths
from bounceback_tui.ui.today.pane import TodayPane

if TYPE_CHECKING:
    from bounceback_tui.domain.links import Link
    from bounceback_tui.errors import StoreDamagedError
    from bounceback_tui.services.store_access import Database, QuickCheck, StoreWatch
    from bounceback_tui.services.today import TodayPrefetch
    from bounceback_tui.ui.reframe.pane import ReframePane
    from bounceback_tui.ui.screens.tour import WelcomeChoice
    from bounceback_tui.ui.skills.pane import SkillsPane


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
DEMO_NOTE = (
    "This is demo data in a practice store; your own store is untouched. Quit, or choose "
    "'Leave the demo data' in the palette, to go back to it."
)


READ_ONLY_NOTE = (
    "This store is read-only ({path}): you can look at everything, and nothing can be "
    "saved until the file and its folder are writable again."
)

# What the app returns when SQLite's background check finds the store damaged.
STORE_DAMAGED = "store-damaged"
# How often an idle window asks whether another window or process wrote to the store.
WATCH_SECONDS = 2.0


class BouncebackApp(ContentNotify, KeysInOrder, OnPaneScreen, App[str | None]):
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

    @property
    def db(self) -> Database:
        """The SQLModel-backed store, created on first use (that import is the slow part)."""
        with self._db_lock:
            if self._db is None:
                from bounceback_tui.services.store_access import open_database

                check = self.store_check
                self._db = open_database(
                    self.paths.database,
                    ready=None if check is None else check.wait_ok,
                    on_damage=self._damage_met,
                )
                # Told of this window's own commits, which are no news to its panes.
                self._db.watch = self.store_watch
            return self._db

    # -- when something goes wrong ----------------------------------------------------

    def _damage_met(self, problem: StoreDamagedError) -> None:
        """From any thread: the store is damaged inside; close on the way-out choices."""
        try:
            self.call_from_thread(self.close_on_damage, problem)
        except RuntimeError:  # already on the app's thread (or the app has stopped)
            self.close_on_damage(problem)

    def close_on_damage(self, problem: StoreDamagedError) -> None:
        """End the app with STORE_DAMAGED; run_app offers to restore a backup or start fresh.

        The practice store of the demo is thrown away anyway, so its damage is a crash."""
        if self.store_problem is None and not self.demo:
            self.store_problem = problem
            self.exit(STORE_DAMAGED)

    def _handle_exception(self, error: Exception) -> None:
        # Textual's one door for an error nothing handled. Damage met by a read (Today's
        # figures, a pane's rows) is not a crash: it goes to the same choices as at launch.
        from bounceback_tui.services.store_health import damage_in

        problem = None if self.demo else damage_in(error, self.paths.database)
        if problem is not None:
            self.close_on_damage(problem)
            return
        if self.crash is None:
            self.crash = error
        super()._handle_exception(error)

    def _fatal_error(self) -> None:
        # Textual would print a traceback with local variables (a person's own text) to
        # the terminal. run_app writes the traceback, without them, to a private log instead.
        if "debug" in self.features:
            super()._fatal_error()
            return
        self.bell()
        self._close_messages_no_wait()

    # -- keys -------------------------------------------------------------------------

    @property
    def keys_in_use(self) -> dict[str, str]:
        """The keymap in force, however it was set: binding id -> keys (Textual's names,
        commas). Textual keeps it in ``App._keymap`` and offers no public reader."""
        return dict(self._keymap)

    def _apply_keymap(self, keymap: dict[str, str]) -> None:
        self.set_keymap(keymap)
        # The Footer finds the palette's key by this name.
        palette = keymap.get("app.palette")
        self.COMMAND_PALETTE_BINDING = (  # type: ignore[misc]  # per app: Textual reads it off the instance
            first_key(palette) if palette else BouncebackApp.COMMAND_PALETTE_BINDING
        )

    def key_label(self, binding_id: str, default: str) -> str:
        """How to show the key for a binding in text (hints, the tour): remapped if it is."""
        keys = self.keys_in_use.get(binding_id) or normalize_keys(default)
        return self.get_key_display(Binding(first_key(keys), ""))

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        # Clashes are found and explained by the keymap check; before it has run, stay quiet.
        if not self._keymap_checked:
            return
        ids = frozenset(str(binding.id or binding.action) for binding in clashed_bindings)
        if ids not in self._reported_clashes:
            self._reported_clashes.add(ids)
            self.notify(
                markup_with(  # whole: the person fixes settings.toml with them
                    "Two bindings share a key in settings.toml: $ids.", ids=", ".join(sorted(ids))
                ),
                title="Keymap",
                severity="warning",
                timeout=10,
            )

    def _check_keymap(self) -> None:
        """In the warm-up thread: find unknown ids and clashes, then apply what is sound."""
        from bounceback_tui.ui.binding_catalogue import check_keymap

        with self._import_lock:
            checked = check_keymap(self.keys_in_use, app_class=type(self))
        self.call_from_thread(self._keymap_check_done, checked.keymap, checked.problems)

    def _keymap_check_done(self, keymap: dict[str, str], problems: list[str]) -> None:
        self._apply_keymap(keymap)
        self._keymap_checked = True
        self._tell_keymap_problems([*self._keymap_notes, *problems])

    def _tell_keymap_problems(self, problems: list[str]) -> None:
        if not problems:
            return
        shown = problems[:4]
        more = len(problems) - len(shown)
        if more:
            shown.append(f"…and {more} more.")
        self.notify(
            plain(
                "\n".join(shown) + f"\nThe other keys work as usual. ({self.paths.settings_file})"
            ),
            title="Keymap",
            severity="warning",
            timeout=15,
        )

    # -- theme ------------------------------------------------------------------------

    def watch_theme(self, theme: str) -> None:
        """Remember every theme change (palette, settings screen) in the store."""
        if theme == self._saved_theme:
            return
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.settings import save_setting

        try:
            save_setting(self.db, "theme", theme)
        except BouncebackError as exc:
            self.notify(
                toast_with("$error The theme applies until you quit.", error=exc),
                severity="warning",
            )
            return
        self._saved_theme = theme

    def compose(self) -> ComposeResult:
        yield Header()
        yield PaneTabs(
            [(spec.id, spec.key, spec.title) for spec in PANES], active="today", id="pane-tabs"
        )
        with PaneSwitcher(initial="today", id="panes"):
            yield TodayPane(id="today")
        yield KeyBar()

    def on_mount(self) -> None:
        self.focus_keeper = FocusKeeper(self, quitting=lambda: self.quitting)
        self.current_pane.on_pane_shown()
        if self._read_only:
            self.notify(
                plain(READ_ONLY_NOTE.format(path=self.paths.database)),
                title="Read-only",
                severity="warning",
                timeout=12,
            )
        if self._keymap_checked:  # else the check, after the first paint, tells it all at once
            self._tell_keymap_problems(self._keymap_notes)
        # Load the ORM in the background once the first screen is up, so the
        # first switch to another pane does not pay for it.
        self.call_after_refresh(self._warm_up)
        if self._offer_welcome:
            self.call_after_refresh(self._welcome)

    def _warm_up(self) -> None:
        self.load_later_styles()
        # After the first paint: a window that keeps focus still shows other windows' writes.
        self.set_interval(self.watch_seconds, self._watch_tick, name="store-watch")
        self.run_worker(self._import_store, thread=True, group="warm-up", exit_on_error=False)
        if self.store_check is not None:
            self.run_worker(self._await_store_check, thread=True, exit_on_error=False)
        if not self._keymap_checked:
            self.run_worker(self._check_keymap, thread=True, group="keymap", exit_on_error=False)

    def _await_store_check(self) -> None:
        assert self.store_check is not None
        if not self.store_check.wait_ok():
            # run_app then offers to restore a backup or start fresh.
            self.call_from_thread(self.exit, STORE_DAMAGED)

    def exit(self, *args: Any, **kwargs: Any) -> None:
        self.quitting = True
        super().exit(*args, **kwargs)

    async def on_event(self, event: events.Event) -> None:
        # A key that arrives after q (a burst such as `qe`) would open a form on an app
        # that is closing down; once quitting, the person's input is not acted on.
        if self.quitting and isinstance(event, (events.Key, events.Paste, events.MouseEvent)):
            return
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
        switcher = self.query_one("#panes", PaneSwitcher)
        built = not switcher.query_children(f"#{pane_id}")
        with self.batch_update():  # a new pane is drawn once, after the freeze below
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
                # A new pane's module and widgets live as long as the app (not its lines,
                # drawn after this). Only then: a frozen object is never collected.
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
        cast("ReframePane", pane).start_exercise(rejection_id=rejection_id)

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
        cast("SkillsPane", pane).add_from_source(
            text=text,
            source_kind=source_kind,
            rejection_id=rejection_id,
            recovery_step_id=recovery_step_id,
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

    def only_own_writes(self, seen: tuple[int, date], now: tuple[int, date]) -> bool:
        """Whether everything that changed between two stamps was this window's doing."""
        return seen[1] == now[1] and self.store_watch.only_own_writes(seen[0], now[0])

    def on_app_focus(self) -> None:
        # Coming back to the terminal: pick up changes made in another window.
        if self.is_mounted(self.current_pane):
            self.current_pane.refresh_if_stale()

    def _watch_tick(self) -> None:
        """Every few seconds: has the store changed (``PRAGMA data_version``, a few
        microseconds)? Only then does the pane re-read, keeping its cursor and focus. Not
        under a dialog or form: what the pane shows is re-read once it is back on top."""
        stack = self.screen_stack
        if not stack or self.screen is not stack[0]:
            return  # closing, or a dialog is on top
        try:
            pane = self.current_pane
        except NoMatches:  # between two stores (the demo): the new panes are not up yet
            return
        if self.is_mounted(pane):
            pane.refresh_in_background()

    def action_help(self) -> None:
        from bounceback_tui.ui.screens.help import HelpScreen, collect_help

        pane_spec = PANES_BY_ID[self.current_pane.id or "today"]
        self.push_screen(HelpScreen(pane_spec.title, collect_help(self.screen, self)))

    def action_insights(self) -> None:
        """What's working: the comparisons and the flow (read-only, sqlite3)."""
        from bounceback_tui.ui.insights.screen import InsightsScreen

        if not isinstance(self.screen, InsightsScreen):
            self.push_screen(InsightsScreen(self.paths.database, self.db))

    def action_answer_bank(self, practise: bool = False) -> None:
        """The interview answer bank; ``practise`` starts a round straight away."""
        from bounceback_tui.ui.answers.bank import AnswerBankScreen

        if isinstance(self.screen, AnswerBankScreen):
            return
        bank = AnswerBankScreen(self.db)
        self.push_screen(bank)
        if practise:
            self.call_after_refresh(bank.run_action, "practise")

    def action_struggling(self) -> None:
        """The "If you are struggling" screen: settings.toml, and the person's support
        people from People when the store can be read (the screen opens without them)."""
        from bounceback_tui.ui.care.crisis import CrisisScreen

        if not isinstance(self.screen, CrisisScreen):
            self.push_screen(
                CrisisScreen.from_settings(self.paths.settings_file, self.support_people())
            )

    def support_people(self) -> list[tuple[str, str]]:
        """(name, phone or email) of the support people in People; none if unreadable."""
        from bounceback_tui.services.care_people import support_people

        try:
            return [(p.name, p.reach) for p in support_people(self.paths.database)]
        except Exception as exc:  # care screens open whatever the store says
            self.log.warning(f"Support people were not read: {exc!r}")
            return []

    def action_settings(self) -> None:
        """Open the settings screen; the pane re-reads its data when it closes."""
        from bounceback_tui.ui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen(), lambda _: self.current_pane.reload())

    # -- first run: the welcome, the tour and the demo store ----------------------------

    def _welcome(self) -> None:
        from bounceback_tui.ui.screens.tour import WelcomeScreen

        self.push_screen(WelcomeScreen(), self._welcome_answered)

    async def _welcome_answered(self, choice: WelcomeChoice | None) -> None:
        # Offered once: whatever the answer, the next launch goes straight in.
        self._remember_tour_seen()
        if choice == "tour":
            self.action_tour()
        elif choice == "demo":
            self.action_open_demo(then_tour=True)

    def _remember_tour_seen(self) -> None:
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.services.settings import save_setting

        try:
            save_setting(self.db, "tour_seen", True)
        except BouncebackError as exc:
            self.notify(plain(exc), severity="warning")

    def action_tour(self) -> None:
        """Show the two-minute tour; it ends on the pane it started from."""
        from bounceback_tui.ui.screens.tour import TourScreen

        if not isinstance(self.screen, TourScreen):
            self.push_screen(TourScreen(return_to=self.current_pane.id or "today"))

    def action_open_demo(self, then_tour: bool = False) -> None:
        """Build the demo data in a separate, throw-away store and switch to it."""
        if self.demo:
            return
        self.notify("Preparing the demo data…", title="Demo", timeout=3)
        self.run_worker(
            partial(self._prepare_demo, then_tour),
            thread=True,
            group="demo",
            exclusive=True,
            exit_on_error=False,
        )

    def _prepare_demo(self, then_tour: bool) -> None:
        from bounceback_tui.errors import BouncebackError
        from bounceback_tui.paths import demo_paths

        with self._import_lock:  # one import of the ORM at a time (see switch_to)
            from bounceback_tui.services.demo_store import prepare_demo_store

        demo = demo_paths(self._real_paths)
        try:
            prepare_demo_store(demo, self._real_paths)
        except (BouncebackError, OSError, ValueError) as exc:
            self.call_from_thread(
                self.notify,
                markup_with(
                    "The demo data could not be prepared ($error). Nothing changed.", error=exc
                ),
                severity="error",
            )
            return
        self.call_from_thread(
            self._open_demo_store,  # type: ignore[arg-type]  # mypy solves Textual's T | Awaitable[T] to Never for a coroutine
            demo,
            then_tour,
        )

    async def _open_demo_store(self, demo: DataPaths, then_tour: bool) -> None:
        await self.use_store(demo, demo=True)
        self.clear_notifications()
        if then_tour:
            self.action_tour()  # its first page says the same
        else:
            self.notify(DEMO_NOTE, title="Demo data", timeout=10)

    async def action_leave_demo(self) -> None:
        if self.demo:
            demo = self.paths
            await self.use_store(self._real_paths, demo=False)
            self.discard_demo_store(demo)
            self.notify("Back in your own store. The demo data is gone.", title="Demo closed")

    def discard_demo_store(self, demo: DataPaths | None = None) -> None:
        """Throw the demo store away (when leaving it, and when the app ends on it)."""
        if demo is None:
            if not self.demo:
                return
            demo = self.paths
            if self._db is not None:
                self._db.dispose()
                self._db = None
        from bounceback_tui.services.demo_store import discard_demo_store

        # A cache folder left behind is harmless: it is rebuilt next time.
        with contextlib.suppress(OSError):
            discard_demo_store(demo, self._real_paths)

    async def use_store(self, paths: DataPaths, *, demo: bool) -> None:
        """Reopen every pane on another store (the demo store, or back to the real one)."""
        old, self._db = self._db, None
        if old is not None:
            old.dispose()
        if self._watch is not None:  # it watched the other store's file
            self._watch.close()
            self._watch = None
        self.paths = paths
        self.demo = demo
        if demo:
            self._saved_theme = self.theme  # keep the colours; a change is saved in the demo
        else:
            # Back to the person's own store, colours included.
            self._saved_theme = read_startup_state(paths.database).theme
            if self._saved_theme in self.available_themes:
                self.theme = self._saved_theme
        switcher = self.query_one("#panes", ContentSwitcher)
        # No pane is current while the old ones go, so nothing (the focus keeper) gives
        # one of them focus, and its keys, half-way through its removal.
        switcher.current = None
        async with releasing_panes(self, lambda: freeze_long_lived()):  # the old panes can go
            await switcher.remove_children()
        await switcher.mount(TodayPane(id="today"))
        switcher.current = "today"
        self.query_one("#pane-tabs", PaneTabs).active = "today"
        self._show_store_title()
        self.current_pane.on_pane_shown()

    def _show_store_title(self) -> None:
        self.title = DEMO_TITLE if self.demo else TITLE
        self.sub_title = DEMO_SUB_TITLE if self.demo else SUB_TITLE
        self.set_class(self.demo, "-demo")

    # -- links --------------------------------------------------------------------------

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        """Every link the app opens comes here (Textual's own link clicks too): checked,
        then opened by ``open_link``; anything but an http(s) web address is refused."""
        from bounceback_tui.domain.links import LinkError, parse_web_link

        try:
            link = parse_web_link(url)
        except LinkError as exc:
            self.notify(
                toast_with("That link was not opened. $error", error=exc),
                title="Link",
                severity="warning",
            )
            return
        self.open_link(link)

    def open_link(self, link: Link) -> None:
        """Open a checked link in the graphical browser, in a thread (a browser can take a
        moment to answer); with none (SSH, a console) show it to copy instead."""
        self.notify(toast_with("Opening $url", url=link.url[:80]), title="Link", timeout=3)
        self.run_worker(
            partial(self._open_in_browser, link),
            thread=True,
            group="open-link",
            exit_on_error=False,
        )

    def _open_in_browser(self, link: Link) -> None:
        from bounceback_tui.services.browser import open_link

        if not open_link(link):
            self.call_from_thread(self.show_link, link)

    def show_link(self, link: Link) -> None:
        # Through the app's queue: the browser check can answer before the "Opening" toast's
        # message is handled, and that toast must be cleared, not shown over "not opened".
        self.call_later(self._show_link_now, link)

    def _show_link_now(self, link: Link) -> None:
        from bounceback_tui.ui.screens.link import LinkScreen

        self.clear_notifications()
        self.push_screen(LinkScreen(link))

    def action_command_palette(self) -> None:  # Enter/Down wait for the query's results
        from bounceback_tui.ui.commands import Palette

        if self.use_command_palette and not Palette.is_open(self):
            self.push_screen(Palette(id="--command-palette"))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        # The app's own actions (panes, exports, settings...) are listed by the palette's
        # ActionsProvider (ui/palette_actions.py), which also shows these, ranked alike.
        # Left out: "Screenshot" wrote an SVG of the screen (the person's notes) to
        # ~/Downloads with the umask's mode, outside the private data folder; "Maximize"
        # filled the screen with a pane that fills it already, hiding its key bar and tabs.
        left_out = {screen.action_maximize, screen.action_minimize}
        for command in super().get_system_commands(screen):
            if command.callback in left_out:
                continue
            if "screenshot" not in f"{command.title} {command.help}".casefold():
                yield command
