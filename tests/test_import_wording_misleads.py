"""Three `import` refusals that named the wrong problem (an attacker's walk): two columns
mapped to one field were said to leave a field without a column, a CSV given --format json was
said not to be a CSV, and a duplicate key's reason was cut off at about 40 characters."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import count


def _refusal(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(["import", *argv]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    return err.strip()


def test_two_columns_mapped_to_one_field_are_named_so(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "g.csv"
    path.write_text("Company,Role\nAcme,Engineer\n", encoding="utf-8")
    said = _refusal(capsys, str(path), "--map", "Company=company", "--map", "Role=company")
    assert said == (
        "bounceback-tui: --map 'Company=company' and --map 'Role=company' both read a column "
        "as Company; a field takes one column. Nothing was written."
    )
    assert count(opened_paths.database, "application") == 0


def test_one_column_mapped_twice_and_a_column_left_out_still_go_through(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "g.csv"
    path.write_text("Employer,Role,Priority\nAcme,Engineer,high\n", encoding="utf-8")
    argv = ["import", str(path), "--yes", "--map", "Employer=company", "--map", "employer=company"]
    assert main([*argv, "--map", "Priority=", "--map", "Role=role"]) == 0
    assert count(opened_paths.database, "application") == 1


def test_a_csv_given_format_json_is_said_to_be_a_csv(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "g.csv"
    path.write_text("Company,Role\nAcme,Engineer\n", encoding="utf-8")
    assert _refusal(capsys, str(path), "--format", "json") == (
        "bounceback-tui: g.csv is not JSON: it looks like a CSV file with a header row. Import "
        "it with --format csv (or without --format json). Nothing was written."
    )


def test_a_key_given_twice_is_named_in_the_whole_sentence(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "twice.json"
    path.write_text('{"format":"bounceback-tui","format":"x"}', encoding="utf-8")
    assert _refusal(capsys, str(path)) == (
        "bounceback-tui: twice.json cannot be read as a bounceback-tui export (the key 'format' "
        "appears twice in one object). Nothing was written."
    )
