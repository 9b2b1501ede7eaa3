"""A JSON import with a number of more digits than Python reads says so plainly, naming its
key (an attacker's walk).

A 5,001-digit number was refused as "cannot be read as a bounceback-tui export (Exceeds the
limit (4300 digits) for integer string conversion: value has 5001 digits; use
sys.set_int_max_str_digits() …)": Python's own words, and advice for a programmer.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import count, fill_every_table

LONG = "1" + "0" * 5000  # 5,001 digits


def _refused(capsys: pytest.CaptureFixture[str], path: Path) -> str:
    assert main(["import", str(path), "--yes"]) == 1
    captured = capsys.readouterr()
    assert "set_int_max_str_digits" not in captured.out + captured.err
    return captured.err


def _exported(tmp_path: Path) -> str:
    """The text of an export of a store with a row in every table, in export_json's layout."""
    out = tmp_path / "all.json"
    assert main(["export", "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def test_a_long_number_in_a_row_of_an_export_names_its_column(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    text = _exported(tmp_path)
    first_row = '{"id": 1, "company": '
    assert first_row in text
    path = tmp_path / "long-id.json"
    path.write_text(text.replace(first_row, f'{{"id": {LONG}, "company": ', 1), "utf-8")
    before = count(opened_paths.database, "application")
    assert _refused(capsys, path) == (
        "bounceback-tui: long-id.json cannot be read as a bounceback-tui export (the number "
        "given for 'id' is far too long: 5,001 digits). Nothing was written.\n"
    )
    assert count(opened_paths.database, "application") == before


def test_a_long_number_in_the_header_names_its_key(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _exported(tmp_path)
    path = tmp_path / "long-version.json"
    path.write_text(text.replace('"format_version": 1,', f'"format_version": {LONG},'), "utf-8")
    assert "the number given for 'format_version' is far too long: 5,001 digits" in (
        _refused(capsys, path)
    )


@pytest.mark.parametrize(
    ("document", "said"),
    [
        (f'{{"tables": {{"application": [[{LONG}]]}}}}', "the number given for 'application'"),
        (f"[1, {LONG}]", "a number in it"),
        (f"-{LONG}", "a number in it"),
    ],
    ids=["in a list", "in a list alone", "alone"],
)
def test_a_long_number_anywhere_is_said_so(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    document: str,
    said: str,
) -> None:
    path = tmp_path / "long.json"
    path.write_text(document, encoding="utf-8")
    assert f"({said} is far too long: 5,001 digits). Nothing was written." in (
        _refused(capsys, path)
    )
