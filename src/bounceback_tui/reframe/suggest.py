"""Suggest the thinking traps a thought may fall into, with the words that suggest them.

How it works (see docs/reframe.md): the thought is split into words, contractions are
expanded ("shoulda" -> "should have"), every word is reduced to a crude stem and
misspelt words are repaired onto the cue lexicon with rapidfuzz (one or two edits).
Each cue pattern in ``lexicon.CUES`` that matches adds its weight to its trap (the
second cue of a trap counts half, the third a quarter). Traps whose total reaches
``THRESHOLD`` are returned, best first, with a 0-1 score. No model, no network: a
thought takes a few tens of microseconds.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from bounceback_tui.reframe.catalogue import TRAP_KEYS
from bounceback_tui.reframe.common_words import COMMON_WORDS
from bounceback_tui.reframe.lexicon import CLASSES, CUES
from bounceback_tui.reframe.patterns import Pattern, compile_pattern
from bounceback_tui.reframe.words import Token, TypoRepair, stem, tokenize

# The total cue weight a trap needs before it is suggested at all.
THRESHOLD = 0.5
# Longer texts are looked at in full, but a pasted essay is cut here to stay fast.
MAX_CHARS = 5_000
_CUE_CHARS = 48


@dataclass(frozen=True)
class Suggestion:
    """One suggested trap: its catalogue key, a 0-1 score, and the words that suggested it."""

    key: str
    score: float
    cues: tuple[str, ...]


@dataclass(frozen=True)
class _Cue:
    trap: str
    weight: float
    pattern: Pattern


class _Matcher:
    def __init__(self) -> None:
        classes = {name: tuple(words.split()) for name, words in CLASSES.items()}
        self.cues = [
            _Cue(trap, weight, compile_pattern(source, classes)) for trap, weight, source in CUES
        ]
        # Masks first, then strong cues before weak ones, so an overlapping weaker cue of
        # the same trap is dropped.
        self.cues.sort(key=lambda cue: (cue.weight != 0, -cue.weight))
        lexicon: set[str] = set()
        for cue in self.cues:
            lexicon |= cue.pattern.vocabulary
        common = {stem(word) for word in COMMON_WORDS} | set(COMMON_WORDS)
        self.repair = TypoRepair(lexicon, common - lexicon)
        self.order = {key: index for index, key in enumerate(TRAP_KEYS)}
        # Cues by the stems they cannot match without, so a thought only tries the few
        # cues whose words it contains.
        self.by_stem: dict[str, list[int]] = {}
        for index, cue in enumerate(self.cues):
            for word in cue.pattern.index_stems:
                self.by_stem.setdefault(word, []).append(index)

    def suggest(self, text: str, limit: int) -> list[Suggestion]:
        tokens = tokenize(text[:MAX_CHARS])
        if not tokens:
            return []
        stems = [self.repair.repair(token.stem) for token in tokens]
        present = set(stems)
        canonical = " " + " ".join(stems) + " "
        # Where each token starts in ``canonical``, to map a match back to the text.
        starts: list[int] = []
        position = 1
        for word in stems:
            starts.append(position)
            position += len(word) + 1

        found: dict[str, list[tuple[float, tuple[int, int], str]]] = {}
        penalties: dict[str, float] = {}
        masks: dict[str, list[tuple[int, int]]] = {}
        candidates = sorted({i for word in present for i in self.by_stem.get(word, ())})
        for cue in (self.cues[i] for i in candidates):
            if not cue.pattern.could_match(present):
                continue
            match = cue.pattern.regex.search(canonical)
            if match is None:
                continue
            if cue.weight < 0:
                penalties[cue.trap] = penalties.get(cue.trap, 0.0) + cue.weight
                continue
            if cue.weight == 0:
                first = bisect_right(starts, match.start()) - 1
                last = bisect_right(starts, match.end() - 2) - 1
                masks.setdefault(cue.trap, []).append((first, last))
                continue
            # Token index of each matched item's first and last character in ``canonical``.
            spans = [
                (
                    bisect_right(starts, match.start(g)) - 1,
                    bisect_right(starts, match.end(g) - 2) - 1,
                )
                for g in range(1, match.re.groups + 1)
                if match.start(g) >= 0
            ]
            if not spans:
                continue
            extent = (spans[0][0], spans[-1][1])
            taken = found.setdefault(cue.trap, [])
            if any(extent[0] <= other[1] and other[0] <= extent[1] for _, other, _ in taken):
                continue
            if any(extent[0] <= b and a <= extent[1] for a, b in masks.get(cue.trap, ())):
                continue
            taken.append((cue.weight, extent, _quote(text, tokens, spans)))

        ranked: list[tuple[float, str, tuple[str, ...]]] = []
        for trap, hits in found.items():
            total = sum(weight * 0.5**rank for rank, (weight, _, _) in enumerate(hits))
            total += penalties.get(trap, 0.0)
            if total >= THRESHOLD:
                cues = tuple(dict.fromkeys(quote for _, _, quote in hits))
                ranked.append((total, trap, cues))
        ranked.sort(key=lambda item: (-item[0], self.order.get(item[1], 99)))
        return [
            Suggestion(trap, round(1.0 - math.exp(-total), 3), cues)
            for total, trap, cues in ranked[: max(0, limit)]
        ]


def _quote(text: str, tokens: list[Token], spans: list[tuple[int, int]]) -> str:
    """The person's own words for a match; a gap between its parts is shown as "…"."""
    runs: list[list[int]] = []
    for first, last in spans:
        if runs and first <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], last)
        else:
            runs.append([first, last])
    quote = " … ".join(text[tokens[a].start : tokens[b].end] for a, b in runs)
    if len(quote) > _CUE_CHARS:
        quote = quote[: _CUE_CHARS - 1].rstrip() + "…"
    return quote


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    return _Matcher()


def warm_up() -> None:
    """Compile the lexicon now (about 0.1 s, once per process) rather than on first use."""
    _matcher()


def suggest_traps(text: str, limit: int = 3) -> list[Suggestion]:
    """The thinking traps ``text`` most likely falls into, best first (at most ``limit``).

    Each suggestion has ``key`` (a key of ``TRAPS``), ``score`` (0-1, how strongly the
    wording points to it) and ``cues`` (the phrases in ``text`` that suggested it).
    Empty text, or text with no cue for any trap, gives an empty list rather than a guess.
    """
    if not text or not text.strip():
        return []
    return _matcher().suggest(text, limit)
