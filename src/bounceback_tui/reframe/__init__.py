"""Thinking traps: the catalogue, the suggestions, the practice examples and the exercise's steps.

Pure Python over the standard library and rapidfuzz: importing this package must never
import Textual, SQLModel or httpx (a test checks), so the CLI and the benchmark stay light.

    >>> from bounceback_tui.reframe import suggest_traps
    >>> [s.key for s in suggest_traps("I always mess up interviews")]
    ['overgeneralization']
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from bounceback_tui.reframe.catalogue import TRAP_KEYS, TRAPS, TRAPS_BY_KEY, Trap, trap_name

if TYPE_CHECKING:
    from bounceback_tui.reframe.suggest import (
        THRESHOLD,
        Suggestion,
        warm_lexicon,
        warm_model,
        warm_up,
    )

# The suggestions' names are looked up in ``suggest`` when first asked for: it imports the
# word tools, which import rapidfuzz (about 3 MiB resident with the C++ runtime), and a
# Reframe pane that shows the catalogue and the history needs none of it until there is a
# thought to suggest traps for (docs/performance.md, "Memory, mem4's round").
_FROM_SUGGEST = frozenset(("THRESHOLD", "Suggestion", "warm_lexicon", "warm_model", "warm_up"))


def suggest_traps(text: str, limit: int = 3) -> list[Suggestion]:
    """The thinking traps ``text`` most likely falls into, best first (``suggest.suggest_traps``,
    imported at the first call: a module that names this function loads none of it)."""
    from bounceback_tui.reframe.suggest import suggest_traps as suggest

    return suggest(text, limit)


def __getattr__(name: str) -> object:
    if name in _FROM_SUGGEST:
        return getattr(importlib.import_module("bounceback_tui.reframe.suggest"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "THRESHOLD",
    "TRAPS",
    "TRAPS_BY_KEY",
    "TRAP_KEYS",
    "Suggestion",
    "Trap",
    "suggest_traps",
    "trap_name",
    "warm_lexicon",
    "warm_model",
    "warm_up",
]
