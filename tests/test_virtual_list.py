"""The one virtual list (ui/kit/virtual_list): cursor, keys, messages, drawing only what shows."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

from rich.text import Text
from textual.app import App, ComposeResult
from textual.strip import Strip

from bounceback_tui.ui.kit.virtual_list import VirtualList


@dataclass(frozen=True)
class Item:
    id: int
    name: str


def items(count: int, start: int = 1) -> list[Item]:
    return [Item(i, f"item {i}") for i in range(start, start + count)]


class Names(VirtualList[Item]):
    HEADER_HEIGHT = 1
    DEFAULT_CSS = "Names { overflow-x: hidden; }"

    def __init__(self) -> None:
        super().__init__(placeholder="Nothing here.", id="names")
        self.drawn: list[int] = []
        self.header_clicks: list[tuple[int, int]] = []

    def render_item(self, item: Item, index: int, width: int) -> Sequence[Strip]:
        self.drawn.append(item.id)
        return [self.text_strip(Text(item.name), width, self.line_background(index))]

    def render_header(self, y: int, width: int) -> Strip:
        return self.text_strip(Text("Name"), width, self.component("header"))

    def header_clicked(self, x: int, y: int) -> None:
        self.header_clicks.append((x, y))


class ListApp(App[None]):
    def __init__(self) -> None:
        super().__init__()
        self.highlighted: list[Hashable] = []
        self.selected: list[Hashable] = []

    def compose(self) -> ComposeResult:
        yield Names()

    @property
    def names(self) -> Names:
        return self.query_one(Names)

    def on_virtual_list_highlighted(self, event: VirtualList.Highlighted) -> None:
        assert event.control.id == "names"
        self.highlighted.append(event.key)

    def on_virtual_list_selected(self, event: VirtualList.Selected) -> None:
        self.selected.append(event.key)


def line_text(widget: Names, y: int) -> str:
    return widget.render_line(y).text


async def test_keys_move_the_cursor_within_the_items() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.names
        names.set_items(items(100))
        names.focus()
        await pilot.press("j", "j", "down")
        assert names.cursor == 3 and names.selected_key == 4
        await pilot.press("k", "up")
        assert names.cursor == 1
        await pilot.press("G")
        assert names.selected == Item(100, "item 100")
        await pilot.press("j")  # past the end: stays
        assert names.cursor == 99
        await pilot.press("g")
        assert names.cursor == 0
        await pilot.press("pagedown")
        assert names.cursor == names.page_items == 11  # 12 lines less the header
        await pilot.press("home", "end")
        assert names.cursor == 99
        names.cursor = -5  # the reactive is validated: never outside the items
        assert names.cursor == 0
        names.cursor = 1000
        assert names.cursor == 99


async def test_highlighted_follows_the_item_and_enter_selects_it() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.names
        names.set_items(items(5))
        names.focus()
        await pilot.press("j", "j", "k", "enter")
        await pilot.pause()
        assert app.highlighted == [1, 2, 3, 2]
        assert app.selected == [2]
        names.set_items(list(reversed(items(5))))  # the cursor keeps its item...
        await pilot.pause()
        assert names.selected_key == 2 and names.cursor == 3
        assert app.highlighted == [1, 2, 3, 2]  # ...so nothing new to tell
        names.set_items([Item(2, "renamed"), *items(3, start=7)])  # same key, new value
        await pilot.pause()
        assert app.highlighted[-1] == 2 and len(app.highlighted) == 5
        names.set_items([])
        await pilot.pause()
        assert app.highlighted[-1] is None and names.selected is None
        await pilot.press("enter", "j")
        assert app.selected == [2]


async def test_a_vanished_item_leaves_the_cursor_on_its_line_or_the_first() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 12)):
        names = app.names
        names.set_items(items(10))
        names.select_key(6)
        names.set_items([item for item in items(10) if item.id != 6])
        assert names.cursor == 5 and names.selected_key == 7  # the same line
        names.set_items(items(10, start=50), or_first=True)
        assert names.cursor == 0
        names.set_items(items(10), keep=9)
        assert names.selected_key == 9
        names.set_items(items(10), keep=None, or_first=True)  # no item in particular
        assert names.cursor == 0
        assert not names.select_key(1234)
        assert names.index_of(3) == 2 and names.index_of(1234) is None


async def test_only_the_lines_on_screen_are_drawn_and_drawn_once() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.names
        names.set_items(items(10_000))
        names.focus()
        await pilot.pause()
        first = list(names.drawn)
        assert 0 < len(first) <= 11
        assert line_text(names, 0).startswith("Name")
        assert line_text(names, 1).startswith("item 1")
        names.drawn.clear()
        names.refresh()
        await pilot.pause()
        assert names.drawn == []  # the same look: every line came from the cache
        await pilot.press("end")
        await pilot.pause()
        assert 10_000 in names.drawn and len(names.drawn) <= 13
        assert line_text(names, 11).startswith("item 10000")


async def test_new_items_move_the_scroll_bar_without_a_layout_pass(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A list of fixed size given another number of items (a filter keystroke) lays out
    nothing: its scroll bar follows. Only a scroll bar that comes or goes re-lays it out."""
    from textual.screen import Screen

    layouts: list[int] = []
    original = Screen._refresh_layout

    def counted(screen, *args, **kwargs):  # type: ignore[no-untyped-def]
        layouts.append(1)
        return original(screen, *args, **kwargs)

    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.names
        names.set_items(items(10_000))
        await pilot.pause()
        monkeypatch.setattr(Screen, "_refresh_layout", counted)
        names.set_items(items(443))
        await pilot.pause()
        assert layouts == []
        bar = names.vertical_scrollbar
        assert names.show_vertical_scrollbar and bar.window_virtual_size == 1 + 443
        assert names.max_scroll_y == 1 + 443 - 12
        await pilot.press("end")
        await pilot.pause()
        assert line_text(names, 11).startswith("item 443")
        names.set_items(items(3))  # the bar goes: the lines take its column
        await pilot.pause()
        assert len(layouts) >= 1
        assert not names.show_vertical_scrollbar and names.scroll_y == 0
        assert names.scrollable_content_region.width == 40
        assert line_text(names, 3).startswith("item 3")
        assert len(line_text(names, 3)) == 40
        names.set_items(items(500))  # and comes back
        await pilot.pause()
        assert names.show_vertical_scrollbar
        assert names.scrollable_content_region.width == 40 - names.scrollbar_size_vertical


async def test_update_item_repaints_without_telling() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.names
        names.set_items(items(3))
        await pilot.pause()
        told = len(app.highlighted)
        assert names.update_item(Item(1, "first, renamed"))
        assert not names.update_item(Item(99, "not there"))
        await pilot.pause()
        assert line_text(names, 1).startswith("first, renamed")
        assert len(app.highlighted) == told
        assert names.selected == Item(1, "first, renamed")


async def test_an_empty_list_shows_its_placeholder() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.pause()
        assert line_text(app.names, 1).strip() == "Nothing here."
        assert line_text(app.names, 2).strip() == ""


async def test_clicks_pick_an_item_a_double_click_selects_the_header_tells() -> None:
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.names
        names.set_items(items(5))
        await pilot.click("#names", offset=(2, 3))
        assert names.has_focus and names.selected_key == 3
        await pilot.click("#names", offset=(2, 2), times=2)
        await pilot.pause()
        assert app.selected == [2]
        await pilot.click("#names", offset=(4, 0))
        assert names.header_clicks == [(4, 0)]


async def test_a_triple_click_selects_once() -> None:
    # Each click after the first of a chain opened the item again: a triple-click opened
    # its form twice, one over the other.
    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        app.names.set_items(items(5))
        await pilot.click("#names", offset=(2, 2), times=3)
        await pilot.pause()
        assert app.selected == [2]


def test_every_list_key_is_in_one_family() -> None:
    ids = [binding.id for binding in VirtualList.BINDINGS]  # type: ignore[union-attr]
    assert ids and all(str(binding_id).startswith("list.") for binding_id in ids)


async def test_the_scroll_bar_shows_the_scroll_when_it_comes_back() -> None:
    """A list scrolled while its bar showed, then laid out tall enough to hide the bar (the
    scroll goes back to the top), then short again: the bar must show the top. Textual moved
    the bar only while it showed, so it came back where it was (seen in a snapshot of the
    Skills board under load: a first layout one line tall scrolled a column, and its bar
    stayed a line down)."""
    app = ListApp()
    async with app.run_test(size=(40, 30)) as pilot:
        names = app.names
        names.set_items(items(20))
        names.styles.height = 5
        await pilot.pause()
        names.cursor = 10
        await pilot.pause()
        assert names.scroll_y > 0 and names.vertical_scrollbar.position == names.scroll_y
        names.styles.height = 25  # everything fits: no bar, back to the top
        await pilot.pause()
        names.cursor = 0
        await pilot.pause()
        names.styles.height = 8
        await pilot.pause()
        assert names.scroll_y == 0
        assert names.show_vertical_scrollbar
        assert names.vertical_scrollbar.position == 0


async def test_the_blank_rows_ask_for_the_lists_style_once_and_again_after_a_restyle(
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """The rows under the last item are drawn in the list's style; it is worked out once per
    restyle (each row walked every ancestor's styles again), and again after one: a new
    theme's rows are in the new theme's background."""
    from textual.dom import DOMNode

    asked: list[object] = []
    textual = DOMNode.rich_style

    def counted(self):  # type: ignore[no-untyped-def]
        if isinstance(self, Names):
            asked.append(self)
        return textual.fget(self)

    app = ListApp()
    async with app.run_test(size=(40, 12)) as pilot:
        names = app.names
        names.set_items(items(2))
        await pilot.pause()
        monkeypatch.setattr(DOMNode, "rich_style", property(counted))
        names.refresh()  # every row again: the header, 2 items (kept), 8 blank rows
        await pilot.pause()
        assert len(asked) <= 1
        dark = names.render_line(11)
        app.theme = "textual-light"
        await pilot.pause()
        light = names.render_line(11)
        assert light.text == dark.text == " " * 40
        assert names.list_style() == textual.fget(names)
        assert light != dark  # the new theme's background, not the kept one
