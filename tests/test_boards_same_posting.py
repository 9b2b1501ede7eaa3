"""A job board's refresh tells postings apart as the import does: one Greenhouse posting under
boards.greenhouse.io and job-boards.greenhouse.io, or a Lever posting and its /apply page, is one
posting, already in the Pipeline, not a new lead. Only the loopback server the test starts."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bounceback_tui.cli import main
from bounceback_tui.importers.posting import Posting
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import list_applications
from bounceback_tui.services.boards import follow_board
from bounceback_tui.services.posting_import import AlreadyKnownError, add_posting
from bounceback_tui.store.database import Database
from tests.importers_fixtures import PostingServer, serve_postings
from tests.pipeline_fixtures import add
from tests.test_boards_screen import Harness, boards_screen, cell

LEVER_POSTING = "5f1c2e3a-8b7d-4c6e-9a0b-1c2d3e4f5a6b"


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def test_boards_refresh_knows_a_greenhouse_posting_by_its_other_host(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # The board lists its Data Engineer opening on job-boards.greenhouse.io; the person saved it
    # from boards.greenhouse.io under a title of their own.
    db = Database(opened_paths.database)
    try:
        add(
            db,
            "Northwind Analytics",
            "Ingestion work (the Data job)",
            link="https://boards.greenhouse.io/northwind/jobs/4012388",
        )
    finally:
        db.dispose()
    argv = ["--data-dir", str(opened_paths.data_dir), "boards"]
    assert main([*argv, "follow", "greenhouse:northwind", "--company", "Northwind Analytics"]) == 0
    capsys.readouterr()
    assert main([*argv, "refresh"]) == 0
    out = capsys.readouterr().out
    assert "Northwind Analytics (greenhouse:northwind): 2 new, 2 already in your Pipeline." in out
    db = Database(opened_paths.database)
    try:
        assert "Data Engineer" not in {a.role for a in list_applications(db)}
    finally:
        db.dispose()


async def test_boards_screen_knows_a_lever_posting_by_its_apply_page(
    db: Database, posting_server: PostingServer
) -> None:
    add(
        db,
        "Bluebird Health",
        "Patient voice",
        link=f"https://jobs.lever.co/bluebird/{LEVER_POSTING}/apply",
    )
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    app = Harness(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert cell(boards_screen(app), 0, 3) == "1 new"
        await pilot.press("escape")
        await pilot.pause()
    assert "Care Coordinator" not in {a.role for a in list_applications(db)}


def test_adding_a_posting_knows_it_under_its_other_host(db: Database) -> None:
    add(db, "Northwind Analytics", "Ingestion work", link="boards.greenhouse.io/northwind/jobs/7")
    posting = Posting(
        title="Data Engineer",
        company="Northwind Analytics",
        url="https://job-boards.greenhouse.io/northwind/jobs/7",
    )
    with pytest.raises(AlreadyKnownError):
        add_posting(db, posting)
    assert len(list_applications(db)) == 1
