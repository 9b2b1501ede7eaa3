"""A store from a newer version is refused, clearly and untouched, by every entry point."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.migrations import LATEST_VERSION
from tests.helpers import at_a_terminal, file_digest
from tests.transfer_fixtures import fill_every_table


@pytest.fixture
def newer(opened_paths: DataPaths, tmp_path: Path) -> DataPaths:
    fill_every_table(opened_paths)
    back_up_store(opened_paths)  # a backup from this version, for `restore latest`
    assert main(["export", "-o", str(tmp_path / "mine.json")]) == 0
    (tmp_path / "apps.csv").write_text("Company,Role\nAcme,Engineer\n")
    conn = sqlite3.connect(opened_paths.database)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return opened_paths


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["export"],
        ["export", "--format", "csv", "-o", "-"],
        ["export", "--format", "markdown", "-o", "-"],
        ["import", "{tmp}/mine.json", "--replace"],
        ["import", "{tmp}/mine.json", "--dry-run"],
        ["import", "{tmp}/apps.csv", "--yes"],
        ["import", "{tmp}/apps.csv", "--dry-run"],
        ["backup"],
        ["restore", "latest", "--yes"],
        ["demo", "--force"],
    ],
    ids=lambda argv: " ".join(argv) or "launch",
)
def test_every_entry_point_refuses(
    newer: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    at_a_terminal(monkeypatch)  # the launch: refused away from one before the store is read
    capsys.readouterr()
    digest = file_digest(newer.database)
    backups = sorted(p.name for p in newer.backups.iterdir())
    assert main([a.replace("{tmp}", str(tmp_path)) for a in argv]) == 1
    err = capsys.readouterr().err
    assert "written by a newer bounceback-tui" in err
    assert "Upgrade bounceback-tui" in err and "left untouched" in err
    assert "Traceback" not in err
    assert file_digest(newer.database) == digest
    assert sorted(p.name for p in newer.backups.iterdir()) == backups
    assert not list(tmp_path.glob("bounceback-*.json"))


def test_export_file_from_a_newer_version_is_refused(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "future.json"
    assert main(["export", "-o", str(target)]) == 0
    document = json.loads(target.read_text())
    document["schema_version"] = LATEST_VERSION + 1
    target.write_text(json.dumps(document))
    assert main(["import", str(target)]) == 1
    assert "exported by a newer bounceback-tui" in capsys.readouterr().err


def test_a_newer_export_format_is_named_not_the_schema_it_matches(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "format_version": 99 said "exported by a newer bounceback-tui (schema 6; this version
    # reads schema 6 and older)": the reason given was not the reason (a stranger's walk).
    from bounceback_tui.transfer.json_export import FORMAT_VERSION

    target = tmp_path / "future.json"
    assert main(["export", "-o", str(target)]) == 0
    document = json.loads(target.read_text())
    document["format_version"] = 99
    target.write_text(json.dumps(document))
    assert main(["import", str(target)]) == 1
    err = capsys.readouterr().err
    assert "exported by a newer bounceback-tui" in err
    assert f"format 99; this version reads format {FORMAT_VERSION} and older" in err
    assert "schema" not in err
