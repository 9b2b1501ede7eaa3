"""The word features the trap model reads: stems, pairs of stems and pieces of stems.

Shared by the model at run time (model.py) and the build that fits it
(scripts/train_traps.py), so both see a thought the same way. Each feature remembers the
words it came from (token indexes), so the words that carried a suggestion can be quoted.
"""

from __future__ import annotations

from bounceback_tui.reframe.words import Token

# A feature and the first and last token it covers.
Feature = tuple[str, int, int]
# Letters of a stem, read in overlapping runs of these lengths ("<alw", "alwa", ...).
_CHAR_SIZES = (3, 4)


def ngram_features(tokens: list[Token]) -> list[Feature]:
    """Stems ("w:alway"), adjacent pairs ("b:i alway") and letter runs ("c:<alw")."""
    out: list[Feature] = []
    previous = ""
    for index, token in enumerate(tokens):
        word = token.stem
        out.append(("w:" + word, index, index))
        if previous:
            out.append(("b:" + previous + " " + word, index - 1, index))
        previous = word
        if len(word) >= 3 and word.isalpha():
            padded = "<" + word + ">"
            for size in _CHAR_SIZES:
                for start in range(len(padded) - size + 1):
                    out.append(("c:" + padded[start : start + size], index, index))
    return out
