"""A command that would write beside a window whose store log (-wal, -shm) was removed under
it refuses, and writes nothing; once that window is closed the same command works, and the
window's last commit is in the store too (store level: tests/test_store_log_removed.py)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.held_files import log_removed_elsewhere

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="Linux's lock records are asked directly"
)

# Another window: its commit, then its connection held open until told to close.
_WINDOW = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("INSERT INTO setting (key, value) VALUES ('window', 'screening')")
print("open", flush=True)
sys.stdin.read()
conn.close()
"""


@pytest.fixture
def window(opened_paths: DataPaths) -> Iterator[subprocess.Popen[str]]:
    held = subprocess.Popen(
        [sys.executable, "-c", _WINDOW, str(opened_paths.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert held.stdout is not None and held.stdout.readline() == "open\n"
    yield held
    _close(held)


def _close(held: subprocess.Popen[str]) -> None:
    if held.poll() is None:
        assert held.stdin is not None
        held.stdin.close()
        assert held.wait(timeout=60) == 0


def _companies(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [row[0] for row in conn.execute("SELECT company FROM application ORDER BY id")]
    finally:
        conn.close()


def _window_said(path: Path) -> list[tuple[str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT value FROM setting WHERE key = 'window'").fetchall()
    finally:
        conn.close()


def test_an_import_beside_a_window_whose_log_was_removed_refuses(
    opened_paths: DataPaths,
    window: subprocess.Popen[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = opened_paths.database
    source = tmp_path / "a.csv"
    source.write_text("Company,Role\nAcme,Engineer\nBeta,Designer\n", encoding="utf-8")
    assert not log_removed_elsewhere(path)  # a window with its log in place is no concern
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink()
    assert log_removed_elsewhere(path)

    argv = ["--data-dir", str(opened_paths.data_dir), "import", "-y", str(source)]
    assert main(argv) == 1
    said = capsys.readouterr().err
    assert (
        f"Another window has the store at {path} open, but the store's log file (its latest "
        "saves, kept beside it) was removed under that window"
    ) in said
    assert "nothing was done. Quit that window first, then try again." in said

    _close(window)  # nothing else at the log's path: its close folds its own log in
    assert _window_said(path) == [("screening",)]
    assert _companies(path) == []
    assert main(argv) == 0
    assert _companies(path) == ["Acme", "Beta"]
    assert _window_said(path) == [("screening",)]
