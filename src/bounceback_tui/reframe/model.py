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
from collections.abc import Callable
from dataclasses import dataclass
from operator import mul
from pathlib import Path

from bounceback_tui.reframe.features import ngram_features
from bounceback_tui.reframe.wordpiece import WordPiece
from bounceback_tui.reframe.words import Token, tokenize

# What the shipped model was built from, relative to the repository root. The build stores a
# hash over these files; a test checks it still matches, so a change to any of them without
# a rebuild is caught.
HASHED_SOURCES = (
    "scripts/train_traps.py",
    "scripts/traps/batches/train-*.csv",
    "src/bounceback_tui/reframe/features.py",
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
        # One column per output, so a score is one sum over the features present.
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
        self.source_sha256: str = header["source_sha256"]
        self.ngrams = {name: i for i, name in enumerate(header["ngrams"])}
        pieces = {piece: i for i, piece in enumerate(header["pieces"])}
        self.wordpiece = WordPiece(pieces, pieces["[UNK]"])

    def _part_a(
        self, tokens: list[Token]
    ) -> tuple[list[float], list[int], list[float], list[list[int]]]:
        """tf-idf over the known n-grams times their weights.

        Returns the scores, and for the reasons: the n-grams used, their tf-idf weight and
        where each occurred (token index pairs)."""
        where: dict[int, list[int]] = {}
        index = self.ngrams
        for feature, first, last in ngram_features(tokens):
            col = index.get(feature)
            if col is not None:
                spans = where.setdefault(col, [])
                spans.append(first)
                spans.append(last)
        if not where:
            return list(self.a_bias), [], [], []
        cols = list(where)
        idf = self.idf
        values = [(1.0 + math.log(len(where[c]) // 2)) * idf[c] for c in cols]
        scale = self.a_scale / math.sqrt(sum(v * v for v in values))
        values = [v * scale for v in values]
        scores = [
            bias + sum(map(mul, values, map(column.__getitem__, cols)))
            for bias, column in zip(self.a_bias, self.a_columns, strict=True)
        ]
        return scores, cols, values, [where[c] for c in cols]

    def _part_b(self, text: str) -> tuple[list[float], list[int], list[int]]:
        """The mean of the word pieces' projections: the scores, the pieces and their starts."""
        pieces = self.wordpiece.tokenize(text)
        if not pieces:
            return list(self.b_bias), [], []
        ids = [piece for piece, _, _ in pieces]
        factor = self.b_scale / len(ids)
        scores = [
            bias + factor * sum(map(column.__getitem__, ids))
            for bias, column in zip(self.b_bias, self.b_columns, strict=True)
        ]
        return scores, ids, [start for _, start, _ in pieces]

    def score(self, text: str, lexicon: dict[str, float]) -> Scored:
        tokens = tokenize(text)
        a, cols, values, spans = self._part_a(tokens)
        b, ids, piece_starts = self._part_b(text)
        ka, kb, kl = self.blend
        traps = len(self.classes)
        lex = [min(lexicon.get(key, 0.0), self.cap) for key in self.classes]
        z = [ka * a[k] + kb * b[k] + kl * lex[k] + self.bias[k] for k in range(traps)]
        g = self.gate
        gate = g[0] * a[traps] + g[1] * b[traps] + g[2] * max(lex) + g[3] * max(z) + g[4]
        probabilities = {key: _sigmoid(z[k]) for k, key in enumerate(self.classes)}
        starts = [token.start for token in tokens]

        def reasons(key: str) -> list[float]:
            k = self.classes.index(key)
            out = [0.0] * len(tokens)
            column = self.a_columns[k]
            for col, value, where in zip(cols, values, spans, strict=True):
                each = ka * value * column[col] / (len(where) // 2)
                for first, last in zip(where[::2], where[1::2], strict=True):
                    share = each / (last - first + 1)
                    for i in range(first, last + 1):
                        out[i] += share
            if ids and tokens:
                column = self.b_columns[k]
                factor = kb * self.b_scale / len(ids)
                for piece, start in zip(ids, piece_starts, strict=True):
                    i = bisect_right(starts, start) - 1
                    if i >= 0:
                        out[i] += factor * column[piece]
            return out

        confidence = _sigmoid(gate)
        if max(lex) >= self.strong_cue:
            # A phrase the lexicon trusts on its own is never left unmentioned.
            confidence = max(confidence, self.lower)
        return Scored(probabilities, confidence, reasons, tokens)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


MODEL_FILE = Path(__file__).with_name("model") / "traps.bin.gz"


def load(path: Path = MODEL_FILE) -> TrapModel:
    """Read the shipped model (about 0.1 s); done once, when Reframe first suggests traps."""
    return TrapModel(path.read_bytes())
