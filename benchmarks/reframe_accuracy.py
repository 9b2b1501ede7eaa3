"""How often suggest_traps names the right thinking trap, on thoughts written for the project.

    python benchmarks/reframe_accuracy.py                 # the older set, and the speed
    python benchmarks/reframe_accuracy.py --split dev     # one split of the older set only
    python benchmarks/reframe_accuracy.py --cv            # grouped cross-validation (needs [train])
    python benchmarks/reframe_accuracy.py --frozen        # the frozen part: run it ONCE, at the end
    python benchmarks/reframe_accuracy.py --misses        # list what the shipped model got wrong

Data (docs/reframe.md has the history):
  scripts/traps/batches/train-*    what the model is built from (scripts/train_traps.py);
                                   train-15 to -18 were the first frozen part ("frozen-*"),
                                   scored once by the first model, now training data
  scripts/traps/batches/frozen2-*  written before the second model, never used to build or
                                   tune it; its one score is the fair estimate (--frozen)
  tests/data/thoughts.csv         the older set the cue lexicon was tuned on (dev, test, blind),
                                  and blind2, which it never was

--cv refits everything (the n-gram vocabulary, both parts, the blend and the cut-offs) inside
each of 5 folds grouped by writing batch of the train-* batches, and scores the held-out
batches, so no fold sees sentences from the sitting it is scored on.

Figures, for thoughts labelled with at least one trap:
  top-1   the first suggestion is one of the labelled traps
  top-3   one of the first three suggestions is
  mac@3   recall in the first three per trap, averaged over the 13 traps
and for thoughts labelled "none":
  quiet   nothing at all is suggested
Each is shown for the shipped suggester (blended model), the cue lexicon alone, and a
constant guess of the three traps commonest in the training data.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OLD = ROOT / "tests" / "data" / "thoughts.csv"
BATCHES = ROOT / "scripts" / "traps" / "batches"
FROZEN = "frozen2"  # the held-out part (scripts/traps/README.md)
sys.path.insert(0, str(ROOT / "src"))

from bounceback_tui.reframe import TRAP_KEYS, suggest_traps  # noqa: E402
from bounceback_tui.reframe.suggest import lexicon_suggestions  # noqa: E402


@dataclass(frozen=True)
class Example:
    text: str
    traps: tuple[str, ...]
    split: str  # the older set's split, or the batch name
    long: bool


def load_old(path: Path = OLD) -> list[Example]:
    with path.open(newline="", encoding="utf-8") as handle:
        return [
            Example(row["text"], tuple(row["traps"].split()), row["split"], False)
            for row in csv.DictReader(handle)
        ]


def load_batches(part: str) -> list[Example]:
    examples = []
    for path in sorted(BATCHES.glob(f"{part}-*.csv")):
        with path.open(newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                traps = tuple(t for t in row["traps"].split() if t != "none")
                examples.append(Example(row["text"], traps, path.stem, row["style"] == "long"))
    return examples


def commonest(examples: Sequence[Example], n: int = 3) -> list[str]:
    counts = Counter(key for e in examples for key in e.traps)
    return sorted(TRAP_KEYS, key=lambda k: (-counts[k], TRAP_KEYS.index(k)))[:n]


@dataclass
class Figures:
    with_trap: int
    top1: float
    top3: float
    macro3: float
    no_trap: int
    quiet: float
    per_trap: dict[str, float]


def figures(chosen: Sequence[Sequence[str]], examples: Sequence[Example]) -> Figures:
    """The four figures for suggestions ``chosen[i]`` (keys, best first) on ``examples[i]``."""
    trapped = [(c, e) for c, e in zip(chosen, examples, strict=True) if e.traps]
    neutral = [c for c, e in zip(chosen, examples, strict=True) if not e.traps]

    def share(hits: list[bool]) -> float:
        return sum(hits) / len(hits) if hits else float("nan")

    per_trap = {}
    for key in TRAP_KEYS:
        having = [key in c[:3] for c, e in trapped if key in e.traps]
        if having:
            per_trap[key] = share(having)
    return Figures(
        len(trapped),
        share([bool(c) and c[0] in e.traps for c, e in trapped]),
        share([any(k in e.traps for k in c[:3]) for c, e in trapped]),
        share(list(per_trap.values())) if per_trap else float("nan"),
        len(neutral),
        share([not c for c in neutral]),
        per_trap,
    )


def row(name: str, f: Figures) -> str:
    def pct(x: float) -> str:
        return "   – " if x != x else f"{x:5.2f}"

    return (
        f"  {name:<22} top-1 {pct(f.top1)}  top-3 {pct(f.top3)}  mac@3 {pct(f.macro3)}  "
        f"quiet {pct(f.quiet)}   ({f.with_trap} with a trap, {f.no_trap} without)"
    )


def table(
    title: str, examples: list[Example], methods: dict[str, list[list[str]]], per_trap: bool
) -> None:
    print(title)
    parts = [("short", [not e.long for e in examples]), ("long", [e.long for e in examples])]
    for part, keep in parts:
        chosen_examples = [e for e, k in zip(examples, keep, strict=True) if k]
        if not chosen_examples:
            continue
        for name, chosen in methods.items():
            picked = [c for c, k in zip(chosen, keep, strict=True) if k]
            print(row(f"{part:5} {name}", figures(picked, chosen_examples)))
    if per_trap:
        first = next(iter(methods))
        f = figures(methods[first], examples)
        print(f"  recall@3 per trap ({first}, all lengths):")
        for key, value in f.per_trap.items():
            print(f"    {key:<24}{value:5.2f}")


def quiet_by_batch(examples: list[Example], chosen: list[list[str]]) -> None:
    """The quiet rate of each batch's trap-free thoughts (a batch is one writer's sitting)."""
    print("  quiet per batch (model, trap-free thoughts):")
    for batch in sorted({e.split for e in examples}):
        picked = [c for c, e in zip(chosen, examples, strict=True) if e.split == batch]
        f = figures(picked, [e for e in examples if e.split == batch])
        if f.no_trap:
            print(f"    {batch:<28}{f.quiet:5.2f}   ({f.no_trap})")


def shipped(examples: list[Example]) -> list[list[str]]:
    return [[s.key for s in suggest_traps(e.text)] for e in examples]


def lexicon(examples: list[Example]) -> list[list[str]]:
    return [[s.key for s in lexicon_suggestions(e.text)] for e in examples]


def cross_validation() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import train_traps
    except ImportError as error:
        raise SystemExit(f"--cv needs the [train] extra ({error.name} is missing)") from None
    examples = train_traps.load_examples("train")
    chosen, guesses, constant, _, _ = train_traps.cross_validate(examples)
    mine = [Example(e.text, e.traps, e.batch, e.style == "long") for e in examples]
    keys = [[TRAP_KEYS[k] for k in c] for c in chosen]
    table(
        f"5-fold cross-validation grouped by writing batch ({len(mine)} train-* thoughts)",
        mine,
        {
            "model": keys,
            "lexicon alone": lexicon(mine),
            "constant top 3": [[TRAP_KEYS[k] for k in c] for c in constant],
        },
        per_trap=True,
    )
    given = [g for g, c in zip(guesses, chosen, strict=True) if c]
    print(f"  marked as a guess: {sum(given)} of {len(given)} thoughts with a suggestion")


def timing(texts: list[str], report: Callable[[str], None]) -> None:
    """CPU time per thought over ``texts``, and for a 5,000-character paste."""
    suggest_traps("warm up")
    each = []
    for text in texts:
        started = time.process_time()
        suggest_traps(text)
        each.append(time.process_time() - started)
    each.sort()
    report(
        f"speed    {each[len(each) // 2] * 1e3:.2f} ms per thought (median of {len(each)}, "
        f"CPU time), 95th percentile {each[int(len(each) * 0.95)] * 1e3:.2f} ms, "
        f"slowest {each[-1] * 1e3:.2f} ms"
    )
    paste = " ".join(texts)[:5_000]
    runs = []
    for _ in range(50):
        started = time.process_time()
        suggest_traps(paste)
        runs.append(time.process_time() - started)
    runs.sort()
    report(
        f"paste    {runs[len(runs) // 2] * 1e3:.2f} ms for a {len(paste):,}-character paste "
        f"(median of {len(runs)}, CPU time; fastest {runs[0] * 1e3:.2f} ms)"
    )


_LOAD = """
import time
c, w = time.process_time(), time.perf_counter()
from bounceback_tui.reframe import suggest
suggest.warm_up()
print(time.process_time() - c, time.perf_counter() - w)
"""


def load_time(report: Callable[[str], None], runs: int = 5) -> None:
    """Importing bounceback_tui.reframe, compiling the lexicon and reading the model, each in a
    fresh process (what happens once, in the background, when Reframe is first used)."""
    import subprocess

    cpu, wall = [], []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _LOAD], capture_output=True, text=True, check=True
        ).stdout.split()
        cpu.append(float(out[0]))
        wall.append(float(out[1]))
    cpu.sort()
    wall.sort()
    report(
        f"load     {cpu[runs // 2] * 1e3:.0f} ms CPU, {wall[runs // 2] * 1e3:.0f} ms wall "
        f"(median of {runs} fresh processes: import, lexicon, model)"
    )


def calibration(report: Callable[[str], None]) -> None:
    """A fixed pure-Python workload, so the times above can be compared across machines."""
    best = min(_sum_time() for _ in range(5))
    report(f"machine  sum(range(10**6)) takes {best * 1e3:.1f} ms here (best of 5, CPU time)")


def _sum_time() -> float:
    started = time.process_time()
    sum(range(10**6))
    return time.process_time() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--split",
        choices=("dev", "test", "blind", "blind2", "all"),
        help="only this split of the older set (tests/data/thoughts.csv)",
    )
    parser.add_argument("--cv", action="store_true", help="grouped cross-validation (slow)")
    parser.add_argument(
        "--frozen", action="store_true", help="score the frozen part (once, at the end)"
    )
    parser.add_argument("--misses", action="store_true", help="list the thoughts it got wrong")
    args = parser.parse_args(argv)

    if args.cv:
        cross_validation()
        return 0

    old = load_old()
    unknown = {k for e in old for k in e.traps} - set(TRAP_KEYS)
    if unknown:
        print(f"unknown trap keys in {OLD}: {sorted(unknown)}", file=sys.stderr)
        return 1
    train = load_batches("train")
    constant = commonest(train)
    shown: list[Example] = []
    if args.frozen:
        frozen = load_batches(FROZEN)
        shown += frozen
        table(
            f"Frozen part ({len(frozen)} thoughts, never used to build or tune the model)",
            frozen,
            {
                "model": shipped(frozen),
                "lexicon alone": lexicon(frozen),
                "constant top 3": [constant] * len(frozen),
            },
            per_trap=True,
        )
        quiet_by_batch(frozen, shipped(frozen))
    splits = ("dev", "test", "blind", "blind2") if args.split in (None, "all") else (args.split,)
    for split in splits:
        part = [e for e in old if e.split == split]
        shown += part
        note = "never tuned on" if split == "blind2" else "the lexicon was tuned on it"
        table(
            f"Older set, {split} ({len(part)} thoughts, {note})",
            part,
            {"model": shipped(part), "lexicon alone": lexicon(part)},
            per_trap=False,
        )
    timing([e.text for e in shown], print)
    load_time(print)
    calibration(print)
    if args.misses:
        print()
        for example, keys in zip(shown, shipped(shown), strict=True):
            wanted = set(example.traps)
            if (wanted and (not keys or keys[0] not in wanted)) or (not wanted and keys):
                print(f"[{example.split}] want {sorted(wanted) or 'none'}, got {keys}: "
                      f"{example.text}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
