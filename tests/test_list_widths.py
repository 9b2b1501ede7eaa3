"""Lists fit their width: no stray horizontal scrollbar, no column widths gone stale.

Two bugs, seen in tmux on the demo data: the People list drew a lone `▏` (the thumb of a
horizontal scrollbar) on its bottom row at some widths, its columns being wider than the
list; and a kit list whose vertical scrollbar came or went after it was filled (a filter
cleared, or typed) kept the width it had before, so Skills' board columns showed a
horizontal scrollbar after Escape cleared a filter, and the Pipeline table's columns were
sized for the wrong width.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.virtual_list import VirtualList
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle


@dataclass(frozen=True)
class Item:
    id: int
    name: str


def items(count: int) -> list[Item]:
    return [Item(i, f"item {i}") for i in range(1, count + 1)]


class Lines(VirtualList[Item]):
    """A list as the panes' are: overflow left at Textual's default (auto)."""

    def render_item(self, item: Item, index: int, width: int) -> Sequence[Strip]:
        return [self.whole_line(Text(item.name), self.line_background(index))]


class Columns(Lines):
    """A table that scrolls sideways, its columns sized from the width it has (as the
    Pipeline's): wider than the list only when the columns need it."""

    SCROLLS_SIDEWAYS = True

    def content_width(self) -> int:
        self.sized_for = self.scrollable_content_region.width
        return max(self.sized_for, 12)


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Lines(id="lines")
        yield Columns(id="columns")


def fits(widget: VirtualList[Item]) -> bool:
    return (
        widget.virtual_size.width <= widget.scrollable_content_region.width
        and not widget.show_horizontal_scrollbar
    )


@pytest.mark.parametrize("list_id", ["lines", "columns"])
async def test_a_list_keeps_its_width_as_its_vertical_scrollbar_comes_and_goes(
    list_id: str,
) -> None:
    app = ListApp()
    async with app.run_test(size=(30, 20)) as pilot:
        widget = app.query_one(f"#{list_id}", Lines)
        widget.set_items(items(2))
        await settle(pilot)
        assert not widget.show_vertical_scrollbar and fits(widget)
        widget.set_items(items(100))  # a filter cleared: the scrollbar comes
        await settle(pilot)
        assert widget.show_vertical_scrollbar
        assert fits(widget)
        widget.set_items(items(3))  # a filter typed: it goes
        await settle(pilot)
        assert not widget.show_vertical_scrollbar
        assert widget.virtual_size.width == widget.scrollable_content_region.width
        if isinstance(widget, Columns):
            assert widget.sized_for == widget.scrollable_content_region.width


@pytest.fixture
def demo(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 300)
    return opened_paths


async def test_skills_board_columns_fit_after_a_filter_is_cleared(demo: DataPaths) -> None:
    async with app_on(demo, "skills", size=(100, 24)) as (_app, pilot, pane):
        columns = list(pane.query(".skills-column-lane"))
        assert columns and any(c.show_vertical_scrollbar for c in columns)
        await pilot.press("slash")
        pane.filter_bar.value = "zzzq"
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert [c.id for c in columns if not fits(c)] == []


@pytest.mark.parametrize("width", [80, 100, 120])
async def test_the_people_list_draws_no_horizontal_scrollbar(demo: DataPaths, width: int) -> None:
    async with app_on(demo, "people", size=(width, 24)) as (_app, pilot, pane):
        await settle(pilot)
        people = pane.query_one("#people-list")
        assert people.size.width > 0 and not people.show_horizontal_scrollbar
        assert people.virtual_size.width <= people.scrollable_content_region.width
