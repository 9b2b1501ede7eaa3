"""Closing the terminal's window ends the app, every time (commands/signals.py).

Found by the benchmark, which closes its tmux window 0.1 s after `q`: one app in a few
was left running for ever, every thread waiting, deaf to SIGTERM. A window closing sends
SIGHUP and then SIGCONT; Textual reads SIGCONT as "back from ctrl+z" and started its
screen again on a terminal that was gone: its writer died on the first write, and the
app's own exit then waited for that writer's full queue. A second SIGTERM started one more
thread that waited on the stopped loop.
"""

from __future__ import annotations

import fcntl
import os
import signal
import subprocess
import termios
import time

import pytest

from bounceback_tui.paths import DataPaths
from tests.pty_window import ended_within, in_a_window, shown

pytestmark = pytest.mark.slow  # a process in a terminal of its own


def _own_terminal() -> None:
    # As a terminal emulator starts a shell: a session of its own whose controlling
    # terminal is the window, so closing the window hangs it up (SIGHUP, then SIGCONT).
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


# The launch as `bounceback-tui --data-dir PATH` runs it, but SIGCONT arrives as the app
# ends (as a window closing sends it after SIGHUP): after `q`, and once the test has had
# time to close the window when it is asked to (``wait``).
CONTINUED_AS_IT_ENDS = """
import os, signal, sys, time
from textual.app import App
exit = App.exit
def exit_then_continue(self, *args, **kwargs):
    exit(self, *args, **kwargs)
    os.write(1, b"exiting\\r\\n")
    time.sleep(float(sys.argv[2]))
    os.kill(os.getpid(), signal.SIGCONT)
App.exit = exit_then_continue
from bounceback_tui.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _in_a_window(
    paths: DataPaths, *, wait: float | None = None
) -> tuple[subprocess.Popen[bytes], int]:
    launch = ["-m", "bounceback_tui", "--data-dir", str(paths.data_dir)]
    if wait is not None:
        launch = ["-c", CONTINUED_AS_IT_ENDS, str(paths.data_dir), str(wait)]
    app, main, *_ = in_a_window(launch, preexec_fn=_own_terminal)
    return app, main


@pytest.mark.parametrize("after_q", [None, 0.1])
def test_closing_the_window_ends_the_app(opened_paths: DataPaths, after_q: float | None) -> None:
    app, main = _in_a_window(opened_paths)
    screen = shown(main, b"Pipeline", 60)  # the first screen is up
    assert b"Pipeline" in screen, screen[-500:]
    shown(main, None, 1.0)  # what it draws next, as a person would wait a moment
    if after_q is not None:  # quit, and close the window while the app is ending
        os.write(main, b"\x1b")  # the first run's welcome: "Start with my own, empty store"
        shown(main, None, 1.0)
        os.write(main, b"q")
        time.sleep(after_q)
    os.close(main)  # the window closed
    status = ended_within(app, 30)
    assert status is not None, "the app was still running 30 s after its window closed"
    assert status in (0, 128 + signal.SIGHUP, -signal.SIGHUP)
    left = sorted(p.name for p in opened_paths.data_dir.iterdir() if p.is_file())
    assert left == ["bounceback.sqlite3", "opened-days"]  # the store closed and tidied


def _quit(main: int) -> None:
    screen = shown(main, b"Pipeline", 60)  # the first screen is up
    assert b"Pipeline" in screen, screen[-500:]
    shown(main, None, 1.0)
    os.write(main, b"\x1b")  # the first run's welcome: "Start with my own, empty store"
    shown(main, None, 1.0)
    os.write(main, b"q")


def test_sigcont_as_the_app_ends_does_not_start_its_screen_again(opened_paths: DataPaths) -> None:
    # Textual reads SIGCONT as "back from ctrl+z": it entered its screen again as it ended,
    # on a second writer, the first one left running.
    app, main = _in_a_window(opened_paths, wait=0.0)
    try:
        _quit(main)
        after = shown(main, None, 10)
        status = ended_within(app, 30)
    finally:
        os.close(main)
    assert b"exiting" in after, after[-500:]
    assert status == 0
    assert after.count(b"\x1b[?1049h") == 0, after[-800:]  # the screen not entered again
    assert after.count(b"\x1b[?1049l") == 1  # and left once


def test_the_window_closed_as_the_app_ends_still_ends_it(opened_paths: DataPaths) -> None:
    # The benchmark's hang: `q`, the window closed, then SIGCONT: the screen started again on
    # a terminal that was gone, and the app waited for ever on its dead writer.
    app, main = _in_a_window(opened_paths, wait=1.0)
    _quit(main)
    exiting = shown(main, b"exiting", 30)
    assert b"exiting" in exiting, exiting[-500:]
    os.close(main)  # the window closed while the app ends; SIGCONT follows
    status = ended_within(app, 30)
    assert status is not None, "the app was still running 30 s after its window closed"
    left = sorted(p.name for p in opened_paths.data_dir.iterdir() if p.is_file())
    assert left == ["bounceback.sqlite3", "opened-days"]


# A window that does not end when asked (its exit does nothing), as the one that hung did.
DEAF = """
import sys
from textual.app import App
import bounceback_tui.commands.signals as signals
signals.GRACE_S = float(sys.argv[2])
App.exit = lambda self, *args, **kwargs: None
from bounceback_tui.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _deaf_window(paths: DataPaths, grace: float) -> tuple[subprocess.Popen[bytes], int]:
    app, main, *_ = in_a_window(["-c", DEAF, str(paths.data_dir), str(grace)])
    screen = shown(main, b"Pipeline", 60)
    assert b"Pipeline" in screen, screen[-500:]
    shown(main, None, 1.0)
    return app, main


def test_a_second_sigterm_ends_a_window_that_does_not_end(opened_paths: DataPaths) -> None:
    # Each SIGTERM only asked again: the hung app ignored any number of them.
    app, main = _deaf_window(opened_paths, grace=600)
    try:
        app.send_signal(signal.SIGTERM)
        shown(main, None, 2.0)
        assert app.poll() is None  # asked, and it did not end: a deaf window
        app.send_signal(signal.SIGTERM)
        after = shown(main, None, 5.0)
        status = ended_within(app, 10)
    finally:
        os.close(main)
    assert status == -signal.SIGTERM  # ended as the signal ends it: the shell says 143
    assert b"\x1b[?1049l" in after  # the screen given back on the way out
    # and every mode Textual turned on (its own ending never ran): the kitty keyboard
    # protocol, focus and in-band resize reports, else the shell gets CSI-u keys and "^[[I"
    for mode in (b"\x1b[<u", b"\x1b[?1004l", b"\x1b[?2048l", b"\x1b[?1000l", b"\x1b[?2004l"):
        assert mode in after, mode


def test_one_signal_ends_a_window_that_does_not_end_after_a_grace(
    opened_paths: DataPaths,
) -> None:
    app, main = _deaf_window(opened_paths, grace=2)
    try:
        app.send_signal(signal.SIGHUP)
        after = shown(main, b"everything saved is kept", 20)
        status = ended_within(app, 20)
    finally:
        os.close(main)
    assert status == 128 + signal.SIGHUP
    assert b"stopped by SIGHUP; the window did not end within 2 s" in after, after[-500:]
