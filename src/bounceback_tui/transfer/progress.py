"""Progress for long exports and imports: one callback, shown in a terminal or in the app.

Work reports ``progress(what, done, total)``; ``total`` may be 0 when unknown.
The terminal reporter draws one line on stderr, only when stderr is a terminal,
only after a short delay (quick runs stay silent) and at most ten times a second.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import TextIO

ProgressFn = Callable[[str, int, int], None]


def no_progress(what: str, done: int, total: int) -> None:
    """The default: report nothing."""


class TerminalProgress:
    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        delay: float = 0.3,
        interval: float = 0.1,
        force: bool = False,
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = force or _is_terminal(self.stream)
        self.delay = delay
        self.interval = interval
        self._started = time.monotonic()
        self._last_draw = 0.0
        self._drawn = False
        self._width = 0

    def __call__(self, what: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = total > 0 and done >= total
        if now - self._started < self.delay and not (finished and self._drawn):
            return
        if not finished and now - self._last_draw < self.interval:
            return
        self._last_draw = now
        self._draw(describe(what, done, total))

    def _draw(self, line: str) -> None:
        padding = " " * max(0, self._width - len(line))
        self.stream.write(f"\r{line}{padding}")
        self.stream.flush()
        self._width = len(line)
        self._drawn = True

    def finish(self) -> None:
        """End the progress line so the next output starts on its own line."""
        if self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False


def describe(what: str, done: int, total: int) -> str:
    if total > 0:
        percent = min(100, done * 100 // total)
        return f"{what}: {done:,} of {total:,} ({percent}%)"
    return f"{what}: {done:,}"


def _is_terminal(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
