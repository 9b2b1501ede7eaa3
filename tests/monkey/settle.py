"""When a step is over (``settle``): what the move started is let finish, the idle check runs at
the same point of every step, then what that started is let finish; ``_still_working`` says
whether anything is still to come."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from textual.worker import WorkerState

from bounceback_tui.ui.app import BouncebackApp

if TYPE_CHECKING:
    from tests.monkey.walker import _Walk


THREAD_TIMEOUT = 20.0
# A one-shot timer due within this is waited for after a move (the Reframe autosave, 0.5 s;
# a Recovery answer's draft, 0.6 s); a toast's life (3 s and more) is not.
SHORT_TIMER = 1.0


async def settle(walk: _Walk, pilot: Any) -> None:
    """After each move: what the move started is let finish, then the idle check looks
    at the store, then what that started is let finish. The next move is chosen from the
    app's state, so that state must not depend on how far the app got: on a loaded
    machine an async worker (a fetch), a short timer (an autosave) or the idle check's
    own two-second timer (a pane re-read after another window wrote) came a step later,
    and the same seed took another path (seed 1 once missed People's message screen)."""
    await pilot.pause()
    await _until_done(walk, pilot)
    walk.app._watch_tick()  # the idle check, at the same point of every step
    if _still_working(walk.app):  # it re-read the pane (the store changed)
        await _until_done(walk, pilot)


async def _until_done(walk: _Walk, pilot: Any) -> None:
    deadline = time.monotonic() + THREAD_TIMEOUT
    while _still_working(walk.app):
        if getattr(walk.app, "_exception", None) is not None or not walk.app.is_running:
            return  # it raised or stopped: nothing more will be handled (check_step says)
        if time.monotonic() > deadline:
            raise walk.fail("a background task was still running after 20 s")
        await pilot.pause(0.02)
    await pilot.pause()
    await pilot.pause()


def _still_working(app: BouncebackApp) -> bool:
    """Whether something a move started is still to come: a message not yet handled
    anywhere, a callback waiting for the next frame, an animation, a worker (in a thread,
    or on the screen on top: one on a screen below waits for the dialog to close, see
    Reframe's delete) or a short one-shot timer.

    Pilot's idle wait alone is not that: it takes a 5 ms window with under 1 ms of the
    process's CPU for idle, and on a loaded machine the process often gets no CPU in a
    window while messages wait in its queues (a dialog being pushed, focus moving)."""
    from textual.timer import Timer

    screen = app.screen
    if screen._callbacks or screen._layout_required or screen._repaint_required:
        return True
    # A scroll on its way (Textual animates focus moving to a field below the fold, and a
    # form's Page Down): the focus check reads what is in sight, so it waits for the end.
    if app.animator._animations or app.animator._scheduled:
        return True
    for worker in app.workers:
        if worker.state not in (WorkerState.PENDING, WorkerState.RUNNING):
            continue
        node = getattr(worker, "_node", None)
        on_top = node is app or getattr(node, "screen", None) is app.screen
        if getattr(worker, "_thread_worker", False) or on_top:
            return True
    pumps: list[Any] = [app]
    for screen in app.screen_stack:
        pumps.append(screen)
        pumps.extend(screen.query("*"))
    for pump in pumps:
        queue = pump.__dict__.get("_message_queue")  # made on first use (a cached property)
        if (queue is not None and not queue.empty()) or pump._pending_message is not None:
            return True
        if pump._next_callbacks:
            return True
        for timer in list(getattr(pump, "_timers", ())):
            if not isinstance(timer, Timer) or timer._repeat != 0 or timer._interval > SHORT_TIMER:
                continue
            task = timer._task
            if task is not None and not task.done():
                return True
    return False
