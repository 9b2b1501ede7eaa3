"""Driving a program in a real terminal (tmux) and timing what a person sees.

``first_paint`` times launch to a marker on screen and reads the program's peak
memory at that moment. ``TmuxSession.time_key`` times a keystroke to the last
change it causes on screen (the screen is polled until it has been still for a
moment), which is what a person perceives as "done".
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

QUIET_S = 0.05  # the screen counts as settled once unchanged for this long
# How often the screen is read while waiting for it. Each read is a `tmux capture-pane`: a
# process of its own and about 2 ms of CPU between it and the server, so a run of a few
# hundred waits reads it thousands of times. Timings need it read this often; the smoke run
# (one run, no targets: only that every figure comes out) reads it coarsely (``poll_every``).
POLL_S = 0.003
KEY_POLL_S = 0.002  # while timing a keystroke


def poll_every(seconds: float) -> None:
    """Read the screen every ``seconds`` while waiting, timing keystrokes included."""
    global POLL_S, KEY_POLL_S
    POLL_S = KEY_POLL_S = seconds


def tmux_available() -> bool:
    return shutil.which("tmux") is not None


# A tmux server of our own: the panes then start with this process's environment (its
# HOME, XDG folders, BOUNCEBACK_* settings), not that of a server the person already runs,
# and nothing touches their sessions.
SOCKET = f"bounceback-bench-{os.getpid()}"


def _tmux(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["tmux", "-L", SOCKET, *args], capture_output=True, text=True)


@contextmanager
def tmux_server() -> Iterator[None]:
    """Keep one idle session open for the whole benchmark: otherwise killing the last
    session stops the tmux server, and the next run can race its shutdown."""
    name = f"bench-keeper-{uuid.uuid4().hex[:6]}"
    _tmux("new-session", "-d", "-s", name, "sleep 3600")
    socket = _tmux("display-message", "-p", "#{socket_path}").stdout.strip()
    try:
        yield
    finally:
        _tmux("kill-server")
        if socket:
            Path(socket).unlink(missing_ok=True)


def _peak_rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _current_rss_kib(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _running(pid: int) -> bool:
    """Whether ``pid`` is still a live process (a zombie waiting to be reaped is not)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[:1] not in (["Z"], ["X"])


def _child_of(pid: int) -> int:
    """The program: the (first) child process of the pane's shell."""
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return pid
    return int(children[0]) if children else pid


class TmuxSession:
    """One program in a detached tmux pane of a fixed size."""

    def __init__(self, command: list[str], *, cols: int = 120, rows: int = 40) -> None:
        self.name = f"bench-{uuid.uuid4().hex[:10]}"
        # The shell stays after the program exits, so a crash leaves its message on
        # screen. An empty PYTHONDONTWRITEBYTECODE lets Python use the bytecode it finds.
        shell = (
            "env TERM=xterm-256color PYTHONDONTWRITEBYTECODE= "
            + " ".join(shlex.quote(part) for part in command)
            + "; sleep 30"
        )
        self.started = time.perf_counter()
        made = _tmux("new-session", "-d", "-s", self.name, "-x", str(cols), "-y", str(rows), shell)
        if made.returncode != 0:
            raise RuntimeError(f"tmux could not start a session: {made.stderr.strip()}")
        self.shell_pid = int(_tmux("display-message", "-p", "-t", self.name, "#{pane_pid}").stdout)

    def screen(self) -> str:
        return _tmux("capture-pane", "-p", "-t", self.name).stdout

    def send(self, key: str) -> None:
        _tmux("send-keys", "-t", self.name, key)

    def wait_for(self, text: str, timeout: float = 30.0) -> float:
        """Seconds since launch when ``text`` first shows."""
        while True:
            screen = self.screen()
            if text in screen:
                return time.perf_counter() - self.started
            if time.perf_counter() - self.started > timeout:
                raise TimeoutError(f"{text!r} never appeared; the screen was:\n{screen}")
            time.sleep(POLL_S)

    def settle(self, quiet: float = QUIET_S, timeout: float = 10.0) -> None:
        """Wait until the screen stops changing."""
        last, changed, start = self.screen(), time.perf_counter(), time.perf_counter()
        while time.perf_counter() - changed < quiet and time.perf_counter() - start < timeout:
            time.sleep(POLL_S)
            now = self.screen()
            if now != last:
                last, changed = now, time.perf_counter()

    def time_key(self, key: str, quiet: float = QUIET_S, timeout: float = 5.0) -> float | None:
        """Seconds from sending ``key`` to the last screen change it caused (None: none)."""
        before = self.screen()
        start = time.perf_counter()
        self.send(key)
        last, last_change = before, None
        while True:
            now = time.perf_counter()
            screen = self.screen()
            if screen != last:
                last, last_change = screen, now
            if last_change is not None and now - last_change >= quiet:
                return last_change - start
            if now - start > timeout:
                return last_change - start if last_change is not None else None
            time.sleep(KEY_POLL_S)

    def peak_rss_kib(self) -> int:
        return _peak_rss_kib(_child_of(self.shell_pid))

    def rss_kib(self) -> int:
        """The program's resident memory now (VmRSS), not its peak."""
        return _current_rss_kib(_child_of(self.shell_pid))

    def close(self, quit_key: str = "q") -> None:
        program = _child_of(self.shell_pid)
        self.send(quit_key)
        time.sleep(0.1)
        _tmux("kill-session", "-t", self.name)
        # Gone before the next launch: on a busy machine a program still closing held the
        # store while the next one opened it, and their timings ran into each other.
        deadline = time.perf_counter() + 10.0
        while _running(program) and time.perf_counter() < deadline:
            time.sleep(0.02)


@dataclass(frozen=True)
class PaintResult:
    seconds: float
    peak_rss_kib: int


def first_paint(
    command: list[str], marker: str, *, cols: int = 120, rows: int = 40, timeout: float = 30.0
) -> PaintResult:
    session = TmuxSession(command, cols=cols, rows=rows)
    try:
        seconds = session.wait_for(marker, timeout=timeout)
        return PaintResult(seconds, session.peak_rss_kib())
    finally:
        session.close()
