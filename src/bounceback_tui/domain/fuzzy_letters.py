"""One letter typed in a filter: the items it finds, worked out when the index is built.

A filter's first letter matches most items ("n": 98,692 of 100,000 applications held it
inside a word, before a letter alone matched only the start of one), and finding them took
the union of the positions of every word it matches, about a million positions at 100,000
items: 10-20 ms of the keystroke. A query of one letter matches exactly the items with a
word that begins with it (``domain/fuzzy_scores.starts_a_word``: one letter alone matches
the start of a word, not its inside; a slip costs more than the cutoff allows), so those
items can be known beforehand, for each letter and digit, as the smaller of two lists: the
items with a word it begins, or, for a letter that begins a word of most, the items without.

``FuzzyIndex`` builds them with its postings (in a thread for a long list: about 0.3 s at
100,000 items, 30 ms at 10,000), keeps them up to date on an edit (``change``), and asks
``found`` for a query of one letter. Memory: about 1.7 MB at 100,000 items, 170 kB at 10,000.
"""

from __future__ import annotations

import operator
from array import array
from collections.abc import Collection, Iterable, Iterator
from itertools import compress, filterfalse

LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"
_BIT = {letter: 1 << n for n, letter in enumerate(LETTERS)}


def initial_of(word: str) -> int:
    """The letter of ``LETTERS`` a folded word begins with, as a bit (0 for any other)."""
    return _BIT.get(word[:1], 0)


class Without(Collection[int]):
    """Every place below ``count`` except ``excluded``: what a letter most items hold finds."""

    __slots__ = ("_count", "_excluded")

    def __init__(self, excluded: set[int], count: int) -> None:
        self._excluded, self._count = excluded, count

    def __contains__(self, place: object) -> bool:
        return isinstance(place, int) and 0 <= place < self._count and place not in self._excluded

    def __len__(self) -> int:
        return self._count - len(self._excluded)

    def __iter__(self) -> Iterator[int]:
        return filterfalse(self._excluded.__contains__, range(self._count))


class LetterSets:
    """For each letter and digit, the places of the items with a word it begins."""

    def __init__(self, masks: Iterable[int]) -> None:
        """``masks``: for each item in order, ``initial_of`` of its words together."""
        masks = list(masks)
        self._count = count = len(masks)
        # letter -> (True: the places that hold it | False: the places that do not, places)
        self._places: dict[str, tuple[bool, array[int]]] = {}
        for letter, bit in _BIT.items():
            holding = array("I", compress(range(count), map(bit.__and__, masks)))
            if len(holding) * 2 > count:
                lacking = map(operator.not_, map(bit.__and__, masks))
                self._places[letter] = (False, array("I", compress(range(count), lacking)))
            else:
                self._places[letter] = (True, holding)

    def found(self, query_word: str) -> Collection[int] | None:
        """The places of the items ``query_word`` (folded) matches when it is one letter of
        ``LETTERS``; None for any other word."""
        entry = self._places.get(query_word)
        if entry is None:
            return None
        holding, places = entry
        return set(places) if holding else Without(set(places), self._count)

    def change(self, position: int, before: int | None, after: int) -> None:
        """Item ``position``'s letters are ``after`` where they were ``before`` (None: a new
        item, one past the last)."""
        if before is None:
            if position != self._count:
                raise ValueError("a new item goes one past the last")
            self._count += 1
        for letter, bit in _BIT.items():
            holding, places = self._places[letter]
            listed_now = bool(after & bit) == holding
            listed_before = before is not None and bool(before & bit) == holding
            if listed_before and not listed_now:
                places.remove(position)
            elif listed_now and not listed_before:
                places.append(position)


class FirstLetters:
    """For each character, the places of the items whose text begins with a word it begins.

    One letter typed in a filter or the palette matches every word it begins, all alike, so
    the matches came in the list's order, the note's "n" among the companies'. They now come
    in two tiers: the items whose first word the letter begins (a row's company, a person's
    name, an action's title) first, then the rest, each in the list's order. Kept beside the
    postings and changed with them on an edit; about 4 bytes an item.
    """

    __slots__ = ("_places",)

    def __init__(self) -> None:
        self._places: dict[str, array[int]] = {}

    def add(self, position: int, first_word: str | None) -> None:
        """Item ``position`` begins with ``first_word`` (folded; None: it has no word)."""
        if first_word:
            self._places.setdefault(first_word[0], array("I")).append(position)

    def change(self, position: int, before: str | None, after: str | None) -> None:
        """Item ``position`` begins with ``after`` where it began with ``before``."""
        if (before or "")[:1] == (after or "")[:1]:
            return
        if before:
            self._places[before[0]].remove(position)
        self.add(position, after)

    def ahead(self, letter: str) -> array[int]:
        """The places of the items whose first word ``letter`` begins, in item order."""
        return self._places.get(letter, array("I"))
