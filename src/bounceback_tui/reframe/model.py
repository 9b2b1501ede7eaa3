"""The learned part of the trap suggester: loading the shipped tables and scoring a thought.

Built by scripts/train_traps.py (see docs/reframe.md); read here with the standard library.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import math
import struct
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain
from pathlib import Path

from bounceback_tui.reframe.features import pair_feature, repaired, stem_features
from bounceback_tui.reframe.wordpiece import WordPiece, words
from bounceback_tui.reframe.words import Part, Token, reading_window, tokenize

# What the shipped model was built from, relative to the repository root. The build stores a
# hash over these files; a test checks it still matches, so a change to any of them without
# a rebuild is caught.
HASHED_SOURCES = (
    "scripts/train_traps.py",
    "scripts/traps/batches/train-*.csv",
    "src/bounceback_tui/reframe/features.py",
    "src/bounceback_tui/reframe/cues.py",
    "src/bounceback_tui/reframe/wordpiece.py",
    "src/bounceback_tui/reframe/words.py",
    "src/bounceback_tui/reframe/lexicon.py",
    "src/bounceback_tui/reframe/patterns.py",
    "src/bounceback_tui/reframe/common_words.py",
)


def source_hash(root: Path) -> str:
    """SHA-256 over the names and bytes of the files in HASHED_SOURCES, in a fixed order."""
    digest = hashlib.sha256()
    for pattern in HASHED_SOURCES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.relative_to(root).as_posix().encode("utf-8") + b"\0")
            digest.update(path.read_bytes().replace(b"\r\n", b"\n") + b"\0")
    return digest.hexdigest()


@dataclass(frozen=True)
class Scored:
    """One thought, scored: each trap's probability, the chance of any trap, and why."""

    probabilities: dict[str, float]
    confidence: float
    # Per trap, the contribution of each word (token index of words.tokenize) to its score.
    reasons: Callable[[str], list[float]]
    tokens: list[Token]


class TrapModel:
    """The shipped tables (see scripts/train_traps.py), scored in plain Python."""

    def __init__(self, blob: bytes) -> None:
        payload = gzip.decompress(blob)
        (size,) = struct.unpack_from("<I", payload)
        header = json.loads(payload[4 : 4 + size])
        if header.get("format") != 1:
            raise ValueError("unknown trap model format")
        self.header = header
        self.classes: list[str] = header["classes"]
        self.width = len(self.classes) + 1  # the traps, then "any trap"
        blobs = header["blobs"]
        offset = 4 + size
        idf = array("f")
        idf.frombytes(payload[offset : offset + blobs["idf"]])
        offset += blobs["idf"]
        a = array("h")
        a.frombytes(payload[offset : offset + blobs["a"]])
        offset += blobs["a"]
        b = array("h")
        b.frombytes(payload[offset : offset + blobs["b"]])
        if sys.byteorder == "big":
            for table in (idf, a, b):
                table.byteswap()
        self.idf = idf
        width = self.width
        # One column per output (each stem's and word's sums are worked out from them once).
        self.a_columns = [a[k::width] for k in range(width)]
        self.b_columns = [b[k::width] for k in range(width)]
        self.a_scale: float = header["a_scale"]
        self.b_scale: float = header["b_scale"]
        self.a_bias: list[float] = header["a_bias"]
        self.b_bias: list[float] = header["b_bias"]
        self.blend: list[float] = header["blend"]
        self.bias: list[float] = header["bias"]
        self.gate: list[float] = header["gate"]
        self.cap: float = header["lexicon_cap"]
        self.lower: float = header["lower"]
        self.upper: float = header["upper"]
        self.second: float = header["second"]
        self.strong_cue: float = header["strong_cue"]
        self.strong_cue_long: float = header["strong_cue_long"]
        self.long_words: int = header["long_words"]
        self.source_sha256: str = header["source_sha256"]
        self.ngrams = {name: i for i, name in enumerate(header["ngrams"])}
        pieces = {piece: i for i, piece in enumerate(header["pieces"])}
        self.wordpiece = WordPiece(pieces, pieces["[UNK]"])
        self._by_stem: dict[str, _Known] = {}
        self._by_pair: dict[int, tuple[float, ...]] = {}
        self._by_word: dict[str, tuple[int, tuple[int, ...]]] = {}

    def _stem(self, word: str) -> _Known:
        """The known n-grams of one stem on its own (itself and its letter runs), and what one
        occurrence of it adds to each output before the text's norm."""
        known = self._by_stem.get(word)
        if known is None:
            cols = tuple(c for c in map(self.ngrams.get, stem_features(word)) if c is not None)
            known = (cols, self._weights(cols))
            if len(self._by_stem) < _CACHE:
                self._by_stem[word] = known
        return known

    def _pair(self, col: int) -> tuple[float, ...]:
        """What one occurrence of the pair n-gram ``col`` adds to each output, before the norm."""
        weights = self._by_pair.get(col)
        if weights is None:
            weights = self._by_pair[col] = self._weights((col,))
        return weights

    def _weights(self, cols: tuple[int, ...]) -> tuple[float, ...]:
        idf, scale = self.idf, self.a_scale
        return tuple(scale * sum(idf[c] * column[c] for c in cols) for column in self.a_columns)

    def _word_sums(self, word: str) -> tuple[int, tuple[int, ...]]:
        """How many word pieces ``word`` has, and their summed entries in each column of B."""
        known = self._by_word.get(word)
        if known is None:
            ids = self.wordpiece.pieces(word)
            known = (len(ids), tuple(sum(map(c.__getitem__, ids)) for c in self.b_columns))
            if len(self._by_word) < _CACHE:
                self._by_word[word] = known
        return known

    def _part_a(self, tokens: list[Token]) -> _PartA:
        """Part A's scores: the n-grams' counts times their idf, scaled to unit length, times
        their weights. Each occurrence adds the same amount, so a stem's share is looked up
        once (cached) and a text's score is a sum over its words and pairs, and a norm."""
        stems = [token.stem for token in tokens]
        per_token = list(map(self._stem, stems))
        # (column, index of the pair's second word) of each known pair of adjacent stems.
        found = map(self.ngrams.get, map(pair_feature, stems, stems[1:]))
        pairs = [(col, i) for i, col in enumerate(found, 1) if col is not None]
        counts = Counter(chain.from_iterable(cols for cols, _ in per_token))
        counts.update(col for col, _ in pairs)
        if not counts:
            return _PartA(list(self.a_bias), per_token, pairs, [], 1.0)
        idf = self.idf
        norm = math.sqrt(sum((n * idf[c]) ** 2 for c, n in counts.items()))
        pair_weights = [self._pair(col) for col, _ in pairs]
        rows = [weights for _, weights in per_token] + pair_weights
        totals = map(sum, zip(*rows, strict=True))
        scores = [bias + total / norm for bias, total in zip(self.a_bias, totals, strict=True)]
        return _PartA(scores, per_token, pairs, pair_weights, norm)

    def score(
        self,
        text: str,
        lexicon: dict[str, float],
        tokens: list[Token] | None = None,
        parts: list[Part] | None = None,
    ) -> Scored:
        """Score ``text`` (its reading window, see words.reading_window) given the lexicon's
        totals per trap; ``tokens`` and ``parts`` may be passed if already known."""
        if parts is None:
            parts = reading_window(text)
        if tokens is None:
            tokens = tokenize(text, parts)
        # Misspelt words are read as the lexicon reads them ("alwyas" as "always").
        tokens = repaired(tokens)
        part_a = self._part_a(tokens)
        a = part_a.scores
        found = words(text, parts)
        per_word = [self._word_sums(word) for word, _, _ in found]
        pieces = sum(count for count, _ in per_word)
        if pieces:
            factor = self.b_scale / pieces
            totals = map(sum, zip(*(sums for _, sums in per_word), strict=True))
            b = [bias + factor * total for bias, total in zip(self.b_bias, totals, strict=True)]
        else:
            b = list(self.b_bias)
        ka, kb, kl = self.blend
        traps = len(self.classes)
        lex = [min(lexicon.get(key, 0.0), self.cap) for key in self.classes]
        z = [ka * a[k] + kb * b[k] + kl * lex[k] + self.bias[k] for k in range(traps)]
        g = self.gate
        gate = g[0] * a[traps] + g[1] * b[traps] + g[2] * max(lex) + g[3] * max(z) + g[4]
        probabilities = {key: _sigmoid(z[k]) for k, key in enumerate(self.classes)}
        # The token each word of ``found`` starts in, worked out once if reasons are asked for.
        owners: list[int] = []

        def reasons(key: str) -> list[float]:
            k = self.classes.index(key)
            share = ka / part_a.norm
            out = [weights[k] * share for _, weights in part_a.per_token]
            for (_, i), weights in zip(part_a.pairs, part_a.pair_weights, strict=True):
                half = weights[k] * share / 2
                out[i - 1] += half
                out[i] += half
            if pieces and tokens:
                if not owners:
                    starts = [token.start for token in tokens]
                    owners.extend(bisect_right(starts, start) - 1 for _, start, _ in found)
                factor = kb * self.b_scale / pieces
                for i, (_, sums) in zip(owners, per_word, strict=True):
                    if i >= 0:
                        out[i] += factor * sums[k]
            return out

        confidence = _sigmoid(gate)
        strong = self.strong_cue_long if len(tokens) > self.long_words else self.strong_cue
        if max(lex) >= strong:
            # A phrase the lexicon trusts on its own is never left unmentioned (in a long
            # text, where the totals gather cues from many sentences, it takes more).
            confidence = max(confidence, self.lower)
        return Scored(probabilities, confidence, reasons, tokens)


# A stem's known n-grams, and what one occurrence of it adds to each output (before the norm).
_Known = tuple[tuple[int, ...], tuple[float, ...]]


@dataclass(frozen=True)
class _PartA:
    scores: list[float]
    per_token: list[_Known]  # for each word: its stem's n-grams and what they add
    pairs: list[tuple[int, int]]  # (column, index of the second word) of each known pair
    pair_weights: list[tuple[float, ...]]  # what each of those pairs adds
    norm: float  # the length of the text's count-times-idf vector


# Distinct stems and words whose sums are remembered (about half a kilobyte each).
_CACHE = 20_000


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


MODEL_FILE = Path(__file__).with_name("model") / "traps.bin.gz"


def load(path: Path = MODEL_FILE) -> TrapModel:
    """Read the shipped model (about 0.1 s); done once, when Reframe first suggests traps."""
    return TrapModel(path.read_bytes())
