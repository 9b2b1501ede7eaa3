"""Typo-tolerant search for filters and pickers (rapidfuzz), shared by every pane.

Matching is word by word: each word of the query is compared with the words of
an item ("gogle" ~ "google", "eng" is a prefix of "engineer", "book" is inside
"facebook"). An item's score is the mean of its best score for each query word,
0-100. FuzzyIndex scores the distinct words once per keystroke rather than every
item, so filtering 10,000 applications stays well under a frame.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process, utils

T = TypeVar("T")

DEFAULT_CUTOFF = 75.0
_WORD = re.compile(r"\w+", re.UNICODE)


def words(text: str) -> list[str]:
    return _WORD.findall(utils.default_process(text))


def word_score(query_word: str, word: str) -> float:
    """How well one typed word matches one word of the text, 0-100."""
    if query_word in word:
        return 100.0
    score = fuzz.ratio(query_word, word)
    if len(word) > len(query_word) >= 2:
        # Typing is usually a prefix: "interv" should find "interviewing".
        score = max(score, fuzz.ratio(query_word, word[: len(query_word)]) - 5)
    return score


class FuzzyIndex(Generic[T]):
    """Items indexed by the words of their searchable text."""

    def __init__(self, items: Sequence[T], text_of: Callable[[T], str]) -> None:
        self.items = list(items)
        postings: dict[str, set[int]] = defaultdict(set)
        for position, item in enumerate(self.items):
            for word in words(text_of(item)):
                postings[word].add(position)
        self._postings = dict(postings)
        self._vocabulary = list(self._postings)

    def search(self, query: str, *, cutoff: float = DEFAULT_CUTOFF) -> list[tuple[T, float]]:
        """Matching items, best first (ties keep their original order)."""
        if not words(query):
            return [(item, 100.0) for item in self.items]
        scores = self.scores(query, cutoff=cutoff)
        ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
        return [(self.items[position], score) for position, score in ranked]

    def scores(self, query: str, *, cutoff: float = DEFAULT_CUTOFF) -> dict[int, float]:
        """Score of each matching item by its position in ``items``, unsorted.

        For callers that order the matches themselves (and so skip a sort of thousands).
        An empty query matches nothing here; ``search`` treats it as "everything"."""
        query_words = words(query)
        totals: dict[int, float] | None = None
        for query_word in query_words:
            best: dict[int, float] = {}
            for _word, score, index in process.extract(
                query_word,
                self._vocabulary,
                scorer=lambda a, b, **_: word_score(a, b),
                processor=None,
                score_cutoff=cutoff,
                limit=None,
            ):
                for position in self._postings[self._vocabulary[index]]:
                    if score > best.get(position, 0.0):
                        best[position] = score
            if totals is None:
                totals = best
            else:
                totals = {p: totals[p] + s for p, s in best.items() if p in totals}
            if not totals:
                return {}
        if not totals:
            return {}
        count = len(query_words)
        return {position: total / count for position, total in totals.items()}


def rank(
    query: str,
    items: Sequence[T],
    text_of: Callable[[T], str],
    *,
    cutoff: float = DEFAULT_CUTOFF,
) -> list[tuple[T, float]]:
    """One-off search: build an index and query it."""
    return FuzzyIndex(items, text_of).search(query, cutoff=cutoff)


def best_match(query: str, candidates: Iterable[str], *, cutoff: float = 85.0) -> str | None:
    """The candidate closest to ``query`` if it is close enough (e.g. a CSV header)."""
    found = process.extractOne(
        utils.default_process(query),
        {c: utils.default_process(c) for c in candidates},
        scorer=fuzz.WRatio,
        score_cutoff=cutoff,
    )
    return found[2] if found else None
