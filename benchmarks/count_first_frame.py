"""Instructions from launch to the first frame, counted by callgrind (repeatable under load).

    count_first_frame.py [--at frame|app] [--runs N] [--python PY] bare
    count_first_frame.py [--at frame|app] [--runs N] [--python PY] app --data-dir DIR

Runs ``first_frame.py`` under ``valgrind --tool=callgrind --separate-threads=yes`` in a
detached tmux window (120 x 40, a real terminal), once per run, and prints each run's total
and main-thread instructions, then their medians. The main thread's count repeats to about
0.1%; the total also has the other threads (Today's prefetch, Textual's input and writer
threads). A first launch outside valgrind writes the bytecode (PYTHONDONTWRITEBYTECODE is
unset for the program), so the counts are a real install's, not the compiler's. Use the
Python the app runs with (``--python``; PYTHONPATH is passed on, so a working tree's code
can win). ``KEEP_CALLGRIND=DIR`` keeps callgrind's files, one per thread, for
``callgrind_annotate``.
"""

from __future__ import annotations

import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOCKET = f"bounceback-count-{os.getpid()}"


def _tmux(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True)


def _totals(out_dir: Path) -> tuple[int, int]:
    """(all threads, main thread) from callgrind's per-thread files (``-01`` is main)."""
    total = main = 0
    keep = os.environ.get("KEEP_CALLGRIND")  # a folder: the files are copied there
    for path in sorted(out_dir.glob("cg.out*")):
        found = re.search(r"^(?:summary|totals):\s*(\d+)", path.read_text(), re.MULTILINE)
        count = int(found.group(1)) if found else 0
        total += count
        if path.name.endswith("-01"):
            main = count
        if keep:
            shutil.copy(path, Path(keep) / path.name)
    return total, main


def count_once(python: str, at: str, program: list[str], *, count: bool = True) -> tuple[int, int]:
    """One launch; without ``count``, outside valgrind (to write the bytecode first)."""
    with tempfile.TemporaryDirectory(prefix="cg-") as tmp:
        out_dir = Path(tmp)
        valgrind = [
            "valgrind",
            "--tool=callgrind",
            "--separate-threads=yes",
            f"--callgrind-out-file={out_dir}/cg.out",
            f"--log-file={out_dir}/log",
        ]
        command = [
            *(valgrind if count else []),
            python,
            str(HERE / "first_frame.py"),
            "--at",
            at,
            *program,
        ]
        name = f"count-{uuid.uuid4().hex[:8]}"
        env = " ".join(
            f"{key}={shlex.quote(os.environ[key])}"
            for key in ("PYTHONPATH", "HOME", "XDG_DATA_HOME", "BOUNCEBACK_DATA_DIR")
            if key in os.environ
        )
        # As a real install runs: from bytecode (a launch writes what is missing or stale),
        # and with every standard stream at the terminal, where Textual draws (standard error)
        # and where the app asks for them (commands.not_a_terminal): standard error sent to a
        # file counted a launch refused for it (valgrind's own words go to --log-file).
        shell = (
            f"env -u PYTHONDONTWRITEBYTECODE TERM=xterm-256color {env} {shlex.join(command)}; "
            f"tmux -L {SOCKET} wait-for -S {name}"
        )
        _tmux("new-session", "-d", "-s", name, "-x", "120", "-y", "40", shell)
        _tmux("wait-for", name)
        return _totals(out_dir)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--at", choices=("frame", "app"), default="frame")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("program", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    keeper = f"keeper-{uuid.uuid4().hex[:6]}"
    _tmux("new-session", "-d", "-s", keeper, "sleep 3600")
    try:
        count_once(args.python, args.at, args.program, count=False)
        runs = []
        for _ in range(args.runs):
            runs.append(count_once(args.python, args.at, args.program))
            print(f"total {runs[-1][0]:,}  main thread {runs[-1][1]:,}", flush=True)
    finally:
        _tmux("kill-server")
    total = statistics.median(r[0] for r in runs)
    main_thread = statistics.median(r[1] for r in runs)
    print(f"median: total {total / 1e6:,.0f}M  main thread {main_thread / 1e6:,.0f}M")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
