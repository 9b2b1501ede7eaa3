"""How often suggest_traps names the right thinking trap, on the labelled set in tests/data.

    python benchmarks/reframe_accuracy.py              # every split, then all together
    python benchmarks/reframe_accuracy.py --split dev  # only the part the lexicon is tuned on
    python benchmarks/reframe_accuracy.py --misses     # list what it got wrong

Splits, in the order they were written (docs/reframe.md has the history):
  dev     the lexicon was tuned on it from the start
  test    held out until a first measurement, then looked at
  blind   written after the first lexicon, in other words than the cues; scored once
          (top-1 54%), then used for tuning like dev
  blind2  written before that second round of tuning, in natural wording; never tuned on.
          Only blind2 is a fair estimate.

For thoughts labelled with at least one trap:
  top-1  the first suggestion is one of the labelled traps
  top-3  one of the first three suggestions is one of the labelled traps
  main@3 the first (main) labelled trap is among the first three suggestions
For thoughts labelled with no trap:
  quiet  nothing at all is suggested
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "thoughts.csv"
sys.path.insert(0, str(ROOT / "src"))

from bounceback_tui.reframe import TRAP_KEYS, suggest_traps  # noqa: E402


@dataclass(frozen=True)
class Example:
    text: str
    traps: tuple[str, ...]
    split: str
    about: str


def load(path: Path = DATA) -> list[Example]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Example(row["text"], tuple(row["traps"].split()), row["split"], row["about"])
            for row in csv.DictReader(handle)
        ]


@dataclass
class Result:
    name: str
    with_trap: int = 0
    top1: int = 0
    top3: int = 0
    main3: int = 0
    no_trap: int = 0
    quiet: int = 0

    def line(self) -> str:
        def pct(n: int, d: int) -> str:
            return f"{100 * n / d:5.1f}% ({n}/{d})" if d else "   n/a"

        return (
            f"{self.name:<8} top-1 {pct(self.top1, self.with_trap)}   "
            f"top-3 {pct(self.top3, self.with_trap)}   "
            f"main@3 {pct(self.main3, self.with_trap)}   "
            f"quiet on no-trap {pct(self.quiet, self.no_trap)}"
        )


def evaluate(examples: list[Example], name: str, misses: list[str] | None = None) -> Result:
    result = Result(name)
    for example in examples:
        keys = [s.key for s in suggest_traps(example.text)]
        if not example.traps:
            result.no_trap += 1
            result.quiet += not keys
            if keys and misses is not None:
                misses.append(f"[{example.split}] no trap, got {keys}: {example.text}")
            continue
        result.with_trap += 1
        hit1 = bool(keys) and keys[0] in example.traps
        hit3 = any(key in example.traps for key in keys[:3])
        result.top1 += hit1
        result.top3 += hit3
        result.main3 += example.traps[0] in keys[:3]
        if not hit1 and misses is not None:
            misses.append(
                f"[{example.split}] want {list(example.traps)}, got {keys}: {example.text}"
            )
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("dev", "test", "blind", "blind2", "all"), default="all")
    parser.add_argument("--misses", action="store_true", help="list the thoughts it got wrong")
    args = parser.parse_args(argv)

    examples = load()
    unknown = {k for e in examples for k in e.traps} - set(TRAP_KEYS)
    if unknown:
        print(f"unknown trap keys in {DATA}: {sorted(unknown)}", file=sys.stderr)
        return 1
    chosen = examples if args.split == "all" else [e for e in examples if e.split == args.split]
    misses: list[str] = []
    counts = Counter(e.split for e in chosen)
    print(f"{len(chosen)} labelled thoughts ({', '.join(f'{n} {s}' for s, n in counts.items())})")
    splits = ("dev", "test", "blind", "blind2") if args.split == "all" else (args.split,)
    for split in splits:
        print(evaluate([e for e in chosen if e.split == split], split, misses).line())
    if args.split == "all":
        print(evaluate(chosen, "all").line())

    suggest_traps("warm up")
    texts = [e.text for e in chosen]
    rounds = 20
    started = time.perf_counter()
    for _ in range(rounds):
        for text in texts:
            suggest_traps(text)
    per_thought = (time.perf_counter() - started) / (rounds * len(texts))
    print(f"speed    {per_thought * 1e6:.0f} µs per thought (mean of {rounds * len(texts)})")
    if args.misses:
        print("\n".join(["", *misses]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
