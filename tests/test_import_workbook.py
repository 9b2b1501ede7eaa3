"""A spreadsheet workbook given to `import` is called one, with the way to a CSV file.

A tester gave `import` the .xlsx their spreadsheet saved: it said only that the file "has
bytes that are not UTF-8 on line 1" and offered --encoding, which read the workbook's zip
bytes as a header of nonsense.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


def _workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as book:  # the parts every .xlsx begins with
        book.writestr("[Content_Types].xml", "<Types/>")
        book.writestr("xl/workbook.xml", "<workbook/>")
    return path


@pytest.mark.parametrize(
    "extra", [[], ["--format", "csv"], ["--format", "json"], ["--encoding", "cp1252"]]
)
@pytest.mark.parametrize("name", ["applications.xlsx", "applications.csv"])
def test_an_xlsx_is_called_a_workbook_to_save_as_csv(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    extra: list[str],
) -> None:
    path = _workbook(tmp_path / name)
    assert main(["import", str(path), "--dry-run", *extra]) == 1
    err = capsys.readouterr().err
    assert "not UTF-8" not in err
    assert f"{name} is a spreadsheet workbook (Excel, .xlsx)" in err
    assert "save it as 'CSV UTF-8'" in err
    assert "Nothing was written." in err


def test_an_old_xls_is_called_a_workbook_too(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "applications.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504))
    assert main(["import", str(path), "--dry-run"]) == 1
    assert "applications.xls is a spreadsheet workbook" in capsys.readouterr().err
