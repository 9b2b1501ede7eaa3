"""Wait until an app under test has stopped changing on its own, before a picture is taken.

Panes draw some things a moment after a key (the key bar after the cursor rests, the detail
panel, Today's mood chart): one-shot timers and worker threads. A snapshot taken across one of
them depends on the machine's load. ``until_quiet`` waits for the real condition (every worker
done, every one-shot timer fired, then an idle pause), and holds text cursors still, since the
wait may outlast their half-second blink.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from textual.timer import Timer
from textual.widgets import Input, TextArea
from textual.worker import WorkerCancelled

LOOKS = 150  # at 0.02 s each: give up waiting after about three seconds
# A one-shot timer longer than this waits for a moment of the clock (Today's, for the next
# interview to begin or end: ui/today/people_part.py), not for a picture to settle.
CLOCK_TIMER = 60.0


def _pending_timers(app: Any) -> list[Timer]:
    pumps: list[Any] = [app]
    for screen in app.screen_stack:
        pumps.append(screen)
        pumps.extend(screen.query("*"))
    pending: list[Timer] = []
    for pump in pumps:
        for timer in list(getattr(pump, "_timers", ())):
            task = timer._task
            # set_timer() fires once (repeat 0); intervals (blink, clocks) never finish.
            if (
                timer._repeat == 0
                and timer._interval <= CLOCK_TIMER
                and task is not None
                and not task.done()
            ):
                pending.append(timer)
    return pending


async def until_quiet(pilot: Any) -> None:
    app = pilot.app
    for _ in range(LOOKS):
        # A worker that lives on (a watcher) must not hang the picture. One the app cancels
        # (an old pane's, when the panes are replaced; an exclusive group's, restarted) is
        # done: wait on for the others. One that failed still raises.
        with contextlib.suppress(TimeoutError, WorkerCancelled):
            await asyncio.wait_for(app.workers.wait_for_complete(), 3)
        await pilot.pause()
        if not _pending_timers(app) and not any(w.is_running for w in app.workers):
            break
        await pilot.pause(0.02)
    for widget in app.screen.query("Input, TextArea"):
        if isinstance(widget, Input | TextArea):
            widget.cursor_blink = False
    await pilot.pause()


DRAIN_ROUNDS = 200  # pauses: on a machine too busy for that, the wait fails (not hangs)


def _still_busy(app: Any) -> str | None:
    """What the app still has to do now, in words (None: nothing): keys typed that wait in
    the app (``ui/kit/keys_in_order.py``) or a dialog still opening (it holds them), a
    message queued or in hand on the app or a node of its active screen, or the screen's
    next update (a layout, a repaint, a scroll, callbacks waiting for it)."""
    from bounceback_tui.ui.kit.keys_in_order import KeysInOrder
    from bounceback_tui.ui.kit.type_ahead import opening
    from tests.pilot_waits import parked

    if isinstance(app, KeysInOrder) and app.screen_stack:
        if app.keys_waiting():
            return "keys typed wait in the app"
        if opening(app):
            return f"{app.screen!r} is still opening (keys typed would wait)"

    try:
        screen = app.screen
    except Exception:
        return None  # no screen: closing
    for node in [app, *screen.walk_children(with_self=True)]:
        if not parked(node):
            return f"{node!r} has a message to handle"
    update = (
        screen._callbacks
        or screen._layout_required
        or screen._scroll_required
        or screen._repaint_required
        or screen._dirty_widgets
    )
    return f"{screen!r} has an update to make" if update else None


async def until_drained(pilot: Any) -> None:
    """Pause until the app has handled everything asked of it so far (see ``_still_busy``).

    Pilot's pause waits for the screen's nodes once and then for an idle window; on a
    loaded machine a window can pass with the process given no time at all, so it reads
    as idle while a focus move, a key or a layout waits its turn. Here the condition is
    asked again after each pause; a failed worker or app still raises at the block's end."""
    busy: str | None = None
    for _ in range(DRAIN_ROUNDS):
        await pilot.pause()
        busy = _still_busy(pilot.app)
        if busy is None:
            return
    raise AssertionError(f"still busy after {DRAIN_ROUNDS} pauses: {busy}")
