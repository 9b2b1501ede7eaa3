"""SIGTERM ends the app as `q` does (commands/signals.py), in a real terminal (a pty).

Found trying the app as a person would: `kill` (or `timeout`, or a session manager) sent
SIGTERM to a running app, which ended where it stood, status -15: every commit was safe,
but the terminal stayed in the app's alternate screen with its raw keys and mouse reports,
and the store's -wal and -shm stayed beside it.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

import bounceback_tui
from bounceback_tui.paths import DataPaths

pytestmark = pytest.mark.slow  # a process in a terminal of its own

LEAVE_ALTERNATE_SCREEN = b"\x1b[?1049l"


def _read(fd: int, until: bytes | None, timeout: float) -> bytes:
    """What the terminal shows until ``until`` appears (None: until the program closes it)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if not ready:
            continue
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # the program closed its end
            break
        if not chunk:
            break
        seen += chunk
        if until is not None and until in seen:
            break
    return seen


def test_sigterm_gives_the_terminal_back_and_tidies_the_store(opened_paths: DataPaths) -> None:
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    src = str(Path(bounceback_tui.__file__).resolve().parents[1])
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": src}
    app = subprocess.Popen(
        [sys.executable, "-m", "bounceback_tui", "--data-dir", str(opened_paths.data_dir)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,  # the terminal is its own, as in a real one
    )
    os.close(terminal)
    try:
        shown = _read(main, b"Pipeline", 60)  # the tab bar: the first screen is up
        assert b"Pipeline" in shown, shown[-500:]
        assert LEAVE_ALTERNATE_SCREEN not in shown
        _read(main, None, 1.0)  # what it draws next, as a person would wait a moment
        app.send_signal(signal.SIGTERM)
        after = _read(main, None, 30)
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


def _launch(
    paths: DataPaths, script: str | None = None
) -> tuple[subprocess.Popen[bytes], int, int]:
    """The app in a terminal of its own (``script`` in place of ``bounceback_tui``)."""
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    src = str(Path(bounceback_tui.__file__).resolve().parents[1])
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": src}
    run = ["-m", "bounceback_tui", "--data-dir"] if script is None else ["-c", script]
    app = subprocess.Popen(
        [sys.executable, *run, str(paths.data_dir)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
    )
    return app, main, terminal


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_after_the_loop_lets_the_tidying_finish_and_gives_the_terminal_back(
    opened_paths: DataPaths, number: int
) -> None:
    # Found in review: a signal once the app's loop had ended (q pressed, the store being
    # closed) ended the process there: the store's -wal and -shm stayed, nothing was said.
    app, main, terminal = _launch(opened_paths, TIDYING)
    before = termios.tcgetattr(terminal)
    try:
        shown = _read(main, b"Pipeline", 60)
        assert b"Pipeline" in shown, shown[-500:]
        _read(main, None, 1.0)
        os.write(main, b"\x1b")  # the first run's welcome: "Start with my own, empty store"
        _read(main, None, 1.0)
        os.write(main, b"q")
        tidying = _read(main, b"tidying", 30)
        assert b"tidying" in tidying, tidying[-500:]
        app.send_signal(number)
        after = _read(main, None, 30)
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
    app, main, terminal = _launch(opened_paths)
    before = termios.tcgetattr(terminal)
    try:
        shown = _read(main, b"Pipeline", 60)
        assert b"Pipeline" in shown, shown[-500:]
        _read(main, None, 1.0)
        app.send_signal(signal.SIGHUP)
        after = _read(main, None, 30)
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
