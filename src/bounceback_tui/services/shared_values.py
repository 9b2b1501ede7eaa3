"""One object for each value a list's rows repeat, where SQLite hands over a new one per row.

A pane keeps its rows for as long as the app is open: 3,500 plans name 46 companies and 19
roles, 2,000 skill items 700 reasons. ``sharing()`` gives a function that returns, for each
value, the first equal value it was given (docs/performance.md, "Memory, mem4's round").
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from bounceback_tui.domain.places import places

V = TypeVar("V", bound=Hashable)


def sharing() -> Callable[[V], V]:
    """A function giving back the first value equal to the one it is given (for one read:
    the values are let go with it). Only for values of one kind each: ``1 == True``."""
    seen: dict[Any, Any] = {}  # each value is its own key: the same type as given

    def share(value: V) -> V:
        found: V = seen.setdefault(value, value)
        return found

    return share


def shared_numbers(count: int, highest: int | None) -> Callable[[Any], Any]:
    """A function giving back a whole number as the lists' own object for it (the places
    of ``domain/places``), anything else as given: a list's ids and priorities above 256
    were an int object each (2,000 skill items' ids and priorities, 3,512 plans' ids:
    about 0.2 MiB; docs/performance.md, "Memory, mem6's round"). The places are made up to
    ``highest`` when it is not much past what a list of ``count`` rows uses anyway; a
    number past them is given back as it is."""
    grow = highest is not None and 0 <= highest < 2 * count + 1024
    numbers = places(highest + 1 if grow and highest is not None else 0)
    known = len(numbers)

    def number(value: Any) -> Any:
        if type(value) is int and 0 <= value < known:
            return numbers[value]
        return value

    return number
