"""Suggest the thinking traps a thought may fall into, with the words that suggest them.

Two parts, blended (see docs/reframe.md):

- the cue lexicon: the thought is split into words, contractions are expanded ("shoulda" ->
  "should have"), every word is reduced to a crude stem and misspelt words are repaired onto
  the lexicon with rapidfuzz. Each cue pattern in ``lexicon.CUES`` that matches adds its
  weight to its trap (the second cue of a trap counts half, the third a quarter);
- a small learned model (model.py, built by scripts/train_traps.py from thoughts written for
  the project), which also reads the lexicon's totals. It gives each trap a probability and
  the thought a confidence that it holds any trap at all. Below the model's lower cut-off
  nothing is suggested; between its two cut-offs one trap, marked as a guess; above, up to
  ``limit``.

The model is read once, on first use (well under a second), never at import. No network.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from bounceback_tui.domain.text import SENTENCE_ENDS, cut_near_word
from bounceback_tui.reframe.catalogue import TRAP_KEYS
from bounceback_tui.reframe.cues import compiled_cues, typo_repair
from bounceback_tui.reframe.patterns import Pattern
from bounceback_tui.reframe.words import Token, reading_window, stem, tokenize

if TYPE_CHECKING:
    from bounceback_tui.reframe.model import TrapModel

# The total cue weight a trap needs before the lexicon alone suggests it (used only when the
# model cannot be read).
THRESHOLD = 0.5
_CUE_CHARS = 48
# What ends a sentence between two words: no cue is matched or quoted across it.
_SENTENCE_END = re.compile(f"[{re.escape(SENTENCE_ENDS)}\\n\\r]")


# Below this probability a trap the lexicon found nothing for is only weakly the model's:
# the words quoted for a trap above it are not its reason ("'Nobody' → Blaming" under
# "'Nobody' → Overgeneralization" for "Nobody will hire me.").
_WEAK = 0.2
# At most this many quotes per suggestion, the lexicon's first.
_MAX_CUES = 3
# Words too plain to quote on their own as the reason for a trap.
_PLAIN = frozenset(
    str.split(
        "i me my myself a an the and or but to of in on at for it is am are was were be been "
        "this that these those so with as by from up out about then than there here we us our "
        "you your he him his she her they them their its do did does have has had just what "
        "when if into over very really too"
    )
)
# What a thought here is about, whatever its trap: the job search itself. Never quoted on
# its own as why a trap is suggested ("'hire me' → Blaming" for "Nobody will hire me.").
_TOPIC = frozenset(
    stem(word)
    for word in str.split(
        "hire job interview role offer apply application position cv resume career industry "
        "company employer"
    )
)


# "No company will hire me" says what "Nobody will hire me" says, of everyone who hires: it
# foretells, and it overgeneralizes. The model, which has few such thoughts to learn from,
# read "No company" as mind reading, weakly, and never as overgeneralizing; so "no" and a word
# for those who hire, as the subject of a verb ("No company will", "no recruiter ever calls"),
# are read as "nobody" (quoted as written). Not "no company at the party", "no company
# culture" or "no business" ("I had no business shouting"). Only here, for the person's
# thought: the lexicon's totals the model was built on (``lexicon_totals``) stay as they were.
_NOBODY = stem("nobody")
_WHO_HIRES = frozenset(
    stem(word)
    for word in str.split(
        "company companies employer employers recruiter recruiters firm firms interviewer "
        "interviewers organisation organisations organization organizations agency agencies"
    )
)
_THEN_A_VERB = frozenset(
    stem(word)
    for word in str.split(
        "will would is are was were has have had ever can could going gonna wants want cares "
        "care hires hire takes take calls call replies reply gets get gives give likes like "
        "needs need seems thinks think looks offers reads answers responds bothers"
    )
)


def _no_one_who_hires(text: str, tokens: list[Token]) -> list[Token]:
    """``tokens`` with "no" and a word for those who hire, a verb after them, read as one
    "nobody" spanning both."""
    read: list[Token] = []
    at = 0
    while at < len(tokens):
        token = tokens[at]
        if (
            token.stem == "no"
            and at + 2 < len(tokens)
            and tokens[at + 1].stem in _WHO_HIRES
            and tokens[at + 2].stem in _THEN_A_VERB
            and text[token.end : tokens[at + 1].start].isspace()
        ):
            read.append(Token(_NOBODY, token.start, tokens[at + 1].end))
            at += 2
            continue
        read.append(token)
        at += 1
    return read


@dataclass(frozen=True)
class Suggestion:
    """One suggested trap: its catalogue key, a 0-1 score, the words that suggested it, and
    whether it is only a guess (the model was unsure; at most one guess is given)."""

    key: str
    score: float
    cues: tuple[str, ...]
    guess: bool = False


@dataclass(frozen=True)
class _Cue:
    trap: str
    weight: float
    pattern: Pattern


class _Matcher:
    def __init__(self) -> None:
        self.cues = [_Cue(trap, weight, pattern) for trap, weight, pattern in compiled_cues()]
        # Masks first, then strong cues before weak ones, so an overlapping weaker cue of
        # the same trap is dropped.
        self.cues.sort(key=lambda cue: (cue.weight != 0, -cue.weight))
        self.repair = typo_repair()
        self.order = {key: index for index, key in enumerate(TRAP_KEYS)}
        # Cues by the stems they cannot match without, so a thought only tries the few
        # cues whose words it contains.
        self.by_stem: dict[str, list[int]] = {}
        for index, cue in enumerate(self.cues):
            for word in cue.pattern.index_stems:
                self.by_stem.setdefault(word, []).append(index)

    def match(
        self, text: str, tokens: list[Token] | None = None, *, sentences: bool = False
    ) -> dict[str, tuple[float, tuple[str, ...]]]:
        """Every trap with at least one cue in ``text`` (its reading window, or the
        ``tokens`` given): its total weight and its cues. With ``sentences``, no cue spans a
        sentence end (``_sentence_ends``)."""
        if tokens is None:
            tokens = tokenize(text, reading_window(text))
        if not tokens:
            return {}
        stems = [self.repair.repair(token.stem) for token in tokens]
        present = set(stems)
        ends = _sentence_ends(text, tokens) if sentences else set()
        # A line break after a sentence's last word: no word of a pattern (each followed by
        # one space) and no gap (words each followed by one space) goes over it.
        canonical = " " + "".join(
            word + (" \n " if index in ends else " ") for index, word in enumerate(stems)
        )
        # Where each token starts in ``canonical``, to map a match back to the text.
        starts: list[int] = []
        position = 1
        for index, word in enumerate(stems):
            starts.append(position)
            position += len(word) + (3 if index in ends else 1)

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

        totals: dict[str, tuple[float, tuple[str, ...]]] = {}
        for trap, hits in found.items():
            total = sum(weight * 0.5**rank for rank, (weight, _, _) in enumerate(hits))
            total += penalties.get(trap, 0.0)
            totals[trap] = (total, tuple(dict.fromkeys(quote for _, _, quote in hits)))
        return totals

    def suggest(
        self, text: str, limit: int, tokens: list[Token] | None = None, *, sentences: bool = False
    ) -> list[Suggestion]:
        ranked = [
            (total, trap, cues)
            for trap, (total, cues) in self.match(text, tokens, sentences=sentences).items()
            if total >= THRESHOLD
        ]
        ranked.sort(key=lambda item: (-item[0], self.order.get(item[1], 99)))
        return [
            Suggestion(trap, round(1.0 - math.exp(-total), 3), cues)
            for total, trap, cues in ranked[: max(0, limit)]
        ]


def _sentence_ends(text: str, tokens: list[Token]) -> set[int]:
    """The tokens after which a sentence ends (``domain.text.SENTENCE_ENDS``: . ! ? ؟ ？ …,
    or a line break before the next word): the suggester never matches or quotes across one.
    "No company will hire me. No company will hire me." showed "'me. No company' → Mind
    reading" (a stranger's walk)."""
    return {
        index
        for index in range(len(tokens) - 1)
        if _SENTENCE_END.search(text, tokens[index].end, tokens[index + 1].start)
    }


def _quote(text: str, tokens: list[Token], spans: list[tuple[int, int]]) -> str:
    """The person's own words for a match; a gap between its parts is shown as "…"."""
    runs: list[list[int]] = []
    for first, last in spans:
        if runs and first <= runs[-1][1] + 1:
            runs[-1][1] = max(runs[-1][1], last)
        else:
            runs.append([first, last])
    quote = " … ".join(text[tokens[a].start : tokens[b].end] for a, b in runs)
    return cut_near_word(quote, _CUE_CHARS)


@lru_cache(maxsize=1)
def _matcher() -> _Matcher:
    return _Matcher()


@lru_cache(maxsize=1)
def _model() -> TrapModel | None:
    from bounceback_tui.reframe.model import load

    try:
        return load()
    except (OSError, ValueError, KeyError, EOFError):
        return None  # a damaged install: the lexicon alone still works


def warm_up() -> None:
    """Compile the lexicon and read the model now (once per process) rather than on first use."""
    warm_lexicon()
    warm_model()


def warm_lexicon() -> None:
    """Compile the lexicon now (once per process; about 0.6 MiB, 70 ms of CPU): Reframe does
    it with the model, when there is a first thought (``warm_up``)."""
    _matcher()


def warm_model() -> None:
    """Read the model now (once per process; about 4 MB in memory, 0.1 s): Reframe does it
    when there is a first thought to suggest traps for, not when it opens."""
    _model()


def lexicon_totals(text: str) -> dict[str, tuple[float, tuple[str, ...]]]:
    """The cue lexicon alone: each trap with a cue in ``text``, its total weight and its cues."""
    if not text or not text.strip():
        return {}
    return _matcher().match(text)


def lexicon_suggestions(text: str, limit: int = 3) -> list[Suggestion]:
    """What the cue lexicon alone suggests (the benchmark's baseline, and the fallback)."""
    if not text or not text.strip():
        return []
    return _matcher().suggest(text, limit)


def suggest_traps(text: str, limit: int = 3) -> list[Suggestion]:
    """The thinking traps ``text`` most likely falls into, best first (at most ``limit``).

    Each suggestion has ``key`` (a key of ``TRAPS``), ``score`` (0-1, the model's probability
    for that trap), ``cues`` (the phrases in ``text`` that carried it: the lexicon's cues
    first, then the words that weighed most in the model) and ``guess`` (the model was
    unsure; then it is the only suggestion). Empty text, or text the model finds no trap in,
    gives an empty list.
    """
    if not text or not text.strip() or limit <= 0:
        return []
    parts = reading_window(text)
    tokens = _no_one_who_hires(text, tokenize(text, parts))
    model = _model()
    if model is None:
        return _matcher().suggest(text, limit, tokens, sentences=True)
    lexicon = _matcher().match(text, tokens, sentences=True)
    totals = {key: total for key, (total, _) in lexicon.items()}
    scored = model.score(text, totals, tokens, parts)
    if not scored.tokens or scored.confidence < model.lower:
        return []
    ends = _sentence_ends(text, scored.tokens)
    order = {key: index for index, key in enumerate(TRAP_KEYS)}
    ranked = sorted(scored.probabilities, key=lambda k: (-scored.probabilities[k], order[k]))
    guess = scored.confidence < model.upper
    if guess:
        chosen = ranked[:1]
    else:
        top = scored.probabilities[ranked[0]]
        chosen = [k for k in ranked[:limit] if scored.probabilities[k] >= model.second * top]
    suggestions: list[Suggestion] = []
    for key in chosen:
        cues = list(lexicon.get(key, (0.0, ()))[1])
        weak = not cues and scored.probabilities[key] < _WEAK
        above = {c.casefold() for s in suggestions for c in s.cues} if weak else set()
        for cue in _model_cues(text, scored.tokens, scored.reasons(key), ends):
            folded = cue.casefold()
            if folded in above:
                continue
            if not any(folded in c.casefold() or c.casefold() in folded for c in cues):
                cues.append(cue)
        if not cues:
            continue  # no word in the thought points to it: not worth showing
        probability = round(scored.probabilities[key], 3)
        suggestions.append(Suggestion(key, probability, tuple(cues[:_MAX_CUES]), guess))
    return suggestions


def _model_cues(
    text: str,
    tokens: list[Token],
    weights: list[float],
    ends: set[int] | frozenset[int] = frozenset(),
) -> list[str]:
    """The one or two runs of words that added most to a trap's score, quoted; a run stops
    at a sentence end (``ends``: the tokens a sentence ends after)."""
    if not weights:
        return []
    top = max(weights)
    if top <= 0:
        return []
    cues: list[str] = []
    taken: set[int] = set()
    for i in sorted(range(len(weights)), key=lambda i: -weights[i]):
        weight = weights[i]
        if len(cues) == 2 or weight < 0.3 * top:
            break
        if i in taken or tokens[i].stem in _PLAIN or tokens[i].stem in _TOPIC:
            continue
        first = last = i
        while (
            first > 0
            and first - 1 not in taken
            and first - 1 not in ends
            and weights[first - 1] >= 0.5 * weight
            and last - first < 3
        ):
            first -= 1
        while (
            last + 1 < len(weights)
            and last + 1 not in taken
            and last not in ends
            and weights[last + 1] >= 0.5 * weight
            and last - first < 3
        ):
            last += 1
        taken.update(range(first, last + 1))
        cues.append(_quote(text, tokens, [(first, last)]))
    return cues
