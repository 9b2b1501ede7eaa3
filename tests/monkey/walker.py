"""One walk (``_Walk``): its state, its start at the welcome, each move performed, the screens it
showed; choosing is ``Steering``'s, the wait ``settle``'s, the checks ``check_step``'s."""

from __future__ import annotations

import os
import random
from typing import Any

from textual import events
from textual.command import CommandPalette
from textual.screen import Screen

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.monkey.checks import Toast
from tests.monkey.checks import check_step as check_after_step
from tests.monkey.coverage import Coverage
from tests.monkey.elsewhere import write_elsewhere
from tests.monkey.moves import MonkeyFailure, Move
from tests.monkey.reading import _typing_target
from tests.monkey.settle import settle as settle_step
from tests.monkey.steering import Steering
from tests.monkey.stubs import Stubs
from tests.monkey_stall import Stalls

# The app's own idle-check timer, in a walk: never (``settle`` runs the check every step).
IDLE_CHECK_BY_THE_WALK = 3600.0
REPLAY_SEED = 0  # a replay's generator (see _Walk.__init__)


class _Walk(Steering):
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
        """After each move (tests/monkey/settle.py)."""
        await settle_step(self, pilot)

    def check_step(self) -> None:
        """After each step (tests/monkey/checks.py); benchmarks/walk_trace.py hooks it here."""
        check_after_step(self)
