"""Keys typed while the app starts are not echoed onto the terminal.

From the launch until Textual takes the terminal over (its raw mode, a moment before the
first frame, after Textual and the first screen are imported), the terminal is as the shell
left it: it echoes what is typed. A key pressed then (`j` to go down as soon as the app is
asked for) was printed in the shell's screen, and stayed there after the app ended, before
the prompt ("z$"). Turning the echo off for the launch leaves the key where it was, unread,
for the app to take as typed once its screen is up; the terminal's own settings come back
when the app ends, whichever way it ends short of a signal that kills it (then the shell
puts its own back).

Only the standard library: entered before anything of the app's is imported.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from types import TracebackType


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
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        if self._before is None or self._fd is None:
            return
        import termios
        from contextlib import suppress

        # The terminal may have gone away (its window closed): nothing to give back then.
        with suppress(OSError, termios.error):
            termios.tcsetattr(self._fd, termios.TCSANOW, self._before)
        self._before = None
