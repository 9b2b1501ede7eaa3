"""Typo-tolerant search: the one matcher behind the command palette and every filter.

Matching is word by word: each word of the query is compared with the words of
an item ("gogle" ~ "google", "eng" is a prefix of "engineer", "book" is inside
"facebook"; as typed, the whole word ranks above a word it begins, and that above a word
it is only inside: "eta" puts "Eta" before "Etamine" before "Zeta", and "31" "Acme 31"
before "Acme 314" before "Acme 631", ``fuzzy_scores.WHOLE_WORD``; a word of one letter
only begins a word: "b" finds "Backend" and "B. Smith", not the "b" inside "Jacob",
``fuzzy_scores.starts_a_word``, and the items whose first word it begins rank first, then
the rest, ``fuzzy_letters.FirstLetters``). Words are folded first, so "cafe" finds "Café" and
"zurich" finds "Zürich"; two neighbouring letters swapped ("acem" for "acme") count as one
slip, like a letter left out or typed twice. A word typed with a slip matches from its
first letter (``fuzzy_scores.same_start``): "zeta" is not "eta" or "beta", words that
merely share its tail. A run of letters also matches the initials of consecutive
capitalised words ("sre" for "Site Reliability Engineer", ``fuzzy_initials``), and of a
name's words whatever their case ("be" for a role written "backend engineer"), below a word
as typed (even inside another) and above a slip inside one. Nonsense is not a slip: a word typed
with two letters the item's word has nowhere is another word ("enginzzr"), and a symbol or
an emoji typed among the words must be in the item's text as typed ("c++", "[b]q🚀"; a
hyphen, an apostrophe, a full stop, a comma, a slash, brackets, quotes, a colon, "?" or
"!" is punctuation, not asked of it: "ACME Corp (Data Analyst)"; a full stop that begins
a word is asked, ".net"; the palette asks the same, ``domain/search``). A character of no
width (a zero-width joiner, non-joiner or space, a word joiner, a soft hyphen) is neither: it
is folded away from the query and the item alike, so a Persian word typed with its
non-joiner finds it written without one, and the other way round, and a pasted zero-width
space asks nothing; one that shows a blank (a Hangul filler) is a space
(``fuzzy_text.AS_SHOWN``: matched as the screen shows it). An
item's score is the mean of its best score for each query word, 0-100. FuzzyIndex scores
the distinct words once per keystroke rather than every item, so filtering 10,000
applications stays well under a frame.
"""

from __future__ import annotations

import importlib
import operator
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import reduce
from typing import Generic, TypeVar

from bounceback_tui.domain.fuzzy_initials import INITIALS_SCORE, InitialsIndex, initial_runs
from bounceback_tui.domain.fuzzy_letters import FirstLetters, LetterSets, initial_of
from bounceback_tui.domain.fuzzy_text import fold, index_words, query_terms
from bounceback_tui.domain.places import places

T = TypeVar("T")

# The one rule of what a typed word matches, for every filter and the palette's records
# (domain/search.py): one slip in five letters ("lumin" for "lumen", 80; "numerik" for
# "numerique", 80.7; a letter left out or two swapped score higher). The palette asked for
# 82 and the filters for 75, so `/lumin` found Lumen Health and the palette did not; and 75
# let a 4-letter word with one letter changed through, another word ("cafe" found "care").
DEFAULT_CUTOFF = 80.0
_REMEMBERED_QUERY_WORDS = 16
# One letter matches every word it begins alike (100); an item whose first word it begins
# ranks above one where only a later word does (``FirstLetters``).
_FIRST_WORD, _LATER_WORD = 100.0, 99.0


_SCORES = "bounceback_tui.domain.fuzzy_scores"


def load_matcher_soon() -> None:
    """Import the word scoring (rapidfuzz, ``fuzzy_scores``) in a thread unless it is there.

    It is left out until something is matched, for memory; a filter box or the palette
    calls this as it opens, so that the first letter typed does not wait for the import
    (8-14 ms)."""
    if _SCORES not in sys.modules:
        threading.Thread(
            target=importlib.import_module, args=(_SCORES,), name="load-matcher", daemon=True
        ).start()


class FuzzyIndex(Generic[T]):
    """Items indexed by the words of their searchable text."""

    def __init__(
        self,
        items: Sequence[T],
        text_of: Callable[[T], str],
        *,
        letters: bool = False,
        names_of: Callable[[T], str] | None = None,
    ) -> None:
        """``letters``: also know beforehand which items each letter matches, for a filter
        whose first letter should not gather most of the items (``fuzzy_letters``).
        ``names_of``: the names within an item's text (its company, its role), whose words
        make initials whatever their case ("be" for "backend engineer"; ``fuzzy_initials``)."""
        self.items = list(items)
        self._text_of = text_of
        self._names_of = names_of
        self._texts: list[str] | None = None  # folded, once a filter of symbols asks
        postings: dict[str, list[int]] = defaultdict(list)
        masks: list[int] = []
        initials = InitialsIndex()
        self._first = first = FirstLetters()  # one letter: the items it begins, first
        # The positions are shared int objects (domain/places), as in the list model.
        for position, item in zip(places(len(self.items)), self.items, strict=False):
            mask = 0
            text = text_of(item)
            initials.add(position, self._runs(item, text))
            item_words = dict.fromkeys(index_words(text))  # each word once per item
            first.add(position, next(iter(item_words), None))
            for word in item_words:
                postings[word].append(position)
                if letters:
                    mask |= initial_of(word)
            masks.append(mask)
        self._letters = LetterSets(masks) if letters else None
        self._initials = initials.built()  # "sre" for Site Reliability Engineer
        # Tuples, not sets: a set takes about six times the memory of a tuple of the same
        # positions (5.4 MB against 1 MB for the 10,000-application demo), and the
        # positions are only ever gathered (a union), never looked up one by one.
        # Words that are always met together (a company's two words) have equal postings:
        # one tuple for them all (the demo's 138 words had 86 distinct postings, 0.3 MiB
        # less; docs/performance.md, "Memory, mem6's round"). An edit makes a new tuple
        # for the word it changes, so sharing one never shows through.
        same: dict[tuple[int, ...], tuple[int, ...]] = {}
        self._postings = {
            word: same.setdefault(found, found)
            for word, found in ((word, tuple(places)) for word, places in postings.items())
        }
        self._vocabulary = list(self._postings)
        # The vocabulary's matches for the last few query words: the palette ranks its
        # front-runners by the same word scores, and typing repeats the earlier words.
        self._matches: dict[tuple[str, float], dict[str, float]] = {}

    def _runs(self, item: T, text: str) -> set[str]:
        """The runs of initials ``item`` is found by: its text's capitalised words', and
        its names' words' whatever their case."""
        runs = initial_runs(text, fold)
        if self._names_of is not None:
            runs |= initial_runs(self._names_of(item), fold, any_case=True)
        return runs

    def replace(self, position: int, item: T, old_text: str, new_text: str) -> None:
        """Item ``position`` is now ``item``, its text ``new_text`` where it was
        ``old_text``: only the words that differ move (an edit, not a rebuild). A position
        one past the last adds the item (``old_text`` empty)."""
        adding = position == len(self.items)
        old_runs = set() if adding else self._runs(self.items[position], old_text)
        if adding:
            self.items.append(item)
        else:
            self.items[position] = item
        if old_text == new_text and not adding:
            return
        if self._texts is not None:  # a filter of symbols has read them: keep them in step
            if adding:
                self._texts.append(fold(new_text))
            else:
                self._texts[position] = fold(new_text)
        old, new = dict.fromkeys(index_words(old_text)), dict.fromkeys(index_words(new_text))
        self._initials.change(position, old_runs, self._runs(item, new_text))
        self._first.change(position, next(iter(old), None), next(iter(new), None))
        if self._letters is not None:
            after = reduce(operator.or_, map(initial_of, new), 0)
            before = None if adding else reduce(operator.or_, map(initial_of, old), 0)
            self._letters.change(position, before, after)
        postings = self._postings
        for word in old.keys() - new.keys():
            postings[word] = tuple(place for place in postings[word] if place != position)
        for word in new.keys() - old.keys():
            if word not in postings:
                self._vocabulary.append(word)
                self._matches.clear()  # a new word may match what was typed before
                postings[word] = ()
            postings[word] += (position,)

    def words_of(self, position: int) -> list[str]:
        """The words item ``position`` is found by, each once, in its text's order."""
        return list(dict.fromkeys(index_words(self._text_of(self.items[position]))))

    def matching_words(self, query_word: str, cutoff: float = DEFAULT_CUTOFF) -> dict[str, float]:
        """The words of the vocabulary that ``query_word`` (folded) matches, with scores."""
        key = (query_word, cutoff)
        found = self._matches.get(key)
        if found is None:
            from bounceback_tui.domain.fuzzy_scores import matching_words

            found = matching_words(query_word, self._vocabulary, cutoff)
            if len(self._matches) >= _REMEMBERED_QUERY_WORDS:
                self._matches.pop(next(iter(self._matches)))
            self._matches[key] = found
        return found

    def search(self, query: str, *, cutoff: float = DEFAULT_CUTOFF) -> list[tuple[T, float]]:
        """Matching items, best first (ties keep their original order)."""
        query_words, pieces = query_terms(query)
        if not query_words:
            if pieces:
                return [(self.items[position], 100.0) for position in self.holding(pieces)]
            return [(item, 100.0) for item in self.items]
        scores = self.scores(query, cutoff=cutoff)
        ranked = sorted(scores.items(), key=lambda pair: (-pair[1], pair[0]))
        return [(self.items[position], score) for position, score in ranked]

    def scores(self, query: str, *, cutoff: float = DEFAULT_CUTOFF) -> dict[int, float]:
        """Score of each matching item by its position in ``items``, unsorted.

        For callers that order the matches themselves (and so skip a sort of thousands).
        An empty query matches nothing here; ``search`` treats it as "everything"."""
        found, pieces = query_terms(query)
        return self.term_scores(found, pieces, cutoff=cutoff)

    def term_scores(
        self, query_words: list[str], pieces: list[str], *, cutoff: float = DEFAULT_CUTOFF
    ) -> dict[int, float]:
        """``scores`` for a query's terms (``query_terms``): the palette cuts a pasted page
        to its first words and keeps the symbols typed among them."""
        # Each distinct word once: a word typed (or pasted) again adds nothing to match.
        totals = self._word_scores(list(dict.fromkeys(query_words)), cutoff)
        if pieces and totals:  # the symbols typed among the words, as typed
            totals = {p: totals[p] for p in self.holding(pieces) if p in totals}
        return totals

    def _word_scores(self, query_words: list[str], cutoff: float) -> dict[int, float]:
        totals: dict[int, float] | None = None
        for query_word in query_words:
            best = self._best_scores(query_word, cutoff)
            if totals is None:
                totals = best
            else:
                totals = {p: totals[p] + s for p, s in best.items() if p in totals}
            if not totals:
                return {}
        if not totals:
            return {}
        count = len(query_words)
        if count == 1:
            return totals
        return {position: total / count for position, total in totals.items()}

    def matches(
        self, query: str, *, cutoff: float = DEFAULT_CUTOFF
    ) -> tuple[Collection[int], dict[int, float] | None]:
        """The positions of the matching items, and each one's score; None for the scores
        when every match scores the same. One word whose matches all score the same (one
        letter typed: every word containing it) skips making a score for each of them,
        which at 100,000 items costs more than finding them."""
        found_words, pieces = query_terms(query)
        query_words = list(dict.fromkeys(found_words))
        if not query_words:  # symbols alone: the items that hold them as typed
            return set(self.holding(pieces)), None
        if not pieces:
            return self._word_matches(query_words, cutoff)
        # Symbols among the words ("c++"): the items that hold them as typed, of those the
        # words match.
        held = self.holding(pieces)
        if not held:
            return set(), None
        found, scores = self._word_matches(query_words, cutoff)
        if scores is None:
            return {p for p in held if p in found}, None
        return self._alike({p: scores[p] for p in held if p in scores})

    def _word_matches(
        self, query_words: list[str], cutoff: float
    ) -> tuple[Collection[int], dict[int, float] | None]:
        if len(query_words) == 1 and self._letters is not None and cutoff > 0:
            found = self._letters.found(query_words[0])  # one letter: known beforehand
            if found is not None:
                return found, None
        if len(query_words) == 1:
            levels = self._levels(query_words[0], cutoff)
            if len(levels) <= 1:
                return set().union(*next(iter(levels.values()), [])), None
        return self._alike(self._word_scores(query_words, cutoff))

    @staticmethod
    def _alike(scores: dict[int, float]) -> tuple[Collection[int], dict[int, float] | None]:
        """``scores`` as ``matches`` gives them: None for the scores when all are the same."""
        if scores and min(scores.values()) == max(scores.values()):
            return scores, None
        return scores, scores

    def holding(self, pieces: list[str]) -> list[int]:
        """The positions of the items whose folded text holds every one of ``pieces``."""
        texts = self._folded_texts()
        places: Iterable[int] = range(len(texts))
        for piece in pieces:  # piece by piece: ten times quicker than all() on each item
            places = [at for at in places if piece in texts[at]]
        return list(places)

    def _folded_texts(self) -> list[str]:
        texts = self._texts
        if texts is None:
            texts = self._texts = [fold(self._text_of(item)) for item in self.items]
        return texts

    def _levels(self, query_word: str, cutoff: float) -> dict[float, list[tuple[int, ...]]]:
        """The positions of the items with a word ``query_word`` matches, by score."""
        levels: dict[float, list[tuple[int, ...]]] = {}
        for word, score in self.matching_words(query_word, cutoff).items():
            levels.setdefault(score, []).append(self._postings[word])
        if cutoff <= INITIALS_SCORE and (initials := self._initials.found(query_word)):
            levels.setdefault(INITIALS_SCORE, []).extend(initials)  # fuzzy_initials
        return levels

    def _best_scores(self, query_word: str, cutoff: float) -> dict[int, float]:
        """Each matching item's best score for one query word. The words are taken score
        level by score level, best first, and each level's items are gathered with set
        operations: one letter matches most of the items, and a Python step per item and
        word (a million with 100,000 applications) took half a second."""
        levels = self._levels(query_word, cutoff)
        best: dict[int, float] = {}
        for score in sorted(levels, reverse=True):
            found = set().union(*levels[score])
            if best:
                found.difference_update(best)
            best.update(dict.fromkeys(found, score))
        if len(query_word) == 1 and best:  # one letter: the items it begins first
            best = dict.fromkeys(best, _LATER_WORD)
            best.update(dict.fromkeys(self._first.ahead(query_word), _FIRST_WORD))
        return best

    def leading(self, query: str) -> Collection[int] | None:
        """For a query of one letter, the items whose first word it begins (they rank
        first; ``fuzzy_letters.FirstLetters``); None for any other query."""
        found, pieces = query_terms(query)
        if len(set(found)) != 1 or len(found[0]) != 1 or pieces:
            return None
        return self._first.ahead(found[0])


def rank(
    query: str,
    items: Sequence[T],
    text_of: Callable[[T], str],
    *,
    cutoff: float = DEFAULT_CUTOFF,
) -> list[tuple[T, float]]:
    """One-off search: build an index and query it."""
    return FuzzyIndex(items, text_of).search(query, cutoff=cutoff)


def best_match(
    query: str, candidates: Iterable[str], *, cutoff: float = 85.0, whole: bool = False
) -> str | None:
    """The candidate closest to ``query`` if it is close enough (e.g. a CSV header);
    ``whole``: compared as a whole, not by its best part."""
    from bounceback_tui.domain import fuzzy_scores

    return fuzzy_scores.best_match(query, candidates, cutoff=cutoff, whole=whole)
