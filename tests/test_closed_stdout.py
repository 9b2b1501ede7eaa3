"""A command started with its output closed (`>&-`) says so on stderr and exits 1 with nothing
done, never a crash log (a tester's walk: "Something went wrong (AttributeError: 'NoneType'
object has no attribute 'write')", a crash log, status 70). A broken pipe still ends quietly
with 141 (tests/test_faults_damaged_inside.py::test_a_closed_pipe_ends_quietly)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths

# The shell closes the stream, as the tester's `>&-` did, then runs the command in its place.
_CLOSED = {"stdout": 'exec "$@" >&-', "stderr": 'exec "$@" 2>&-'}


def _run_closed(stream: str, paths: DataPaths, *argv: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bounceback_tui", "--data-dir", str(paths.data_dir), *argv]
    return subprocess.run(
        ["sh", "-c", _CLOSED[stream], "sh", *command],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
    )


@pytest.mark.slow
@pytest.mark.parametrize(
    "argv", [["calendar", "-o", "-"], ["today"], ["restore"], ["backup"]], ids=" ".join
)
def test_a_closed_stdout_is_one_sentence_and_nothing_done(
    opened_paths: DataPaths, isolated_environment: Path, argv: list[str]
) -> None:
    done = _run_closed("stdout", opened_paths, *argv)
    assert done.returncode == 1
    assert done.stderr == (
        "bounceback-tui: Standard output is closed, so there is nowhere to write; nothing was "
        "done. To throw the output away, send it to /dev/null instead (> /dev/null).\n"
    )
    assert not list(isolated_environment.rglob("crash-*.log"))
    assert not opened_paths.backups.exists()  # `backup` took none, and said nothing of one


@pytest.mark.slow
def test_with_stderr_closed_a_refusal_is_not_written_to_stdout(opened_paths: DataPaths) -> None:
    done = _run_closed("stderr", opened_paths, "restore", "3")
    assert done.returncode == 1
    assert done.stdout == ""
