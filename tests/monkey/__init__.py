"""The monkey: a seeded random walk through the whole app in Pilot, checked after every step.

A walk starts as a person's first launch does (an empty store, the welcome) and opens the
demo data (services/demo.py, through the welcome's own key), which starts the tour. From
there each step is one move, drawn at random:

- a key from the active screen's own bindings (``screen.active_bindings``: the focused
  widget's, its pane's or dialog's, and the app's, with the keymap in force), weighted so
  that bindings not yet pressed come first (``NEW_BINDING_WEIGHT``) and switching panes,
  deleting and undoing come often; the app's Quit is left for the very end;
- a few plain keys people press anywhere (Enter, Escape, arrows, Tab, space);
- text where text goes (an Input or a TextArea has focus): the hostile corpus
  (tests/data/hostile_strings.json), a few strings forms accept (dates, numbers, links the
  network stub answers) and, in the command palette, the names of the app's actions.
  Short ASCII text is typed key by key; anything else arrives as a paste, as it would
  from a terminal;
- now and then a write from another window (``write_elsewhere``).

Most moves (``STEER_SHARE``) are steered, coverage first: a key here whose binding id was
never pressed; else the next move of a lure (``LURES``: the way a person goes to a screen
not reached yet, one move at a time) or a detour (``DETOURS``: the state or place some ids
need: a delete to undo, a record edited while another window saves or deletes it, a
practice round, the template editor, the trap checklist, the tour again); else towards a
pane or a screen left with ids not pressed. A lure that gets nowhere for ``LURE_PATIENCE``
moves gives up; one that goes round in circles (the same move from where it already was)
rests a while (tests/monkey_stall.py). The other moves are random, as above.

The browser, the network and the clipboard are stubbed, not skipped (``Stubs``): links
"opened" and text "copied" are recorded (every other link finds no graphical browser, so
the app shows it to copy), and every request gets an answer from an
``httpx.MockTransport`` that serves the importer tests' pages and board answers.

After every step (``check_step``):
- no exception (the app's own handler stores it; ``run_test`` would re-raise it), and no
  background worker that failed quietly;
- no toast reporting an unexpected error (``unexpected_toast``): a toast whose text looks
  like an internal error (an exception's name, a traceback, "Errno") always fails; an
  error-severity toast fails unless its message is one of ``EXPECTED_ERRORS``, each a
  failure a person can meet and is told about in the app's words. Warnings and
  information (validation messages, "Select an application first.") are fine;
- ``ui.kit.focus.focus_problem(app)`` finds nothing: a focused widget on screen, and a key of
  the active pane or dialog on the key bar (or, on a dialog without a bar, working).

At the end the walk goes back to the panes and quits with the app's own key (it must close,
with status 0), and the store it was on passes ``tests/store_rules.store_problems``
(integrity, foreign keys, the rules of docs/data-model.md). ``Coverage`` says which
screens and binding ids the walk reached. A walk is held to every Screen subclass of the
app and ``MIN_BINDING_SHARE`` (80%) of the binding ids (those of the main app: the
store-problem chooser is an app of its own; ``NOT_COUNTED`` names the few a walk cannot
press, and why). The suite's two walks each
take one half of the app (``HALVES``, ``half_ids``, ``half_screens``: the halves split the
screens and the ids between them, so together the two walks reach every screen and 80% of
all the ids); a long walk is held to the whole app.

A failure raises ``MonkeyFailure`` with the key log (a JSON list of moves);
``replay(log, paths)`` plays it back on a fresh first launch with the same checks.
"""

from __future__ import annotations

import asyncio
import functools
import json
import os
import random
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
from textual import events
from textual.command import CommandPalette
from textual.keys import key_to_character
from textual.screen import Screen
from textual.widgets import Input, TextArea
from textual.worker import Worker, WorkerState

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from tests.monkey_stall import Stalls, app_state

SIZE = (120, 36)
NEW_BINDING_WEIGHT = 40.0
SEEN_BINDING_WEIGHT = 1.0
ANONYMOUS_BINDING_WEIGHT = 0.1  # a widget's own editing keys (Input's ctrl+w and the like)
DISABLED_BINDING_WEIGHT = 0.2  # pressing a dimmed key must do nothing harmful
PLAIN_KEY_WEIGHT = 0.6
ANSWER_KEY_WEIGHT = 1.5  # Enter and Escape: how a person leaves a field, a dialog, the palette
TEXT_WEIGHT = 6.0
# A pane key weighs more for each binding of that pane not pressed yet.
PANE_PULL = 0.5
# This share of the moves is steered (``_Walk._steer``): a key whose binding id was never
# pressed, or the next move towards a screen not reached yet (a lure: one move at a time
# along the way a person would go there) or towards ids that need a state or a place (a
# detour). The rest are random, drawn with the weights above.
STEER_SHARE = 0.85
ENGAGED_STEER_SHARE = 0.92  # the move after a lure's or a detour's
# A lure (or detour) that has offered this many moves since the walk last reached
# something new gives up (the coverage check then names what it sought).
LURE_PATIENCE = 25
# Moves spent seeking the keys of one pane, at most.
PANE_PATIENCE = 12
# A screen left with keys of its own not pressed is visited again, up to this many times.
MAX_VISITS = 3
# Tab weighs more for each binding not pressed yet of a widget it could move focus to.
FOCUS_PULL = 0.5
# Every walk is held to every screen and this share of the binding ids: a suite walk those of
# its half of the app, a long walk (benchmarks/monkey.py, each chunk) all of them.
MIN_BINDING_SHARE = 0.80
# Moves a person makes often: these weigh more once pressed.
ACTION_BOOST = {"show_pane": 3.0, "delete": 2.0, "undo": 2.0, "answer": 1.5}
PLAIN_KEYS = ("enter", "escape", "up", "down", "tab", "shift+tab", "space", "pagedown")
# Keys that end or suspend the app: the walk quits once, at the end.
ENDING_ACTIONS = frozenset({"quit", "app.quit", "suspend_process", "app.suspend_process"})
ENDING_PALETTE_WORDS = ("quit",)
TYPED_MAX = 24  # longer text (and anything not plain ASCII) is pasted
# Another window (or the command line) writes to the same store now and then.
ELSEWHERE_WEIGHT = 0.3
ELSEWHERE = ("touch", "add")
# What another window adds to the answer bank when a detour asks it to (a practice round).
QUESTIONS_ELSEWHERE = (
    "Tell me about a time you disagreed with your manager.",
    "Why this role?",
    "What would you do in your first month?",
    "Describe a project that failed.",
)
THREAD_TIMEOUT = 20.0
# The app's own idle-check timer, in a walk: never (``settle`` runs the check every step).
IDLE_CHECK_BY_THE_WALK = 3600.0
# A one-shot timer due within this is waited for after a move (the Reframe autosave, 0.5 s;
# a Recovery answer's draft, 0.6 s); a toast's life (3 s and more) is not.
SHORT_TIMER = 1.0
# Moves back to the panes before the final Quit (``_way_out``): a Reframe record with a
# conflict to settle and refused text on three steps takes about a dozen.
QUIT_PATIENCE = 24
REPLAY_SEED = 0  # a replay's generator (see _Walk.__init__)

# A line every text field takes (a required one filled, so Escape can leave); a field
# whose placeholder asks for a number ("0-100", "1 to 5") gets FILLER_NUMBER instead.
FILLER_TEXT = "I always fail"
FILLER_NUMBER = "50"
# Strings forms accept, so saves succeed too (the corpus alone is mostly refused).
USEFUL_TEXT = (
    "Initech",
    "Data Analyst",
    "2026-03-01",
    "today",
    "yesterday",
    "50",
    "80",
    "3",
    "http://stub.invalid/jobs/single",
    "http://stub.invalid/jobs/list",
    "https://boards.greenhouse.io/northwind",
    "https://jobs.lever.co/bluebird",
    "They wanted more people leadership.",
)

# Binding ids a walk cannot press, left out of the share it is held to (each: why).
NOT_COUNTED: dict[str, str] = {
    "welcome.start": "the welcome shows once, on a first launch, and a walk takes its demo "
    "key there (it starts from the demo data); this key would start on an empty store instead",
    "welcome.tour": "as welcome.start: the tour from the welcome would leave the walk on an "
    "empty store (the tour itself is reached from the demo's start and the palette)",
}

# Error toasts a person can meet in a walk, in the app's own words (each: why it is fine).
EXPECTED_ERRORS: tuple[tuple[str, str], ...] = (
    (
        r"^Your text could not be kept\. Copy it or fix what the message says",
        "a recovery answer the store refuses (too long, control characters) on Escape: the "
        "answer box says why, and a second Escape closes without it (never a trap)",
    ),
)

_INTERNAL_ERROR = re.compile(
    r"Traceback|\b[A-Z]\w*(?:Error|Exception)\b|NoMatches|\[Errno|object has no attribute"
    r"|NoneType|unexpected keyword|positional argument"
)


# --- moves and the log --------------------------------------------------------------------


# One a step, kept for the whole walk (the key log) and measured with it by the long walk's
# memory figure: slots, not an instance dict (56 bytes a move, not about 200).
@dataclass(frozen=True, slots=True)
class Move:
    kind: str  # "key", "type" (key by key), "paste", or "quit" (the last move)
    value: str

    def as_json(self) -> list[str]:
        return [self.kind, self.value]


def encode_log(moves: Iterable[Move]) -> str:
    """The key log as one line of JSON, safe to print (every control character escaped)."""
    return json.dumps([move.as_json() for move in moves], ensure_ascii=True)


def decode_log(log: str | Path | list[Any]) -> list[Move]:
    if isinstance(log, Path):
        log = log.read_text(encoding="ascii")
    data = json.loads(log) if isinstance(log, str) else log
    return [Move(str(kind), str(value)) for kind, value in data]


class MonkeyFailure(AssertionError):
    """What broke, after which step, and the key log that gets there again."""

    def __init__(self, problem: str, moves: list[Move], seed: int | None) -> None:
        self.problem = problem
        self.moves = list(moves)
        self.seed = seed
        last = self.moves[-1].as_json() if self.moves else None
        super().__init__(
            f"{problem}\n  after step {len(self.moves)} {last} (seed {seed})\n"
            f"  replay: tests.monkey.replay(LOG, paths) or benchmarks/monkey.py --replay FILE\n"
            f"  LOG = {encode_log(self.moves)}"
        )


# --- coverage -----------------------------------------------------------------------------


@functools.cache
def app_screen_classes() -> frozenset[type[Screen[Any]]]:
    """Every Screen subclass the app defines (the palette is Textual's, counted apart)."""
    from bounceback_tui.ui.binding_catalogue import import_ui_modules

    import_ui_modules()

    def subclasses(cls: type) -> Iterator[type]:
        for sub in cls.__subclasses__():
            yield sub
            yield from subclasses(sub)

    return frozenset(
        cls for cls in subclasses(Screen) if cls.__module__.startswith("bounceback_tui.")
    )


@functools.cache
def app_binding_ids() -> frozenset[str]:
    """The binding ids of the main app that a walk is held to (the store-problem chooser is
    a separate app; ``NOT_COUNTED`` says which others are left out, and why)."""
    from textual.app import App

    from bounceback_tui.ui.binding_catalogue import binding_inventory

    return frozenset(
        entry.id
        for entry in binding_inventory()
        if entry.id
        and entry.id not in NOT_COUNTED
        and not (issubclass(entry.owner, App) and entry.owner is not BouncebackApp)
    )


# The suite's walks split the app in two halves, one walk each (run side by side), each held
# to every screen and MIN_BINDING_SHARE of the ids of its half; together they cover every
# screen and that share of all the ids. Half "b" is the places below; "a" is the rest (an id
# that also works in a place of half "a", such as the kit's list keys, is half "a"'s).
HALF_B_PLACES = frozenset(
    {
        "the Recovery pane",
        "the Reframe pane",
        "the Skills pane",
        "the skill form screen",
        "the settings screen",
        "the answer screen",
        "the expressive writing screen",
        "the practice screen",
        "the trap filter screen",
        "the tick list",
        "the low day screen",
        "the breathing screen",
        "the senses screen",
        "the crisis screen",
        "the help screen",
        "the answer bank screen",
        "the answer practice screen",
    }
)
HALVES = ("a", "b")


def _half_of_place(where: str) -> str:
    return "b" if where in HALF_B_PLACES else "a"


@functools.cache
def half_ids(half: str | None) -> frozenset[str]:
    """The binding ids a walk of ``half`` is held to (None: all of them)."""
    known = app_binding_ids()
    if half is None:
        return known
    places: dict[str, set[str]] = {}
    for where, ids in _ids_by_place().items():
        for binding_id in ids:
            places.setdefault(binding_id, set()).add(_half_of_place(where))
    return frozenset(
        binding_id
        for binding_id in known
        if ("b" if places.get(binding_id) == {"b"} else "a") == half
    )


@functools.cache
def half_screens(half: str | None) -> frozenset[type[Screen[Any]]]:
    """The Screen subclasses a walk of ``half`` must reach (None: all of them)."""
    from bounceback_tui.ui.binding_catalogue import place

    screens = app_screen_classes()
    if half is None:
        return screens
    return frozenset(cls for cls in screens if _half_of_place(place(cls)) == half)


@dataclass
class Coverage:
    """What a walk reached; ``half``: the half of the app it is held to (None: all)."""

    half: str | None = None
    screens: set[type[Screen[Any]]] = field(default_factory=set)
    binding_ids: set[str] = field(default_factory=set)
    palette: bool = False

    def screens_missing(self) -> list[str]:
        missing = [
            cls.__name__
            for cls in half_screens(self.half)
            if not any(issubclass(seen, cls) for seen in self.screens)
        ]
        return sorted(missing)

    def ids_missing(self) -> list[str]:
        return sorted(half_ids(self.half) - self.binding_ids)

    @property
    def binding_share(self) -> float:
        known = half_ids(self.half)
        return len(self.binding_ids & known) / len(known)

    def summary(self) -> str:
        known = half_ids(self.half)
        reached = len(self.binding_ids & known)
        screens = half_screens(self.half)
        missing = self.screens_missing()
        seen = len(screens) - len(missing)
        which = f"half {self.half}: " if self.half else ""
        return (
            f"{which}screens {seen}/{len(screens)} (palette {'yes' if self.palette else 'no'}"
            f"{'; missing ' + ', '.join(missing) if missing else ''}), "
            f"binding ids {reached}/{len(known)} ({reached / len(known):.0%})"
        )


# --- the stubs ----------------------------------------------------------------------------

_POSTINGS = Path(__file__).parent.parent / "data" / "postings"
_BOARD_FILES = (
    (re.compile(r"/greenhouse/v1/boards/[^/]+/jobs$"), "greenhouse-board.json"),
    (re.compile(r"/greenhouse/v1/boards/[^/]+/jobs/\d+$"), "greenhouse-job.json"),
    (re.compile(r"/greenhouse/v1/boards/[^/]+$"), "greenhouse-board-info.json"),
    (re.compile(r"/lever/v0/postings/[^/]+$"), "lever-board.json"),
    (re.compile(r"/lever/v0/postings/[^/]+/[^/]+$"), "lever-posting.json"),
    (re.compile(r"/ashby/posting-api/job-board/[^/]+$"), "ashby-board.json"),
    (re.compile(r"/jobs/list$"), "jsonld-list.html"),
    (re.compile(r"/jobs/opengraph$"), "opengraph.html"),
    (re.compile(r"/jobs/nothing$"), "no-posting.html"),
    (re.compile(r"/jobs/"), "jsonld-single.html"),
)
STUB_API_ROOTS = {
    "BOUNCEBACK_GREENHOUSE_API": "http://stub.invalid/greenhouse",
    "BOUNCEBACK_LEVER_API": "http://stub.invalid/lever",
    "BOUNCEBACK_ASHBY_API": "http://stub.invalid/ashby",
}


@dataclass
class Stubs:
    """Browser, network and clipboard, answered here and recorded."""

    opened: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    failed_workers: list[str] = field(default_factory=list)
    browser_asked: int = 0

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.fetched.append(str(request.url))
        path = request.url.path
        for pattern, name in _BOARD_FILES:
            if pattern.search(path):
                kind = "application/json" if name.endswith(".json") else "text/html"
                body = (_POSTINGS / name).read_bytes()
                return httpx.Response(200, content=body, headers={"Content-Type": kind})
        return httpx.Response(
            404, content=b"<h1>Not here</h1>", headers={"Content-Type": "text/html"}
        )

    def _browser(self) -> Any:
        """Every other link finds a graphical browser (which records it); the others find
        none, as over SSH, and the app shows the link to copy instead."""
        self.browser_asked += 1
        if self.browser_asked % 2 == 0:
            return None
        stubs = self

        class Browser:
            def open(self, url: str, *args: object, **kwargs: object) -> bool:
                stubs.opened.append(url)
                return True

        return Browser()

    @contextmanager
    def installed(self) -> Iterator[Stubs]:
        from textual.worker_manager import WorkerManager

        import bounceback_tui.importers.http as http
        import bounceback_tui.services.browser as browser

        real_client = http.make_client
        transport = httpx.MockTransport(self._answer)

        def stub_client(*args: Any, **kwargs: Any) -> httpx.AsyncClient:
            kwargs["transport"] = transport
            return real_client(*args, **kwargs)

        real_remove = WorkerManager._remove_worker
        stubs = self

        def remove_worker(manager: WorkerManager, worker: Worker[Any]) -> None:
            if worker.state is WorkerState.ERROR:
                stubs.failed_workers.append(f"{worker.name or worker.group}: {worker.error!r}")
            real_remove(manager, worker)

        with ExitStack() as stack:
            stack.enter_context(mock.patch.object(http, "make_client", stub_client))
            stack.enter_context(mock.patch.object(browser, "graphical_browser", self._browser))
            stack.enter_context(
                mock.patch.object(
                    BouncebackApp, "copy_to_clipboard", lambda app, text: self.copied.append(text)
                )
            )
            stack.enter_context(mock.patch.object(WorkerManager, "_remove_worker", remove_worker))
            stack.enter_context(mock.patch.dict("os.environ", STUB_API_ROOTS))
            for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
                for name in (proxy, proxy.lower()):
                    stack.enter_context(mock.patch.dict("os.environ", {name: ""}))
            yield self


# --- toasts -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)  # every toast of a walk is kept: as Move, slots
class Toast:
    message: str
    title: str
    severity: str


def unexpected_toast(toast: Toast) -> str | None:
    """Why this toast reports an unexpected error, or None if it is fine (see the module)."""
    text = f"{toast.title}: {toast.message}"
    if _INTERNAL_ERROR.search(text):
        return f"a toast reads like an internal error: {text!r}"
    if toast.severity == "error" and not any(
        re.search(pattern, toast.message) for pattern, _why in EXPECTED_ERRORS
    ):
        return f"an error toast that no expected failure explains: {text!r}"
    return None


# --- one walk -----------------------------------------------------------------------------


@dataclass
class WalkResult:
    moves: list[Move]
    coverage: Coverage
    stubs: Stubs
    toasts: list[Toast]
    store_paths: list[Path]
    seconds: float


class _Walk:
    def __init__(
        self, paths: DataPaths, seed: int | None, stubs: Stubs, half: str | None = None
    ) -> None:
        self.paths = paths
        self.seed = seed
        self.stubs = stubs
        # A replay (seed None) takes its moves from its log, and the way out to the final
        # Quit draws no random number (``_way_out``); the generator is seeded all the same
        # (REPLAY_SEED), so nothing a replay draws from it can differ run to run. (When the
        # way out chose Escape or Tab at random, an unseeded replay ended differently run to
        # run: test_monkey_quit failed twice in about fifteen whole runs.)
        self.rng = random.Random(REPLAY_SEED if seed is None else seed)
        self.moves: list[Move] = []
        self.coverage = Coverage(half)
        self.toasts: list[Toast] = []
        self._checked_toasts = 0
        # The screen that was active when another window last wrote (a lure's memory).
        self.touched_under: Screen[Any] | None = None
        # The application an edit form was opened on by a detour (another window deletes it).
        self.editing: int | None = None
        # The field Escape was last pressed in, and one filled to open the way out.
        self.escaped: Any = None
        self.filled: Any = None
        # The way out at the end (``_way_out``): the field it is getting out of, and how far
        # along ``WAY_OUT_STAGES`` it is there (and whether that stage changed the field).
        self.left_from: Any = None
        self.way_out_stage = 0
        self.way_out_acted = False
        # Moves each lure or detour offered since the walk last reached something new (a
        # screen or a binding id), and those that gave up (LURE_PATIENCE such moves).
        self.lure_moves: dict[str, int] = {}
        self.given_up: set[str] = set()
        # Lures that came back to where they already were (tests/monkey_stall.py) rest.
        self.stalls = Stalls()
        self.lured = False  # whether the last move was a lure's or a detour's
        self._reached = 0
        self.visits: dict[str, int] = {}  # times each screen (by class name) was shown
        self._last_screen: Screen[Any] | None = None
        self.app = BouncebackApp(paths, welcome=True)
        # The idle check runs once a step, from ``settle``, not on its timer: when that fell
        # depended on the machine's load.
        self.app.watch_seconds = IDLE_CHECK_BY_THE_WALK
        real_notify = self.app.notify

        def notify(message: str, *args: Any, **kwargs: Any) -> None:
            title = kwargs.get("title", args[0] if args else "")
            severity = kwargs.get("severity", args[1] if len(args) > 1 else "information")
            self.toasts.append(Toast(str(message), str(title), str(severity)))
            real_notify(message, *args, **kwargs)

        self.app.notify = notify  # type: ignore[method-assign]

    def fail(self, problem: str) -> MonkeyFailure:
        return MonkeyFailure(problem, self.moves, self.seed)

    # -- the steps --

    async def start(self, pilot: Any) -> None:
        from bounceback_tui.ui.screens.tour import WelcomeScreen

        self.app.screen_change_signal.subscribe(self.app, self._screen_shown)
        for _ in range(200):
            if isinstance(self.app.screen, WelcomeScreen):
                break
            await pilot.pause(0.02)
        else:
            raise self.fail("the welcome never showed on a first launch")
        self._screen_shown(self.app.screen)

    def _screen_shown(self, screen: Screen[Any]) -> None:
        if isinstance(screen, CommandPalette):
            self.coverage.palette = True
        self.coverage.screens.add(type(screen))
        if screen is not self._last_screen:
            self._last_screen = screen
            name = type(screen).__name__
            self.visits[name] = self.visits.get(name, 0) + 1

    async def perform(self, pilot: Any, move: Move) -> None:
        self.moves.append(move)
        app = self.app
        if os.environ.get("MONKEY_TRACE"):
            focused = type(app.focused).__name__ if app.focused else None
            print(f"{len(self.moves)} {type(app.screen).__name__}/{focused}: {move.as_json()}")
        if move.kind == "key":
            self._note_binding(move.value)
            await pilot.press(move.value)
        elif move.kind == "type":
            for char in move.value:
                if not _typing_target(app):
                    break  # focus moved on: the rest would be keys, not text
                await pilot.press(char)
        elif move.kind == "paste":
            if _typing_target(app):
                app.post_message(events.Paste(move.value))
                await pilot.pause()
        elif move.kind == "elsewhere":
            write_elsewhere(app.paths.database, move.value)
            self.touched_under = app.screen
        else:
            raise ValueError(f"unknown move {move}")

    def _note_binding(self, key: str) -> None:
        active = self.app.screen.active_bindings.get(key)
        if active is not None and active.enabled and active.binding.id:
            self.coverage.binding_ids.add(active.binding.id)

    async def settle(self, pilot: Any) -> None:
        """After each move: what the move started is let finish, then the idle check looks
        at the store, then what that started is let finish. The next move is chosen from the
        app's state, so that state must not depend on how far the app got: on a loaded
        machine an async worker (a fetch), a short timer (an autosave) or the idle check's
        own two-second timer (a pane re-read after another window wrote) came a step later,
        and the same seed took another path (seed 1 once missed People's message screen)."""
        await pilot.pause()
        await self._until_done(pilot)
        self.app._watch_tick()  # the idle check, at the same point of every step
        if _still_working(self.app):  # it re-read the pane (the store changed)
            await self._until_done(pilot)

    async def _until_done(self, pilot: Any) -> None:
        deadline = time.monotonic() + THREAD_TIMEOUT
        while _still_working(self.app):
            if getattr(self.app, "_exception", None) is not None or not self.app.is_running:
                return  # it raised or stopped: nothing more will be handled (check_step says)
            if time.monotonic() > deadline:
                raise self.fail("a background task was still running after 20 s")
            await pilot.pause(0.02)
        await pilot.pause()
        await pilot.pause()

    def check_step(self) -> None:
        app = self.app
        error = getattr(app, "_exception", None)
        if error is not None:
            raise self.fail(f"the app raised {error!r}") from error
        if not app.is_running:
            raise self.fail(f"the app stopped (return code {app.return_code})")
        if self.stubs.failed_workers:
            raise self.fail(f"a background task failed: {self.stubs.failed_workers[0]}")
        for toast in self.toasts[self._checked_toasts :]:
            problem = unexpected_toast(toast)
            if problem:
                raise self.fail(problem)
        self._checked_toasts = len(self.toasts)
        self._screen_shown(app.screen)
        reached = len(self.coverage.screens) + len(self.coverage.binding_ids)
        if reached > self._reached:
            self._reached = reached
            self.lure_moves.clear()  # something new: every lure's patience starts afresh
            self.stalls.progress()
        problem = focus_problem(app)
        if problem:
            raise self.fail(f"focus: {problem}")

    # -- choosing --

    def choose(self, progress: float) -> Move:
        """One move: a steered one (``STEER_SHARE`` of the time, see ``_steer``) or a
        random one drawn with the weights above. ``progress``: the share of the walk done."""
        from bounceback_tui.ui.screens.tour import WelcomeScreen

        app = self.app
        if isinstance(app.screen, WelcomeScreen):
            # The walk starts from the demo data, reached as a person would: the welcome's key.
            return Move("key", _key_for(app.screen.active_bindings, "welcome.demo"))
        # A lure on its way (in a dialog it opened, say) is seldom interrupted.
        share = ENGAGED_STEER_SHARE if self.lured else STEER_SHARE
        self.lured = False
        if self.rng.random() < share:
            move = self._steer()
            if move is not None:
                return move
        return self._random_move()

    def _steer(self) -> Move | None:
        """Coverage first: a key here whose binding id was never pressed; else the next move
        of a lure (a screen not reached yet) or a detour (ids not pressed yet that need a
        state or a place to be pressed in); else None."""
        fresh = self._unpressed_moves()
        staying = [move for move in fresh if not _leaves(self.app, move.value)]
        if staying:
            return self.rng.choice(staying)
        moves = self._lures()
        if moves:
            return moves[0]
        return self.rng.choice(fresh) if fresh else None

    def _random_move(self) -> Move:
        app = self.app
        screen = app.screen
        active = screen.active_bindings
        options: list[tuple[float, Move]] = []
        for key in sorted(active):
            _node, binding, enabled, _tooltip = active[key]
            if binding.action in ENDING_ACTIONS:
                continue
            if not enabled:
                weight = DISABLED_BINDING_WEIGHT
            elif not binding.id:
                plain = key in PLAIN_KEYS
                answer = key in ("enter", "escape")
                weight = (
                    ANSWER_KEY_WEIGHT
                    if answer
                    else PLAIN_KEY_WEIGHT
                    if plain
                    else ANONYMOUS_BINDING_WEIGHT
                )
            elif binding.id not in self.coverage.binding_ids:
                weight = NEW_BINDING_WEIGHT
            else:
                weight = SEEN_BINDING_WEIGHT
            weight *= ACTION_BOOST.get(binding.action.split("(")[0], 1.0)
            if binding.id and binding.id.startswith("pane."):
                weight *= 1 + PANE_PULL * self._unpressed_in_pane(binding.id.removeprefix("pane."))
            options.append((weight, Move("key", key)))
        for key in PLAIN_KEYS:
            if key not in active:
                weight = ANSWER_KEY_WEIGHT if key in ("enter", "escape") else PLAIN_KEY_WEIGHT
                options.append((weight, Move("key", key)))
        pull = self._unpressed_elsewhere_on_screen()
        if pull:
            options = [
                (
                    weight * (1 + FOCUS_PULL * pull)
                    if move.value in ("tab", "shift+tab")
                    else weight,
                    move,
                )
                for weight, move in options
            ]
        if _typing_target(app):
            options.append((TEXT_WEIGHT, self._text_move()))
        options.append((ELSEWHERE_WEIGHT, Move("elsewhere", self.rng.choice(ELSEWHERE))))
        total = sum(weight for weight, _ in options)
        pick = self.rng.uniform(0, total)
        for weight, move in options:
            pick -= weight
            if pick <= 0:
                return move
        return options[-1][1]

    def _unpressed_here(self) -> bool:
        """Whether a key that works here now has an id not pressed yet (the app's own keys
        aside: they work everywhere)."""
        return any(
            entry.enabled
            and entry.node is not self.app
            and entry.binding.id
            and entry.binding.id not in self.coverage.binding_ids
            for entry in self.app.screen.active_bindings.values()
        )

    def _unpressed_in_pane(self, pane_id: str) -> int:
        from bounceback_tui.ui.panes import PANES_BY_ID

        where = f"the {PANES_BY_ID[pane_id].title} pane"
        return len(_ids_by_place().get(where, set()) - self.coverage.binding_ids)

    def _unpressed_elsewhere_on_screen(self) -> int:
        """Bindings not pressed yet of focusable widgets on this screen that lack focus."""
        screen = self.app.screen
        focused = screen.focused
        # The focused widget's containers (a pane is in the focus chain) lend it their keys:
        # Tab never brings them (seed 1 pressed Tab on People's list for the pane's ids).
        here = set(focused.ancestors_with_self) if focused is not None else set()
        count = 0
        for widget in screen.focus_chain:
            if widget in here:
                continue
            for cls in type(widget).__mro__:
                for item in cls.__dict__.get("BINDINGS", ()):
                    binding_id = getattr(item, "id", None)
                    if binding_id and binding_id not in self.coverage.binding_ids:
                        count += 1
        return count

    def _lures(self) -> list[Move]:
        """The next move of the first lure or detour that still pulls and finds a way from
        here (one at a time: two would pull the walk two ways). In order: screens not
        reached yet (``LURES``); binding ids that need a state or a place (``DETOURS``);
        the panes with ids not pressed yet; the screens reached but left with such ids."""
        missing = set(self.coverage.screens_missing())
        pressed = self.coverage.binding_ids
        wanted = half_ids(self.coverage.half)
        candidates: list[tuple[str, Callable[[_Walk], Move | None]]] = [
            (name, lure) for name, lure in LURES if name in missing
        ]
        candidates += [
            (f"detour {name}", detour)
            for name, ids, detour in DETOURS
            if (set(ids) & wanted) - pressed
        ]
        candidates += [
            (f"pane {pane_id}", _lure_pane(pane_id))
            for pane_id, ids in _ids_by_pane().items()
            if (ids & wanted) - pressed
        ]
        candidates += [
            (f"again {name}", lure)
            for name, lure in LURES
            if name not in missing
            and self.visits.get(name, 0) < MAX_VISITS
            and (_ids_of_screen(name) & wanted) - pressed
        ]
        for name, lure in candidates:
            patience = PANE_PATIENCE if name.startswith("pane ") else LURE_PATIENCE
            if name in self.given_up:
                continue
            if self.lure_moves.get(name, 0) >= patience:
                self.given_up.add(name)
                continue
            if self.stalls.resting(name, len(self.moves)):
                continue
            screen_name = name.removeprefix("again ")
            if name.startswith("again ") and type(self.app.screen).__name__ == screen_name:
                # Back on the screen: a key of its own not pressed yet (one that leaves:
                # the others came first), else Tab to the widget that holds such keys.
                fresh = self._unpressed_moves()
                move: Move | None = (
                    self.rng.choice(fresh)
                    if fresh
                    else Move("key", "tab")
                    if self._unpressed_elsewhere_on_screen()
                    else None
                )
            else:
                move = lure(self)
            if move is None and _typing_target(self.app) and not name.startswith("pane "):
                move = _out_of_field(self)
            if os.environ.get("MONKEY_DEBUG"):
                print(f"lure {name} on {type(self.app.screen).__name__}: {move}")
            if move is not None:
                # A lure that offers moves and gets nowhere gives up after LURE_PATIENCE;
                # one that comes back where it was rests (tests/monkey_stall.py).
                self.lure_moves[name] = self.lure_moves.get(name, 0) + 1
                self.stalls.offered(name, (*app_state(self.app), *move.as_json()), len(self.moves))
                self.lured = True
                return [move]
        return []

    def _unpressed_moves(self) -> list[Move]:
        """Keys that work here now (the app's own aside) whose ids were never pressed."""
        moves = []
        for key, entry in self.app.screen.active_bindings.items():
            binding_id = entry.binding.id
            if (
                entry.enabled
                and entry.node is not self.app
                and binding_id
                and binding_id not in self.coverage.binding_ids
                and binding_id in half_ids(self.coverage.half)
                and entry.binding.action not in ENDING_ACTIONS
                and _press(self.app, binding_id) is not None
            ):
                moves.append(Move("key", key))
        # Leaving comes last: a dialog's other keys first.
        staying = [m for m in moves if not _leaves(self.app, m.value)]
        return staying or moves

    def _text_move(self) -> Move:
        from tests.hostile import hostile_strings

        pool: list[str] = [*hostile_strings(), *USEFUL_TEXT]
        if isinstance(self.app.screen, CommandPalette):
            pool = [*_palette_titles(self.app)] * 3 + pool
        text = self.rng.choice(pool)
        typed = len(text) <= TYPED_MAX and text.isascii() and text.isprintable() and text
        return Move("type" if typed else "paste", text)


def _still_working(app: BouncebackApp) -> bool:
    """Whether something a move started is still to come: a message not yet handled
    anywhere, a callback waiting for the next frame, a worker (in a thread,
    or on the screen on top: one on a screen below waits for the dialog to close, see
    Reframe's delete) or a short one-shot timer.

    Pilot's idle wait alone is not that: it takes a 5 ms window with under 1 ms of the
    process's CPU for idle, and on a loaded machine the process often gets no CPU in a
    window while messages wait in its queues (a dialog being pushed, focus moving)."""
    from textual.timer import Timer

    screen = app.screen
    if screen._callbacks or screen._layout_required or screen._repaint_required:
        return True
    for worker in app.workers:
        if worker.state not in (WorkerState.PENDING, WorkerState.RUNNING):
            continue
        node = getattr(worker, "_node", None)
        on_top = node is app or getattr(node, "screen", None) is app.screen
        if getattr(worker, "_thread_worker", False) or on_top:
            return True
    pumps: list[Any] = [app]
    for screen in app.screen_stack:
        pumps.append(screen)
        pumps.extend(screen.query("*"))
    for pump in pumps:
        queue = pump.__dict__.get("_message_queue")  # made on first use (a cached property)
        if (queue is not None and not queue.empty()) or pump._pending_message is not None:
            return True
        if pump._next_callbacks:
            return True
        for timer in list(getattr(pump, "_timers", ())):
            if not isinstance(timer, Timer) or timer._repeat != 0 or timer._interval > SHORT_TIMER:
                continue
            task = timer._task
            if task is not None and not task.done():
                return True
    return False


def _key_for(active: dict[str, Any], binding_id: str) -> str:
    for key, entry in active.items():
        if entry.binding.id == binding_id:
            return key
    raise KeyError(binding_id)


def _press(app: BouncebackApp, binding_id: str) -> Move | None:
    """The move that presses ``binding_id`` where the walk is, if it applies there (a
    character key typed into a field is text, not that binding)."""
    for key, entry in app.screen.active_bindings.items():
        if entry.binding.id == binding_id and entry.enabled:
            character = key_to_character(key)
            typed = _typing_target(app) and character is not None and character.isprintable()
            if typed and not entry.binding.priority and entry.node is not app.focused:
                return None
            return Move("key", key)
    return None


def _palette_to(app: BouncebackApp, title: str) -> Move | None:
    """The next move towards running the palette's action ``title`` (the way out of a
    field that holds the keys, as a person would take it)."""
    screen = app.screen
    if isinstance(screen, CommandPalette):
        box = screen.query_one(Input)
        if box.value == title:
            return Move("key", "enter")
        if box.value:
            return Move("key", "ctrl+u")
        return Move("type", title)
    return _press(app, "app.palette")


@functools.cache
def _ids_of_screen(name: str) -> frozenset[str]:
    """The binding ids that work on the screen class called ``name`` (its own, and its
    widgets' where the catalogue places them there). The classes do not change during a
    run, so this is worked out once per name: the inventory walks every UI module, and
    asking for it at every step was a tenth of a walk's time."""
    from bounceback_tui.ui.binding_catalogue import binding_inventory, place

    for cls in app_screen_classes():
        if cls.__name__ == name:
            own = frozenset(e.id for e in binding_inventory() if e.id and e.owner is cls)
            where = place(cls)
            if where.endswith(" pane"):  # a pane's dialog: the pane's keys are not its own
                return own
            return own | _ids_by_place().get(where, set())
    return frozenset()


def _leaves(app: BouncebackApp, key: str) -> bool:
    """Whether ``key`` closes the dialog it is pressed on (or cancels, or goes back)."""
    entry = app.screen.active_bindings.get(key)
    if entry is None or not entry.binding.id:
        return False
    word = entry.binding.id.rpartition(".")[2]
    return word in ("close", "cancel", "back", "later", "discard") or key == "escape"


def _ids_by_pane() -> dict[str, set[str]]:
    """Each pane's binding ids (its own and its widgets'), in the panes' order."""
    from bounceback_tui.ui.panes import PANES

    places = _ids_by_place()
    return {spec.id: places.get(f"the {spec.title} pane", set()) for spec in PANES}


_PLACES: dict[str, set[str]] = {}


def _ids_by_place() -> dict[str, set[str]]:
    if not _PLACES:
        from bounceback_tui.ui.binding_catalogue import binding_inventory

        for entry in binding_inventory():
            if entry.id:
                _PLACES.setdefault(entry.where, set()).add(entry.id)
    return _PLACES


# --- lures: the way to a screen that sits behind several steps ------------------------------


def _on_main(app: BouncebackApp) -> bool:
    return app.screen is app.screen_stack[0]


def _lure_export(walk: _Walk) -> Move | None:
    """To the export's progress box: the palette, "Export as CSV", Enter, then save."""
    app = walk.app
    from bounceback_tui.ui.kit.form import FormScreen

    screen = app.screen
    if isinstance(screen, CommandPalette):
        box = screen.query_one(Input)
        if box.value == "Export as CSV":
            return Move("key", "enter")
        if box.value:
            return Move("key", "ctrl+u") if "ctrl+u" in screen.active_bindings else None
        return Move("type", "Export as CSV")
    if isinstance(screen, FormScreen):
        if _form_title(screen).startswith("Export"):
            return _press(app, "form.save")
        return _press(app, "form.cancel")
    if _on_main(app):
        return _press(app, "app.palette")
    return Move("key", "escape")


def _lure_expressive(walk: _Walk) -> Move | None:
    """To the timed writing: switch the optional steps on in settings, record a no in
    Recovery, then open that plan's writing step."""
    app = walk.app
    from bounceback_tui.services.settings import read_setting
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.screens.settings import SettingsScreen

    screen = app.screen
    optional_on = bool(read_setting(app.db, "recovery_optional_steps"))
    if isinstance(screen, SettingsScreen):
        if optional_on:
            return _press(app, "settings.close")
        focused = screen.focused
        if focused is not None and focused.id == "setting-recovery_optional_steps":
            return Move("key", "space")
        return Move("key", "tab")
    if isinstance(screen, FormScreen) and _form_title(screen) == "Record a rejection":
        focused = screen.focused
        if isinstance(focused, Input) and not focused.value.strip():
            return Move("type", "Initech")
        if any(not box.value.strip() for box in screen.query(Input)):
            return Move("key", "tab")
        return _press(app, "form.save")
    if not _on_main(app):
        return _to_main(app)
    if not optional_on:
        return _press(app, "app.settings") or _out_of_field(walk)
    return _to_step(walk, lambda step: step.kind == "expressive", new_plan=True)


def _lure_answer(walk: _Walk) -> Move | None:
    """To a recovery step's answer box: Recovery, a plan's question step, Enter."""
    return _to_step(walk, lambda step: step.kind in ("answer", "reply") and not step.link)


def _to_step(walk: _Walk, wanted: Callable[[Any], bool], *, new_plan: bool = False) -> Move | None:
    """On Recovery, to the first step of the open plan that is ``wanted`` and open it; with
    ``new_plan``, a plan without one records a new no first (another plan otherwise)."""
    app = walk.app
    moved = _on_pane(walk, "recovery")
    if moved is not None:
        return moved
    pane = app.current_pane
    plan = getattr(pane, "_plan", None)
    steps = plan.steps if plan is not None else []
    targets = [step.id for step in steps if wanted(step)]
    if not targets:
        if new_plan:
            return _press(app, "recovery.new") or _out_of_field(walk)
        if app.focused is not pane.table:  # type: ignore[attr-defined]
            return _press(app, "recovery.back") or Move("key", "escape")
        return Move("key", "down")
    step_list = pane.step_list  # type: ignore[attr-defined]
    if app.focused is not step_list:
        return _press(app, "list.select") or _out_of_field(walk)
    shown = [step.id for step in steps]  # the plan's display order
    here = step_list.highlighted_step_id
    if here == targets[0]:
        return _press(app, "recovery.open")
    at = shown.index(here) if here in shown else -1
    wanted = shown.index(targets[0])
    if at < wanted:
        # From the end is shorter (the optional steps come last): End, then up.
        return Move("key", "end" if len(shown) - 1 - wanted < wanted - at else "down")
    return Move("key", "up")


def _to_main(app: BouncebackApp) -> Move | None:
    """Back towards the panes: the palette, a dialog or a form closes with Escape, the
    settings screen with its own key."""
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.screens.settings import SettingsScreen

    if isinstance(app.screen, SettingsScreen):
        return _press(app, "settings.close")
    stack = app.screen_stack
    if isinstance(app.screen, ConfirmScreen) and isinstance(stack[-2], FormScreen):
        # "Leave without saving?" over a form: Escape would only go back to the form.
        return _press(app, "confirm.yes") or Move("key", "escape")
    return Move("key", "escape")


def _out_of_field(walk: _Walk) -> Move | None:
    """Out of a field that holds the keys, as a person would get out: Escape, or Tab to
    the next field; text a form refuses to leave with is deleted first. An empty field that
    Escape did not leave is one that must be filled first (Reframe's thought, once the
    situation is written): it gets a line every field takes, and then Escape."""
    app = walk.app
    focused = app.focused
    if focused is not None and walk.filled is focused:
        walk.filled = None
        return Move("key", "escape")
    if isinstance(focused, Input) and focused.value:
        return Move("key", "ctrl+u" if focused.cursor_position else "ctrl+k")
    if isinstance(focused, TextArea) and focused.text:
        return Move("key", "backspace" if focused.selected_text else "f7")
    if _typing_target(app):
        if walk.moves and walk.moves[-1] == Move("key", "escape") and walk.escaped is focused:
            walk.filled = focused
            return Move("type", _filler_for(focused))
        walk.escaped = focused
        return Move("key", walk.rng.choice(("escape", "escape", "tab")))
    return None


# Binding ids' last words that take a person out of where they are (a field's page, a dialog).
LEAVING_WORDS = ("close", "cancel", "back")
# A conflict dialog's choices that settle it, in the order the way out takes them. Its
# Escape ("keep editing") goes back to the page, whose Escape asks again: the 2114 walk's
# way out went round that (Escape, Escape, ...) until it gave up.
SETTLING_CHOICES = ("conflict.reload", "conflict.as_new", "conflict.discard")
# What the way out tries in a field its leaving key did not leave, one move each.
WAY_OUT_STAGES = ("leave", "clear", "leave", "fill", "leave", "tab")


def _leaving_key(app: BouncebackApp) -> str:
    """The key of the first enabled binding here that leaves (its id's last word is in
    ``LEAVING_WORDS``), as the active bindings have it (the keymap in force); else Escape."""
    for key, entry in app.screen.active_bindings.items():
        binding_id = entry.binding.id or ""
        if entry.enabled and binding_id.rpartition(".")[2] in LEAVING_WORDS:
            return key
    return "escape"


def _way_out(walk: _Walk) -> Move:
    """The next move back to the panes for the final Quit, as a person leaves: a conflict
    dialog settled with its first settling choice, any other dialog closed (``_to_main``),
    and on the panes, out of a field with the page's own leaving key (``_leaving_key``). A
    field the key did not leave is tried in stages (``WAY_OUT_STAGES``): its text cleared
    (what the page refused), the key again, a line every field takes if it is empty (one
    that must be filled: Reframe's thought), the key again, then Tab. It runs after the
    walk's steps and draws no random number: a seed's steps stay the same, and so does its
    end."""
    from bounceback_tui.ui.kit.conflict import ConflictScreen

    app = walk.app
    if not _on_main(app):
        walk.left_from, walk.way_out_stage = None, 0  # what the dialog did changes the page
        if isinstance(app.screen, ConflictScreen):
            for binding_id in SETTLING_CHOICES:
                move = _press(app, binding_id)
                if move is not None:
                    return move
        return _to_main(app) or Move("key", "escape")
    focused = app.focused
    if focused is not walk.left_from:
        walk.left_from, walk.way_out_stage, walk.way_out_acted = focused, 0, False
    while True:
        stage = WAY_OUT_STAGES[walk.way_out_stage % len(WAY_OUT_STAGES)]
        if stage in ("leave", "tab"):
            walk.way_out_stage += 1
            walk.way_out_acted = False
            return Move("key", _leaving_key(app) if stage == "leave" else "tab")
        move = _clearing_move(focused) if stage == "clear" else _filling_move(focused)
        if move is not None:
            walk.way_out_acted = True
            if stage == "fill":  # one move; clearing goes on until the field is empty
                walk.way_out_stage += 1
            return move
        # Cleared (on to the key), or nothing to clear or fill: the key again would change
        # nothing, so on past it too.
        walk.way_out_stage += 1 if walk.way_out_acted else 2
        walk.way_out_acted = False


def _clearing_move(field: Any) -> Move | None:
    """The next key that deletes a field's text (None once it is empty)."""
    if isinstance(field, Input) and field.value:
        return Move("key", "ctrl+u" if field.cursor_position else "ctrl+k")
    if isinstance(field, TextArea) and field.text:
        return Move("key", "backspace" if field.selected_text else "f7")
    return None


def _filling_move(field: Any) -> Move | None:
    """A line every field takes (``_filler_for``), typed into an empty field."""
    empty = not (field.value if isinstance(field, Input) else getattr(field, "text", ""))
    return Move("type", _filler_for(field)) if empty else None


def _on_pane(walk: _Walk, pane_id: str) -> Move | None:
    """None once the main screen shows ``pane_id``; else the next move towards it."""
    from bounceback_tui.ui.panes import PANES_BY_ID

    app = walk.app
    if isinstance(app.screen, CommandPalette) or not _on_main(app):
        title = f"Go to {PANES_BY_ID[pane_id].title}"
        if isinstance(app.screen, CommandPalette) and app.current_pane.id != pane_id:
            return _palette_to(app, title)
        return _to_main(app)
    if app.current_pane.id != pane_id:
        return _press(app, f"pane.{pane_id}") or _out_of_field(walk)
    return None


def _lure_key(pane_id: str, binding_id: str) -> Callable[[_Walk], Move | None]:
    """To a screen one key away on a pane."""

    def lure(walk: _Walk) -> Move | None:
        app = walk.app
        return _on_pane(walk, pane_id) or _press(app, binding_id) or _out_of_field(walk)

    return lure


def _pipeline_row(app: BouncebackApp, wanted: Callable[[Any], bool]) -> Move | None:
    """On the Pipeline: None once the selected application is ``wanted``; else a step
    down the list (the filter cleared first), or Escape back to the list."""
    pane = app.current_pane
    row = pane.selected_row  # type: ignore[attr-defined]
    if row is not None and wanted(row):
        return None
    if app.focused is not pane.focus_target():  # type: ignore[attr-defined]
        return Move("key", "escape")
    return Move("key", "down")


def _lure_crisis(walk: _Walk) -> Move | None:
    """To the "If you are struggling" screen: ? then h."""
    from bounceback_tui.ui.screens.help import HelpScreen

    app = walk.app
    if isinstance(app.screen, HelpScreen):
        return _press(app, "help.struggling")
    if not _on_main(app):
        return _to_main(app)
    return _press(app, "app.help")


def _lure_settings(walk: _Walk) -> Move | None:
    """To the settings screen (its template editor among it): the settings key."""
    app = walk.app
    if not _on_main(app):
        return _to_main(app)
    return _press(app, "app.settings") or _out_of_field(walk)


def _lure_message(walk: _Walk) -> Move | None:
    """To a message to someone: People, m, and (linked to several applications) which one."""
    from bounceback_tui.ui.people.pick import PickScreen

    app = walk.app
    if isinstance(app.screen, PickScreen):
        return Move("key", "down" if _typing_target(app) else "enter")
    return _lure_key("people", "people.message")(walk)


def _lure_interview_choice(walk: _Walk) -> Move | None:
    """To what to do with an interview (edit or delete): Today, N, and (several ahead)
    which one."""
    from bounceback_tui.ui.people.pick import PickScreen

    app = walk.app
    if isinstance(app.screen, PickScreen):
        return Move("key", "down" if _typing_target(app) else "enter")
    return _lure_key("today", "today.edit_interview")(walk)


def _lure_link(walk: _Walk) -> Move | None:
    """To the link shown to copy: Pipeline, an application with a link, o (every other
    link finds no graphical browser, see ``Stubs``)."""
    app = walk.app
    return (
        _on_pane(walk, "pipeline")
        or _pipeline_row(app, lambda row: row.has_link)
        or _press(app, "pipeline.open_link")
    )


def _lure_plan_offer(walk: _Walk) -> Move | None:
    """To the offer of a plan: Pipeline, an application not rejected, x, save the form."""
    from bounceback_tui.domain.stages import Stage
    from bounceback_tui.ui.kit.form import FormScreen

    app = walk.app
    if isinstance(app.screen, FormScreen) and _form_title(app.screen).startswith("Rejected"):
        return _press(app, "form.save")
    return (
        _on_pane(walk, "pipeline")
        or _pipeline_row(app, lambda row: row.stage is not Stage.REJECTED)
        or _press(app, "pipeline.reject")
    )


def _lure_conflict(walk: _Walk) -> Move | None:
    """To the conflict dialog: edit an application, another window saves it meanwhile,
    then save the form."""
    from bounceback_tui.ui.kit.form import FormScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, FormScreen) and screen.guard is not None:
        if walk.touched_under is not screen:
            return Move("elsewhere", "touch")
        return _press(app, "form.save")
    return (
        _on_pane(walk, "pipeline")
        or _pipeline_row(app, lambda row: True)
        or _press(app, "pipeline.edit")
    )


def _lure_answer_practice(walk: _Walk) -> Move | None:
    """To a practice round: Today, i (the answer bank), p."""
    from bounceback_tui.ui.answers.bank import AnswerBankScreen
    from bounceback_tui.ui.kit.form import FormScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, AnswerBankScreen):
        return _press(app, "answer_bank.practise") or _press(app, "answer_bank.add")
    if isinstance(screen, FormScreen) and _form_title(screen).startswith("A question"):
        question = screen.query_one("#field-question", Input)
        if not question.value.strip():
            if app.focused is not question:
                return Move("key", "shift+tab")
            return Move("type", "Why did you leave?")
        return _press(app, "form.save")
    return _on_pane(walk, "today") or _press(app, "today.answer_bank")


LOW_DAY_CHOICES = (("BreathingScreen", "breathe"), ("SensesScreen", "senses"))


def _lure_low_day(choice_wanted: str | None) -> Callable[[_Walk], Move | None]:
    """To what a low check-in offers (``choice_wanted``: the option to take, None for the
    offer itself; a grounding screen not reached yet is taken first): Today, c, mood 1,
    save; a day already low is first set to 4 (the offer comes once a day, when the day
    turns low)."""

    def lure(walk: _Walk) -> Move | None:
        from textual.widgets import OptionList, Select

        from bounceback_tui import clock
        from bounceback_tui.domain.care import LOW_MOOD
        from bounceback_tui.services.check_ins import get_check_in
        from bounceback_tui.ui.care.low_day import LowDayScreen
        from bounceback_tui.ui.kit.form import FormScreen

        app = walk.app
        screen = app.screen
        if isinstance(screen, LowDayScreen):
            # The offer comes once per low turn of the day: take a grounding not seen yet.
            missing = walk.coverage.screens_missing()
            choice = next((c for name, c in LOW_DAY_CHOICES if name in missing), choice_wanted)
            if choice is None:
                return _press(app, "lowday.close")
            options = screen.query_one(OptionList)
            here = options.highlighted
            wanted = options.get_option_index(choice)
            if here == wanted:
                return Move("key", "enter")
            return Move("key", "down" if here is None or here < wanted else "up")
        current = get_check_in(app.db, clock.today())
        mood = "4" if current is not None and current[0].mood <= LOW_MOOD else "1"
        if isinstance(screen, FormScreen) and _form_title(screen).startswith("How is today"):
            select = screen.query_one("#field-mood", Select)
            if select.expanded:
                overlay = select.query_one(OptionList)
                here = overlay.highlighted
                values = [str(value) for _label, value in select._options]
                wanted = values.index(mood)
                if here == wanted:
                    return Move("key", "enter")
                return Move("key", "down" if here is None or here < wanted else "up")
            if select.value == mood:
                return _press(app, "form.save")
            if app.focused is not select:
                return Move("key", "shift+tab")
            return Move("key", "space")  # opens it (Enter on a closed dropdown saves the form)
        return _on_pane(walk, "today") or _press(app, "today.check_in")

    return lure


def write_elsewhere(database: Path, what: str) -> None:
    """Another window writes to the store, as a second process would (its own connection).

    ``touch``: it saves every record as it is (each version moves on, nothing else
    changes), so any form open here meets a conflict. ``add``: it adds an application
    through the services, which this window should pick up."""
    if what == "touch":
        import sqlite3

        conn = sqlite3.connect(database, timeout=10, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%'"
                )
            ]
            for table in tables:
                columns = [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]
                if "version" in columns:
                    conn.execute(f'UPDATE "{table}" SET version = version')
            conn.execute("COMMIT")
        finally:
            conn.close()
    elif what == "add":
        from bounceback_tui import clock
        from bounceback_tui.domain.applications import validate_application
        from bounceback_tui.services.applications import add_application
        from bounceback_tui.store.database import Database

        db = Database(database)
        try:
            add_application(
                db,
                validate_application(
                    {"company": "Elsewhere Ltd", "role": "Analyst", "stage": "applied"},
                    clock.today(),
                ),
            )
        finally:
            db.dispose()
    elif what == "questions":
        from bounceback_tui.domain.answers import validate_question
        from bounceback_tui.services.answers import add_question
        from bounceback_tui.store.database import Database

        db = Database(database)
        try:
            for question in QUESTIONS_ELSEWHERE:
                add_question(db, validate_question({"question": question}))
        finally:
            db.dispose()
    elif what.startswith("delete-application "):
        from bounceback_tui.services.applications import delete_application
        from bounceback_tui.store.database import Database

        db = Database(database)
        try:
            delete_application(db, int(what.split()[1]))
        finally:
            db.dispose()
    else:
        raise ValueError(f"unknown write elsewhere: {what!r}")


# --- detours: binding ids that need a state or a place --------------------------------------


def _lure_pane(pane_id: str) -> Callable[[_Walk], Move | None]:
    """To a pane with ids not pressed yet; there, Tab towards a widget that holds some."""

    def lure(walk: _Walk) -> Move | None:
        moved = _on_pane(walk, pane_id)
        if moved is not None:
            return moved
        if walk._unpressed_elsewhere_on_screen():
            return Move("key", "tab")
        return None

    return lure


def _detour_undo(pane_id: str) -> Callable[[_Walk], Move | None]:
    """Delete something on a pane (saying yes to the question) and undo it."""
    undo_id, delete_id = f"{pane_id}.undo", f"{pane_id}.delete"

    def detour(walk: _Walk) -> Move | None:
        from bounceback_tui.ui.kit.confirm import ConfirmScreen

        app = walk.app
        if isinstance(app.screen, ConfirmScreen):
            return _press(app, "confirm.yes")
        return (
            _on_pane(walk, pane_id)
            or _press(app, undo_id)
            or _press(app, delete_id)
            or _focus_pane_list(walk)
        )

    return detour


def _focus_pane_list(walk: _Walk) -> Move | None:
    """Back to the pane's own list (its keys work there): Escape from a field or a view."""
    app = walk.app
    pane = app.current_pane
    target = pane.focus_target() if hasattr(pane, "focus_target") else None
    if target is not None and app.focused is not target:
        return _out_of_field(walk) or Move("key", "escape")
    return None


def _detour_answer_ratings(walk: _Walk) -> Move | None:
    """Every rating of a practice round: questions added from another window (five make a
    round), Today, i, p, then Space and a rating not given yet, question after question."""
    from bounceback_tui.services.answers import list_questions
    from bounceback_tui.ui.answers.bank import AnswerBankScreen
    from bounceback_tui.ui.answers.practice import AnswerPracticeScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, AnswerPracticeScreen):
        rates = [f"answer_practice.rate_{w}" for w in ("shaky", "unsure", "okay", "good", "ready")]
        fresh = [r for r in rates if r not in walk.coverage.binding_ids]
        for binding_id in ("answer_practice.reveal", *fresh, *rates):
            move = _press(app, binding_id)
            if move is not None:
                return move
        return _press(app, "answer_practice.close")
    if isinstance(screen, AnswerBankScreen):
        return _press(app, "answer_bank.practise") or _press(app, "answer_bank.close")
    if _on_main(app) and len(list_questions(app.db)) < 5:
        return Move("elsewhere", "questions")
    return _on_pane(walk, "today") or _press(app, "today.answer_bank")


def _detour_template(walk: _Walk) -> Move | None:
    """The recovery template editor in settings: Tab to its list (its keys work there)."""
    from bounceback_tui.ui.kit.form import FormScreen
    from bounceback_tui.ui.recovery.template import TemplateEditor
    from bounceback_tui.ui.screens.settings import SettingsScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, FormScreen) and isinstance(app.screen_stack[-2], SettingsScreen):
        return _press(app, "form.cancel")
    if isinstance(screen, SettingsScreen):
        focused = app.focused
        inside = focused is not None and any(
            isinstance(node, TemplateEditor) for node in focused.ancestors_with_self
        )
        if not inside:
            return (
                _out_of_field(walk) if _typing_target(app) and focused.value else Move("key", "tab")
            )  # type: ignore[union-attr]
        return Move("key", "down")  # a row where the keys not pressed yet apply
    return _lure_settings(walk)


def _detour_traps(walk: _Walk) -> Move | None:
    """The thinking-trap checklist (its list keys): Reframe, a new record, a situation and a
    thought written, on to the traps step, its list focused."""
    from bounceback_tui.ui.kit.choice_lists import TickList

    app = walk.app
    moved = _on_pane(walk, "reframe")
    if moved is not None:
        return moved
    pane = app.current_pane
    if getattr(pane, "mode", None) != "exercise":
        return _press(app, "reframe.new") or _focus_pane_list(walk)
    exercise = pane.exercise  # type: ignore[attr-defined]
    focused = app.focused
    if exercise.index == 3:
        if isinstance(focused, TickList):
            return Move("key", "down")
        return Move("key", "tab")
    if exercise.index > 3:
        return _press(app, "reframe.previous")
    if exercise.index in (0, 1) and isinstance(focused, TextArea) and not focused.text.strip():
        return Move("type", "Initech interview" if exercise.index == 0 else "I always fail")
    return _press(app, "reframe.next") or Move("key", "escape")


def _detour_reframe_summary(walk: _Walk) -> Move | None:
    """A finished thought record's summary (edit, its plan, keep as a card): Reframe, a
    complete record linked to a rejection, opened."""
    app = walk.app
    moved = _on_pane(walk, "reframe")
    if moved is not None:
        return moved
    pane = app.current_pane
    mode = getattr(pane, "mode", None)
    if mode == "summary":
        return None  # its keys are pressed first (coverage), or do not apply here
    if mode == "exercise":
        return _press(app, "reframe.close") or _out_of_field(walk)
    rows = {str(row.id): row for row in pane._rows}  # type: ignore[attr-defined]
    key = pane.table.selected_key  # type: ignore[attr-defined]
    row = rows.get(str(key)) if key is not None else None
    if row is not None and row.complete and row.rejection_id is not None:
        return _press(app, "reframe.open")
    if app.focused is not pane.table:  # type: ignore[attr-defined]
        return _focus_pane_list(walk) or Move("key", "escape")
    return Move("key", "down")


def _detour_practice(walk: _Walk) -> Move | None:
    """Reframe's practice: answer a thought (Enter on a trap), then the next one."""
    from bounceback_tui.ui.reframe.practice import PracticeScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, PracticeScreen):
        if screen.answered:
            return _press(app, "practice.next") or _press(app, "practice.close")
        return Move("key", "enter")
    return _lure_key("reframe", "reframe.practice")(walk)


def _detour_tour(walk: _Walk) -> Move | None:
    """The tour again from the palette: next, then back."""
    from bounceback_tui.ui.screens.tour import TourScreen

    app = walk.app
    if isinstance(app.screen, TourScreen):
        if "tour.next" in walk.coverage.binding_ids:
            return _press(app, "tour.back") or _press(app, "tour.next")
        return _press(app, "tour.next")
    if isinstance(app.screen, CommandPalette) or _on_main(app):
        return _palette_to(app, "Take the tour") or _out_of_field(walk)
    return _to_main(app)


def _detour_conflict_deleted(walk: _Walk) -> Move | None:
    """The conflict dialog for a record deleted elsewhere (save as new, discard): edit an
    application, another window deletes it, save the form."""
    from bounceback_tui.services.applications import get_detail
    from bounceback_tui.ui.kit.conflict import ConflictScreen
    from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen

    app = walk.app
    screen = app.screen
    if isinstance(screen, ConflictScreen):  # its answers not given yet, before Escape
        fresh = [
            i for i in ("conflict.as_new", "conflict.discard") if i not in walk.coverage.binding_ids
        ]
        move = next((m for i in fresh if (m := _press(app, i)) is not None), None)
        if move is not None:
            return move
    if walk.editing is not None and get_detail(app.db, walk.editing) is None:
        walk.editing = None  # deleted already: another window cannot delete it again
    if isinstance(screen, ApplicationFormScreen) and screen.guard is not None:
        if walk.touched_under is screen:
            return _press(app, "form.save")
        if walk.editing is not None:
            return Move("elsewhere", f"delete-application {walk.editing}")
    if not _on_main(app) and not isinstance(app.screen, CommandPalette):
        return _to_main(app)
    moved = _on_pane(walk, "pipeline") or _pipeline_row(app, lambda row: True)
    if moved is not None:
        return moved
    row = app.current_pane.selected_row  # type: ignore[attr-defined]
    walk.editing = row.id
    return _press(app, "pipeline.edit")


def _detour_conflict(walk: _Walk) -> Move | None:
    """The conflict dialog for a record changed elsewhere (reload, mine, back)."""
    return _lure_conflict(walk)


def _detour_refresh(walk: _Walk) -> Move | None:
    """The app's re-read key (it works everywhere, so no screen's own keys bring it)."""
    app = walk.app
    if not _on_main(app):
        return _to_main(app)
    return _press(app, "app.refresh") or _out_of_field(walk)


# Binding ids that a walk presses only in a state or a place a few moves away, with the way
# there (a detour); each pulls the walk while one of its ids is not pressed yet.
DETOURS: tuple[tuple[str, tuple[str, ...], Callable[[_Walk], Move | None]], ...] = (
    ("refresh", ("app.refresh",), _detour_refresh),
    ("tour", ("tour.next", "tour.back"), _detour_tour),
    (
        "conflict",
        ("conflict.reload", "conflict.overwrite", "conflict.back"),
        _detour_conflict,
    ),
    ("conflict deleted", ("conflict.as_new", "conflict.discard"), _detour_conflict_deleted),
    ("practice", ("practice.next",), _detour_practice),
    (
        "ratings",
        tuple(
            f"answer_practice.{w}"
            for w in ("reveal", "rate_shaky", "rate_unsure", "rate_okay", "rate_good", "rate_ready")
        ),
        _detour_answer_ratings,
    ),
    (
        "template",
        tuple(f"template.{w}" for w in ("add", "edit", "up", "down", "retire", "reset")),
        _detour_template,
    ),
    ("traps", ("ticks.down", "ticks.up", "ticks.first", "ticks.last"), _detour_traps),
    ("summary", ("reframe.edit", "reframe.plan", "reframe.keep_card"), _detour_reframe_summary),
    (
        "undo pipeline",
        ("pipeline.undo",),
        _detour_undo("pipeline"),
    ),
    ("undo skills", ("skills.undo",), _detour_undo("skills")),
    (
        "undo recovery",
        ("recovery.undo",),
        _detour_undo("recovery"),
    ),
    ("undo reframe", ("reframe.undo",), _detour_undo("reframe")),
    ("undo people", ("people.undo",), _detour_undo("people")),
)


# Screens that sit behind several steps, in the order the walk is pulled towards them.
LURES: tuple[tuple[str, Callable[[_Walk], Move | None]], ...] = (
    ("InsightsScreen", _lure_key("today", "today.insights")),
    ("CrisisScreen", _lure_crisis),
    ("PracticeScreen", _lure_key("reframe", "reframe.practice")),
    ("GhostScreen", _lure_key("pipeline", "pipeline.review_quiet")),
    ("TrapFilterScreen", _lure_key("reframe", "reframe.trap_filter")),
    ("AnswerPracticeScreen", _lure_answer_practice),
    ("LinkScreen", _lure_link),
    ("PlanOfferScreen", _lure_plan_offer),
    ("ConflictScreen", _lure_conflict),
    ("TransferProgressScreen", _lure_export),
    ("LowDayScreen", _lure_low_day(None)),
    ("BreathingScreen", _lure_low_day("breathe")),
    ("SensesScreen", _lure_low_day("senses")),
    ("BoardsScreen", _lure_key("pipeline", "pipeline.boards")),
    ("ImportPostingScreen", _lure_key("pipeline", "pipeline.import")),
    ("PickScreen", _lure_key("people", "people.link")),
    ("MessageScreen", _lure_message),
    ("InterviewChoiceScreen", _lure_interview_choice),
    ("SettingsScreen", _lure_settings),
    ("AnswerScreen", _lure_answer),
    ("ExpressiveWritingScreen", _lure_expressive),
)


def _form_title(screen: Any) -> str:
    """A form's title as plain text (the form keeps it as Content)."""
    title = screen.form_title
    return str(getattr(title, "plain", title))


def _filler_for(field: object) -> str:
    """What a person would type to get out of ``field``: a number where its placeholder
    asks for one (a rating, "0-100"), a sentence anywhere else."""
    placeholder = str(getattr(field, "placeholder", ""))
    return FILLER_NUMBER if re.fullmatch(r"\d+ ?(-|to) ?\d+", placeholder) else FILLER_TEXT


def _typing_target(app: BouncebackApp) -> bool:
    focused = app.screen.focused
    if isinstance(focused, Input):
        return not focused.disabled
    if isinstance(focused, TextArea):
        return not focused.read_only and not focused.disabled
    return False


def _palette_titles(app: BouncebackApp) -> list[str]:
    from bounceback_tui.ui.palette_actions import app_actions

    stack = app.screen_stack
    under = stack[-2] if len(stack) > 1 else stack[0]
    titles = [action.title for action in app_actions(app, under)]
    return [t for t in titles if not any(word in t.lower() for word in ENDING_PALETTE_WORDS)]


# --- running ------------------------------------------------------------------------------


async def _run(
    paths: DataPaths,
    next_move: Callable[[_Walk], Move | None],
    seed: int | None,
    half: str | None = None,
) -> WalkResult:
    from bounceback_tui.store.sqlite_file import open_store
    from tests.store_rules import store_problems

    started = time.monotonic()
    open_store(paths)
    stubs = Stubs()
    with stubs.installed():
        walk = _Walk(paths, seed, stubs, half)
        app = walk.app
        visited: list[Path] = []
        try:
            async with app.run_test(size=SIZE) as pilot:
                await walk.start(pilot)
                while (move := next_move(walk)) is not None:
                    await walk.perform(pilot, move)
                    await walk.settle(pilot)
                    if app.paths.database not in visited:
                        visited.append(app.paths.database)
                    walk.check_step()
                # The end: back to the panes as a person would (out of a field, dialogs
                # closed), then the app's own Quit, which must close cleanly.
                for _ in range(QUIT_PATIENCE):
                    if _on_main(app) and not _typing_target(app):
                        break
                    await walk.perform(pilot, _way_out(walk))
                    await walk.settle(pilot)
                    walk.check_step()
                if not _on_main(app) or _typing_target(app):
                    # Quit would be typed into the field (the 2114 walk): say where it stuck.
                    raise walk.fail(f"no way back to the panes to quit from {app.screen.focused!r}")
                quit_key = _quit_key(app)
                walk.moves.append(Move("quit", quit_key))
                walk._note_binding(quit_key)
                await pilot.press(quit_key)
                await pilot.pause()
                if app.is_running:
                    await pilot.pause(0.2)
                if app.is_running:
                    raise walk.fail(f"the app's Quit ({quit_key}) left it running")
        except MonkeyFailure:
            raise
        except Exception as exc:
            # What the app raised, re-raised by run_test (or met by Pilot as the app died).
            raise walk.fail(f"the app raised {exc!r}") from exc
        if app.return_code not in (0, None):
            raise walk.fail(f"quitting ended with status {app.return_code}")
    for database in visited:
        if database.exists():
            problems = store_problems(database)
            if problems:
                raise walk.fail(
                    f"the store at {database} breaks its rules:\n    " + "\n    ".join(problems)
                )
    return WalkResult(
        walk.moves, walk.coverage, stubs, walk.toasts, visited, time.monotonic() - started
    )


def _quit_key(app: BouncebackApp) -> str:
    keys = app.keys_in_use.get("app.quit", "q")
    return keys.split(",")[0]


async def walk(
    paths: DataPaths,
    seed: int,
    steps: int,
    half: str | None = None,
    on_step: Callable[[int], None] | None = None,
) -> WalkResult:
    """``steps`` random moves from a first launch on the demo data (see the module), steered
    towards the screens and binding ids of ``half`` of the app (None: all of it).
    ``on_step(n)`` is called once step ``n`` is done and checked."""
    count = 0

    def next_move(w: _Walk) -> Move | None:
        nonlocal count
        if on_step is not None and count:
            on_step(count)
        if count >= steps:
            return None
        count += 1
        return w.choose(count / steps)

    return await _run(paths, next_move, seed, half)


async def replay(log: str | Path | list[Any], paths: DataPaths) -> WalkResult:
    """Play a key log back (the moves up to, not including, the final Quit)."""
    queue = iter([move for move in decode_log(log) if move.kind != "quit"])
    return await _run(paths, lambda _w: next(queue, None), None)


def run(coro: Any) -> Any:
    return asyncio.run(coro)
