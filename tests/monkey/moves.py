"""A walk's moves, its key log (one line of JSON, to replay) and the failure that carries it."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


# One a step, kept for the whole walk (the key log) and measured with it by the long walk's
# memory figure: slots, not an instance dict (56 bytes a move, not about 200).
@dataclass(frozen=True, slots=True)
class Move:
    kind: str  # "key", "type" (key by key), "paste", or "quit" (the last move)
    value: str

    def as_json(self) -> list[str]:
        return [self.kind, self.value]


def encode_log(moves: Iterable[Move]) -> str:
    """The key log as one line of JSON, safe to print (every control character escaped)."""
    return json.dumps([move.as_json() for move in moves], ensure_ascii=True)


def decode_log(log: str | Path | list[Any]) -> list[Move]:
    if isinstance(log, Path):
        log = log.read_text(encoding="ascii")
    data = json.loads(log) if isinstance(log, str) else log
    return [Move(str(kind), str(value)) for kind, value in data]


class MonkeyFailure(AssertionError):
    """What broke, after which step, and the key log that gets there again."""

    def __init__(self, problem: str, moves: list[Move], seed: int | None) -> None:
        self.problem = problem
        self.moves = list(moves)
        self.seed = seed
        last = self.moves[-1].as_json() if self.moves else None
        super().__init__(
            f"{problem}\n  after step {len(self.moves)} {last} (seed {seed})\n"
            f"  replay: tests.monkey.replay(LOG, paths) or benchmarks/monkey.py --replay FILE\n"
            f"  LOG = {encode_log(self.moves)}"
        )
