"""A word typed for two neighbouring words of an item written as one: "followup" for
"follow-up" or "follow up", "checkin" for "check-in", "goto" for "Go to".

The palette's actions are found word by word (domain/fuzzy), and no action has the word
"followup": typed so, it found nothing, though "follow up" found "Set a follow-up date"
("backup" found "Back up now" only because "backup" is among its keywords). Each two
neighbouring words of an action's name, and of its keywords, are indexed written as one,
and a query word matched there (as typed, or with a slip of the whole joined word) counts
``JOINED_BELOW`` under the same match of one word: a word as typed comes first ("update" is
an action named "update" before "Set a follow-up date", its "up date"). A slip there is a
slip, as in one word (``JoinedWords.taken_for``): "folowup" and "followpu" counted as typed,
"followup" being no word of any action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Generic, TypeVar

from bounceback_tui.domain.fuzzy import FuzzyIndex
from bounceback_tui.domain.fuzzy_text import index_words

T = TypeVar("T")

# A word typed for two or three of a label's words written as one ("backup" for "Back up",
# "checkin" for "check-in"), at least this long: a shorter one begins the first of them.
JOINED_MIN = 3
# A match of two words joined scores this much under the same match of one word (0-100):
# more than a match in an item's name is worth over one in its keywords (search._score,
# 0.04 of the scale), so "update" is an action whose keywords hold "update" before "Set a
# follow-up date", its name's "up date". Still sure enough for Enter (search.CONFIDENT).
JOINED_BELOW = 5.0
# Of the joined words, one typed whole or with a slip counts; the start or the inside of
# one does not ("afo" is no two words of "Set a follow-up date": fuzzy_scores' WORD_START
# and INSIDE_WORD, 99 and 98).
_PART_OF_ONE = (98.0, 99.0)


def joined_text(*texts: str) -> str:
    """Each two neighbouring words of each of ``texts`` written as one, space-separated."""
    pairs: list[str] = []
    for text in texts:
        found = index_words(text)
        pairs += [first + second for first, second in pairwise(found)]
    return " ".join(pairs)


class JoinedWords(Generic[T]):
    """``items`` found by two neighbouring words of their ``texts_of`` written as one."""

    def __init__(self, items: Sequence[T], texts_of: Callable[[T], tuple[str, ...]]) -> None:
        self._index = FuzzyIndex(items, lambda item: joined_text(*texts_of(item)))

    def scores(self, query_word: str, cutoff: float) -> dict[int, float]:
        """Each item's score for ``query_word`` as two of its words joined, by position."""
        if len(query_word) < JOINED_MIN:
            return {}
        found = self._index.term_scores([query_word], [], cutoff=cutoff)
        return {
            position: score - JOINED_BELOW
            for position, score in found.items()
            if score not in _PART_OF_ONE
        }

    def taken_for(self, position: int, query_word: str, cutoff: float) -> tuple[float, str] | None:
        """The two words of item ``position`` written as one that ``query_word`` matched best
        ("followup" for "followpu"; the first on a tie), with the score of that match before
        ``JOINED_BELOW`` (100: as typed); None when it matched none."""
        if len(query_word) < JOINED_MIN:
            return None
        matches = self._index.matching_words(query_word, cutoff)
        found = [
            (matches[word], word)
            for word in self._index.words_of(position)
            if word in matches and matches[word] not in _PART_OF_ONE
        ]
        return max(found, key=lambda pair: pair[0]) if found else None


def term_scores(
    index: FuzzyIndex[T],
    joined: JoinedWords[T] | None,
    query_words: list[str],
    pieces: list[str],
    cutoff: float,
) -> dict[int, float]:
    """``index.term_scores``, each query word's best score for an item taken from its words
    or, a step lower, two of its words joined (``joined``; None: its words alone). The
    mean over the distinct query words, as ``FuzzyIndex`` makes it."""
    if joined is None or all(len(word) < JOINED_MIN for word in query_words):
        return index.term_scores(query_words, pieces, cutoff=cutoff)
    distinct = list(dict.fromkeys(query_words))
    totals: dict[int, float] | None = None
    for word in distinct:
        best = index.term_scores([word], [], cutoff=cutoff)
        for position, score in joined.scores(word, cutoff).items():
            if score > best.get(position, 0.0):
                best[position] = score
        totals = (
            best if totals is None else {p: totals[p] + s for p, s in best.items() if p in totals}
        )
        if not totals:
            return {}
    assert totals is not None
    if pieces:  # the symbols typed among the words, as typed
        totals = {p: totals[p] for p in index.holding(pieces) if p in totals}
    return {position: total / len(distinct) for position, total in totals.items()}
