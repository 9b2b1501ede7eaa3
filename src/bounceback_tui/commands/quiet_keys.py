"""Keys typed while the app starts are not echoed onto the terminal.

From the launch until Textual takes the terminal over (its raw mode, a moment before the
first frame, after Textual and the first screen are imported), the terminal is as the shell
left it: it echoes what is typed. A key pressed then (`j` to go down as soon as the app is
asked for) was printed in the shell's screen, and stayed there after the app ended, before
the prompt ("z$"). Turning the echo off for the launch leaves the key where it was, unread,
for the app to take as typed once its screen is up; the terminal's own settings come back
when the app ends. SIGTERM, SIGHUP or SIGINT in that moment (0.4 to 1 s) gives the settings
back before the process ends as the signal ends it (status 128 + n): before, it died with the
echo left off. Once Textual runs (``while_textual_runs``), the signals are as they were:
Textual and commands/signals.py have them.

Only the standard library: entered before anything of the app's is imported.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
from collections.abc import Container, Iterable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import FrameType, TracebackType

# What ends a launch from outside: `kill`, the window closed, ctrl+c before raw mode.
ENDING_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)

_quiet: list[KeysNotEchoed] = []  # the launch's, while its echo is off


class KeysNotEchoed:
    """``with KeysNotEchoed():`` standard input's terminal does not echo keys in the block.

    Nothing is changed where standard input is not a terminal, or is closed or replaced."""

    def __init__(self, fd: int | None = None) -> None:
        self._fd = fd
        self._before: list[Any] | None = None  # termios' attributes, as tcgetattr gives them

    def __enter__(self) -> KeysNotEchoed:
        try:
            import termios
        except ImportError:  # no terminals as POSIX has them (Windows)
            return self
        try:
            fd = sys.stdin.fileno() if self._fd is None else self._fd
            before = termios.tcgetattr(fd)
            quiet = list(before)
            quiet[3] = before[3] & ~termios.ECHO  # the local modes, less the echo
            termios.tcsetattr(fd, termios.TCSANOW, quiet)
        except (AttributeError, OSError, ValueError, termios.error):
            return self  # not a terminal: nothing is echoed there anyway
        self._fd, self._before = fd, before
        self._handlers: dict[int, Any] = {}
        self._catch_signals()
        _quiet.append(self)
        return self

    def _catch_signals(self, numbers: Iterable[int] = ENDING_SIGNALS) -> None:
        """The ending signals give the terminal back first (the main thread only sets them)."""
        if threading.current_thread() is not threading.main_thread():
            return
        for number in numbers:
            previous = signal.getsignal(number)
            if previous in (signal.SIG_IGN, None):  # ignored (nohup), or not Python's to set
                continue
            self._handlers[number] = signal.signal(number, self._on_signal)

    def _release_signals(self, kept: Container[int] = ()) -> list[int]:
        """The signals as they were before, but ``kept``; the ones given back."""
        released = [number for number in self._handlers if number not in kept]
        for number in released:
            signal.signal(number, self._handlers.pop(number))
        return released

    def _on_signal(self, number: int, frame: FrameType | None) -> None:
        previous = self._handlers.get(number, signal.SIG_DFL)
        self._give_back()
        self._release_signals()
        if callable(previous):  # Python's own for SIGINT: KeyboardInterrupt, status 130
            previous(number, frame)
            return
        signal.signal(number, signal.SIG_DFL)  # ended as the signal ends it: 128 + n
        os.kill(os.getpid(), number)

    def _give_back(self) -> None:
        import termios
        from contextlib import suppress

        if self._before is None or self._fd is None:
            return
        # The terminal may have gone away (its window closed): nothing to give back then.
        with suppress(OSError, termios.error):
            termios.tcsetattr(self._fd, termios.TCSANOW, self._before)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._before is None or self._fd is None:
            return
        self._give_back()  # first: a signal in between gives it back again, then ends
        self._release_signals()
        if self in _quiet:
            _quiet.remove(self)
        self._before = None


def give_terminal_back() -> None:
    """The terminal's settings as the launch found them (its echo), where it changed them:
    for a signal that ends the process while Textual is not running (commands/signals.py)."""
    for quiet in _quiet:
        quiet._give_back()


@contextlib.contextmanager
def while_textual_runs(held: Container[int] = ()) -> Iterator[None]:
    """Around ``App.run()``: the ending signals are as they were before the launch (Textual
    gives its terminal back itself), and caught again once it has ended. ``held``: signals
    the caller takes over from these handlers itself, and gives back to them, with no moment
    between (commands/signals.py): they stay caught."""
    quiet = _quiet[-1] if _quiet else None
    if quiet is None:
        yield
        return
    released = quiet._release_signals(held)
    try:
        yield
    finally:
        quiet._catch_signals(released)
