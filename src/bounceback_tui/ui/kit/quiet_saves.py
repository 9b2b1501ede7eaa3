"""Saves that wait for a pause in typing, one per field, and happen at once when asked.

A field saved at every keystroke stored what the typing passed through: "4" and "40" on the
way to "400", which is refused, left "40" stored, a value nobody chose (Settings' "Ghosted
after", a stranger's walk). Here a field's save waits until the typing has paused for
``delay`` seconds; a keystroke replaces the save waiting (``later``) and one the field
refuses drops it (``drop``), so refused typing leaves what was stored before it. ``flush``
runs every waiting save now (the screen closing).
"""

from __future__ import annotations

from collections.abc import Callable

from textual.message_pump import MessagePump
from textual.timer import Timer


class QuietSaves:
    """The saves waiting on ``owner``'s timers, by field."""

    def __init__(self, owner: MessagePump, delay: float) -> None:
        self._owner = owner
        self._delay = delay
        self._waiting: dict[str, tuple[Timer, Callable[[], object]]] = {}

    def later(self, field: str, save: Callable[[], object]) -> None:
        """Run ``save`` once ``field``'s typing has paused, instead of any save waiting."""
        self.drop(field)
        timer = self._owner.set_timer(self._delay, lambda: self._run(field))
        self._waiting[field] = (timer, save)

    def drop(self, field: str) -> None:
        """Forget ``field``'s waiting save (what is typed now is refused)."""
        waiting = self._waiting.pop(field, None)
        if waiting is not None:
            waiting[0].stop()

    def waiting(self, field: str) -> bool:
        """Whether ``field`` has a save waiting for a pause in typing."""
        return field in self._waiting

    def flush(self) -> None:
        """Every waiting save, now."""
        for field in list(self._waiting):
            self._run(field)

    def _run(self, field: str) -> None:
        waiting = self._waiting.pop(field, None)
        if waiting is not None:
            waiting[0].stop()
            waiting[1]()
