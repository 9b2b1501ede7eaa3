"""SIGTERM ends the app as `q` does (commands/signals.py), in a real terminal (a pty).

Found trying the app as a person would: `kill` (or `timeout`, or a session manager) sent
SIGTERM to a running app, which ended where it stood, status -15: every commit was safe,
but the terminal stayed in the app's alternate screen with its raw keys and mouse reports,
and the store's -wal and -shm stayed beside it.
"""

from __future__ import annotations

import os
import signal
import termios

import pytest

from bounceback_tui.paths import DataPaths
from tests.pty_window import Window, in_a_window, shown

pytestmark = pytest.mark.slow  # a process in a terminal of its own

LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"


def test_sigterm_gives_the_terminal_back_and_tidies_the_store(opened_paths: DataPaths) -> None:
    app, main, *_ = in_a_window(  # a session of its own: the terminal is its own
        ["-m", "bounceback_tui", "--data-dir", str(opened_paths.data_dir)]
    )
    try:
        screen = shown(main, b"Pipeline", 60)  # the tab bar: the first screen is up
        assert b"Pipeline" in screen, screen[-500:]
        assert LEAVE_ALTERNATE_SCREEN not in screen
        shown(main, None, 1.0)  # what it draws next, as a person would wait a moment
        app.send_signal(signal.SIGTERM)
        after = shown(main, None, 30)
        status = app.wait(timeout=30)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(main)
    assert status == 128 + signal.SIGTERM  # as a shell reports it, not killed where it stood
    assert LEAVE_ALTERNATE_SCREEN in after  # the terminal given back
    assert b"stopped by SIGTERM; everything saved is kept." in after
    left = sorted(p.name for p in opened_paths.data_dir.iterdir() if p.is_file())
    # The log and its index folded in and gone; the day opened kept (services/days_opened).
    assert left == ["bounceback.sqlite3", "opened-days"]


# The launch as `bounceback-tui --data-dir PATH` runs it, but the window's tidying after its
# loop says when it starts and takes a moment: the signal arrives then.
TIDYING = """
import sys, time
from bounceback_tui.store.background import DailyBackup
finish = DailyBackup.finish
def slow_finish(self, *args, **kwargs):
    print("tidying", flush=True)
    time.sleep(3)
    return finish(self, *args, **kwargs)
DailyBackup.finish = slow_finish
from bounceback_tui.cli import main
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _launch(paths: DataPaths, script: str | None = None) -> Window:
    """The app in a terminal of its own (``script`` in place of ``bounceback_tui``)."""
    run = ["-m", "bounceback_tui", "--data-dir"] if script is None else ["-c", script]
    return in_a_window([*run, str(paths.data_dir)], keep_terminal=True)


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_after_the_loop_lets_the_tidying_finish_and_gives_the_terminal_back(
    opened_paths: DataPaths, number: int
) -> None:
    # Found in review: a signal once the app's loop had ended (q pressed, the store being
    # closed) ended the process there: the store's -wal and -shm stayed, nothing was said.
    app, main, terminal, before = _launch(opened_paths, TIDYING)
    assert terminal is not None
    try:
        screen = shown(main, b"Pipeline", 60)
        assert b"Pipeline" in screen, screen[-500:]
        shown(main, None, 1.0)
        os.write(main, b"\x1b")  # the first run's welcome: "Start with my own, empty store"
        shown(main, None, 1.0)
        os.write(main, b"q")
        tidying = shown(main, b"tidying", 30)
        assert b"tidying" in tidying, tidying[-500:]
        app.send_signal(number)
        after = shown(main, None, 30)
        status = app.wait(timeout=30)
        settings = termios.tcgetattr(terminal)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(terminal)
        os.close(main)
    assert status == 128 + number  # as a shell reports it, not killed where it stood
    assert settings == before  # echoing again, as the shell left it
    name = signal.Signals(number).name.encode()
    assert b"stopped by " + name + b"; everything saved is kept." in after
    left = sorted(p.name for p in opened_paths.data_dir.iterdir() if p.is_file())
    assert left == ["bounceback.sqlite3", "opened-days"]


def test_sighup_while_the_app_runs_gives_the_terminal_back(opened_paths: DataPaths) -> None:
    # `kill -HUP` ended the app where it stood: the terminal stayed in its alternate screen,
    # its keys raw and unechoed.
    app, main, terminal, before = _launch(opened_paths)
    assert terminal is not None
    try:
        screen = shown(main, b"Pipeline", 60)
        assert b"Pipeline" in screen, screen[-500:]
        shown(main, None, 1.0)
        app.send_signal(signal.SIGHUP)
        after = shown(main, None, 30)
        status = app.wait(timeout=30)
        settings = termios.tcgetattr(terminal)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(terminal)
        os.close(main)
    assert status == 128 + signal.SIGHUP
    assert LEAVE_ALTERNATE_SCREEN in after
    assert settings == before
    assert b"stopped by SIGHUP; everything saved is kept." in after
    left = sorted(p.name for p in opened_paths.data_dir.iterdir() if p.is_file())
    assert left == ["bounceback.sqlite3", "opened-days"]
