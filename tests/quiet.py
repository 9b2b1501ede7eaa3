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
            if timer._repeat == 0 and task is not None and not task.done():
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
