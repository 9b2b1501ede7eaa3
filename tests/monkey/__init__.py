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
  the active pane or dialog on the key bar (or, on a dialog without a bar, working);
- ``checks.focus_dead_end(app)`` finds nothing: ``app.focused`` (where keys go) is set, still
  in the app, on the active screen, displayed, in sight and not covered by anything over it.
- ``checks.key_bar_covered(app)`` finds nothing: a dialog over the panes (with no bar of its
  own) leaves the key bar's row free, so the keys it says to use are in sight.

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

The package, one concern a module (docs/testing.md):

- ``runner``: the walk loop (``walk``, ``replay``): a first launch, each move chosen or
  replayed, performed, settled and checked; the way out and the Quit; the store's rules;
- ``walker``: one walk's state (``_Walk``), its start and each move performed;
- ``steering``: choosing a move (``Steering``): coverage first, else a random one, weighted;
- ``lures``, ``detours``: the way to a screen, or to the state some ids need, move by move;
- ``navigate``: one move towards a place (the panes, a pane, out of a field);
- ``reading``: what the walk reads off the screen (a field takes text, a binding's key here);
- ``settle``: when a step is over; ``checks``: the checks after every step (and toasts);
- ``way_out``: back to the panes at the end, then the app's own Quit;
- ``coverage``: what a walk is held to and reached; ``moves``: the key log and the failure;
- ``stubs``: the browser, the network and the clipboard; ``elsewhere``: another window's writes.

A walk's path depends on every random draw and on the order of the checks: the split moved
code, it changed none (the same seed gives the same walk, move for move).
"""

from tests.monkey.checks import EXPECTED_ERRORS, Toast, unexpected_toast
from tests.monkey.coverage import (
    HALVES,
    MIN_BINDING_SHARE,
    NOT_COUNTED,
    Coverage,
    app_binding_ids,
    app_screen_classes,
    half_ids,
    half_screens,
)
from tests.monkey.detours import DETOURS
from tests.monkey.elsewhere import write_elsewhere
from tests.monkey.lures import LURES
from tests.monkey.moves import MonkeyFailure, Move, decode_log, encode_log
from tests.monkey.runner import SIZE, WalkResult, replay, run, walk
from tests.monkey.stubs import Stubs
from tests.monkey.walker import _Walk
from tests.monkey.way_out import QUIT_PATIENCE, _way_out

__all__ = [
    "DETOURS",
    "EXPECTED_ERRORS",
    "HALVES",
    "LURES",
    "MIN_BINDING_SHARE",
    "NOT_COUNTED",
    "QUIT_PATIENCE",
    "SIZE",
    "Coverage",
    "MonkeyFailure",
    "Move",
    "Stubs",
    "Toast",
    "WalkResult",
    "_Walk",
    "_way_out",
    "app_binding_ids",
    "app_screen_classes",
    "decode_log",
    "encode_log",
    "half_ids",
    "half_screens",
    "replay",
    "run",
    "unexpected_toast",
    "walk",
    "write_elsewhere",
]
