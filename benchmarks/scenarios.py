"""The keystrokes the benchmark times, each in a real terminal on the big demo store.

Each scenario launches the installed app in tmux, walks to its starting point the
way a person would, then times single keystrokes to the last change on screen.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from terminal import TmuxSession

Scenario = Callable[[list[str], int], list[float]]

TODAY_READY = "Bouncing back"


def _session(app_cmd: list[str], ready_timeout: float = 30.0) -> TmuxSession:
    session = TmuxSession(app_cmd)
    session.wait_for(TODAY_READY, timeout=ready_timeout)
    session.settle(quiet=0.3)  # let the background warm-up finish
    return session


def _times(samples: list[float | None], session: TmuxSession) -> list[float]:
    """The keystrokes that changed the screen. One that changed nothing within its wait is
    left out, and the screen is printed (stderr) once: a program that crashed leaves its
    message there (the pane's shell stays), which a figure of "nan" alone never said."""
    if any(s is None for s in samples):
        missed = sum(s is None for s in samples)
        print(
            f"{missed} of {len(samples)} keystrokes changed nothing on screen; it read:\n"
            + session.screen(),
            file=sys.stderr,
        )
    return [s for s in samples if s is not None]


def bare_keystroke(bare_cmd: list[str], runs: int) -> list[float]:
    session = TmuxSession(bare_cmd)
    try:
        session.wait_for("READY-MARK")
        session.settle()
        return _times([session.time_key("Space") for _ in range(runs)], session)
    finally:
        session.close()


def filter_keystroke(app_cmd: list[str], runs: int, ready_timeout: float = 30.0) -> list[float]:
    """Typing in the Pipeline filter, letter by letter, then deleting."""
    session = _session(app_cmd, ready_timeout)
    try:
        session.send("2")
        # The Pipeline's footer; the 100,000 store's Pipeline takes seconds to read.
        session.wait_for("Rejected", timeout=ready_timeout)
        session.settle()
        session.send("/")
        session.settle()
        word = "northwind analytics"
        samples: list[float | None] = []
        while len(samples) < runs:
            for letter in word[:8]:
                samples.append(session.time_key(letter if letter != " " else "Space"))
            for _ in range(8):
                samples.append(session.time_key("BSpace"))
        return _times(samples[:runs], session)
    finally:
        session.send("Escape")
        session.close()


def pane_switch(app_cmd: list[str], runs: int) -> list[float]:
    """Back and forth between Today and the Pipeline (both already built)."""
    session = _session(app_cmd)
    try:
        session.send("2")
        session.wait_for("Rejected")
        session.settle()
        samples = [session.time_key("1" if index % 2 == 0 else "2") for index in range(runs)]
        return _times(samples, session)
    finally:
        session.close()


def tick_step(app_cmd: list[str], runs: int) -> list[float]:
    """Ticking and unticking the first step of a recovery plan (saved, then repainted)."""
    session = _session(app_cmd)
    try:
        session.send("3")
        session.wait_for("Reframe")  # the Recovery footer's `t Reframe`
        session.settle()
        session.send("Enter")  # open the plan; its steps take focus
        session.wait_for("Tick")
        session.settle()
        # The first step of every plan is a plain tick ("Let yourself feel it"); a feedback
        # step would ask whether to log it with the application too, and time the dialog.
        session.send("Home")
        session.settle()
        # A step done on an earlier day asks before it is unticked (the demo's may be): answer
        # it once, so that every timed tick and untick is of a step ticked today, asked nothing.
        # Each answer waits for the change it makes, not for a quiet moment: on a busy machine
        # the dialog came after a 50 ms lull, the scenario took it for a plain tick, and every
        # timed Space then fell on the open dialog (CI: "3 of 3 keystrokes changed nothing").
        _press_and_wait(session, "Space")
        if "Untick" in session.screen():
            _press_and_wait(session, "y", until_gone="Untick")
        else:
            _press_and_wait(session, "Space")  # ticked today: unticked at once, as it was
        if "Untick" in session.screen():
            raise RuntimeError("the untick question is still open:\n" + session.screen())
        return _times([session.time_key("Space") for _ in range(runs)], session)
    finally:
        session.close()


def _press_and_wait(
    session: TmuxSession, key: str, *, until_gone: str | None = None, timeout: float = 15.0
) -> None:
    """Send ``key``, wait until the screen changes (and ``until_gone`` has left it), then
    until it has been still for a while."""
    before = session.screen()
    session.send(key)
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        now = session.screen()
        if now != before and (until_gone is None or until_gone not in now):
            break
        time.sleep(0.02)
    session.settle(quiet=0.3)


# Every pane once (Pipeline, Recovery, Reframe, Skills, People), then back to Today.
PANE_KEYS = ("2", "3", "4", "5", "6", "1")


def steady_memory(app_cmd: list[str]) -> int:
    """Resident memory (KiB) once every pane has been shown and the app is idle again."""
    session = _session(app_cmd)
    try:
        for key in PANE_KEYS:
            # To the last change the key makes (a pane is built on its first visit), then
            # until the screen has been still for a moment (its own reads fill in).
            session.time_key(key, quiet=0.3, timeout=20.0)
            session.settle(quiet=0.3)
        session.settle(quiet=1.0)  # the workers started after the first paint are done
        return session.rss_kib()
    finally:
        session.close()


def bare_steady_memory(bare_cmd: list[str]) -> int:
    """The same for the bare app: resident memory once it is up and idle."""
    session = TmuxSession(bare_cmd)
    try:
        session.wait_for("READY-MARK")
        session.settle(quiet=1.0)
        return session.rss_kib()
    finally:
        session.close()


SCENARIOS: dict[str, tuple[str, Scenario]] = {
    "filter_keystroke": ("Pipeline filter keystroke", filter_keystroke),
    "pane_switch": ("pane switch (Today <-> Pipeline)", pane_switch),
    "tick_step": ("tick a recovery step", tick_step),
}


def app_command(app: Path, store: Path) -> list[str]:
    return [str(app), "--data-dir", str(store)]
