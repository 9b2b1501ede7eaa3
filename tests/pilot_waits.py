"""Pilot's wait for the screen, without waking what has nothing to do (docs/testing.md,
"Pilot's wait for the screen").

Before and after every key and every pause, Textual's ``Pilot._wait_for_screen`` waits until
the app and every node of the active screen have handled the messages queued so far: it
posts a callback to each of them and waits for all to run. A node whose queue is empty and
whose message loop is parked (waiting for its next message) has nothing queued and nothing
in hand, so its callback only wakes it: one more message, one idle event, a few hundred
nodes a screen, at every key and pause. Here only the nodes with something queued or in
hand are asked and waited for; what the wait guarantees is the same. Textual wakes a node
whenever it leaves it work for its idle time (``check_idle`` posts a message), so a parked
node has none.

It reads Textual's message queue (``textual._queue.Queue``: ``values``, ``ready_event``).
An upgrade that renames them fails every UI test loudly, not silently.
"""

from __future__ import annotations

import asyncio
from typing import Any

# The nodes the last wait left alone and those it asked (tests/test_pilot_waits.py).
last_wait = {"parked": 0, "asked": 0}


def parked(pump: Any) -> bool:
    """Whether ``pump``'s message loop waits for its next message with none queued."""
    queue = pump._message_queue
    if queue.values:
        return False
    waiters = queue.ready_event._waiters
    return bool(waiters) and any(not waiter.done() for waiter in waiters)


async def wait_for_busy_nodes(pilot: Any, timeout: float = 30.0) -> bool:
    """``Pilot._wait_for_screen`` asking only the nodes that are not parked."""
    from textual.pilot import WaitForScreenTimeout

    try:
        screen = pilot.app.screen
    except Exception:
        return False
    pending = 0
    done = asyncio.Event()

    def one_done() -> None:
        nonlocal pending
        pending -= 1
        if pending == 0:
            done.set()

    left = 0
    for node in [pilot.app, *screen.walk_children(with_self=True)]:
        if parked(node):
            left += 1
        elif node.call_later(one_done):
            pending += 1
    last_wait.update(parked=left, asked=pending)
    if not pending:
        return True
    waits = [
        asyncio.create_task(done.wait()),
        asyncio.create_task(pilot.app._exception_event.wait()),
    ]
    _, still = await asyncio.wait(waits, timeout=timeout, return_when=asyncio.FIRST_COMPLETED)
    for task in still:
        task.cancel()
    if len(still) == len(waits):
        raise WaitForScreenTimeout(
            "Timed out while waiting for widgets to process pending messages."
        )
    return pending == 0


def wait_only_for_busy_nodes() -> None:
    from textual.pilot import Pilot

    Pilot._wait_for_screen = wait_for_busy_nodes  # type: ignore[method-assign]
