"""What a list model shows is a view over its items (domain/list_view), read only as far as
a list reads it; and a big model's fuzzy index can be built elsewhere, the filter waiting
for it rather than building it in a keystroke."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.strip import Strip

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.ui.kit.virtual_list import VirtualList

WORDS = ("acme", "globex", "initech", "hooli", "backend", "data", "engineer", "analyst")


@dataclass(frozen=True)
class Row:
    id: int
    text: str


def rows(count: int) -> list[Row]:
    return [Row(n, f"{WORDS[n % 8]} {WORDS[n * 7 % 5]} number{n}") for n in range(count)]


def model(count: int, **options: Any) -> ListModel[Row, int]:
    listing: ListModel[Row, int] = ListModel(
        lambda row: row.id,
        lambda row: row.text,
        order=lambda items: sorted(items, key=lambda row: -row.id),
        **options,
    )
    listing.replace(rows(count))
    return listing


def test_the_view_finds_every_row_it_shows_and_no_other() -> None:
    listing = model(3_000)
    for text in ("a", "acme", "engineer data", "number12", "zzzz", ""):
        listing.set_filter(text)
        shown = listing.visible
        expected = [row.id for row in shown]  # walked to the end
        assert len(shown) == len(expected)
        assert [shown[i].id for i in range(len(shown))] == expected
        if expected:
            assert shown[-1].id == expected[-1]
            assert [row.id for row in shown[1:4]] == expected[1:4]
        for key in (*expected[:5], *expected[-5:]):
            assert shown.index_of_key(key) == expected.index(key)
            assert listing.shows(key)
        hidden = sorted(set(range(3_000)) - set(expected))[:5]
        for key in (*hidden, 99_999):
            assert shown.index_of_key(key) is None
            assert not listing.shows(key)


def test_a_fresh_view_finds_a_row_deep_in_it_first() -> None:
    """Asked for a row before anything else (the cursor kept on the row it was on)."""
    listing = model(5_000)
    listing.set_filter("n")  # every row: a letter alone begins a word ("number12")
    deep = [row.id for row in listing.visible][3_000]
    listing.set_filter("an")
    listing.set_filter("n")
    assert listing.visible.index_of_key(deep) == 3_000
    assert listing.visible[3_000].id == deep


def test_a_put_shows_in_every_view_of_the_item() -> None:
    listing = model(50)
    listing.set_filter("acme")
    shown = listing.visible
    first = shown[0]
    assert listing.put(Row(first.id, first.text))  # same words, new object
    assert shown[0] is listing.find(first.id) is listing.ordered[listing.ordered.index(first)]


def test_a_big_model_waits_for_an_index_built_elsewhere() -> None:
    listing = model(10, index_in_background=5)
    assert listing.index_built_elsewhere and not listing.has_index
    build = listing.index_builder()
    assert build is not None
    before = [row.id for row in listing.visible]
    assert not listing.set_filter("acme")  # nothing changes yet: it waits
    assert listing.waiting and listing.text == "acme"
    assert [row.id for row in listing.visible] == before
    assert listing.adopt_index(build())  # the filter runs now
    assert not listing.waiting
    assert [row.id for row in listing.visible] == [8, 5, 0]  # newest first
    assert listing.index_builder() is None
    assert not listing.set_filter("acme ")  # the same filter: nothing to do


def test_an_index_of_rows_read_before_is_not_taken() -> None:
    listing = model(10, index_in_background=5)
    stale = listing.index_builder()
    assert stale is not None
    listing.replace(rows(12))
    assert not listing.adopt_index(stale())
    assert not listing.has_index
    listing.set_filter("acme")
    assert listing.waiting  # still waiting, for an index of these rows


def test_a_small_model_builds_its_index_in_the_keystroke() -> None:
    listing = model(10, index_in_background=50)
    assert listing.set_filter("acme")
    assert not listing.waiting and listing.has_index


class CountingList(VirtualList[Row]):
    calls: ClassVar[list[int]] = []
    drawn: ClassVar[list[int]] = []

    def key_of(self, item: Row) -> int:
        CountingList.calls.append(item.id)
        return item.id

    def render_item(self, item: Row, index: int, width: int) -> list[Strip]:
        CountingList.drawn.append(item.id)
        return [Strip.blank(width)]


class ListApp(App[None]):
    def compose(self) -> ComposeResult:
        yield CountingList()


async def test_a_filter_that_lets_most_rows_through_reads_only_what_is_drawn() -> None:
    """One letter matched 98,692 of 100,000 applications: the list was handed a copy of
    every match and worked out a position for each (a Python step a row), which made that
    letter the filter's worst keystroke. Now it reads only what it draws."""
    listing = model(20_000)
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        shown = app.query_one(CountingList)
        shown.set_items(listing.visible)
        await pilot.pause()
        listing.set_filter("n")  # a letter alone begins a word of every row ("number12")
        assert len(listing.visible) > 10_000
        CountingList.calls.clear()
        shown.set_items(listing.visible)
        await pilot.pause()
        assert shown.row_count == len(listing.visible)
        assert shown.selected == listing.visible[0]
        assert len(CountingList.calls) < 100
        shown.action_last()
        await pilot.pause()
        assert shown.selected == listing.visible[-1]


async def test_a_list_keeps_the_lines_of_a_few_screens_not_of_every_row_it_drew() -> None:
    """Each built line is kept to be drawn again; a list kept up to 1,024 of them whatever
    its height, each a styled line with its own caches (about 3 MB for a Pipeline table
    paged through), and the long walk's memory grew with them."""
    app = ListApp()
    async with app.run_test(size=(60, 20)) as pilot:
        shown = app.query_one(CountingList)
        shown.set_items(rows(3_000))
        await pilot.pause()
        for _ in range(150):
            shown.action_page(1)
            await pilot.pause()
        screen_lines = shown.scrollable_content_region.height
        assert 0 < len(shown._lines) <= 8 * screen_lines
        shown.action_page(-1)  # the screens before are still kept: drawn from the cache
        await pilot.pause()
        drawn = len(CountingList.drawn)
        shown.action_page(-1)
        await pilot.pause()
        assert len(CountingList.drawn) - drawn <= 2  # the cursor's old and new lines only
