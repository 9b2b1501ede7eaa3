"""What the first screen imports: Textual, the Today pane and its rules, nothing that can wait.

Each module on this path is paid for before the first paint (docs/performance.md); the
ORM, the network, the other panes and the recovery plan's template load after it.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

# The modules run_app imports before the app's first frame (commands/run_app.py).
FIRST_PAINT = (
    "bounceback_tui.commands.run_app",
    "bounceback_tui.services.today",
    "bounceback_tui.ui.app",
)
LATER = (
    "sqlmodel",
    "sqlalchemy",
    "httpx",
    "bounceback_tui.domain.recovery",  # the plan template and its input checks
    "bounceback_tui.services.care",
    "bounceback_tui.ui.pipeline.pane",
    "bounceback_tui.ui.recovery.pane",
    "bounceback_tui.reframe",
    # What the app opens over its panes, the demo store: loaded when first asked for.
    "bounceback_tui.ui.app_screens",
    "bounceback_tui.ui.app_demo",
    # Today's body: imported when it is built (compose, on a store with data), so an empty
    # store's first screen (the top line and the welcome) does without them.
    "bounceback_tui.ui.today.board",
    "bounceback_tui.ui.today.board_draw",
    "bounceback_tui.ui.today.board_rows",
    "bounceback_tui.ui.today.trends",
    "bounceback_tui.ui.today.layout",
    # Widget classes the first screen does not build: each costs its import and Textual's
    # __init_subclass__ (about 0.15 ms). The welcome only for an empty store; the empty
    # state of the other panes once one is shown.
    "bounceback_tui.ui.today.widgets",
    "bounceback_tui.ui.kit.empty_state",
    # The check-in's input and its checks: the first screen shows only its mood's word
    # (domain/moods.py); the form imports them when it opens.
    "bounceback_tui.domain.check_in",
    # Textual's text area and its documents (~9 ms): only forms with a box of many lines
    # need them (the twenty-third round's form fitting imported the class for a query).
    "textual.document",
    "textual._text_area_theme",
    # The people rules and their link checks (five patterns, four dataclasses): Today's due
    # read needs only the feedback ask's step key (domain/step_timing.py).
    "bounceback_tui.domain.people",
    "bounceback_tui.domain.links",
)


@pytest.mark.slow
def test_first_paint_path_leaves_the_rest_for_later() -> None:
    probe = (
        "import sys\n"
        + "".join(f"import {name}\n" for name in FIRST_PAINT)
        + f"print(','.join(m for m in {LATER!r} if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


@pytest.mark.slow
def test_first_paint_path_compiles_no_pattern_of_its_own() -> None:
    # A regular expression compiled at import costs the first paint 0.6 to 2.5 million
    # instructions (docs/performance.md, "First paint, fp8's round"): the app's own are
    # compiled when first used (a keymap read, a date typed, a text that is not printable).
    probe = (
        "import re, sys\n"
        "compile_ = re._compile\n"
        "seen = []\n"
        "def _compile(pattern, flags):\n"
        "    frame = sys._getframe(1)\n"
        "    while frame is not None and frame.f_globals.get('__name__', '') == 're':\n"
        "        frame = frame.f_back\n"
        "    name = frame.f_globals.get('__name__', '') if frame is not None else ''\n"
        "    if name.startswith('bounceback_tui'):\n"
        "        seen.append(name)\n"
        "    return compile_(pattern, flags)\n"
        "re._compile = _compile\n"
        + "".join(f"import {name}\n" for name in FIRST_PAINT)
        + "from bounceback_tui.domain.text import clip_name, display_text\n"
        "display_text('Acme Corp · Data Engineer (Zürich)'); clip_name('Ünïcödé Ltd')\n"
        "print(','.join(sorted(set(seen))))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ""


@pytest.mark.slow
def test_launch_people_read_makes_no_unreadable_class_for_none() -> None:
    # Today's interviews are read at every launch (the prefetch); the class that says an
    # interview whose time cannot be read is imported only when the store has one.
    probe = (
        "import sys\n"
        "from bounceback_tui.services.today_people import read_people_today\n"
        "class Reader:\n"
        "    def __getattr__(self, name):\n"
        "        return lambda *a, **k: 0 if name.endswith(('count', 'questions')) else []\n"
        "people = read_people_today(Reader())\n"
        "print(people.unreadable, 'bounceback_tui.domain.unreadable' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "() False"
