"""`import` says what a file it cannot read is, in plain words (a tester's walk): a store or
backup (restore it), a folder, neither an export nor a CSV, JSON nested too deeply, a CSV cell
over the limit. Each said something else before: "has bytes that are not UTF-8 on line 1",
"There is no file at", "The file looks cut short", "(maximum recursion depth exceeded whil...)",
"(field larger than field limit (1000000))"."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import count


def _refusal(path: Path, capsys: pytest.CaptureFixture[str], *options: str) -> str:
    assert main(["import", *options, str(path)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    return err.strip()


@pytest.mark.parametrize("options", [(), ("--format", "json"), ("--format", "csv")])
def test_a_store_or_backup_is_named_so_with_the_way_to_restore_it(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    options: tuple[str, ...],
) -> None:
    copy = tmp_path / "copy.sqlite3"
    shutil.copyfile(opened_paths.database, copy)
    said = _refusal(copy, capsys, *options)
    assert said == (
        "bounceback-tui: copy.sqlite3 looks like a bounceback-tui store or backup, not an "
        "export or a CSV file; import reads only those. Nothing was written. To bring it "
        f"back, use `bounceback-tui restore {copy}`."
    )
    assert count(opened_paths.database, "application") == 0


def test_a_folder_is_named_a_folder(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    assert _refusal(folder, capsys) == (
        f"bounceback-tui: {folder} is a folder; give the file to import (a .json export or a "
        ".csv file)."
    )


@pytest.mark.parametrize("text", ["hello", "hello\n", "Zm9vYmFyIGJhego=\n", "  \x7fELF"])
def test_a_file_that_is_no_export_is_not_said_to_be_cut_short(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    path = tmp_path / "hello.json"
    path.write_text(text, encoding="utf-8")
    assert _refusal(path, capsys) == (
        "bounceback-tui: hello.json is neither a bounceback-tui JSON export nor a CSV file "
        "with a header row. Nothing was written."
    )


def test_an_export_cut_short_is_still_said_to_be(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cut.json"
    path.write_text('{"format": "bounceback-tui", "tables": {"application": [', encoding="utf-8")
    assert "The file looks cut short. Nothing was written." in _refusal(path, capsys)


@pytest.mark.parametrize("opening", ["[", '{"a": '])
def test_json_nested_100000_deep_is_refused_in_a_plain_sentence(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str], opening: str
) -> None:
    path = tmp_path / "deep.json"
    path.write_text(opening * 100_000, encoding="utf-8")
    assert _refusal(path, capsys) == (
        "bounceback-tui: deep.json is nested too deeply to be a bounceback-tui export (an "
        "export is a few levels deep). Nothing was written."
    )


def test_a_csv_cell_over_a_million_characters_names_its_row_and_the_limit(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "big.csv"
    path.write_text(
        'Company,Role\nAcme,Analyst\n"' + "x" * 1_000_001 + '",Engineer\n', encoding="utf-8"
    )
    assert _refusal(path, capsys) == (
        "bounceback-tui: big.csv, the row on line 3: a cell is longer than 1,000,000 "
        "characters, the most one cell can hold (no field keeps nearly that much). Nothing "
        "was written."
    )
    assert count(opened_paths.database, "application") == 0
