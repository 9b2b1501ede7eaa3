"""A refresh of the followed boards reads the stored applications' links once, not once a
board: each board's known postings were read afresh, every link parsed again (about 0.2 s a
board at 10,000 applications, docs/performance.md). Counted in calls, never timed. What is
added meanwhile, by the refresh itself or by another window, or brought back by an undo, is
still known."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.importers import dedupe
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.services.applications import add_application, list_applications
from bounceback_tui.services.board_refresh import RefreshProgress, RefreshReport, refresh_boards
from bounceback_tui.services.boards import follow_board
from bounceback_tui.store.database import Database
from tests.importers_fixtures import PostingServer, second_insert_fails, serve_postings

STORED = 20


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def refresh(db: Database, **options: object) -> RefreshReport:
    return asyncio.run(refresh_boards(db, **options))  # type: ignore[arg-type]


def follow_three(db: Database) -> None:
    follow_board(db, BoardRef("greenhouse", "northwind"), "Northwind Analytics")
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")


def test_each_stored_link_is_read_once_a_refresh(
    db: Database, posting_server: PostingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    links = [f"https://careers.example/jobs/{n}" for n in range(STORED)]
    for n, link in enumerate(links):
        add_application(
            db,
            ApplicationInput(
                company=f"Stored {n}",
                role="Analyst",
                stage=Stage.APPLIED,
                link=link,
                date_applied=date(2026, 3, 1),
            ),
        )
    follow_three(db)
    read: list[str] = []
    real_key = dedupe.posting_key

    def counted(url: str | None) -> str:
        read.append(url or "")
        return real_key(url)

    monkeypatch.setattr(dedupe, "posting_key", counted)

    report = refresh(db)

    assert [o.error for o in report.outcomes] == [None, None, None]
    assert report.added == 7  # Bluebird's 2, Fernweh's 2 and Northwind's 3
    # Three boards, and each stored link read once: not once a board.
    assert sorted(url for url in read if url in links) == sorted(links)


def test_what_another_window_adds_meanwhile_is_still_known(
    db: Database, posting_server: PostingServer
) -> None:
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")
    other = Database(db.path)  # another window on the same store

    def between_boards(progress: RefreshProgress) -> None:
        # Bluebird (first by name) is stored; Fernweh is not read yet: another window adds
        # Fernweh's product designer posting as an application of its own.
        if progress.board.company == "Bluebird Health":
            add_application(
                other,
                ApplicationInput(
                    company="Fernweh",
                    role="Designer",
                    stage=Stage.APPLIED,
                    link="https://jobs.ashbyhq.com/fernweh/8d3f0c4e-2b1a-4e5f-9c8d-7a6b5c4d3e2f",
                    date_applied=date(2026, 3, 15),
                ),
            )

    try:
        report = refresh(db, on_progress=between_boards, concurrency=1)
    finally:
        other.dispose()

    by_company = {o.board.company: o for o in report.outcomes}
    assert len(by_company["Bluebird Health"].added) == 2
    fernweh = by_company["Fernweh Travel"]
    assert (len(fernweh.added), fernweh.known) == (1, 1)
    assert sorted(a.role for a in list_applications(db) if a.company == "Fernweh Travel") == [
        "Support Specialist (German)"
    ]

    # A second refresh (nothing new posted) adds nothing: its own additions are known too.
    again = refresh(db)
    assert again.added == 0


def test_a_board_whose_write_failed_leaves_nothing_known(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Acme's second opening is refused by the store: its whole transaction goes, the first
    # opening with it. The Acme Careers board lists that first posting too, and adds it.
    from bounceback_tui.errors import StoreError
    from bounceback_tui.importers.posting import Posting

    follow_board(db, BoardRef("lever", "acme"), "Acme")
    follow_board(db, BoardRef("lever", "acme-careers"), "Acme Careers")
    second_insert_fails(monkeypatch)
    shared = Posting(title="Data Analyst", url="https://jobs.example/1")

    async def fetch(ref: BoardRef) -> list[Posting]:
        if ref.token == "acme":
            return [shared, Posting(title="Data Engineer", url="https://jobs.example/2")]
        return [shared]

    with pytest.raises(StoreError, match="disk is full"):
        refresh(db, fetch=fetch, concurrency=1)
    assert [(a.company, a.role) for a in list_applications(db)] == [
        ("Acme Careers", "Data Analyst")
    ]


def test_an_application_brought_back_meanwhile_is_still_known(db: Database) -> None:
    # Undo puts a deleted application back under its own id, below those read since: it was
    # missed, and the same opening was added a second time as a new Saved application.
    from bounceback_tui.importers.posting import Posting
    from bounceback_tui.services.application_delete import delete_application, restore_application

    def applied(company: str, role: str, link: str) -> int:
        data = ApplicationInput(
            company=company,
            role=role,
            stage=Stage.APPLIED,
            link=link,
            date_applied=date(2026, 3, 1),
        )
        return add_application(db, data).id

    link = "https://jobs.lever.co/acme-careers/0001"
    first = applied("Recruiter Ltd", "Data Analyst", link)
    applied("Other Co", "Designer", "https://careers.example/jobs/2")
    deleted = delete_application(db, first)
    follow_board(db, BoardRef("lever", "acme"), "Acme")
    follow_board(db, BoardRef("lever", "acme-careers"), "Acme Careers")

    async def fetch(ref: BoardRef) -> list[Posting]:
        if ref.token == "acme":
            return [Posting(title="Data Engineer", url="https://jobs.lever.co/acme/0002")]
        return [Posting(title="Data Analyst (Remote)", url=link)]

    def between_boards(progress: RefreshProgress) -> None:
        if progress.board.company == "Acme":  # Acme Careers is not read yet: `u` after delete
            restore_application(db, deleted)

    report = refresh(db, fetch=fetch, on_progress=between_boards, concurrency=1)

    careers = {o.board.company: o for o in report.outcomes}["Acme Careers"]
    assert (careers.added, careers.known) == ([], 1)
    assert sorted((a.company, a.role) for a in list_applications(db)) == [
        ("Acme", "Data Engineer"),
        ("Other Co", "Designer"),
        ("Recruiter Ltd", "Data Analyst"),
    ]


def test_an_opening_the_refresh_adds_is_known_once(
    db: Database, posting_server: PostingServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each opening a board stored was known from then on, and read from the store again by
    # the next board: its role kept twice, compared twice.
    follow_three(db)
    kept: list[tuple[str, str]] = []
    real_add = dedupe.KnownPostings.add

    def counted(self: dedupe.KnownPostings, company: str, role: str, link: str | None) -> None:
        kept.append((company, role))
        real_add(self, company, role, link)

    monkeypatch.setattr(dedupe.KnownPostings, "add", counted)

    report = refresh(db, concurrency=1)

    assert report.added == 7
    assert sorted(kept) == sorted(set(kept))
    assert len(kept) == 7
