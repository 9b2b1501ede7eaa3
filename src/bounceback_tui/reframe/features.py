"""The word features the trap model reads: stems, pairs of stems and pieces of stems.

Shared by the model at run time (model.py) and the build that fits it
(scripts/train_traps.py), so both see a thought the same way. Each feature remembers the
words it came from (token indexes), so the words that carried a suggestion can be quoted.
"""

from __future__ import annotations

from functools import lru_cache

from bounceback_tui.reframe.cues import typo_repair
from bounceback_tui.reframe.words import Token

# A feature and the first and last token it covers.
Feature = tuple[str, int, int]
# Letters of a stem, read in overlapping runs of these lengths ("<alw", "alwa", ...).
_CHAR_SIZES = (3, 4)


@lru_cache(maxsize=16384)
def stem_features(word: str) -> tuple[str, ...]:
    """The features of one stem on its own: the stem ("w:alway") and its letter runs ("c:<alw").

    They depend on the stem alone, so the model looks them up once per distinct word."""
    out = ["w:" + word]
    if len(word) >= 3 and word.isalpha():
        padded = "<" + word + ">"
        for size in _CHAR_SIZES:
            for start in range(len(padded) - size + 1):
                out.append("c:" + padded[start : start + size])
    return tuple(out)


def pair_feature(previous: str, word: str) -> str:
    """The feature of two adjacent stems ("b:i alway")."""
    return "b:" + previous + " " + word


def repaired(tokens: list[Token]) -> list[Token]:
    """``tokens`` with each misspelt stem put right as the cue lexicon reads it ("alwyas" ->
    "alway", words.TypoRepair), so the model counts a typo as the word it stands for."""
    repair = typo_repair().repair
    out = []
    for token in tokens:
        fixed = repair(token.stem)
        out.append(token if fixed == token.stem else Token(fixed, token.start, token.end))
    return out


def ngram_features(tokens: list[Token]) -> list[Feature]:
    """Stems ("w:alway"), adjacent pairs ("b:i alway") and letter runs ("c:<alw")."""
    out: list[Feature] = []
    previous = ""
    for index, token in enumerate(tokens):
        word = token.stem
        features = stem_features(word)
        out.append((features[0], index, index))
        if previous:
            out.append((pair_feature(previous, word), index - 1, index))
        previous = word
        out.extend((feature, index, index) for feature in features[1:])
    return out
