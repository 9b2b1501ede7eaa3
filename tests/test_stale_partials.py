"""A backup's ``.partial`` left by a process killed while writing it is removed by the next
backup, restore or repair; one a live process is writing is left to finish; neither is listed.

A tester's walk: `kill -9` during the safety backup of `restore` (or `repair`) left
``…-before-restore.sqlite3.partial`` and its ``.partial-journal``, and the next restore and
repair left them (only what nobody touched for 15 minutes went).
"""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.partial_writer import start_writer


def _killed_during(paths: DataPaths, label: str) -> list[Path]:
    proc, partial = start_writer(paths.data_dir, label)
    journal = Path(f"{partial}-journal")
    journal.write_bytes(b"SQLite's journal of the half-made copy")
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert partial.exists() and journal.exists()
    return [partial, journal]


@pytest.mark.parametrize("command", ["restore", "repair", "backup"])
def test_a_killed_backups_partial_goes_at_the_next_command(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    made = back_up_store(opened_paths)
    left = _killed_during(opened_paths, "before-restore")
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(opened_paths.data_dir)]) == 0  # the list
    listed = capsys.readouterr().out
    assert ".partial" not in listed
    args = {"restore": ["restore", str(made), "--yes"], "repair": ["repair"], "backup": ["backup"]}
    assert main([*args[command], "--data-dir", str(opened_paths.data_dir)]) == 0
    assert not [path for path in left if path.exists()]


def test_a_partial_a_live_process_writes_is_left_to_finish(opened_paths: DataPaths) -> None:
    proc, partial = start_writer(opened_paths.data_dir, "before-restore")
    try:
        assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 0
        assert main(["repair", "--data-dir", str(opened_paths.data_dir)]) == 0
        assert partial.exists()
    finally:
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
