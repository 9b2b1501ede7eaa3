"""The hostile corpus: text that has broken terminal apps (tests/data/hostile_strings.json).

The file is one JSON list of strings, written with ``ensure_ascii`` so every control
character, bidi override and emoji survives as a ``\\uXXXX`` escape and the file itself
holds nothing a terminal or an editor would act on. Add a string by appending it to the
list (keep them unique); ``tests/test_hostile_corpus.py`` checks that every kind the
suite relies on is still there.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

CORPUS_PATH = Path(__file__).parent / "data" / "hostile_strings.json"


@cache
def hostile_strings() -> tuple[str, ...]:
    """Every string in the corpus, in file order."""
    data = json.loads(CORPUS_PATH.read_text(encoding="ascii"))
    if not isinstance(data, list) or not all(isinstance(s, str) for s in data):
        raise ValueError(f"{CORPUS_PATH} must be one JSON list of strings")
    return tuple(data)


def short_hostile_strings(limit: int = 300) -> tuple[str, ...]:
    """The corpus without the strings longer than ``limit`` (a one-line field's cap)."""
    return tuple(s for s in hostile_strings() if len(s) <= limit)
