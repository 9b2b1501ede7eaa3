"""An export to standard output (`-o -`) that fails after it began writing says so: the bytes
already written cannot be taken back, so the output is incomplete, and the status is not 0.

A tester's walk: a value another program wrote as bytes (`update application set
notes=x'00ff'`), then `export -o - > all.json`: half a JSON document in all.json and
"Something went wrong (TypeError: …) …; nothing half-done was kept." It was kept: the half
written. A closed pipe (`export -o - | head -c 100`) still ends quietly, as Unix tools do.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


def _demo(paths: DataPaths) -> None:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)


def _bytes_in_a_late_row(paths: DataPaths) -> None:
    """Bytes (no text) in the last application's notes: met once the file is under way."""
    with sqlite3.connect(paths.database) as conn:
        conn.execute(
            "UPDATE application SET notes = x'00ff' WHERE id = (SELECT max(id) FROM application)"
        )
    conn.close()


def _says_part_way(err: str) -> None:
    flat = " ".join(err.split())
    assert "nothing half-done was kept" not in flat.lower(), flat
    assert "stopped part-way" in flat and "incomplete" in flat, flat


def test_a_value_that_fails_half_way_says_the_output_is_incomplete(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _demo(opened_paths)
    _bytes_in_a_late_row(opened_paths)
    code = main(["export", "-o", "-", "--data-dir", str(opened_paths.data_dir)])
    said = capsys.readouterr()
    assert said.out.startswith("{"), said.out[:80]  # the part written
    assert code != 0
    _says_part_way(said.err)


def test_a_store_failure_half_way_says_the_output_is_incomplete(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store failing under the export (a disk error): its own sentence, and that the
    output stopped part-way."""
    from bounceback_tui.transfer import csv_history

    _demo(opened_paths)
    read = csv_history.stored_moves
    calls = {"n": 0}

    def failing(value: object) -> object:
        calls["n"] += 1
        if calls["n"] > 3:
            raise sqlite3.OperationalError("disk I/O error")
        return read(value)

    monkeypatch.setattr(csv_history, "stored_moves", failing)
    code = main(["export", "--format", "csv", "-o", "-", "--data-dir", str(opened_paths.data_dir)])
    said = capsys.readouterr()
    assert said.out.startswith("Company,"), said.out[:80]
    assert code != 0
    _says_part_way(said.err)


def test_a_failure_before_anything_was_written_is_said_as_before(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["export", "-o", "-", "--from", "30d", "--data-dir", str(opened_paths.data_dir)])
    said = capsys.readouterr()
    assert code != 0 and said.out == ""
    assert "part-way" not in said.err


@pytest.mark.slow
def test_a_closed_pipe_ends_quietly_and_not_with_0(
    opened_paths: DataPaths, isolated_environment: Path
) -> None:
    """`export -o - | head -c 100`: the reader takes 100 bytes and goes, long before the
    export (over 100 KB, more than a pipe holds) is written."""
    _demo(opened_paths)
    command = [sys.executable, "-m", "bounceback_tui", "--data-dir", str(opened_paths.data_dir)]
    reader = subprocess.Popen(
        [*command, "export", "-o", "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=os.environ.copy(),
    )
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.read(100)
    reader.stdout.close()
    err = reader.stderr.read().decode("utf-8", "replace")
    status = reader.wait(timeout=120)
    assert len(first) == 100
    assert status != 0
    assert err == "", err
    assert not list(isolated_environment.rglob("crash-*.log"))
