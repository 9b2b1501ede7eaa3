"""A list model and its fuzzy index keep each item's place as one int object, shared
(domain/places), and show the same rows as before: sorted, filtered by a condition and by
words, after an edit in place (docs/performance.md, "Memory, mem4's round")."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.places import places

COLOURS = ("amber", "cobalt", "crimson", "olive")
COUNT = 3_000  # well past the 256 ints Python keeps one object of


@dataclass(frozen=True)
class Item:
    id: int
    name: str
    size: int


def _items() -> list[Item]:
    # A size no sort of the ids gives: sorting by it really reorders.
    return [Item(n, f"{COLOURS[n % 4]} item {n}", (n * 7_919) % COUNT) for n in range(COUNT)]


def _model(items: list[Item]) -> ListModel[Item, int]:
    model: ListModel[Item, int] = ListModel(
        lambda item: item.id,
        lambda item: item.name,
        order=lambda rows: sorted(rows, key=lambda item: item.size),
    )
    model.replace(items)
    return model


def test_a_model_and_its_index_keep_each_place_once() -> None:
    model = _model(_items())
    model.prepare_index()
    kept = (
        list(model._position.values())
        + list(model._rank)
        + [place for postings in model._index._postings.values() for place in postings]  # type: ignore[union-attr]
    )
    assert len(kept) > 3 * COUNT
    assert len({id(place) for place in kept}) == COUNT


def test_the_rows_shown_are_the_same_as_worked_out_by_hand() -> None:
    items = _items()
    model = _model(items)
    by_size = sorted(items, key=lambda item: item.size)
    assert list(model.visible) == by_size
    model.set_filter("", lambda item: item.id % 3 == 0)
    assert list(model.visible) == [item for item in by_size if item.id % 3 == 0]
    model.set_filter("cobalt")
    assert list(model.visible) == [item for item in by_size if item.name.startswith("cobalt")]
    model.set_filter("crimson", lambda item: item.size < 1_000)
    expected = [i for i in by_size if i.name.startswith("crimson") and i.size < 1_000]
    assert list(model.visible) == expected
    # An edit in place: the item keeps its place, the index its words, the filter runs again.
    edited = Item(6, "crimson item 6", 0)  # was amber; now the smallest of the crimson
    assert model.change_in_place([edited])
    assert model.visible[0] == edited
    assert model.visible.index_of_key(6) == 0
    assert model.find(6) == edited


def test_places_grow_as_one_list_from_two_threads() -> None:
    wanted = 50_000
    found: list[list[int]] = []
    threads = [threading.Thread(target=lambda: found.append(places(wanted))) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    shared = places(wanted)
    assert all(one is shared for one in found)
    assert shared[:wanted] == list(range(wanted))
