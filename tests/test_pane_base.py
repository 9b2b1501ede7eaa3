"""The Pane base: keys refreshed only on change, one undo slot, one way to report errors."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult

from bounceback_tui.errors import BouncebackError, StoreError
from bounceback_tui.ui.kit.pane import Pane


class Counting(Pane):
    PANE_ID = "counting"
    STATEFUL_ACTIONS = ("edit", ("move", (1,)), "undo")
    UNDO_DEPTH: ClassVar[int] = 2

    def __init__(self) -> None:
        super().__init__(id="counting")
        self.has_row = False
        self.at_end = False
        self.refreshes = 0
        self.fail_with: BouncebackError | None = None
        self.loads = 0

    def load(self) -> None:
        if self.fail_with is not None:
            raise self.fail_with
        self.loads += 1

    def refresh_bindings(self) -> None:
        self.refreshes += 1
        super().refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "edit":
            return self.has_row
        if action == "move":
            return None if self.at_end else self.has_row
        return super().check_action(action, parameters)


class PaneApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Counting()


async def test_the_key_bar_is_refreshed_only_when_what_applies_changes() -> None:
    app = PaneApp()
    async with app.run_test() as pilot:
        pane = app.query_one(Counting)
        pane.sync_keys()
        first = pane.refreshes
        assert first == 1
        pane.sync_keys()
        assert pane.refreshes == first  # nothing changed
        pane.has_row = True
        pane.sync_keys()
        assert pane.refreshes == first + 1
        pane.at_end = True  # move greys out (None), a change too
        pane.sync_keys()
        assert pane.refreshes == first + 2
        pane.at_end = False
        pane.sync_keys_soon(0.01)
        pane.sync_keys_soon(0.01)  # a second call within the delay replaces the first
        assert pane.refreshes == first + 2
        await pilot.pause(0.1)
        assert pane.refreshes == first + 3


async def test_undo_keeps_the_newest_entries_and_turns_u_on_and_off() -> None:
    app = PaneApp()
    async with app.run_test():
        pane = app.query_one(Counting)
        assert not pane.has_undo and pane.check_action("undo", ()) is False
        pane.remember_undo("first")
        pane.remember_undo("second")
        pane.remember_undo("third")  # depth 2: "first" is gone
        assert pane.undo_entry() == "third" and pane.check_action("undo", ()) is True
        pane.forget_undo()
        assert pane.undo_entry() == "second"
        pane.forget_undo("not there")
        pane.forget_undo("second")
        assert pane.undo_entry() is None and not pane.has_undo


async def test_a_store_that_cannot_be_read_is_reported_and_the_pane_carries_on() -> None:
    app = PaneApp()
    async with app.run_test(notifications=True) as pilot:
        pane = app.query_one(Counting)
        pane.reload()
        assert pane.loads == 1
        pane.fail_with = StoreError("The store is locked by another program. Try again.")
        pane.reload()
        await pilot.pause()
        (toast,) = app._notifications
        assert str(toast.message) == "The store is locked by another program. Try again."
        assert toast.severity == "warning" and toast.title == "Could not read the store"
        pane.fail_with = None
        pane.reload()
        assert pane.loads == 2
        pane.report(BouncebackError("[b]Globex[/b] moved on."))
        await pilot.pause()
        latest = list(app._notifications)[-1]
        assert str(latest.message) == "[b]Globex[/b] moved on."  # shown as typed
        assert latest.title == "Nothing changed"
