"""SIGTERM or SIGHUP ends the app as `q` does (``run_app``): the person's terminal is given
back (no alternate screen, no mouse reports, no raw keys left behind), the daily backup and
the store's connections are closed and its -wal and -shm tidied, and the exit status is 143
(128 + 15), as a shell reports a program ended by SIGTERM (129 for SIGHUP).

Before, SIGTERM (``kill``, ``timeout``, a session manager) ended the process where it stood:
every commit was already safe on disk, but the terminal stayed in the app's mode, so what
was typed next in the shell did not echo and the mouse printed escape codes.

The handler only notes the signal: a watch, a thread started with the block, asks the app's
loop to exit (a signal handler must not touch the event loop's structures, nor start a
thread: the main thread may hold the very lock that takes) and, should the window still not
have ended ``GRACE_S`` later, ends the process itself. Before Textual's loop starts, the
handler itself gives back the launch's terminal settings (commands/quiet_keys.py: its echo)
and the signal then does what it always does. After the loop has ended, the window's tidying
goes on and the launch gives the terminal back as it ends (``end_politely``). The handler
holds both signals from the launch's own (quiet_keys) to the end of the tidying, handed over
with no moment between: SIGHUP during the loop, or either one just after it, ended the
process with the terminal as the app had it.
"""

from __future__ import annotations

import contextlib
import functools
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
    - A second signal does not wait, wherever it comes: the terminal back, ended as the
      signal ends it. Before, while the loop ran, each one only asked again.
    - Nor does the first wait for ever: a window still not ended ``GRACE_S`` after it ends
      there, with the signal's status (every commit is already on disk). A window that hung
      on a terminal gone (kit/resume_guard.py) stayed for ever, deaf to SIGTERM.
    """
    ended = EndedBy()
    if threading.current_thread() is not threading.main_thread():
        yield ended  # only the main thread may set a handler
        return
    signalled, finished = threading.Event(), threading.Event()

    def on_signal(signum: int, _frame: FrameType | None) -> None:
        if ended.signal is not None:  # the second: no waiting
            _end_now(signum, drawn=app._loop is not None)
        ended.signal = signum
        if app._loop is None and app._driver is None:  # its loop not run yet
            _end_now(signum, drawn=False)
        # Running, the watch asks its loop to end (only that loop may end it; a signal
        # handler must not touch its structures). Ended, the tidying goes on.
        signalled.set()

    watch = threading.Thread(
        target=_watch, args=(app, ended, signalled, finished), name="ending-watch", daemon=True
    )
    previous = {number: signal.signal(number, on_signal) for number in ENDING}
    watch.start()
    try:
        yield ended
    finally:
        finished.set()
        signalled.set()
        for number, handler in previous.items():
            signal.signal(number, handler)


# How long a window may take to end after the first signal (its tidying, a daily backup of
# a large store, takes a few seconds at the most).
GRACE_S = 30.0

# The terminal's modes as Textual leaves them when it ends, in its order: the kitty keyboard
# protocol, mouse reports, pasting, focus and in-band resize reports, the alternate screen
# off, the cursor shown. A mode left on after a forced end sent the shell CSI-u keys and
# "^[[I" on every focus change.
_SCREEN_LEFT = (
    "\x1b[<u\x1b[?1000l\x1b[?1003l\x1b[?1015l\x1b[?1006l\x1b[?2004l\x1b[?1004l\x1b[?2048l"
    "\x1b[?1049l\x1b[?25h"
)


def _watch(
    app: App[object], ended: EndedBy, signalled: threading.Event, finished: threading.Event
) -> None:
    signalled.wait()
    if finished.is_set():
        return
    loop = app._loop
    if loop is not None:  # not waiting on it: the loop may be the thing that hangs
        with contextlib.suppress(RuntimeError):  # closed meanwhile: its tidying goes on
            loop.call_soon_threadsafe(functools.partial(app.exit, return_code=ended.status))
    if finished.wait(GRACE_S):
        return
    _give_back(drawn=True)
    _write_now(
        f"bounceback-tui: stopped by {ended.name}; the window did not end within"
        f" {GRACE_S:.0f} s; everything saved is kept.\n"
    )
    os._exit(ended.status)


def _give_back(*, drawn: bool) -> None:
    from bounceback_tui.commands.quiet_keys import give_terminal_back

    give_terminal_back()
    if drawn:  # Textual's screen may still be up: a hung window never gave it back
        _write_now(_SCREEN_LEFT)


def _write_now(text: str) -> None:
    """``text`` to standard error if it takes it at once: the ending must not wait on a
    terminal that stopped reading (a stalled ssh or tmux pane), the very hang it ends."""
    try:
        blocking = os.get_blocking(2)
        os.set_blocking(2, False)
    except OSError:
        return
    try:
        os.write(2, text.encode())
    except OSError:  # full, or gone: the ending goes on without it
        pass
    finally:
        with contextlib.suppress(OSError):
            os.set_blocking(2, blocking)


def _end_now(signum: int, *, drawn: bool) -> None:
    _give_back(drawn=drawn)
    signal.signal(signum, signal.SIG_DFL)
    os.kill(os.getpid(), signum)
