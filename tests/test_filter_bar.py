"""The one filter bar (ui/kit/filter_bar): opens focused, tells each change, closes quietly."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Button

from bounceback_tui.ui.kit.filter_bar import FilterBar


class BarApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.changes: list[str] = []
        self.submitted: list[str] = []

    def compose(self) -> ComposeResult:
        yield FilterBar("Filter things", id="bar", input_id="bar-input", status=True)
        yield Button("elsewhere")

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        assert event.control.id == "bar"
        self.changes.append(event.value)

    def on_filter_bar_submitted(self, event: FilterBar.Submitted) -> None:
        self.submitted.append(event.value)


async def test_the_bar_opens_focused_tells_changes_and_closes_without_telling() -> None:
    app = BarApp()
    async with app.run_test() as pilot:
        bar = app.query_one(FilterBar)
        assert not bar.display and not bar.is_open and not bar.is_active
        bar.open()
        await pilot.pause()
        assert bar.display and bar.input.has_focus and bar.input.id == "bar-input"
        await pilot.press("a", "c")
        await pilot.press("enter")
        await pilot.pause()
        assert app.changes == ["a", "ac"] and app.submitted == ["ac"]
        bar.value = "set from code"
        await pilot.pause()
        assert app.changes[-1] == "set from code"
        bar.close()
        await pilot.pause()
        assert bar.value == "" and not bar.display and not bar.is_active
        assert app.changes[-1] == "set from code"  # closing says nothing


async def test_the_status_shows_a_persons_text_as_typed() -> None:
    app = BarApp()
    async with app.run_test() as pilot:
        bar = app.query_one(FilterBar)
        bar.open()
        from bounceback_tui.ui.kit.text import plain

        bar.show_status(plain("[b]12[/b] of 300"))
        await pilot.pause()
        status = bar.query_one(".filter-bar--status")
        assert str(status.render()) == "[b]12[/b] of 300"
