"""Choosing each move (``Steering.choose``): a steered one, coverage first (a key whose binding
id was never pressed; else the next move of a lure or a detour), or a random one drawn with
the weights below. Every random draw of a walk but one (``_out_of_field``'s) is made here, in
this order: a seed's path depends on it."""

from __future__ import annotations

import os
import random
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.command import CommandPalette

from bounceback_tui.ui.app import BouncebackApp
from tests.monkey.coverage import Coverage, _ids_by_pane, _ids_by_place, _ids_of_screen, half_ids
from tests.monkey.detours import DETOURS, _lure_pane
from tests.monkey.lures import LURES
from tests.monkey.moves import Move
from tests.monkey.navigate import _out_of_field
from tests.monkey.reading import _key_for, _leaves, _palette_titles, _press, _typing_target
from tests.monkey_stall import Stalls, app_state

if TYPE_CHECKING:
    from tests.monkey.walker import _Walk


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
# Moves a person makes often: these weigh more once pressed.
ACTION_BOOST = {"show_pane": 3.0, "delete": 2.0, "undo": 2.0, "answer": 1.5}
PLAIN_KEYS = ("enter", "escape", "up", "down", "tab", "shift+tab", "space", "pagedown")
# Keys that end or suspend the app: the walk quits once, at the end.
ENDING_ACTIONS = frozenset({"quit", "app.quit", "suspend_process", "app.suspend_process"})
TYPED_MAX = 24  # longer text (and anything not plain ASCII) is pasted
# Another window (or the command line) writes to the same store now and then.
ELSEWHERE_WEIGHT = 0.3
ELSEWHERE = ("touch", "add")
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


class Steering:
    """The choosing half of a walk (``_Walk``): its state is the walk's."""

    app: BouncebackApp
    rng: random.Random
    coverage: Coverage
    moves: list[Move]
    lured: bool
    lure_moves: dict[str, int]
    given_up: set[str]
    stalls: Stalls
    visits: dict[str, int]

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
