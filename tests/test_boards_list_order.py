"""`bounceback-tui boards list`: a header over its columns, and the boards by company name as a
person reads it (case and accents aside), two of one name in the order followed."""

from __future__ import annotations

import json

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.boards import list_boards
from bounceback_tui.store.database import Database


def run(data_paths: DataPaths, *argv: str) -> int:
    return main(["--data-dir", str(data_paths.data_dir), "boards", *argv])


def follow(data_paths: DataPaths, board: str, company: str) -> None:
    assert run(data_paths, "follow", board, "--company", company) == 0


def follow_six(data_paths: DataPaths) -> None:
    follow(data_paths, "lever:zeta", "Zeta")
    follow(data_paths, "greenhouse:emile", "Émile")
    follow(data_paths, "lever:acme", "acme")
    follow(data_paths, "lever:oresund", "Øresund")
    follow(data_paths, "ashby:Bravo", "Bravo")
    follow(data_paths, "lever:zeta-labs", "zeta")  # the same name, followed later


def test_boards_are_listed_by_name_case_and_accents_aside(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    # SQLite's lower() folds ASCII only: "Émile" and "Øresund" came after "Zeta".
    follow_six(opened_paths)
    capsys.readouterr()
    assert run(opened_paths, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [b["company"] for b in listed] == ["acme", "Bravo", "Émile", "Øresund", "Zeta", "zeta"]
    assert [b["token"] for b in listed][-2:] == ["zeta", "zeta-labs"]  # in the order followed
    # The same order on the Boards screen, which reads the same list.
    assert [b.company for b in list_boards(db)] == [b["company"] for b in listed]


def test_boards_list_has_a_header_over_its_columns(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    follow_six(opened_paths)
    capsys.readouterr()
    assert run(opened_paths, "list") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["ID", "Company", "Board", "Last", "checked"]
    assert [line.split()[1] for line in lines[1:]] == [
        "acme",
        "Bravo",
        "Émile",
        "Øresund",
        "Zeta",
        "zeta",
    ]
    # The columns start where the header's words do.
    for word in ("Company", "Board", "Last checked"):
        column = lines[0].index(word)
        assert all(line[column - 1] == " " and line[column] != " " for line in lines[1:])
    assert lines[1].split()[2:] == ["lever:acme", "not", "yet"]


def test_a_name_in_a_wide_script_keeps_the_columns(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    follow(opened_paths, "lever:tesuto", "テスト")  # six cells wide, three characters
    follow(opened_paths, "lever:acme", "Acme Analytics Ltd")
    capsys.readouterr()
    assert run(opened_paths, "list") == 0
    header, acme, tesuto = capsys.readouterr().out.splitlines()
    assert acme.split()[1:4] == ["Acme", "Analytics", "Ltd"]
    assert tesuto.split()[1] == "テスト"
    # "lever:tesuto" starts in the Board column: after the name's six cells and its padding.
    assert acme.index("lever:acme") == header.index("Board")
    assert tesuto.index("lever:tesuto") + 3 == header.index("Board")
