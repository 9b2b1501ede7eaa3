"""Following boards and refreshing them: de-duplication, failures, progress, one transaction."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import date, datetime

import pytest
from sqlmodel import select

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.errors import BouncebackError, NotFoundError, StoreError, ValidationError
from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.posting import Posting
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.services import board_refresh
from bounceback_tui.services.applications import add_application, list_applications
from bounceback_tui.services.board_refresh import FIRST_CHECK_LIMIT, RefreshProgress, refresh_boards
from bounceback_tui.services.boards import (
    board_to_offer,
    follow_board,
    follow_board_spec,
    is_following,
    list_boards,
    undo_unfollow,
    unfollow_board,
)
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, FollowedBoard
from tests.importers_fixtures import PostingServer, second_insert_fails, serve_postings

NORTHWIND = BoardRef("greenhouse", "northwind")


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def refresh(db: Database, **options: object) -> board_refresh.RefreshReport:
    return asyncio.run(refresh_boards(db, **options))  # type: ignore[arg-type]


def roles(db: Database) -> set[tuple[str, str, str]]:
    return {(a.company, a.role, a.stage) for a in list_applications(db)}


# --- following ----------------------------------------------------------------------------


def test_follow_list_unfollow_and_undo(db: Database) -> None:
    northwind = follow_board(db, NORTHWIND, "Northwind Analytics")
    bluebird = follow_board_spec(db, "https://jobs.lever.co/bluebird/")  # company from the name
    assert bluebird.company == "Bluebird"
    assert [(b.company, b.spec) for b in list_boards(db)] == [
        ("Bluebird", "lever:bluebird"),
        ("Northwind Analytics", "greenhouse:northwind"),
    ]
    assert is_following(db, BoardRef("lever", "BlueBird"))  # names compare without case

    gone = unfollow_board(db, bluebird.id)
    assert [b.spec for b in list_boards(db)] == ["greenhouse:northwind"]
    undo_unfollow(db, gone)
    assert [b.id for b in list_boards(db)] == [bluebird.id, northwind.id]
    assert list_boards(db)[0].spec == "lever:bluebird"


def test_follow_refuses_duplicates_and_bad_input(db: Database) -> None:
    follow_board(db, NORTHWIND, "Northwind")
    with pytest.raises(BouncebackError, match="You already follow Northwind's Greenhouse board"):
        follow_board(db, BoardRef("greenhouse", "NorthWind"), "Again")
    with pytest.raises(BouncebackError, match="not a Greenhouse, Lever or Ashby job board"):
        follow_board_spec(db, "https://example.com/careers", "Example")
    with pytest.raises(ValidationError, match="control characters"):
        follow_board(db, BoardRef("ashby", "fernweh"), "Fern\x07weh")
    with pytest.raises(NotFoundError):
        unfollow_board(db, 999)
    assert [b.spec for b in list_boards(db)] == ["greenhouse:northwind"]


def test_board_to_offer_after_a_rejection(db: Database) -> None:
    link = "https://jobs.lever.co/bluebird/5f1c2e3a-8b7d-4c6e-9a0b-1c2d3e4f5a6b"
    assert board_to_offer(db, link) == BoardRef("lever", "bluebird")
    assert board_to_offer(db, "https://bluebird.example/careers/1") is None
    assert board_to_offer(db, "") is None
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    assert board_to_offer(db, link) is None  # already followed: nothing to offer


# --- refreshing over the loopback server ---------------------------------------------------


def test_refresh_adds_new_openings_and_skips_known_ones(
    db: Database, posting_server: PostingServer
) -> None:
    # Already known: job 4012345 by its link (with a tracking parameter and a slash), and a
    # near-identical title at the same company (written another way) for job 4012400.
    add_application(
        db,
        ApplicationInput(
            company="Northwind Analytics",
            role="Backend Developer",
            stage=Stage.APPLIED,
            link="https://job-boards.greenhouse.io/northwind/jobs/4012345/?utm_source=mail",
            date_applied=date(2026, 3, 3),
        ),
    )
    add_application(
        db,
        ApplicationInput(
            company="northwind analytics, inc.",
            role="Senior Backend Engineer",
            stage=Stage.REJECTED,
            date_applied=date(2026, 1, 5),
        ),
    )
    # The same title at another company does not count.
    add_application(db, ApplicationInput(company="Acme", role="Data Engineer", stage=Stage.SAVED))
    follow_board(db, NORTHWIND, "Northwind Analytics")

    report = refresh(db)

    (outcome,) = report.outcomes
    assert outcome.error is None
    assert (outcome.openings, len(outcome.added), outcome.known) == (4, 2, 2)
    assert report.added == 2
    assert roles(db) == {
        ("Northwind Analytics", "Backend Developer", "applied"),
        ("northwind analytics, inc.", "Senior Backend Engineer", "rejected"),
        ("Acme", "Data Engineer", "saved"),
        ("Northwind Analytics", "Data Engineer", "saved"),
        ("Northwind Analytics", "Engineering Manager, Platform", "saved"),
    }
    with db.read() as session:
        added = session.exec(
            select(Application).where(Application.role == "Engineering Manager, Platform")
        ).one()
        assert added.link == "https://job-boards.greenhouse.io/northwind/jobs/4012433"
        assert (added.salary_min, added.salary_max, added.salary_currency) == (55, 70, "EUR")
        assert added.salary_period == "hour"
        assert added.description == "Lead a team of six."
        assert added.date_applied is None
        board = session.exec(select(FollowedBoard)).one()
        assert board.last_checked_at == clock.now()
        assert board.last_error == ""

    # A second refresh finds nothing new and adds nothing.
    again = refresh(db)
    assert again.added == 0 and again.outcomes[0].known == 4
    assert len(list_applications(db)) == 5


def test_one_board_failing_does_not_stop_the_others(
    db: Database, posting_server: PostingServer
) -> None:
    follow_board(db, BoardRef("greenhouse", "nobody"), "Nobody Ltd")
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")
    seen: list[RefreshProgress] = []

    report = refresh(db, on_progress=seen.append)

    by_company = {o.board.company: o for o in report.outcomes}
    assert by_company["Nobody Ltd"].error == (
        "Greenhouse has no job board called “nobody” (HTTP 404); check the board's link."
    )
    assert len(by_company["Bluebird Health"].added) == 2
    assert len(by_company["Fernweh Travel"].added) == 2
    assert [o.board.company for o in report.failed] == ["Nobody Ltd"]
    assert report.summary() == (
        "Checked 3 boards: 4 new openings added as Saved. 1 board could not be read."
    )
    # Progress: one call per board, counting up to the total.
    assert sorted(p.done for p in seen) == [1, 2, 3]
    assert {p.total for p in seen} == {3}
    assert [p.board.company for p in seen if p.error] == ["Nobody Ltd"]
    # The failure is remembered on its board; the others were checked.
    state = {b.company: (b.last_checked_at, b.last_error) for b in list_boards(db)}
    assert state["Nobody Ltd"][0] is None and "no job board" in state["Nobody Ltd"][1]
    assert state["Bluebird Health"] == (clock.now(), "")
    companies = {company for company, _role, _stage in roles(db)}
    assert companies == {"Bluebird Health", "Fernweh Travel"}


# --- refreshing with a fake fetcher -------------------------------------------------------


def opening(n: int, day: date | None, company: str = "Acme") -> Posting:
    return Posting(
        title=f"Role {n}",
        company=company,
        url=f"https://jobs.example/{n}",
        date_posted=day,
    )


def test_first_check_adds_only_the_newest_openings(db: Database) -> None:
    follow_board(db, BoardRef("lever", "acme"), "Acme")
    many = [opening(n, date(2026, 1, 1 + n)) for n in range(30)]

    async def fetch(ref: BoardRef) -> list[Posting]:
        return many

    report = refresh(db, fetch=fetch)
    outcome = report.outcomes[0]
    assert len(outcome.added) == FIRST_CHECK_LIMIT == 25
    assert outcome.over_limit == 5
    assert "5 more left out" in outcome.summary()
    stored = {a.role for a in list_applications(db)}
    assert stored == {f"Role {n}" for n in range(5, 30)}  # the 25 newest


def test_later_checks_add_only_what_was_posted_since(db: Database) -> None:
    follow_board(db, BoardRef("lever", "acme"), "Acme")
    clock.freeze(datetime(2026, 3, 2, 9, 0))

    async def first(ref: BoardRef) -> list[Posting]:
        return [opening(1, date(2026, 2, 20))]

    refresh(db, fetch=first)
    assert {a.role for a in list_applications(db)} == {"Role 1"}
    # The person deletes that lead; two weeks later the board lists it again, with two more.
    with db.write() as session:
        session.delete(session.exec(select(Application)).one())
    clock.freeze(datetime(2026, 3, 16, 9, 30))

    async def later(ref: BoardRef) -> list[Posting]:
        return [
            opening(1, date(2026, 2, 20)),
            opening(2, date(2026, 3, 10)),
            opening(3, None),
        ]

    report = refresh(db, fetch=later)
    outcome = report.outcomes[0]
    assert (len(outcome.added), outcome.older) == (2, 1)
    assert {a.role for a in list_applications(db)} == {"Role 2", "Role 3"}


def test_boards_are_fetched_concurrently(db: Database) -> None:
    for name in ("one", "two", "three"):
        follow_board(db, BoardRef("lever", name), name.title())
    started: list[str] = []

    async def fetch(ref: BoardRef) -> list[Posting]:
        started.append(ref.token)
        # Every board waits for all three to have started: only possible concurrently.
        for _ in range(200):
            if len(started) == 3:
                return [opening(len(ref.token), None, company=ref.token)]
            await asyncio.sleep(0.01)
        raise FetchError("The boards were fetched one after another.")

    report = refresh(db, fetch=fetch, concurrency=3)
    assert [o.error for o in report.outcomes] == [None, None, None]


def test_a_surprise_in_one_board_is_reported(db: Database) -> None:
    follow_board(db, BoardRef("lever", "good"), "Good")
    follow_board(db, BoardRef("lever", "odd"), "Odd")

    async def fetch(ref: BoardRef) -> list[Posting]:
        if ref.token == "odd":
            raise RuntimeError("boom")
        return [opening(1, None, company="Good")]

    report = refresh(db, fetch=fetch)
    errors = {o.board.company: o.error for o in report.outcomes}
    assert errors["Good"] is None
    assert errors["Odd"] == "Lever sent something that could not be read (RuntimeError)."
    assert roles(db) == {("Good", "Role 1", "saved")}


def test_a_failed_write_stores_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    follow_board(db, BoardRef("lever", "acme"), "Acme")
    second_insert_fails(monkeypatch)

    async def fetch(ref: BoardRef) -> list[Posting]:
        return [opening(1, None), opening(2, None)]

    with pytest.raises(StoreError, match="disk is full"):
        refresh(db, fetch=fetch)
    assert list_applications(db) == []
    assert list_boards(db)[0].last_checked_at is None


def test_openings_without_a_title_or_refused_by_the_rules_are_skipped(db: Database) -> None:
    follow_board(db, BoardRef("lever", "acme"), "Acme")

    async def fetch(ref: BoardRef) -> list[Posting]:
        return [
            Posting(title=None, url="https://jobs.example/x"),
            Posting(title="Good role", url="https://jobs.example/ok"),
            Posting(title="Bad link", url="https://exa mple.com/x"),
        ]

    outcome = refresh(db, fetch=fetch).outcomes[0]
    assert (len(outcome.added), outcome.unreadable) == (1, 2)
    # Counted and said: it said "1 new." of three (an attacker's walk, nineteenth round).
    assert (
        outcome.summary()
        == "1 new, 2 left out (no title, a link that is not a web page, or not readable)."
    )
    assert roles(db) == {("Acme", "Good role", "saved")}


def test_nothing_followed_means_nothing_fetched(db: Database) -> None:
    async def fetch(ref: BoardRef) -> list[Posting]:  # pragma: no cover - must not run
        raise AssertionError("fetched")

    report = refresh(db, fetch=fetch)
    assert report.outcomes == [] and report.added == 0
