"""What each test costs: an opt-in pytest plugin and its summary (docs/testing.md).

    CPU_FIGURES=/tmp/cpu .venv/bin/python -m pytest -p tests.cpu_figures
    .venv/bin/python -m tests.cpu_figures /tmp/cpu

Each worker writes one JSON line per test: the CPU of the worker and of its children
(``getrusage``) from the test's setup to its teardown, and its start and end on the wall
clock. The summary adds them up by file, by worker (when each finished) and lists the
largest tests. Off unless ``-p tests.cpu_figures`` is given.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

import pytest

_out: list[TextIO] = []


def _cpu() -> tuple[float, float]:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    if not _out:
        folder = Path(os.environ.get("CPU_FIGURES", "cpu-figures"))
        folder.mkdir(parents=True, exist_ok=True)
        _out.append((folder / f"{worker}.jsonl").open("a", encoding="utf-8"))
    own, children = _cpu()
    began = time.time()
    yield
    own_after, children_after = _cpu()
    row = {
        "id": item.nodeid,
        "worker": worker,
        "cpu": own_after - own,
        "children": children_after - children,
        "start": began,
        "end": time.time(),
    }
    _out[0].write(json.dumps(row) + "\n")
    _out[0].flush()


def summary(folder: Path, top: int = 25) -> str:
    rows: list[dict[str, Any]] = [
        json.loads(line) for path in sorted(folder.glob("*.jsonl")) for line in path.open()
    ]
    if not rows:
        return f"no figures in {folder}"
    began = min(row["start"] for row in rows)
    lines = [
        f"{len(rows)} tests: {sum(r['cpu'] for r in rows):.1f} s of CPU in the workers, "
        f"{sum(r['children'] for r in rows):.1f} s in their children"
    ]
    workers: dict[str, list[dict[str, Any]]] = defaultdict(list)
    files: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        workers[row["worker"]].append(row)
        files[row["id"].split("::")[0]].append(row)
    for worker, mine in sorted(workers.items()):
        cpu = sum(r["cpu"] + r["children"] for r in mine)
        end = max(r["end"] for r in mine) - began
        lines.append(f"{worker}: {len(mine)} tests, {cpu:.1f} s of CPU, done at {end:.1f} s")
    lines.append("files by CPU (CPU, tests, wall):")
    for name, mine in sorted(files.items(), key=lambda kv: -sum(_total(r) for r in kv[1]))[:top]:
        wall = sum(r["end"] - r["start"] for r in mine)
        cpu = sum(_total(r) for r in mine)
        lines.append(f"{cpu:8.1f} {len(mine):5d} {wall:8.1f}  {name}")
    lines.append("tests by CPU (CPU, wall, started at):")
    for row in sorted(rows, key=lambda r: -_total(r))[:top]:
        lines.append(
            f"{_total(row):8.1f} {row['end'] - row['start']:8.1f} {row['start'] - began:8.1f}"
            f"  {row['id']}"
        )
    return "\n".join(lines)


def _total(row: dict[str, Any]) -> float:
    return float(row["cpu"] + row["children"])


if __name__ == "__main__":
    print(summary(Path(sys.argv[1] if len(sys.argv) > 1 else "cpu-figures")))
