"""A file that `export` or `calendar` cannot write is said of the file chosen with -o.

With a read-only folder, `export -o ro/z.json` said "…nothing was saved. Check its
permissions, or choose another folder with --data-dir." (the folder is chosen with -o);
`-o ro/new/x.json --parents` called ro/new read-only, though ro refused to make it; and
`-o /proc/x.json` said "Could not use /proc (No such file or directory)" of a folder that
exists (an attacker's walk).

Root writes in a read-only folder, so as root the commands run with that power taken away
(`setpriv`), as tests/test_unreadable_store.py does."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths

SRC = Path(__file__).resolve().parents[1] / "src"


def _run(*args: str, as_others: bool = True) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bounceback_tui", *args]
    if as_others and os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root writes in a read-only folder; setpriv is needed to run as others do")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def read_only(tmp_path: Path) -> Path:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    return folder


@pytest.mark.parametrize(
    ("command", "name"),
    [
        (["export"], "z.json"),
        (["export", "--format", "markdown"], "z.md"),
        (["export", "--format", "csv"], "z.csv"),
        (["calendar"], "z.ics"),
    ],
    ids=lambda part: " ".join(part) if isinstance(part, list) else part,
)
def test_a_read_only_output_folder_is_named_with_o(
    opened_paths: DataPaths, read_only: Path, command: list[str], name: str
) -> None:
    done = _run("--data-dir", str(opened_paths.data_dir), *command, "-o", str(read_only / name))
    assert done.returncode == 1
    assert done.stderr == (
        f"bounceback-tui: The folder {read_only} is read-only or not yours; nothing was "
        "written. Check its permissions, or choose another place with -o.\n"
    )
    assert list(read_only.iterdir()) == []


def test_parents_names_the_folder_that_refused_not_the_one_it_would_make(
    opened_paths: DataPaths, read_only: Path
) -> None:
    target = read_only / "new" / "x.json"
    done = _run("--data-dir", str(opened_paths.data_dir), "export", "-o", str(target), "--parents")
    assert done.returncode == 1
    assert done.stderr == (
        f"bounceback-tui: The folder {read_only} is read-only or not yours; nothing was "
        "written. Check its permissions, or choose another place with -o.\n"
    )
    assert list(read_only.iterdir()) == []


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="no /proc on this system")
def test_a_folder_that_takes_no_new_files_is_said_so(opened_paths: DataPaths) -> None:
    done = _run(
        "--data-dir", str(opened_paths.data_dir), "export", "-o", "/proc/x.json", as_others=False
    )
    assert done.returncode == 1
    assert done.stderr == (
        "bounceback-tui: Could not create a file in /proc (No such file or directory); "
        "nothing was written. Choose another place with -o.\n"
    )
