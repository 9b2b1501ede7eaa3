"""Split text into the word pieces of an uncased BERT vocabulary, each with its place in the text.

The static word vectors in the trap model were distilled from all-MiniLM-L6-v2, whose
vocabulary is BERT's uncased word pieces; this is that tokenizer's rule (lower case, accents
dropped, greedy longest match with "##" continuations), in plain Python. Punctuation is left
out: the model is given words only, here and when it is built (scripts/train_traps.py).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from functools import lru_cache

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# BERT gives up on a word longer than this and calls it unknown.
_MAX_WORD = 100


def _fold(word: str) -> str:
    """Lower case without accents, as BERT's uncased normaliser does."""
    word = word.lower()
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def words(text: str, parts: Sequence[tuple[int, int]] | None = None) -> list[tuple[str, int, int]]:
    """The words of ``text`` (or of its ``parts``), folded, each with its span in ``text``."""
    if parts is None:
        return [(_fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
    return [
        (_fold(m.group()), m.start(), m.end())
        for begin, end in parts
        for m in _WORD.finditer(text, begin, end)
    ]


class WordPiece:
    """Greedy longest-match word pieces over a vocabulary (piece -> id)."""

    def __init__(self, vocab: Mapping[str, int], unknown: int) -> None:
        self._vocab = vocab
        self._unknown = unknown
        self.pieces = lru_cache(maxsize=16384)(self._pieces)

    def _pieces(self, word: str) -> tuple[int, ...]:
        vocab = self._vocab
        whole = vocab.get(word)
        if whole is not None:
            return (whole,)
        if len(word) > _MAX_WORD:
            return (self._unknown,)
        found: list[int] = []
        start = 0
        while start < len(word):
            end = len(word)
            piece = None
            while start < end:
                candidate = word[start:end] if start == 0 else "##" + word[start:end]
                piece = vocab.get(candidate)
                if piece is not None:
                    break
                end -= 1
            if piece is None:
                return (self._unknown,)
            found.append(piece)
            start = end
        return tuple(found)

    def tokenize(
        self, text: str, parts: Sequence[tuple[int, int]] | None = None
    ) -> list[tuple[int, int, int]]:
        """(piece id, start, end) for every piece of every word of ``text`` (or its ``parts``)."""
        out: list[tuple[int, int, int]] = []
        for word, start, end in words(text, parts):
            for piece in self.pieces(word):
                out.append((piece, start, end))
        return out
