"""One object for each value a list's rows repeat, where SQLite hands over a new one per row.

A pane keeps its rows for as long as the app is open: 3,500 plans name 46 companies and 19
roles, 2,000 skill items 700 reasons. ``sharing()`` gives a function that returns, for each
value, the first equal value it was given (docs/performance.md, "Memory, mem4's round").
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

V = TypeVar("V", bound=Hashable)


def sharing() -> Callable[[V], V]:
    """A function giving back the first value equal to the one it is given (for one read:
    the values are let go with it). Only for values of one kind each: ``1 == True``."""
    seen: dict[Any, Any] = {}  # each value is its own key: the same type as given

    def share(value: V) -> V:
        found: V = seen.setdefault(value, value)
        return found

    return share
