"""Work a field's changes ask for, done once for a burst of them.

A paste in a terminal without bracketed paste arrives as one key a character: 10,000 keys,
each a ``Changed`` message. A handler that reads the whole text, queries the screen and
restyles a line on every one of them did that 10,000 times, each time over a longer text: a
10,000-character paste into a skill's "Links and notes" took minutes to settle, its note
naming a length the text had long passed (docs/performance.md, "After the twenty-ninth
round").

``OncePerBurst`` runs its work once the messages the app holds now have been handled: the
terminal's keys wait in the app's queue, and are sent on one at a time
(``kit/keys_in_order.py``), so the work waits behind the keys already read. A key typed by
hand is alone there, and its work runs right after it, as before; a burst's keys are read
together, and the work runs once for them, on what the fields hold by then. ``flush`` runs
the waiting work now (a save reads its result).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

from textual.dom import DOMNode

K = TypeVar("K", bound=Hashable)


class OncePerBurst(Generic[K]):
    """Work by key (the field that changed), asked for on every change, run once a burst."""

    def __init__(self, owner: DOMNode, work: Callable[[K], object]) -> None:
        self._owner = owner
        self._work = work
        self._waiting: dict[K, None] = {}  # in the order first asked

    def ask(self, key: K) -> None:
        """Run the work for ``key`` once the messages the app holds now are handled."""
        if not self._waiting:
            self._owner.app.call_later(self._later)
        self._waiting[key] = None

    def _later(self) -> None:
        if self._owner.is_attached:  # not on a screen closed meanwhile
            self.flush()
        self._waiting.clear()

    def flush(self) -> None:
        """Run the work waiting, now (nothing if none waits)."""
        while self._waiting:
            key = next(iter(self._waiting))
            del self._waiting[key]
            self._work(key)
