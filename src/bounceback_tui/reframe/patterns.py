"""A tiny pattern language for cues, compiled to regular expressions over stemmed tokens.

A pattern is a space-separated list of items:

- ``word`` or ``a|b|c``: one of these words (stemmed like the text; ``no_one`` is two words)
- ``@class``: any word of a named word class (see ``lexicon.CLASSES``); ``@a|b`` mixes both
- ``item?``: optional
- ``*`` / ``**``: a gap of up to 3 / 6 arbitrary words

Each compiled pattern also knows the stems it cannot match without, so most patterns
are ruled out by a set lookup before any regular expression runs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from bounceback_tui.reframe.words import stem

_GAPS = {"*": 3, "**": 6}


@dataclass(frozen=True)
class Pattern:
    source: str
    regex: re.Pattern[str]
    # One frozenset per required item: at least one of its first stems must be present.
    required: tuple[frozenset[str], ...]
    vocabulary: frozenset[str]

    def could_match(self, present: set[str] | frozenset[str]) -> bool:
        return all(not present.isdisjoint(stems) for stems in self.required)

    @property
    def index_stems(self) -> frozenset[str]:
        """The stems to index this pattern under: those of its most selective required item."""
        return min(self.required, key=len) if self.required else self.vocabulary


def _alternatives(item: str, classes: Mapping[str, tuple[str, ...]]) -> list[list[str]]:
    words: list[str] = []
    for part in item.split("|"):
        words.extend(classes[part[1:]] if part.startswith("@") else (part,))
    return [[stem(piece) for piece in word.split("_")] for word in words]


def compile_pattern(source: str, classes: Mapping[str, tuple[str, ...]]) -> Pattern:
    parts: list[str] = []
    required: list[frozenset[str]] = []
    vocabulary: set[str] = set()
    for item in source.split():
        if item in _GAPS:
            parts.append(rf"(?:\S+ ){{0,{_GAPS[item]}}}")
            continue
        optional = item.endswith("?")
        alternatives = _alternatives(item.rstrip("?"), classes)
        for words in alternatives:
            vocabulary.update(words)
        # Longest first, so "no one ever" wins over "no".
        alternatives.sort(key=lambda words: -sum(len(w) + 1 for w in words))
        body = "|".join(" ".join(re.escape(w) for w in words) for words in alternatives)
        parts.append(f"((?:{body}) )" + ("?" if optional else ""))
        if not optional:
            required.append(frozenset(words[0] for words in alternatives))
    regex = re.compile(" " + "".join(parts))
    return Pattern(source, regex, tuple(required), frozenset(vocabulary))
