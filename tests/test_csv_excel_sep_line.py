"""A CSV whose first line is Excel's `sep=;` is read with that separator.

A tester's file began as Excel writes it for a semicolon list, `sep=;` and then
`Company;Role;Status;Date Applied`, with Windows line ends: the import took `sep=` for the
header and refused it ("has no column for: Company and Role. Its columns are 'sep=', ''…",
and advised `--map 'sep==company'`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


def _applications(paths: DataPaths) -> list[tuple[str, str, str, str]]:
    with sqlite3.connect(paths.database) as conn:
        return conn.execute(
            "SELECT company, role, stage, date_applied FROM application ORDER BY id"
        ).fetchall()


def test_excels_sep_line_names_the_separator(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        b"sep=;\r\n"
        b"Company;Role;Status;Date Applied\r\n"
        b"Acme, Inc.;Data Analyst;Applied;2026-01-05\r\n"
        b"Globex;Engineer;Rejected;2026-01-06\r\n"
    )
    assert main(["import", str(path), "--yes"]) == 0, capsys.readouterr()
    said = capsys.readouterr()
    assert "sep=" not in said.out + said.err
    assert _applications(opened_paths) == [
        ("Acme, Inc.", "Data Analyst", "applied", "2026-01-05"),
        ("Globex", "Engineer", "rejected", "2026-01-06"),
    ]


def test_a_refused_row_keeps_its_line_number_after_the_sep_line(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "excel.csv"
    path.write_bytes(
        b'"sep=,"\r\nCompany,Role,Date Applied\r\n'
        b"Acme,Analyst,2026-01-05\r\n,Engineer,2026-01-06\r\n"
    )
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "line 4" in out  # the file's own line, the sep line counted


def test_a_cp1252_sheet_with_german_headers_and_a_sep_line(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bewerbungen.csv"
    path.write_bytes(
        "sep=;\r\nFirma;Stelle;Beworben am\r\nMüller GmbH;Entwickler;05.01.2026\r\n".encode(
            "cp1252"
        )
    )
    maps = ["--map", "Firma=company", "--map", "Stelle=role", "--map", "Beworben am=date_applied"]
    code = main(["import", str(path), "--encoding", "cp1252", *maps, "--yes"])
    assert code == 0, capsys.readouterr()
    assert _applications(opened_paths) == [("Müller GmbH", "Entwickler", "applied", "2026-01-05")]
