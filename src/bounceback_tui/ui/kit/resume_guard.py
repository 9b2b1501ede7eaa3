"""SIGCONT starts the app's screen again only where it was stopped and can be drawn on.

Textual takes SIGCONT as "back from ctrl+z" and starts its screen again, whatever the app is
doing. A closing window sends SIGHUP and then SIGCONT: arriving as the app ended (`q`, then
the window closed), it entered the screen a second time on a second writer, the first left
running; on a terminal already gone, that writer died at its first write and the app's end
waited for ever on its full queue (found by the benchmark, which closes its window 0.1 s
after `q`: one app in a few stayed, every thread waiting; tests/test_window_closed.py).

Here SIGCONT reaches Textual's handler only while the app runs, has not been asked to end,
and its terminal is still there (a hung-up terminal is no longer a terminal to ``isatty``).
"""

from __future__ import annotations

import os
import signal
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import FrameType

    from textual.app import App


def guard_resume(app: App[Any]) -> None:
    """From the app's mount (its driver has set its SIGCONT handler by then)."""
    if app.is_headless or threading.current_thread() is not threading.main_thread():
        return
    textuals = signal.getsignal(signal.SIGCONT)
    if not callable(textuals):
        return

    def on_continue(signum: int, frame: FrameType | None) -> None:
        if app.is_running and app.return_code is None and _terminal_there():
            textuals(signum, frame)

    signal.signal(signal.SIGCONT, on_continue)


def _terminal_there() -> bool:
    return any(os.isatty(fd) for fd in (0, 1, 2))
