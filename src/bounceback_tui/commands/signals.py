"""SIGTERM or SIGHUP ends the app as `q` does (``run_app``): the person's terminal is given
back (no alternate screen, no mouse reports, no raw keys left behind), the daily backup and
the store's connections are closed and its -wal and -shm tidied, and the exit status is 143
(128 + 15), as a shell reports a program ended by SIGTERM (129 for SIGHUP).

Before, SIGTERM (``kill``, ``timeout``, a session manager) ended the process where it stood:
every commit was already safe on disk, but the terminal stayed in the app's mode, so what
was typed next in the shell did not echo and the mouse printed escape codes.

The handler only asks the app, from a thread of its own, to exit (a signal handler must not
touch the event loop's structures). Before Textual's loop starts, the handler itself gives
back the launch's terminal settings (commands/quiet_keys.py: its echo) and the signal then
does what it always does. Before, the thread tried that, and only the main thread may set a
signal's handler: the signal was lost in a traceback and the echo stayed off. After the loop
has ended, the window's tidying goes on and the launch gives the terminal back as it ends
(``end_politely``). The handler holds both signals from the launch's own (quiet_keys) to the
end of the tidying, handed over with no moment between: SIGHUP during the loop, or either one
just after it, ended the process with the terminal as the app had it.
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

# What ends a window from outside: `kill`, `timeout`, a session manager; SIGHUP as `kill -HUP`
# sends it, or the terminal's window closed.
ENDING = (signal.SIGTERM, signal.SIGHUP)


class EndedBy:
    """The signal that ended the window, if one did (``end_politely``)."""

    def __init__(self) -> None:
        self.signal: int | None = None

    @property
    def status(self) -> int:
        """The exit status a shell reports for a program the signal ended (143, 129)."""
        return 128 + int(self.signal or 0)

    @property
    def name(self) -> str:
        return signal.Signals(self.signal).name if self.signal else ""


@contextlib.contextmanager
def end_politely(app: App[object]) -> Iterator[EndedBy]:
    """While the block runs (``App.run()`` and the tidying after it), SIGTERM or SIGHUP ends
    ``app`` as `q` does, and the block's end says which (``EndedBy``).

    - Before the app's loop runs: the launch's terminal settings are given back and the
      signal ends the process, as it always does (nothing of the window's to close yet).
    - While it runs: the app is asked to exit; Textual gives the terminal back.
    - Once it has ended (Textual shutting down, the store being closed and tidied): the
      signal is kept, the tidying goes on, and the terminal is given back as the launch ends;
      the status is the signal's. Before, the process ended there, the store left untidied.
      A second signal then does not wait: the terminal back, ended as the signal ends it.
    """
    ended = EndedBy()
    if threading.current_thread() is not threading.main_thread():
        yield ended  # only the main thread may set a handler
        return

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        first = ended.signal is None
        if first:
            ended.signal = signum
        if app._loop is not None:  # running: only its own loop may end it
            threading.Thread(target=_ask_to_exit, args=(app, 128 + signum), daemon=True).start()
            return
        if first and app._driver is not None:  # its loop ran and ended: the tidying goes on
            return
        from bounceback_tui.commands.quiet_keys import give_terminal_back

        give_terminal_back()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    previous = {number: signal.signal(number, on_signal) for number in ENDING}
    try:
        yield ended
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _ask_to_exit(app: App[object], status: int) -> None:
    # The app may end meanwhile (its loop closing): the signal is kept (``EndedBy``), and the
    # window's tidying goes on to end with its status.
    with contextlib.suppress(Exception):
        app.call_from_thread(app.exit, return_code=status)
