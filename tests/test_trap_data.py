"""The thinking-trap training data (scripts/traps/): its size, spread and labels.

Near-duplicates (the same words for the most part, Jaccard >= 0.6 over the set of words)
count once, so padding with small rewrites cannot meet the counts.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

import pytest

from bounceback_tui.reframe import TRAP_KEYS

BATCHES = Path(__file__).parent.parent / "scripts" / "traps" / "batches"
# The held-out part scored once at the end (scripts/traps/README.md). The first one,
# "frozen-*", was scored by the first model and is now training data ("train-15" to "-18").
FROZEN = "frozen2"
AREAS = {"job", "work", "study", "relationships", "family", "health", "money", "friendship"}
STYLES = {"short", "long", "question", "second", "typo", "lower"}


def _rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted(BATCHES.glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                rows.append({**row, "batch": path.stem})
    return rows


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9']+", text.lower()))


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    return len(a & b) >= 0.6 * len(a | b)


class _Seen:
    """Word sets seen so far, indexed by word, answering "is any one similar to this?".

    The same answer as ``any(_similar(words, other) for other in seen)``, without comparing
    every pair (about 2,400 thoughts, 3 million pairs): a set shares no word with most others,
    and for those that share ``n`` words, ``|a | b|`` is ``|a| + |b| - n``. Two empty sets are
    similar (0 >= 0), as ``_similar`` says."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self.by_word: dict[str, list[int]] = {}
        self.empty = False

    def add(self, words: frozenset[str]) -> None:
        index = len(self.sizes)
        self.sizes.append(len(words))
        self.empty = self.empty or not words
        for word in words:
            self.by_word.setdefault(word, []).append(index)

    def any_similar(self, words: frozenset[str]) -> bool:
        if not words:
            return self.empty
        shared: dict[int, int] = {}
        for word in words:
            for index in self.by_word.get(word, ()):
                shared[index] = shared.get(index, 0) + 1
        size = len(words)
        return any(n >= 0.6 * (size + self.sizes[i] - n) for i, n in shared.items())


def _distinct(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    """Rows left after dropping each one too similar to an earlier one."""
    kept: list[dict[str, str]] = []
    seen = _Seen()
    for row in rows:
        words = _words(row["text"])
        if not seen.any_similar(words):
            seen.add(words)
            kept.append(row)
    return kept


def test_similarity_counts_rewrites_once() -> None:
    rows = [
        {"text": "I always fail at interviews."},
        {"text": "I always fail at interviews!"},
        {"text": "I always fail at job interviews."},
        {"text": "Nobody at work listens to my ideas."},
    ]
    assert [r["text"] for r in _distinct(rows)] == [rows[0]["text"], rows[3]["text"]]
    # The word index gives what comparing every pair gives, on a slice of the real data.
    sample = _rows()[::8] + rows + [{"text": "?"}, {"text": "..."}]
    pairwise: list[dict[str, str]] = []
    for row in sample:
        if not any(_similar(_words(row["text"]), _words(k["text"])) for k in pairwise):
            pairwise.append(row)
    assert _distinct(sample) == pairwise


def test_every_row_is_well_formed() -> None:
    rows = _rows()
    assert rows
    for row in rows:
        labels = row["traps"].split()
        assert row["text"].strip(), row
        assert labels == ["none"] or (
            1 <= len(labels) <= 2
            and len(set(labels)) == len(labels)
            and set(labels) <= set(TRAP_KEYS)
        ), row
        assert row["area"] in AREAS | {"everyday"}, row
        assert row["style"] in STYLES, row
    assert len({row["text"] for row in rows}) == len(rows)


def test_enough_distinct_thoughts_for_every_trap() -> None:
    distinct = _distinct(_rows())
    with_trap = [row for row in distinct if row["traps"] != "none"]
    assert len(with_trap) >= 1000
    assert sum(row["traps"] == "none" for row in distinct) >= 150
    counts = Counter(key for row in with_trap for key in row["traps"].split())
    assert set(counts) == set(TRAP_KEYS)
    assert min(counts.values()) >= 50, counts


def test_spread_over_life_areas_and_styles() -> None:
    rows = _rows()
    assert {row["area"] for row in rows} >= AREAS
    assert {row["style"] for row in rows} == STYLES
    areas = Counter(row["area"] for row in rows if row["traps"] != "none")
    assert min(areas[area] for area in AREAS) >= 40, areas
    assert sum(row["style"] == "long" for row in rows) >= 150


@pytest.mark.parametrize("part", ["train", FROZEN])
def test_each_part_covers_every_trap_and_none(part: str) -> None:
    rows = [row for row in _rows() if row["batch"].startswith(part + "-")]
    assert {key for row in rows for key in row["traps"].split()} == {*TRAP_KEYS, "none"}


def test_frozen_part_is_a_fifth_and_does_not_leak() -> None:
    rows = _rows()
    frozen = [row for row in rows if row["batch"].startswith(FROZEN + "-")]
    train = [row for row in rows if row["batch"].startswith("train-")]
    assert len(frozen) + len(train) == len(rows)
    assert 0.15 <= len(frozen) / len(rows) <= 0.25
    train_words = _Seen()
    for row in train:
        train_words.add(_words(row["text"]))
    leaks = [row["text"] for row in frozen if train_words.any_similar(_words(row["text"]))]
    assert leaks == []


def test_the_frozen_part_can_measure_quiet() -> None:
    # Enough trap-free thoughts, short and long, to measure how often nothing is suggested.
    frozen = _distinct([row for row in _rows() if row["batch"].startswith(FROZEN + "-")])
    neutral = [row for row in frozen if row["traps"] == "none"]
    assert len(neutral) >= 100
    assert sum(row["style"] == "long" for row in neutral) >= 30
    assert sum(row["style"] != "long" for row in neutral) >= 70
