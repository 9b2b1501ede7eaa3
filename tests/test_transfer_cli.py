"""The export, import, backup and restore commands, as a person runs them."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import (
    count,
    dump_store,
    fill_every_table,
    highest_version,
    lowest_version,
)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def test_export_formats_write_private_files(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt, name in (("json", "a.json"), ("csv", "a.csv"), ("markdown", "a.md")):
        target = tmp_path / "exports" / name
        assert main(["export", "--format", fmt, "--parents", "-o", str(target)]) == 0
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
        out = capsys.readouterr().out
        assert f"Saved to {target}" in out and "readable only by you" in out
    assert stat.S_IMODE((tmp_path / "exports").stat().st_mode) == 0o700


def test_export_default_name_is_dated_and_never_overwrites(
    filled: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["export"]) == 0
    assert main(["export"]) == 0
    assert sorted(p.name for p in tmp_path.glob("bounceback-*.json")) == [
        "bounceback-2026-03-16-2.json",
        "bounceback-2026-03-16.json",
    ]


def test_export_to_the_terminal(filled: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "csv", "-o", "-"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Company,Role,Stage,Date applied")
    assert len(lines) > 40


def test_markdown_period_options(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "j.md"
    assert main(["export", "--format", "markdown", "--from", "1w", "-o", str(target)]) == 0
    assert target.read_text().startswith("# Job search journal: 9 March 2026 to 16 March 2026")
    assert "## Thought records" not in target.read_text()
    assert main(["export", "--format", "markdown", "--from", "all", "--thoughts", "-o", "-"]) == 0
    assert "## Thought records" in capsys.readouterr().out
    assert (
        main(["export", "--format", "markdown", "--from=-3d", "--to", "2026-03-14", "-o", "-"]) == 0
    )
    assert "# Job search journal: 13 March 2026 to 14 March 2026" in capsys.readouterr().out
    assert main(["export", "--format", "markdown", "--from", "soon", "-o", "-"]) == 1
    assert "Could not read 'soon' as a date" in capsys.readouterr().err
    assert main(["export", "--format", "csv", "--thoughts"]) == 1
    assert "are for --format markdown" in capsys.readouterr().err


def test_export_refuses_an_existing_file(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "keep.json"
    target.write_text("mine")
    assert main(["export", "-o", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err
    assert target.read_text() == "mine"


def test_json_import_command(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "all.json"
    assert main(["export", "-o", str(exported)]) == 0
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", str(exported), "--dry-run"]) == 0
    assert "Dry run: nothing was written." in capsys.readouterr().out
    assert not (other / "bounceback.sqlite3").exists()
    assert main(["--data-dir", str(other), "import", str(exported)]) == 0
    assert dump_store(other / "bounceback.sqlite3") == dump_store(filled.database)
    assert main(["--data-dir", str(other), "import", str(exported)]) == 1
    assert "Use --replace" in capsys.readouterr().err
    assert main(["--data-dir", str(other), "import", str(exported), "--replace", "--yes"]) == 0
    assert "Backed up the previous store to" in capsys.readouterr().out


def test_csv_dry_run_shows_mapping_and_writes_nothing(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tracker.csv"
    source.write_text("Employer,Position,Status\nAcme,Engineer,Interview\nGlobex,Analyst,???\n")
    assert main(["import", str(source), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Employer  ->  Company" in out
    assert "Position  ->  Role" in out
    assert "1 new application to add, 0 duplicates to skip, 1 row that cannot be read." in out
    assert "line 3: the status '???' is not one I know" in out
    assert count(opened_paths.database, "application") == 0


def test_csv_mapping_is_shown_before_the_question(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from bounceback_tui import commands

    source = tmp_path / "tracker.csv"
    source.write_text("Company Name,Job Title\nAcme,Engineer\n")
    asked: list[str] = []

    def answer(question: str) -> str:
        asked.append(capsys.readouterr().out + question)
        return "n"

    monkeypatch.setattr(commands, "interactive", lambda: True)
    monkeypatch.setattr("builtins.input", answer)
    assert main(["import", str(source)]) == 1
    assert "Company Name  ->  Company" in asked[0]
    assert asked[0].index("->  Company") < asked[0].index("Add 1 application to")
    assert "Nothing was written." in capsys.readouterr().out
    assert count(opened_paths.database, "application") == 0

    monkeypatch.setattr("builtins.input", lambda _q: "y")
    assert main(["import", str(source)]) == 0
    assert count(opened_paths.database, "application") == 1


def test_csv_strict_writes_nothing_with_a_bad_row(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "t.csv"
    source.write_text("Company,Role\nAcme,Engineer\n,Missing company\n")
    assert main(["import", str(source), "--strict"]) == 1
    assert "Nothing was written: 1 row to fix" in capsys.readouterr().err
    assert count(opened_paths.database, "application") == 0
    assert main(["import", str(source), "--yes"]) == 0
    assert "Added 1 application; 1 row skipped" in capsys.readouterr().out


def test_backup_and_restore_commands(filled: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    before = dump_store(filled.database, versions=False)
    assert main(["backup"]) == 0
    assert "Backed up the store to" in capsys.readouterr().out
    with sqlite3.connect(filled.database) as conn:
        conn.execute("DELETE FROM application WHERE id <= 10")
    assert main(["restore"]) == 0
    listing = capsys.readouterr().out
    assert "  1  today 09:30" in listing and "manual" in listing
    replaced_highest = highest_version(filled.database)
    assert main(["restore", "latest", "--yes"]) == 0
    out = capsys.readouterr().out
    assert (
        "Backed up the current store to" in out and f"Restored {filled.backups}/bounceback-" in out
    )
    assert dump_store(filled.database, versions=False) == before
    # Every restored row is past the replaced store's versions: an open form cannot match.
    assert lowest_version(filled.database) > replaced_highest
    assert main(["restore", "9"]) == 1
    assert "There is no backup number 9" in capsys.readouterr().err
    assert main(["backup", "--list"]) == 0
    assert "before a restore" in capsys.readouterr().out


def _probe(command: list[str]) -> str:
    code = (
        "import sys\n"
        "from bounceback_tui.cli import main\n"
        f"code = main({command!r})\n"
        "heavy = sorted(m for m in ('textual', 'sqlmodel', 'sqlalchemy', 'httpx')\n"
        "               if m in sys.modules)\n"
        "print('HEAVY=' + ','.join(heavy))\n"
        "sys.exit(code)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()[-1]


@pytest.mark.slow
def test_data_commands_stay_light(filled: DataPaths, tmp_path: Path) -> None:
    exported = tmp_path / "all.json"
    source = tmp_path / "apps.csv"
    source.write_text("Company,Role\nAcme,Engineer\n")
    other = str(tmp_path / "other")
    # Reading and copying the store needs neither the UI nor the ORM.
    assert _probe(["export", "-o", str(exported)]) == "HEAVY="
    assert _probe(["export", "--format", "markdown", "-o", str(tmp_path / "j.md")]) == "HEAVY="
    assert _probe(["backup"]) == "HEAVY="
    assert _probe(["restore"]) == "HEAVY="
    assert _probe(["restore", "latest", "--yes"]) == "HEAVY="
    assert _probe(["--data-dir", other, "import", str(exported)]) == "HEAVY="
    # Adding applications goes through the ORM like every other write, never the UI.
    assert "textual" not in _probe(["import", str(source), "--yes"])


def test_help_lists_the_data_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for word in ("export", "import", "backup", "restore"):
        assert word in out


def test_json_summary_is_plain(filled: DataPaths, tmp_path: Path) -> None:
    target = tmp_path / "all.json"
    assert main(["export", "-o", str(target)]) == 0
    document = json.loads(target.read_text())
    assert document["format"] == "bounceback-tui" and document["format_version"] == 1


def test_export_refuses_a_missing_folder_unless_asked_to_create_it(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "nowhere" / "deeper" / "x.csv"
    assert main(["export", "--format", "csv", "-o", str(target)]) == 1
    err = capsys.readouterr().err
    assert f"There is no folder {tmp_path / 'nowhere' / 'deeper'}" in err
    assert "--parents" in err
    assert not (tmp_path / "nowhere").exists()
    # A file where the folder should be is named as such.
    (tmp_path / "plain").write_text("x")
    assert main(["export", "-o", str(tmp_path / "plain" / "x.json")]) == 1
    assert f"{tmp_path / 'plain'} is not a folder" in capsys.readouterr().err
    # Asked for: the folders are made, private.
    assert main(["export", "--format", "csv", "--parents", "-o", str(target)]) == 0
    assert target.is_file()
    assert stat.S_IMODE((tmp_path / "nowhere").stat().st_mode) == 0o700
    assert stat.S_IMODE((tmp_path / "nowhere" / "deeper").stat().st_mode) == 0o700


def test_restore_without_a_terminal_needs_yes(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["backup"]) == 0
    with sqlite3.connect(filled.database) as conn:
        conn.execute("DELETE FROM application WHERE id <= 10")
    changed = dump_store(filled.database)
    capsys.readouterr()
    assert main(["restore", "latest"]) == 1
    err = capsys.readouterr().err
    assert "Nothing was restored" in err and "--yes" in err
    assert dump_store(filled.database) == changed


def test_restore_piped_input_is_not_an_answer(filled: DataPaths) -> None:
    """`echo | bounceback-tui restore latest` used to restore at once."""
    assert main(["backup"]) == 0
    with sqlite3.connect(filled.database) as conn:
        conn.execute("DELETE FROM application WHERE id <= 10")
    changed = dump_store(filled.database)
    result = subprocess.run(
        [sys.executable, "-m", "bounceback_tui", "restore", "latest"],
        input="y\n",
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert result.returncode == 1, result.stdout
    assert "--yes" in result.stderr
    assert dump_store(filled.database) == changed


def test_csv_import_without_a_terminal_needs_yes(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "t.csv"
    source.write_text("Company,Role\nAcme,Engineer\n")
    assert main(["import", str(source)]) == 1
    captured = capsys.readouterr()
    assert "Acme" in captured.out or "1 new application" in captured.out  # the plan is shown
    assert "Nothing was written" in captured.err and "--yes" in captured.err
    assert count(opened_paths.database, "application") == 0
    assert main(["import", str(source), "--yes"]) == 0
    assert count(opened_paths.database, "application") == 1


def test_json_replace_without_a_terminal_needs_yes(
    filled: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "all.json"
    assert main(["export", "-o", str(exported)]) == 0
    with sqlite3.connect(filled.database) as conn:
        conn.execute("DELETE FROM application WHERE id <= 10")
    changed = dump_store(filled.database)
    capsys.readouterr()
    assert main(["import", str(exported), "--replace"]) == 1
    assert "--yes" in capsys.readouterr().err
    assert dump_store(filled.database) == changed
    assert main(["import", str(exported), "--replace", "--yes"]) == 0
    assert dump_store(filled.database) != changed


def test_an_import_whose_every_row_is_refused_fails(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It said "Nothing new to add; nothing was written." and exited 0."""
    long_role = tmp_path / "long.csv"
    long_role.write_text("Company,Role\nAcme," + "r" * 10_000 + "\n")
    assert main(["import", str(long_role), "--yes"]) == 1
    captured = capsys.readouterr()
    assert "line 2:" in captured.out
    assert (
        "Nothing was written: 1 row cannot be read (listed above) and no other row is new. "
        "Fix it, then import the file again."
    ) in captured.err
    assert "Nothing new to add" not in captured.out
    nul = tmp_path / "nul.csv"
    nul.write_text("Company,Role\nAc\x00me,Engineer\nGlobex,\n")
    assert main(["import", str(nul), "--yes"]) == 1
    assert "Nothing was written: 2 rows cannot be read" in capsys.readouterr().err
    assert count(opened_paths.database, "application") == 0


def test_an_import_of_only_duplicates_and_a_partial_import_succeed(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "t.csv"
    source.write_text("Company,Role\nAcme,Engineer\n")
    assert main(["import", str(source), "--yes"]) == 0
    assert main(["import", str(source), "--yes"]) == 0
    assert "Nothing new to add; nothing was written." in capsys.readouterr().out
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("Company,Role\nAcme,Engineer\nGlobex,Analyst\n,No company\n")
    assert main(["import", str(mixed), "--yes"]) == 0
    assert "Added 1 application; 2 rows skipped (listed above)." in capsys.readouterr().out
    assert count(opened_paths.database, "application") == 2


def test_import_says_it_reads_a_file_not_standard_input(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`import -` said "There is no file at -." and a pipe "There is no file at /dev/stdin."."""
    assert main(["import", "-", "--yes", "--format", "csv"]) == 1
    assert capsys.readouterr().err == (
        "bounceback-tui: - (standard input) is not a file; import reads a file: save the data "
        "to a file first, then import that file.\n"
    )
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    assert main(["import", str(pipe), "--yes", "--format", "csv"]) == 1
    assert (
        f"{pipe} is a pipe or a device, not a file; import reads a file" in capsys.readouterr().err
    )
    piped = subprocess.run(
        [sys.executable, "-m", "bounceback_tui", "import", "/dev/stdin", "--yes"],
        input="Company,Role\nAcme,Engineer\n",
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        timeout=60,
    )
    assert piped.returncode == 1
    assert "/dev/stdin is a pipe or a device, not a file" in piped.stderr
    assert count(opened_paths.database, "application") == 0
