"""A list model and its fuzzy index keep each item's place as one int object, shared
(domain/places), and show the same rows as before: sorted, filtered by a condition and by
words, after an edit in place (docs/performance.md, "Memory, mem4's round")."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from bounceback_tui.domain.list_model import ListModel
from bounceback_tui.domain.places import DensePlaces, places

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


def test_ids_from_0_up_are_placed_by_a_list_and_sparse_or_other_keys_by_a_dict() -> None:
    """A list's ids are numbers from 1 up: their places are a list indexed by id, not a
    dict (80 KiB against 295 at 10,000; docs/performance.md, "Memory, mem6's round"), and
    every lookup, sort, edit and addition gives what a dict gave."""
    items = _items()
    model = _model(items)
    assert isinstance(model._position, DensePlaces)
    assert model.find(2_999) == items[2_999]
    assert model.find(3_000) is None and model.find(-1) is None and model.find("7") is None
    # An id past the list (a new application) and one deleted.
    added = Item(5_000, "olive item new", -1)
    assert model.change_in_place([added], adding=True)
    assert model.find(5_000) == added and model.visible[0] == added
    model.update([], [17])
    assert model.find(17) is None and model.find(18) == items[18]
    assert len(model.visible) == COUNT  # 3,000 + 1 - 1
    by_size = sorted((item for item in items if item.id != 17), key=lambda item: item.size)
    assert list(model.visible) == [added, *by_size]
    # Sparse ids (far past twice the count) and keys that are not ids: a dict, as before.
    sparse = ListModel(lambda item: item.id * 1_000, lambda item: item.name)
    sparse.replace(items)
    assert isinstance(sparse._position, dict) and sparse.find(2_999_000) == items[2_999]
    named = ListModel(lambda item: item.name, lambda item: item.name)
    named.replace(items)
    assert isinstance(named._position, dict) and named.find("amber item 4") == items[4]
