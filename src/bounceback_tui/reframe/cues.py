"""The cue lexicon compiled once, and the typo repair built from its words.

Shared by the lexicon's matcher (suggest.py) and the model's features (features.py), so a
misspelt word is read the same way by both, and the cues are compiled only once.
"""

from __future__ import annotations

from functools import lru_cache

from bounceback_tui.reframe.common_words import COMMON_WORDS
from bounceback_tui.reframe.lexicon import CLASSES, CUES
from bounceback_tui.reframe.patterns import Pattern, compile_pattern
from bounceback_tui.reframe.words import TypoRepair, stem


@lru_cache(maxsize=1)
def compiled_cues() -> tuple[tuple[str, float, Pattern], ...]:
    """Every cue of ``lexicon.CUES`` as (trap, weight, compiled pattern), in the lexicon's order."""
    classes = {name: tuple(words.split()) for name, words in CLASSES.items()}
    return tuple((trap, weight, compile_pattern(source, classes)) for trap, weight, source in CUES)


@lru_cache(maxsize=1)
def typo_repair() -> TypoRepair:
    """Repairs a misspelt stem onto the lexicon's words ("alwyas" -> "alway")."""
    lexicon: set[str] = set()
    for _, _, pattern in compiled_cues():
        lexicon |= pattern.vocabulary
    common = {stem(word) for word in COMMON_WORDS} | set(COMMON_WORDS)
    return TypoRepair(lexicon, common - lexicon)
