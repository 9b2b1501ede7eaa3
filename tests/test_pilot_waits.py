"""Pilot's wait for the screen (tests/pilot_waits.py): a node with nothing to do is not woken,
and a node with a message queued or in hand is still waited for."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Static

from tests import pilot_waits


class Ping(Message):
    pass


class Counter(Static):
    """Counts its wakes (each message it handles ends in an idle event) and its pings."""

    def __init__(self, *, slow: bool = False) -> None:
        super().__init__("counter")
        self.wakes = 0
        self.pings = 0
        self.slow = slow
        self.holding = False
        self.release = asyncio.Event()

    def on_idle(self) -> None:
        self.wakes += 1

    async def on_ping(self, _message: Ping) -> None:
        if self.slow:
            self.holding = True
            await self.release.wait()
        self.pings += 1


class Two(App[None]):
    def compose(self) -> ComposeResult:
        yield Counter()
        yield Counter(slow=True)


def test_the_suite_waits_with_it() -> None:
    assert Pilot._wait_for_screen is pilot_waits.wait_for_busy_nodes


async def test_a_node_with_nothing_to_do_is_not_woken() -> None:
    app = Two()
    async with app.run_test() as pilot:
        await pilot.pause()
        quiet = app.query(Counter).first()
        before = quiet.wakes
        for _ in range(3):
            await pilot.pause()
        # Textual's own wait posted a callback to every node at every pause (one wake each).
        assert quiet.wakes == before
        assert pilot_waits.last_wait["parked"] >= 3  # the app, the screen, the counters


async def test_a_queued_message_is_handled_before_the_wait_ends() -> None:
    app = Two()
    async with app.run_test() as pilot:
        await pilot.pause()
        quiet = app.query(Counter).first()
        quiet.post_message(Ping())
        assert not pilot_waits.parked(quiet)
        await pilot._wait_for_screen()
        assert quiet.pings == 1


async def test_a_message_in_hand_is_finished_before_the_wait_ends() -> None:
    app = Two()
    async with app.run_test() as pilot:
        await pilot.pause()
        slow = app.query(Counter).last()
        slow.post_message(Ping())
        while not slow.holding:
            await asyncio.sleep(0)  # until its handler has the message and waits in it
        assert not pilot_waits.parked(slow)
        wait = asyncio.create_task(pilot._wait_for_screen())
        for _ in range(20):
            await asyncio.sleep(0)
        assert not wait.done()  # held by the message in hand
        slow.release.set()
        assert await wait
        assert slow.pings == 1
