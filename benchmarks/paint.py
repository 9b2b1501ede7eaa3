"""Launch to first paint, and peak memory at that moment, in a real terminal (tmux).

Each run starts a fresh detached tmux session, launches the command, polls the
screen every few milliseconds until the marker text is there, reads the
process's peak resident memory (VmHWM) at that moment, then quits and cleans up.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class PaintResult:
    seconds: float
    peak_rss_kib: int


def tmux_available() -> bool:
    return shutil.which("tmux") is not None


@contextmanager
def tmux_server() -> Iterator[None]:
    """Keep one idle session open for the whole benchmark: otherwise killing the last
    session stops the tmux server, and the next run can race its shutdown."""
    name = f"bench-keeper-{uuid.uuid4().hex[:6]}"
    _tmux("new-session", "-d", "-s", name, "sleep 3600")
    try:
        yield
    finally:
        _tmux("kill-session", "-t", name)


def _tmux(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tmux", *args], capture_output=True, text=True)


def _peak_rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _child_of(pid: int) -> int:
    """The app: the (first) child process of the pane's shell."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return pid
    return int(children[0]) if children else pid


def first_paint(
    command: list[str], marker: str, *, cols: int = 120, rows: int = 40, timeout: float = 30.0
) -> PaintResult:
    name = f"bench-{uuid.uuid4().hex[:10]}"
    # The shell stays after the app exits, so a crash leaves its message on screen.
    # An empty PYTHONDONTWRITEBYTECODE lets Python use the bytecode it finds.
    shell = (
        "env TERM=xterm-256color PYTHONDONTWRITEBYTECODE= "
        + " ".join(shlex.quote(part) for part in command)
        + "; sleep 30"
    )
    started = time.perf_counter()
    try:
        created = _tmux("new-session", "-d", "-s", name, "-x", str(cols), "-y", str(rows), shell)
        if created.returncode != 0:
            raise RuntimeError(f"tmux could not start a session: {created.stderr.strip()}")
        shell_pid = int(_tmux("display-message", "-p", "-t", name, "#{pane_pid}").stdout or 0)
        while True:
            screen = _tmux("capture-pane", "-p", "-t", name).stdout
            if marker in screen:
                elapsed = time.perf_counter() - started
                rss = _peak_rss_kib(_child_of(shell_pid))
                break
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"{marker!r} never appeared; the screen was:\n{screen}")
            time.sleep(0.004)
        _tmux("send-keys", "-t", name, "q")
        time.sleep(0.15)
        return PaintResult(elapsed, rss)
    finally:
        _tmux("kill-session", "-t", name)
