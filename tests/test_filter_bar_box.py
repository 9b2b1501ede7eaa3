"""A filter bar makes its box when it is first opened or given words (ui/kit/filter_bar.py):
until then there is no box, its value is empty and closing it is a no-op; once made, the box
sits before the status, takes the focus and reports what is typed, as before
(docs/performance.md, "Memory, mem6's round")."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static

from bounceback_tui.ui.kit.filter_bar import FilterBar, FilterInput


class _Bar(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.changes: list[str] = []

    def compose(self) -> ComposeResult:
        yield Static("rows", id="rows")
        yield FilterBar("Filter (Esc clears)", id="bar", input_id="box", status=True)

    def on_filter_bar_changed(self, event: FilterBar.Changed) -> None:
        self.changes.append(event.value)


async def test_the_box_is_made_when_the_bar_first_opens() -> None:
    app = _Bar()
    async with app.run_test(size=(60, 10)) as pilot:
        bar = app.query_one(FilterBar)
        assert bar.made_input is None and not app.query(FilterInput)
        assert bar.value == "" and not bar.is_active
        bar.value = ""  # nothing to clear: still no box
        bar.close()
        await pilot.pause()
        assert bar.made_input is None
        bar.show_status("3 of 3", room=8)
        bar.open()
        await pilot.pause()
        box = bar.made_input
        assert isinstance(box, FilterInput) and box.id == "box"
        assert bar.children[0] is box and len(bar.children) == 2  # before the status
        assert app.focused is box
        await pilot.press(*"nor")
        await pilot.pause()
        assert bar.value == "nor" and app.changes[-1] == "nor"
        bar.close()
        await pilot.pause()
        assert bar.value == "" and not bar.is_open and bar.made_input is box


async def test_words_set_from_code_make_the_box_and_are_reported() -> None:
    app = _Bar()
    async with app.run_test(size=(60, 10)) as pilot:
        bar = app.query_one(FilterBar)
        bar.value = "globex"
        await pilot.pause()
        assert bar.made_input is not None and bar.value == "globex"
        assert app.changes == ["globex"]
        assert bar.is_active
