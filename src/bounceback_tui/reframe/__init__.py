"""Thinking traps: the catalogue, the suggestions, the practice examples and the exercise's steps.

Pure Python over the standard library and rapidfuzz: importing this package must never
import Textual, SQLModel or httpx (a test checks), so the CLI and the benchmark stay light.

    >>> from bounceback_tui.reframe import suggest_traps
    >>> [s.key for s in suggest_traps("I always mess up interviews")]
    ['overgeneralization']
"""

from __future__ import annotations

from bounceback_tui.reframe.catalogue import TRAP_KEYS, TRAPS, TRAPS_BY_KEY, Trap, trap_name
from bounceback_tui.reframe.suggest import (
    THRESHOLD,
    Suggestion,
    suggest_traps,
    warm_lexicon,
    warm_model,
    warm_up,
)

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
