"""The list model every filterable list uses (domain/list_model): sort, filter, updates."""

from __future__ import annotations

from dataclasses import dataclass

from bounceback_tui.domain.list_model import ListModel


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    done: bool = False
    rank: int = 0


ITEMS = [
    Item(5, "Umbrella backend engineer", rank=2),
    Item(4, "Globex site reliability", done=True, rank=1),
    Item(3, "Initech backend developer", rank=3),
    Item(2, "Acme data analyst", done=True, rank=5),
    Item(1, "Hooli backend engineer", rank=4),
]


def ids(items: list[Item]) -> list[int]:
    return [item.id for item in items]


def by_rank(items: list[Item]) -> list[Item]:
    return sorted(items, key=lambda item: item.rank)


def model(*, ranked: bool = False) -> ListModel[Item, int]:
    listing: ListModel[Item, int] = ListModel(lambda i: i.id, lambda i: i.name, ranked=ranked)
    listing.replace(ITEMS)
    return listing


def test_without_an_order_items_show_as_read() -> None:
    listing = model()
    assert ids(listing.ordered) == ids(listing.visible) == [5, 4, 3, 2, 1]
    assert len(listing) == 5 and not listing.is_filtered


def test_an_order_sorts_what_is_shown_and_a_new_order_resorts() -> None:
    listing = model()
    listing.set_order(by_rank)
    assert ids(listing.visible) == [4, 5, 3, 1, 2]
    listing.set_order(lambda items: sorted(items, key=lambda i: i.name))
    assert ids(listing.visible) == [2, 4, 1, 3, 5]
    assert ids(listing.items) == [5, 4, 3, 2, 1]  # the read order is kept apart


def test_words_filter_fuzzily_and_keep_the_sort_order_unless_ranked() -> None:
    listing = model()
    listing.set_order(by_rank)
    assert listing.set_filter("backnd")  # a typo
    assert ids(listing.visible) == [5, 3, 1]  # by rank, not by how well they match
    assert listing.is_filtered
    two = [Item(1, "Data analysis lead", rank=1), Item(2, "Data analyst", rank=2)]
    for is_ranked, expected in ((False, [1, 2]), (True, [2, 1])):
        ranked: ListModel[Item, int] = ListModel(
            lambda i: i.id, lambda i: i.name, order=by_rank, ranked=is_ranked
        )
        ranked.replace(two)
        ranked.set_filter("analyst")
        # "analyst" is in 2 as typed and only close to a word of 1: ranked, 2 comes first.
        assert ids(ranked.visible) == expected


def test_the_same_words_again_change_nothing() -> None:
    listing = model()
    assert listing.set_filter("acme")
    assert not listing.set_filter("acme ")
    assert not listing.set_filter(" ACME")
    assert listing.set_filter("")
    assert ids(listing.visible) == [5, 4, 3, 2, 1]
    assert not listing.clear_filter()


def test_a_condition_filters_with_or_without_words() -> None:
    listing = model()
    open_only = lambda item: not item.done  # noqa: E731
    assert listing.set_filter("", open_only, condition_key="open")
    assert ids(listing.visible) == [5, 3, 1]
    assert not listing.set_filter("", open_only, condition_key="open")  # the same filter
    assert listing.set_filter("engineer", open_only, condition_key="open")
    assert ids(listing.visible) == [5, 1]
    assert listing.set_filter("engineer")  # condition dropped
    assert ids(listing.visible) == [5, 1]
    assert listing.set_filter("", lambda item: item.done, condition_key="done")
    assert ids(listing.visible) == [4, 2]
    # Without a key the model cannot tell two conditions apart, so it always applies them.
    assert listing.set_filter("", lambda item: item.done)
    assert listing.set_filter("", lambda item: item.done)


def test_find_and_shows_follow_the_filter() -> None:
    listing = model()
    listing.set_filter("globex")
    assert listing.find(4) == ITEMS[1] and listing.shows(4)
    assert listing.find(5) == ITEMS[0] and not listing.shows(5)
    assert listing.find(99) is None and not listing.shows(99)
    listing.set_filter("")
    assert listing.shows(5)


def test_an_update_replaces_removes_and_adds_keeping_places() -> None:
    listing = model()
    listing.set_filter("backend")
    listing.update(
        [Item(3, "Initech frontend developer", rank=3), Item(9, "Zeta backend")], [1, 3, 9]
    )
    assert ids(listing.items) == [9, 5, 4, 3, 2]  # 1 gone, 3 kept its place, 9 first
    assert listing.find(3) == Item(3, "Initech frontend developer", rank=3)
    # The filter runs again over the new items (the index was rebuilt).
    assert ids(listing.visible) == [9, 5]


def test_the_index_waits_for_the_first_word() -> None:
    built: list[str] = []

    def text_of(item: Item) -> str:
        built.append(item.name)
        return item.name

    listing: ListModel[Item, int] = ListModel(lambda i: i.id, text_of)
    listing.replace(ITEMS)
    listing.set_filter("", lambda item: item.done, condition_key="done")
    assert built == []  # no words, no index
    listing.set_filter("acme")
    assert len(built) == len(ITEMS)
    listing.set_filter("acm")
    assert len(built) == len(ITEMS)  # built once per set of items
    listing.replace(ITEMS[:2])
    listing.prepare_index()
    assert len(built) == len(ITEMS) + 2


def test_put_changes_an_item_where_it_stands() -> None:
    listing = model()
    listing.set_order(by_rank)
    listing.set_filter("backend")
    assert ids(listing.visible) == [5, 3, 1]
    # Item 3 is done now: no condition asks, so it stays where it is, with its new values.
    assert listing.put(Item(3, "Initech backend developer", done=True, rank=3))
    assert listing.find(3) == listing.visible[1] == listing.ordered[2]
    assert listing.find(3).done  # type: ignore[union-attr]
    assert not listing.put(Item(99, "not there"))
    # A new name is searched by its new words at the next filter.
    listing.put(Item(1, "Hooli gardener", rank=4))
    assert ids(listing.visible) == [5, 3, 1]  # until the filter runs again
    listing.set_filter("backend engineer")
    assert ids(listing.visible) == [5]


def test_a_filter_with_no_letter_or_digit_finds_what_holds_it_as_typed() -> None:
    # "🙂" or "!!" has no word to match: the filter showed every item, as if nothing
    # had been typed (a stranger's walk). It now finds the items holding it, or none.
    listing: ListModel[Item, int] = ListModel(lambda i: i.id, lambda i: i.name)
    listing.replace([Item(1, "Acme 🙂 team"), Item(2, "Globex!! hiring"), Item(3, "Initech")])
    assert listing.set_filter("🙂")
    assert ids(listing.visible) == [1] and listing.is_filtered
    assert listing.set_filter("!!")
    assert ids(listing.visible) == [2]
    assert listing.set_filter("!! 🙂")  # every piece, as with words
    assert ids(listing.visible) == []
    assert listing.set_filter("#")
    assert ids(listing.visible) == []
    assert not listing.set_filter("# ")  # the same pieces: nothing to do again
    assert listing.set_filter("")
    assert ids(listing.visible) == [1, 2, 3]
    # An item edited in place is found by its new text.
    listing.prepare_index()
    listing.set_filter("🙂")
    assert ids(listing.visible) == [1]
    listing.put(Item(3, "Initech 🙂"))
    listing.set_filter("")
    assert listing.set_filter("🙂")
    assert ids(listing.visible) == [1, 3]
    listing.update([Item(4, "Hooli 🙂")], [4])  # a new item, indexed in place
    assert ids(listing.visible) == [4, 1, 3]
