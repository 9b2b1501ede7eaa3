"""A command that only reads refuses a folder that holds no store, and makes nothing there.

`bounceback-tui --data-dir typo today` made typo/bounceback.sqlite3 and printed an empty
day ("Next step: Add your first application"), exit 0, while `export` refused the same
folder (an attacker's walk)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main

READING = [
    ["today"],
    ["today", "--json"],
    ["insights"],
    ["insights", "--sankey"],
    ["boards"],
    ["boards", "list", "--json"],
    ["boards", "refresh"],
    ["boards", "unfollow", "lever:acme"],
    ["restore"],
    ["backup", "--list"],
    ["backup"],
    ["export", "-o", "-"],
    ["calendar", "-o", "-"],
]


@pytest.mark.parametrize("command", READING, ids=" ".join)
def test_a_command_that_reads_refuses_a_folder_with_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    typo = tmp_path / "typo"
    assert main(["--data-dir", str(typo), *command]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == (
        f"bounceback-tui: There is no bounceback-tui store at {typo}/bounceback.sqlite3. "
        f"`bounceback-tui --data-dir {typo} paths` shows where the store is looked for; "
        "--data-dir points at another folder.\n"
    )
    assert not typo.exists()


@pytest.mark.parametrize("command", [["today"], ["insights", "--json"], ["boards", "list"]])
def test_an_empty_folder_given_stays_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["--data-dir", str(empty), *command]) == 1
    assert "There is no bounceback-tui store at" in capsys.readouterr().err
    assert list(empty.iterdir()) == []


def test_following_a_board_still_starts_a_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "boards", "follow", "lever:acme"]) == 0
    assert "Following" in capsys.readouterr().out
    assert (fresh / "bounceback.sqlite3").is_file()
