"""`import --dry-run` of a JSON export that keeps unreadable dates names them, as the real
import does.

A tester's dry run of an export whose "unreadable" key kept a date another program had
written over (`interview.starts_at = '[b]garbage[/]'`) said nothing of it; only the real
import then said it had brought that date in as stored, to be shown as unreadable.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_export_unreadable_round_trip import _demo_with
from tests.test_stored_dates_unreadable import GARBAGE


def test_a_dry_run_names_the_unreadable_dates_the_file_keeps(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = _demo_with(opened_paths, "application", "date_applied", GARBAGE)
    target = tmp_path / "backup.json"
    assert main(["export", "-o", str(target), "--data-dir", str(opened_paths.data_dir)]) == 0
    capsys.readouterr()
    fresh = str(tmp_path / "fresh")
    assert main(["import", str(target), "--dry-run", "--data-dir", fresh]) == 0
    said = capsys.readouterr()
    assert "1 date the file marks as unreadable would be brought in as stored" in said.err
    assert f"application {row}, date_applied ('{GARBAGE}')" in said.err
    assert "Dry run: nothing was written." in said.out
    assert not (tmp_path / "fresh" / "bounceback.sqlite3").exists()
