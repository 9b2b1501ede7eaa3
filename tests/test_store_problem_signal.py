"""SIGTERM or SIGHUP on the store-problem screen ends it as `q` does (commands/signals.py).

Left at their defaults there, either one ended the process where it stood: the terminal
stayed in the screen's alternate screen, its keys raw and unechoed, the mouse printing codes.
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


def _read(fd: int, until: bytes | None, timeout: float) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (until is None or until not in seen):
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    return seen


@pytest.mark.parametrize("number", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_on_the_store_problem_screen_gives_the_terminal_back(
    opened_paths: DataPaths, number: int
) -> None:
    opened_paths.database.write_bytes(b"not a database at all " * 400)  # damaged
    before_bytes = opened_paths.database.read_bytes()
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
    before = termios.tcgetattr(terminal)
    src = str(Path(bounceback_tui.__file__).resolve().parents[1])
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": src}
    app = subprocess.Popen(
        [sys.executable, "-m", "bounceback_tui", "--data-dir", str(opened_paths.data_dir)],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
    )
    try:
        shown = _read(main, b"Start fresh", 60)  # the screen's ways out are up
        assert b"Start fresh" in shown, shown[-800:]
        _read(main, None, 1.0)
        app.send_signal(number)
        after = _read(main, b"stopped by", 20)
        after += _read(main, None, 0.5)
        status = app.wait(timeout=30)
        settings = termios.tcgetattr(terminal)
    finally:
        if app.poll() is None:
            app.kill()
            app.wait()
        os.close(terminal)
        os.close(main)
    assert status == 128 + number  # as a shell reports it, not killed where it stood
    assert b"\x1b[?1049l" in after  # the screen left
    assert settings == before  # echoing again
    name = signal.Signals(number).name.encode()
    said = b"bounceback-tui: stopped by " + name + b"; the store was left as the screen had it."
    assert said in after, after[-400:]
    assert b"bounceback-tui: bounceback-tui:" not in after  # said once
    assert opened_paths.database.read_bytes() == before_bytes  # nothing chosen, nothing done
