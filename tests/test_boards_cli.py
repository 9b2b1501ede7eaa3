"""`bounceback-tui boards`: follow, list, refresh (with progress on a terminal), unfollow."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator

import pytest

from bounceback_tui.cli import main
from bounceback_tui.commands.boards import ProgressLine
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.board_refresh import RefreshProgress
from bounceback_tui.services.boards import BoardView
from tests.importers_fixtures import PostingServer, serve_postings


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def run(data_paths: DataPaths, *argv: str) -> int:
    return main(["--data-dir", str(data_paths.data_dir), "boards", *argv])


def test_follow_list_refresh_unfollow(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    data_paths = opened_paths  # listing refuses a folder with no store (test_cli_no_store.py)
    assert run(data_paths) == 0
    assert "You do not follow any job boards yet" in capsys.readouterr().out

    assert run(data_paths, "follow", "https://boards.greenhouse.io/northwind", "--company",
               "Northwind Analytics") == 0  # fmt: skip
    assert run(data_paths, "follow", "lever:bluebird") == 0
    assert run(data_paths, "follow", "greenhouse:nobody", "--company", "Nobody") == 0
    out = capsys.readouterr().out
    assert "Following Northwind Analytics (greenhouse:northwind)." in out
    assert "Following Bluebird (lever:bluebird)." in out

    assert run(data_paths, "list", "--json") == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(b["company"], b["provider"], b["token"]) for b in listed] == [
        ("Bluebird", "lever", "bluebird"),
        ("Nobody", "greenhouse", "nobody"),
        ("Northwind Analytics", "greenhouse", "northwind"),
    ]
    assert listed[0]["url"] == "https://jobs.lever.co/bluebird"

    # One board is missing: reported on stderr, the others still stored, exit status 1.
    assert run(data_paths, "refresh") == 1
    captured = capsys.readouterr()
    assert "Bluebird (lever:bluebird): 2 new." in captured.out
    # Its Porto opening has a near-identical title to the Lisbon one: one lead, not two.
    assert (
        "Northwind Analytics (greenhouse:northwind): 3 new, 1 already in your Pipeline."
        in captured.out
    )
    assert captured.out.splitlines()[-1] == (
        "Checked 3 boards: 5 new openings added as Saved. 1 board could not be read."
    )
    assert captured.err.strip() == (
        "Nobody (greenhouse:nobody): not read. Greenhouse has no job board called “nobody” "
        "(HTTP 404); check the board's link."
    )
    assert "\x1b[K" not in captured.err  # no progress bar when not on a terminal

    assert run(data_paths, "unfollow", "greenhouse:nobody") == 0
    assert "No longer following Nobody" in capsys.readouterr().out
    assert run(data_paths, "refresh") == 0
    assert "no new openings" in capsys.readouterr().out

    assert run(data_paths, "list") == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split() == ["ID", "Company", "Board", "Last", "checked"]
    assert len(lines) == 2 and all("2026-03-16 09:30" in line for line in lines)


def test_follow_and_unfollow_mistakes(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(data_paths, "follow", "https://example.com/careers") == 1
    assert "not a Greenhouse, Lever or Ashby job board" in capsys.readouterr().err
    assert run(data_paths, "follow", "lever:bluebird") == 0
    assert run(data_paths, "follow", "https://jobs.lever.co/bluebird") == 1
    assert "You already follow Bluebird's Lever board." in capsys.readouterr().err
    assert run(data_paths, "unfollow", "ashby:nobody") == 1
    assert "You do not follow ashby:nobody." in capsys.readouterr().err
    assert run(data_paths, "unfollow", "42") == 1
    assert "No followed board has the id 42." in capsys.readouterr().err


def test_refresh_with_nothing_followed(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    data_paths = opened_paths
    assert run(data_paths, "refresh") == 0
    assert "nothing to refresh" in capsys.readouterr().out
    # --data-dir may also come after the action.
    assert main(["boards", "follow", "lever:acme", "--data-dir", str(data_paths.data_dir)]) == 0
    assert main(["boards", "list", "--json", "--data-dir", str(data_paths.data_dir)]) == 0
    assert '"token": "acme"' in capsys.readouterr().out


def test_progress_line_on_a_terminal() -> None:
    stream = io.StringIO()
    line = ProgressLine(stream)
    board = BoardView(1, "Northwind", "greenhouse", "northwind", None, None, "")  # type: ignore[arg-type]
    line.start(4)
    line.update(RefreshProgress(1, 4, board, None))
    line.update(RefreshProgress(2, 4, board, "Greenhouse had a problem."))
    line.clear()
    text = stream.getvalue()
    assert "Checking 4 boards…" in text
    assert "██████░░░░░░░░░░░░░░░░░░ 1/4  Northwind read" in text
    assert "2/4  Northwind could not be read" in text
    assert text.endswith("\r\x1b[K")
