"""A signal during the launch gives the terminal its echo back (commands/quiet_keys.py).

Found by a tester: the launch turns the terminal's echo off until Textual takes the terminal
over (0.4 to 1 s). SIGTERM, SIGHUP or SIGINT then ended the process with the echo left off:
`bounceback-tui; stty -a` showed -echo, and what was typed next in the shell was not shown.
Now the terminal's settings come back first, and the process ends as the signal ends it.
"""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

import bounceback_tui
from bounceback_tui.paths import DataPaths

pytestmark = pytest.mark.slow  # a process in a terminal of its own

# The launch as `bounceback-tui --data-dir PATH` runs it, up to where Textual would take
# the terminal over; there it says so and waits to be stopped.
LAUNCH = """
import sys, time
import bounceback_tui.commands.run_app as run_app
def starting(paths):
    print("starting", flush=True)
    time.sleep(60)
    return 0
run_app.run_app = starting
from bounceback_tui.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _read_until(fd: int, until: bytes, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while until not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.parametrize(
    ("number", "status"),
    [
        (signal.SIGTERM, -signal.SIGTERM),  # ended by it: the shell says 143
        (signal.SIGHUP, -signal.SIGHUP),  # the window closed: 129
        (signal.SIGINT, 130),  # ctrl+c, as the launch already says "interrupted"
    ],
)
def test_a_signal_while_the_app_starts_gives_the_echo_back(
    data_paths: DataPaths, number: int, status: int
) -> None:
    main, terminal = pty.openpty()
    before = termios.tcgetattr(terminal)
    assert before[3] & termios.ECHO  # as a shell leaves it
    src = str(Path(bounceback_tui.__file__).resolve().parents[1])
    app = subprocess.Popen(
        [sys.executable, "-c", LAUNCH, str(data_paths.data_dir)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env={**os.environ, "TERM": "xterm-256color", "PYTHONPATH": src},
        start_new_session=True,
    )
    try:
        shown = _read_until(main, b"starting", 60)
        assert b"starting" in shown, shown[-500:]
        assert not termios.tcgetattr(terminal)[3] & termios.ECHO  # the launch's quiet
        app.send_signal(number)
        ended = app.wait(timeout=30)
        after = termios.tcgetattr(terminal)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(terminal)
        os.close(main)
    assert ended == status
    assert after == before  # echoing again, as the shell left it


def test_textual_has_the_signals_as_they_were_once_it_runs(tmp_path: Path) -> None:
    from bounceback_tui.commands.quiet_keys import KeysNotEchoed, while_textual_runs

    main, terminal = pty.openpty()
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    try:
        with KeysNotEchoed(terminal):
            assert signal.getsignal(signal.SIGTERM) != before[signal.SIGTERM]
            with while_textual_runs():
                now = {number: signal.getsignal(number) for number in before}
                assert now == before
            assert signal.getsignal(signal.SIGHUP) != before[signal.SIGHUP]
        assert {number: signal.getsignal(number) for number in before} == before
    finally:
        os.close(terminal)
        os.close(main)


# As run_app wraps ``App.run()``, caught where Textual's loop has not started yet (or has
# ended): there SIGTERM is on commands/signals.py's handler, with the launch's echo off.
BEFORE_THE_LOOP = """
import sys, time
import bounceback_tui.commands.run_app as run_app
def starting(paths):
    from textual.app import App
    from bounceback_tui.commands.quiet_keys import while_textual_runs
    from bounceback_tui.commands.signals import end_politely
    with while_textual_runs(), end_politely(App()):
        print("inside", flush=True)
        time.sleep(60)
    return 0
run_app.run_app = starting
from bounceback_tui.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_sigterm_before_textual_loop_runs_ends_and_gives_the_echo_back(
    data_paths: DataPaths,
) -> None:
    # Found in review: the handler asked the app, from a thread, to exit; not running, the
    # thread tried to set SIGTERM's default there, which only the main thread may: the
    # signal was lost (a traceback) and the app went on with the echo off.
    main, terminal = pty.openpty()
    before = termios.tcgetattr(terminal)
    src = str(Path(bounceback_tui.__file__).resolve().parents[1])
    app = subprocess.Popen(
        [sys.executable, "-c", BEFORE_THE_LOOP, str(data_paths.data_dir)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env={**os.environ, "TERM": "xterm-256color", "PYTHONPATH": src},
        start_new_session=True,
    )
    try:
        shown = _read_until(main, b"inside", 60)
        assert b"inside" in shown, shown[-500:]
        app.send_signal(signal.SIGTERM)
        try:
            ended: int | None = app.wait(timeout=20)
        except subprocess.TimeoutExpired:
            ended = None
        after = termios.tcgetattr(terminal)
        said = _read_until(main, b"\0", 0.5)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(terminal)
        os.close(main)
    assert ended == -signal.SIGTERM, said[-800:]
    assert after == before  # echoing again, as the shell left it
    assert b"Traceback" not in said


def test_the_window_holds_sigterm_and_sighup_from_the_launch_with_no_moment_between() -> None:
    # Handed from the launch's handlers to Textual's default and then to the window's, a
    # signal in between ended the process with the echo off (run_app, commands/signals.py).
    from textual.app import App

    from bounceback_tui.commands.quiet_keys import KeysNotEchoed, while_textual_runs
    from bounceback_tui.commands.signals import ENDING, end_politely

    main, terminal = pty.openpty()
    before = signal.getsignal(signal.SIGINT)
    try:
        with KeysNotEchoed(terminal):
            launch = {number: signal.getsignal(number) for number in ENDING}
            with while_textual_runs(held=ENDING):
                assert {number: signal.getsignal(number) for number in ENDING} == launch
                assert signal.getsignal(signal.SIGINT) == before  # Textual's, as it was
                with end_politely(App()):
                    held = {signal.getsignal(number) for number in ENDING}
                    assert len(held) == 1 and held.isdisjoint(launch.values())
                assert {number: signal.getsignal(number) for number in ENDING} == launch
            assert signal.getsignal(signal.SIGINT) != before  # the launch's again
    finally:
        os.close(terminal)
        os.close(main)
