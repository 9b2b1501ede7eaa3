"""The Pipeline's links to the importers: `i` imports a posting, `b` opens the followed boards,
and a rejection of a job-board posting offers to follow that company's board."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.pipeline.boards import BoardsScreen
from bounceback_tui.ui.pipeline.dialogs import PlanOfferScreen
from bounceback_tui.ui.pipeline.import_posting import ImportPostingScreen
from tests.importers_fixtures import PostingServer, serve_postings
from tests.pipeline_fixtures import add, rows

SIZE = (100, 30)


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


async def test_i_imports_a_posting_into_the_add_form(
    opened_paths: DataPaths, posting_server: PostingServer
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "i")
        await pilot.pause()
        assert isinstance(app.screen, ImportPostingScreen)
        app.screen.query_one(Input).value = posting_server.url("/jobs/single")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.2)
        # The add form opens filled in from the page, for the person to check.
        assert isinstance(app.screen, FormScreen)
        values = app.screen.values()
        assert values["company"] == "Northwind Analytics"
        assert values["role"] == "Senior Backend Engineer"
        assert values["stage"] == "saved"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert not isinstance(app.screen, FormScreen)
    saved = rows(
        opened_paths.database, "SELECT company, role, stage, salary_currency FROM application"
    )
    assert saved == [("Northwind Analytics", "Senior Backend Engineer", "saved", "EUR")]


async def test_b_opens_the_followed_boards(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "b")
        await pilot.pause()
        assert isinstance(app.screen, BoardsScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, BoardsScreen)


@pytest.mark.parametrize("answer", ["y", "n"])
async def test_rejection_offers_to_follow_the_companys_board(
    opened_paths: DataPaths, answer: str
) -> None:
    db = Database(opened_paths.database)
    add(db, "Northwind Analytics", link="https://boards.greenhouse.io/northwind/jobs/4012345")
    db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        await pilot.press("ctrl+s")  # the rejection form, defaults kept
        await pilot.pause()
        assert isinstance(app.screen, PlanOfferScreen)
        await pilot.press("n")  # not now
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Northwind Analytics" in str(app.screen.question)
        await pilot.press(answer)
        await pilot.pause()
    followed = rows(opened_paths.database, "SELECT provider, token, company FROM followed_board")
    expected = [("greenhouse", "northwind", "Northwind Analytics")] if answer == "y" else []
    assert followed == expected


async def test_no_offer_for_an_ordinary_link(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    add(db, "Acme", link="https://acme.example/careers/42")
    db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2", "x")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, PlanOfferScreen)  # the rejection was recorded
        await pilot.press("n")
        await pilot.pause()
        assert not isinstance(app.screen, ConfirmScreen | PlanOfferScreen)
    assert rows(opened_paths.database, "SELECT stage FROM application") == [("rejected",)]
    assert rows(opened_paths.database, "SELECT id FROM followed_board") == []
