"""A list as a pane holds it: every item, in the sort order, and the few a filter lets through.

One model for every filterable list in the app (the Pipeline's applications, Recovery's
plans, the Skills backlog, Reframe's history). No I/O: the pane hands in items read by a
service and asks what to show. Sorting and filtering run here on every keystroke, so they
stay in memory, and the fuzzy index (the shared matcher, ``domain/fuzzy``) is built once per
set of items, when the first filter word needs it, not once per letter.

A filter is typed words (matched fuzzily against ``text_of``) and, optionally, a condition
the item must meet (a stage, an open plan, a trap). With ``ranked`` the matches come best
first, ties in the sort order; without it they keep the sort order.

What is shown (``ordered``, ``visible``) is a ``Shown`` view over the items by their places
(``domain/list_view``), not a copy: a filter that lets most of 100,000 rows through is
worked out only as far as the list on screen reads it.

A big list (``index_in_background`` items or more) can have its fuzzy index built off the
UI thread: ``index_builder()`` gives a function to run in a thread, ``adopt_index()`` takes
its result. Until then a typed filter waits (``waiting``, the rows shown unchanged) rather
than building the index in the keystroke. New items while a filter is typed (a row added or
deleted, a fresh read) wait the same way, showing the items shown before as they are now;
an edit or an addition (``change_in_place``) changes only those items' words in the index.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Hashable, Iterable, Sequence
from itertools import filterfalse
from typing import Any, Generic, TypeVar

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.fuzzy_text import filter_terms
from bounceback_tui.domain.list_view import Shown
from bounceback_tui.domain.places import DensePlaces, key_places, places

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)

Order = Callable[[Sequence[T]], list[T]]

# From this many items on, the fuzzy index knows beforehand which items each letter matches
# (``domain/fuzzy_letters``): a first letter then costs no gathering of most of the items
# (12-16 ms at 100,000 applications, 1 ms at 10,000), for about 1.7 MB and 0.35 s of CPU
# in the thread that builds the index at 100,000. Below it, building them would make the
# index later than the gathering it saves.
LETTERS_FROM = 20_000
Condition = Callable[[T], bool]


class ListModel(Generic[T, K]):
    """Items with keys, a sort order and a filter; ``visible`` is what a list shows."""

    def __init__(
        self,
        key_of: Callable[[T], K],
        text_of: Callable[[T], str],
        *,
        order: Order[T] | None = None,
        ranked: bool = False,
        index_in_background: int | None = None,
        letters_from: int | None = None,
        names_of: Callable[[T], str] | None = None,
    ) -> None:
        self.key_of = key_of
        self.text_of = text_of
        # The names within the text (a company, a role): their initials whatever their case.
        self.names_of = names_of
        # From this many items on, the index knows each letter's matches beforehand.
        self.letters_from = LETTERS_FROM if letters_from is None else letters_from
        self.ranked = ranked
        # From this many items on, a typed filter waits for an index built elsewhere.
        self.index_in_background = index_in_background
        self.items: list[T] = []  # every item, as read
        # key -> place in ``items`` (and in the index); a list indexed by id for int ids
        self._position: dict[K, int] | DensePlaces = {}
        self.ordered: Shown[T] = self._shown([])  # every item, in the sort order
        self.visible: Shown[T] = self.ordered  # what the filter lets through, as shown
        self.text = ""  # the filter's typed words
        self.waiting = False  # a typed filter waits for the index (the rows shown are older)
        self._order = order
        self._condition: Condition[T] | None = None
        self._condition_key: Hashable = None
        self._index: FuzzyIndex[T] | None = None
        self._rank: list[int] = []  # place in ``items`` -> place in ``ordered``
        self._in_order: list[int] = []  # place in ``ordered`` -> place in ``items``

    # --- what is there ---------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self.items)

    @property
    def is_filtered(self) -> bool:
        """True while a filter (words or a condition) is set, whether or not it hides anything."""
        return bool(self.text.strip()) or self._condition is not None

    def find(self, key: K) -> T | None:
        """The item with ``key`` (shown or not), or None."""
        position = self._position.get(key)
        return None if position is None else self.items[position]

    def shows(self, key: K) -> bool:
        """True if the item with ``key`` passes the filter."""
        return self.visible.shows_key(key)

    # --- changing the items ----------------------------------------------------------------

    def replace(self, items: Iterable[T]) -> None:
        """A fresh read of every item."""
        self.items = list(items)
        self._items_changed()

    def update(self, fresh: Iterable[T], keys: Iterable[K]) -> None:
        """Items ``keys`` were re-read as ``fresh``: each keeps its place, one missing from
        ``fresh`` was deleted, one not there before comes first (newest first)."""
        wanted = set(keys)
        by_key = {self.key_of(item): item for item in fresh}
        if set(by_key) == wanted and self.change_in_place(by_key.values()):
            return
        kept: list[T] = []
        for item in self.items:
            key = self.key_of(item)
            if key not in wanted:
                kept.append(item)
            elif key in by_key:
                kept.append(by_key.pop(key))
        self.items = [*by_key.values(), *kept]
        self._items_changed()

    def change_in_place(self, fresh: Iterable[T], *, adding: bool = False) -> bool:
        """Items re-read after an edit: each one already here takes its old item's place
        and, with ``adding``, a new one goes after the rest; no item moves, so the fuzzy
        index (when there is one) only has the changed items' words changed and the sort
        and the filter run again at once, with no index to rebuild (two seconds of CPU at
        100,000 items). False, and nothing changed, if an item is new without ``adding``."""
        position, key_of, text_of, index = self._position, self.key_of, self.text_of, self._index
        fresh = list(fresh)
        if not fresh or (not adding and any(key_of(item) not in position for item in fresh)):
            return False
        # New lists: an index being built elsewhere from the old ones is not taken, and the
        # views made of the old ones keep showing what they showed.
        items, position = list(self.items), position.copy()
        for item in fresh:
            key, text = key_of(item), text_of(item)
            place = position.get(key)
            if place is None:
                place = position[key] = len(items)
                items.append(item)
                if index is not None:
                    index.replace(place, item, "", text)
                continue
            before, items[place] = text_of(items[place]), item
            if index is not None:
                index.replace(place, item, before, text)
        self.items, self._position = items, position
        self._items_changed(same_places=True)
        return True

    def put(self, item: T) -> bool:
        """An item's new values, in the places it holds now (a tick changed its counts): no
        sort and no filter run again, so it stays where the person sees it until the next
        read or filter. False if there is no item with its key."""
        key = self.key_of(item)
        position = self._position.get(key)
        if position is None:
            return False
        before = self.text_of(self.items[position])
        if self._index is not None and before != self.text_of(item):
            self._index.replace(position, item, before, self.text_of(item))  # its words
        self.items[position] = item  # what is shown is a view of ``items``: it follows
        return True

    # --- sorting and filtering -------------------------------------------------------------

    def set_order(self, order: Order[T] | None) -> None:
        """Sort with ``order`` (None: as read)."""
        self._order = order
        before = self.visible
        self._sort()
        if not self._apply(wait=True):
            self.visible = self._same_as(before)

    def set_filter(
        self,
        text: str = "",
        condition: Condition[T] | None = None,
        *,
        condition_key: Hashable = None,
    ) -> bool:
        """Filter by typed ``text`` and ``condition``; False when that shows the same as now.

        ``condition_key`` says what the condition is (a parsed query, a trap's key): the
        same words and the same key are taken as the same filter, so a keystroke that only
        adds a space changes nothing. A condition given without a key is always applied."""
        same_words = filter_terms(text) == filter_terms(self.text)
        same_condition = (condition is None and self._condition is None) or (
            condition is not None
            and condition_key is not None
            and condition_key == self._condition_key
        )
        self.text = text
        self._condition = condition
        self._condition_key = condition_key if condition is not None else None
        if same_words and same_condition and not self.waiting:
            return False
        return self._apply(wait=True)

    def clear_filter(self) -> bool:
        """No filter at all; False if there was none."""
        return self.set_filter("")

    def prepare_index(self) -> None:
        """Build the fuzzy index ahead of the first letter (when the filter opens)."""
        if self._index is None:
            letters = len(self.items) >= self.letters_from
            self._index = FuzzyIndex(
                self.items, self.text_of, letters=letters, names_of=self.names_of
            )

    # --- the index, built elsewhere ----------------------------------------------------------

    @property
    def has_index(self) -> bool:
        return self._index is not None

    @property
    def index_built_elsewhere(self) -> bool:
        """True when the items are enough for their index to be built off the UI thread."""
        minimum = self.index_in_background
        return minimum is not None and len(self.items) >= minimum

    def index_builder(self) -> Callable[[], BuiltIndex[T]] | None:
        """A function that builds the fuzzy index of the items as they are now, to run in
        a thread (it reads only those items, which never change in place except by
        ``put``); None when the index is there."""
        if self._index is not None:
            return None
        items, text_of, names_of = self.items, self.text_of, self.names_of
        letters = len(items) >= self.letters_from

        def build() -> BuiltIndex[T]:
            return BuiltIndex(items, FuzzyIndex(items, text_of, letters=letters, names_of=names_of))

        return build

    def adopt_index(self, built: BuiltIndex[T]) -> bool:
        """Use an index from ``index_builder``'s function if the items are still the ones it
        read. True when a filter that was waiting for it ran (the rows shown changed)."""
        if built.items is not self.items or self._index is not None:
            return False
        self._index = built.index
        if not self.waiting:
            return False
        return self._apply()

    # --- inside ----------------------------------------------------------------------------

    def _shown(
        self,
        places: list[int],
        *,
        within: Container[int] | None = None,
        count: int = 0,
        ahead: Container[int] | None = None,
    ) -> Shown[T]:
        return Shown(
            self.items, places, self._position.get, within=within, count=count, ahead=ahead
        )

    def _items_changed(self, *, same_places: bool = False) -> None:
        """Sort and filter new items. ``same_places``: no key moved (some may be new), and
        the index (if any) was brought up to date by ``change_in_place``."""
        before = self.visible
        if not same_places:
            self._index = None
            # The places are shared int objects (domain/places): the ranks and the index too.
            # (``places`` may be longer than the items: zip stops at the shorter.)
            # Ids from 0 up (every list's rows): a list indexed by id, not a dict.
            self._position = key_places(list(map(self.key_of, self.items)))
        self._sort()
        if not self._apply(wait=True):
            self.visible = self._same_as(before)

    def _same_as(self, before: Iterable[T]) -> Shown[T]:
        """While a typed filter waits for the new items' index: the items it showed before
        that are still there, as they are now (never the rows as they were before a save),
        in the sort order and meeting the condition. The new index shows the rest."""
        key_of, items, condition = self.key_of, self.items, self._condition
        keys = {key_of(item) for item in before}
        return self._shown(
            [
                at
                for at in self._in_order
                if key_of(items[at]) in keys and (condition is None or condition(items[at]))
            ]
        )

    def _sort(self) -> None:
        ordered = self._order(self.items) if self._order is not None else self.items
        rank = [0] * len(self.items)
        position, key_of = self._position, self.key_of
        # Ids: the list's own lookup (C speed), every key being there.
        place_of: Callable[[Any], int] = (
            position.place_of() if isinstance(position, DensePlaces) else position.__getitem__
        )
        self._in_order = [place_of(key_of(item)) for item in ordered]
        for place, at in zip(places(len(self._in_order)), self._in_order, strict=False):
            rank[at] = place
        self._rank = rank
        self.ordered = self._shown(self._in_order)

    def _apply(self, *, wait: bool = False) -> bool:
        """Work out what is shown; False (nothing changed) when, with ``wait``, a typed
        filter must wait for an index being built elsewhere."""
        self.waiting = False
        condition, items, in_order = self._condition, self.items, self._in_order
        if not filter_terms(self.text):
            self.visible = (
                self._shown([at for at in in_order if condition(items[at])])
                if condition is not None
                else self.ordered
            )
            return True
        if self._index is None and wait and self.index_built_elsewhere:
            self.waiting = True
            return False
        self.prepare_index()
        assert self._index is not None
        found, scores = self._index.matches(self.text)
        # Only the matches are walked, not every item: a keystroke over 10,000 rows that
        # match a few dozen costs a few dozen steps. The matches go in the sort order (as
        # the person sees it), then, when ranked, best score first: a stable sort, so
        # equal scores keep the sort order. Both sorts key on a C lookup, not a lambda.
        # When most items match (one letter typed) and come in the sort order (not ranked,
        # or every match scores the same), nothing is walked here at all: the view picks
        # them out of the sort order as far as the list reads it (domain/list_view).
        many = len(found) * 8 > len(items)
        same_order = not self.ranked or scores is None
        # One letter, ranked: the items whose first word it begins, then the rest, each in
        # the sort order (fuzzy_letters.FirstLetters).
        ahead = self._index.leading(self.text) if self.ranked and scores is None else None
        first = set(ahead) if ahead else None
        if many and condition is None and same_order:
            self.visible = self._shown(in_order, within=found, count=len(found), ahead=first)
            return True
        if many:
            matches = list(filter(found.__contains__, in_order))
        else:
            matches = sorted(found, key=self._rank.__getitem__)
        if condition is not None:
            matches = [position for position in matches if condition(items[position])]
        if not same_order and scores is not None and matches:
            matches.sort(key=scores.__getitem__, reverse=True)
        if first is not None:  # a stable partition, in C
            ahead_of = first.__contains__
            matches = [*filter(ahead_of, matches), *filterfalse(ahead_of, matches)]
        self.visible = self._shown(matches)
        return True


class BuiltIndex(Generic[T]):
    """A fuzzy index and the items it was built from (``ListModel.index_builder``)."""

    __slots__ = ("index", "items")

    def __init__(self, items: list[T], index: FuzzyIndex[T]) -> None:
        self.items = items
        self.index = index
