"""SIGTERM ends the app as `q` does (``run_app``): the person's terminal is given back (no
alternate screen, no mouse reports, no raw keys left behind), the daily backup and the
store's connections are closed and its -wal and -shm tidied, and the exit status is 143
(128 + 15), as a shell reports a program ended by SIGTERM.

Before, SIGTERM (``kill``, ``timeout``, a session manager) ended the process where it stood:
every commit was already safe on disk, but the terminal stayed in the app's mode, so what
was typed next in the shell did not echo and the mouse printed escape codes.

The handler only asks the app, from a thread of its own, to exit (a signal handler must not
touch the event loop's structures). When the app is not running (before Textual's loop
starts, or after it ended), the handler itself gives back the launch's terminal settings
(commands/quiet_keys.py: its echo) and SIGTERM then does what it always does. Before, the
thread tried that, and only the main thread may set a signal's handler: the signal was
lost in a traceback and the echo stayed off.
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from types import FrameType

    from textual.app import App

EXIT_TERMINATED = 128 + int(signal.SIGTERM)


@contextlib.contextmanager
def end_politely_on_sigterm(app: App[object]) -> Iterator[None]:
    """While the block runs, SIGTERM asks ``app`` to exit with ``EXIT_TERMINATED``."""
    if threading.current_thread() is not threading.main_thread():
        yield  # only the main thread may set a handler
        return

    def on_sigterm(signum: int, _frame: FrameType | None) -> None:
        if app._loop is not None:  # running: only its own loop may end it
            threading.Thread(target=_ask_to_exit, args=(app,), daemon=True).start()
            return
        from bounceback_tui.commands.quiet_keys import give_terminal_back

        give_terminal_back()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    previous = signal.signal(signal.SIGTERM, on_sigterm)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _ask_to_exit(app: App[object]) -> None:
    try:
        app.call_from_thread(app.exit, return_code=EXIT_TERMINATED)
    except RuntimeError:  # it ended meanwhile: sent again, for the main thread's handler
        os.kill(os.getpid(), signal.SIGTERM)
