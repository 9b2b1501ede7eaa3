"""A program in a terminal of its own (a pty), as the signal and window tests run the app.

One harness for what each such test wrote out again: the pty sized as a window, the app's
source on PYTHONPATH, a session of its own, and reading what the terminal shows."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

import bounceback_tui

SRC = str(Path(bounceback_tui.__file__).resolve().parents[1])


def shown(fd: int, until: bytes | None, timeout: float) -> bytes:
    """What the terminal shows until ``until`` appears, the program closes its end, or
    ``timeout`` seconds pass (None: until it closes or the time is up)."""
    seen = b""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and (until is None or until not in seen):
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
    return seen


class Window(NamedTuple):
    process: subprocess.Popen[bytes]
    main: int  # the window's end
    terminal: int | None  # the program's end, if kept
    before: list[Any]  # the terminal's settings before the program ran


def in_a_window(
    args: list[str],
    *,
    rows: int = 30,
    cols: int = 100,
    keep_terminal: bool = False,
    preexec_fn: Callable[[], None] | None = None,
) -> Window:
    """``python args…`` in a new pty. The program's end is closed here unless
    ``keep_terminal`` (then the window's end reads on after the program ends)."""
    main, terminal = pty.openpty()
    fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    before = termios.tcgetattr(terminal)
    env = {**os.environ, "TERM": "xterm-256color", "PYTHONPATH": SRC}
    process = subprocess.Popen(
        [sys.executable, *args],
        stdin=terminal,
        stdout=terminal,
        stderr=terminal,
        env=env,
        start_new_session=True,
        preexec_fn=preexec_fn,
    )
    if keep_terminal:
        return Window(process, main, terminal, before)
    os.close(terminal)
    return Window(process, main, None, before)


def ended_within(process: subprocess.Popen[bytes], seconds: float) -> int | None:
    """Its exit status if it ends within ``seconds``, else None (then it is killed)."""
    try:
        return process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        return None
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
