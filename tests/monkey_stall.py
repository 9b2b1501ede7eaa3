"""The monkey's stall watch: a lure or a detour that goes round in circles rests a while.

A lure (tests/monkey/: ``LURES``, ``DETOURS``, the panes and screens "again") offers the
next move from wherever the walk is. When that move gets it nowhere (Tab on a dialog whose
keys not pressed yet all leave it; Tab on a list that keeps the focus; Save on a form that
refuses it) the walk comes back to a state it already offered a move from: the same
screens, pane, focused widget and cursor, with the same move. ``STALL_PATIENCE`` such
repeats and the lure rests for ``STALL_REST`` moves, so the walk goes on to the next lure
(and back out of the screen, if that lure's way starts elsewhere), and the lure may try
again later, from another state. Counted in moves, never in time: a seed's walk stays the
same walk.

Seed 1's walk through half a once spent steps 195-231 of its 260 this way (Tab on People's
list, then Tab on the plan offer), and never reached the settings screen.
"""

from __future__ import annotations

from typing import Any

# Moves a lure may offer from a state it already offered the same move from.
STALL_PATIENCE = 4
# Moves it then sits out.
STALL_REST = 30

# What tells a focused widget's states apart: where its cursor is, what it holds.
CURSORS = (
    "cursor",  # the app's VirtualList
    "cursor_coordinate",  # DataTable
    "highlighted",  # OptionList
    "index",  # ListView
    "cursor_position",  # Input
    "cursor_location",  # TextArea
    "value",  # Input, Select
    "text",  # TextArea
    "expanded",  # Select
    "scroll_y",  # a scrolled board
)


def app_state(app: Any) -> tuple[str, ...]:
    """Where the walk is: the screens open, the pane shown, the widget focused and its
    cursor (see ``CURSORS``)."""
    parts = [type(screen).__name__ for screen in app.screen_stack]
    pane = getattr(app, "current_pane", None)
    parts.append(str(getattr(pane, "id", "")))
    focused = app.screen.focused
    if focused is not None:
        parts += [type(focused).__name__, str(focused.id)]
        for name in CURSORS:
            try:
                value = getattr(focused, name)
            except Exception:  # a property that does not apply to this widget
                continue
            parts.append(f"{name}={value!r}")
    return tuple(parts)


class Stalls:
    """Per lure: the states (with its move) it offered a move from since the walk last
    reached something new, how often it came back to one, and the move until which it
    rests."""

    def __init__(self) -> None:
        self.seen: dict[str, set[tuple[str, ...]]] = {}
        self.repeats: dict[str, int] = {}
        self.until: dict[str, int] = {}

    def resting(self, name: str, step: int) -> bool:
        return self.until.get(name, 0) > step

    def offered(self, name: str, state: tuple[str, ...], step: int) -> None:
        """``name`` offers a move (the last item of ``state``) at move ``step``."""
        seen = self.seen.setdefault(name, set())
        if state not in seen:
            seen.add(state)
            return
        self.repeats[name] = self.repeats.get(name, 0) + 1
        if self.repeats[name] >= STALL_PATIENCE:
            self.until[name] = step + STALL_REST
            del self.seen[name], self.repeats[name]

    def progress(self) -> None:
        """Something new was reached: every state may lead somewhere now (a rest stays)."""
        self.seen.clear()
        self.repeats.clear()
