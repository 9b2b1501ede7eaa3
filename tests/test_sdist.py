"""The source archive holds the project's files and nothing else, and its tests can run.

Built offline from a copy of the tracked files with hatchling (a test extra), after
planting folders that only match an unanchored include pattern: a stray virtual
environment's ``pygments/styles`` and folders called ``tests`` and ``docs`` deeper down.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# Folders a person's checkout often holds that must never reach the archive.
STRAYS = (
    "env/lib/python3.12/site-packages/pygments/styles/monokai.py",
    ".venv/lib/python3.12/site-packages/pygments/styles/default.py",
    "scratch/tests/test_mine.py",
    "notes/docs/todo.md",
    "build/lib/src/leftover.py",
)
# What an archive adds of its own.
GENERATED = {"PKG-INFO"}


def _tracked_files() -> list[str]:
    if not (ROOT / ".git").exists():
        pytest.skip("needs a git checkout to know which files are the project's")
    result = subprocess.run(
        ["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=True
    )
    names = [n for n in result.stdout.decode().split("\0") if n]
    return [n for n in names if (ROOT / n).is_file()]


def _copy_with_strays(tmp_path: Path) -> tuple[Path, list[str]]:
    tracked = _tracked_files()
    tree = tmp_path / "tree"
    for name in tracked:
        target = tree / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(ROOT / name, target)
    for stray in STRAYS:
        (tree / stray).parent.mkdir(parents=True, exist_ok=True)
        (tree / stray).write_text("not the project's\n")
    return tree, tracked


def _build_sdist(tree: Path, out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "sdist", "-d", str(out)],
        cwd=tree,
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    )
    return next(out.glob("bounceback_tui-*.tar.gz"))


def test_sdist_lists_only_the_projects_files(tmp_path: Path) -> None:
    tree, tracked = _copy_with_strays(tmp_path)
    archive = _build_sdist(tree, tmp_path / "dist")
    with tarfile.open(archive) as tar:
        members = [m.name for m in tar.getmembers() if m.isfile()]
    prefix = members[0].split("/", 1)[0] + "/"
    packed = {m.removeprefix(prefix) for m in members}
    strays = sorted(packed & set(STRAYS))
    assert strays == [], f"packed files that are not the project's: {strays}"
    # Everything tracked ships (hatchling adds .gitignore itself), and nothing else.
    assert packed - GENERATED == set(tracked)


def test_tests_that_need_ci_and_benchmarks_run_from_the_sdist(tmp_path: Path) -> None:
    tree, _ = _copy_with_strays(tmp_path)
    archive = _build_sdist(tree, tmp_path / "dist")
    unpacked = tmp_path / "unpacked"
    with tarfile.open(archive) as tar:
        tar.extractall(unpacked, filter="data")
    (root,) = unpacked.iterdir()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "-n",
            "0",
            "tests/test_readme_commands.py",
            "tests/test_reframe_suggest.py::test_benchmark_script_prints_both_figures",
        ],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout
