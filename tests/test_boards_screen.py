"""The followed-boards screen, driven with Pilot in a small harness app."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Input, ProgressBar, Static

from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.posting import Posting
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import list_applications
from bounceback_tui.services.board_refresh import BoardFetcher
from bounceback_tui.services.boards import follow_board, list_boards
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.theme_looks import line_variables
from bounceback_tui.ui.pipeline.boards import BoardsScreen
from bounceback_tui.ui.styles import stylesheet_paths
from tests.importers_fixtures import PostingServer, serve_postings


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


class Harness(App[None]):
    def get_css_variables(self) -> dict[str, str]:
        return line_variables(super().get_css_variables())  # the lines the stylesheets name

    def __init__(self, db: Database, fetch: BoardFetcher | None = None) -> None:
        super().__init__(css_path=stylesheet_paths())
        self.db = db
        self.fetch = fetch
        self.results: list[int] = []

    def compose(self) -> ComposeResult:
        yield Static("harness")

    def on_mount(self) -> None:
        self.push_screen(BoardsScreen(self.db, fetch=self.fetch), self.results.append)


def boards_screen(app: App[None]) -> BoardsScreen:
    screen = app.screen
    assert isinstance(screen, BoardsScreen)
    return screen


def cell(screen: BoardsScreen, row: int, column: int) -> str:
    return str(screen.query_one("#boards-table", ListTable).get_row_at(row)[column])


def text_of(screen: BoardsScreen, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def test_empty_screen_then_follow_a_board(db: Database) -> None:
    app = Harness(db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = boards_screen(app)
        assert screen.query_one("#boards-empty").display
        assert not screen.query_one("#boards-table").display
        # Nothing to unfollow, undo or refresh yet.
        for action in ("unfollow", "undo", "refresh"):
            assert not screen.check_action(action, ())
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        await pilot.press(*"https://example.com/careers", "enter")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)  # refused in place
        assert app.screen.query_one("#error-board").display
        app.screen.query_one("#field-board", Input).value = "https://jobs.lever.co/bluebird"
        await pilot.press("tab", *"Bluebird Health", "enter")
        await pilot.pause()
        assert app.screen is screen
        assert screen.query_one("#boards-table").display
        assert cell(screen, 0, 0) == "Bluebird Health"
        assert cell(screen, 0, 1) == "Lever · bluebird"
        assert cell(screen, 0, 2) == "not yet"
    assert [(b.company, b.spec) for b in list_boards(db)] == [("Bluebird Health", "lever:bluebird")]


async def test_unfollow_asks_first_and_u_undoes(db: Database) -> None:
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")
    app = Harness(db)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = boards_screen(app)
        await pilot.press("down", "d")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert len(list_boards(db)) == 2
        await pilot.press("d")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
        assert [b.company for b in list_boards(db)] == ["Bluebird Health"]
        assert screen.check_action("undo", ())
        await pilot.press("u")
        await pilot.pause()
        assert [b.company for b in list_boards(db)] == ["Bluebird Health", "Fernweh Travel"]
        assert screen.query_one("#boards-table", ListTable).selected_key == str(
            list_boards(db)[1].id
        )
        assert not screen.check_action("undo", ())


async def test_refresh_all_with_progress_and_a_failing_board(db: Database) -> None:
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("greenhouse", "nobody"), "Nobody Ltd")
    release = asyncio.Event()

    async def fetch(ref: BoardRef) -> list[Posting]:
        if ref.token == "nobody":
            raise FetchError("Greenhouse has no job board called “nobody” (HTTP 404).")
        await release.wait()  # holds the refresh half-way, to look at the progress bar
        return [Posting(title="Care Coordinator", url="https://jobs.lever.co/bluebird/1")]

    app = Harness(db, fetch)
    async with app.run_test(size=(100, 30)) as pilot:
        screen = boards_screen(app)
        await pilot.press("r")
        await pilot.pause()
        bar = screen.query_one("#boards-progress", ProgressBar)
        assert bar.display
        assert (bar.total, bar.progress) == (2, 1)
        assert text_of(screen, "#boards-status") == "Nobody Ltd could not be read (1 of 2)…"
        assert not screen.check_action("refresh", ())  # one refresh at a time
        release.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not bar.display
        assert text_of(screen, "#boards-status") == (
            "Checked 2 boards: 1 new opening added as Saved. 1 board could not be read."
        )
        assert screen.query_one("#boards-status").has_class("-error")
        assert cell(screen, 0, 3) == "1 new"
        assert cell(screen, 1, 3) == "not read"
        await pilot.press("down")
        await pilot.pause()
        assert "Greenhouse has no job board called “nobody” (HTTP 404)." in text_of(
            screen, "#boards-detail"
        )
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [1]
    assert [(a.company, a.role, a.stage) for a in list_applications(db)] == [
        ("Bluebird Health", "Care Coordinator", "saved")
    ]


async def test_refresh_over_the_loopback_server(
    db: Database, posting_server: PostingServer
) -> None:
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")
    app = Harness(db)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = boards_screen(app)
        assert cell(screen, 0, 2) == "today 09:30"
        assert cell(screen, 0, 3) == "2 new"
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [2]
    assert {a.role for a in list_applications(db)} == {
        "Product Designer",
        "Support Specialist (German)",
    }


def test_boards_screen_snapshot(snap_compare, db: Database) -> None:  # type: ignore[no-untyped-def]
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("greenhouse", "nobody"), "Nobody Ltd")
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")

    async def fetch(ref: BoardRef) -> list[Posting]:
        if ref.token == "nobody":
            raise FetchError("Greenhouse has no job board called “nobody” (HTTP 404).")
        return [Posting(title=f"Role at {ref.token}", url=f"https://jobs.example/{ref.token}")]

    async def refresh(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("r")
        await pilot.app.workers.wait_for_complete()
        await pilot.press("down", "down")
        await pilot.pause()

    assert snap_compare(Harness(db, fetch), run_before=refresh, terminal_size=(100, 30))


async def test_a_store_failure_during_refresh_adds_nothing(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.errors import StoreError
    from bounceback_tui.services import board_refresh

    def refuse(session, data):  # type: ignore[no-untyped-def]
        raise StoreError("The store is read-only; nothing was saved.")

    monkeypatch.setattr(board_refresh, "insert_application", refuse)
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")

    async def fetch(ref: BoardRef) -> list[Posting]:
        return [Posting(title="Care Coordinator", url="https://jobs.lever.co/bluebird/1")]

    app = Harness(db, fetch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = boards_screen(app)
        assert text_of(screen, "#boards-status") == "The store is read-only; nothing was saved."
        assert not screen.query_one("#boards-progress").display
        assert screen.check_action("refresh", ())  # can try again
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [0]
    assert list_applications(db) == []
    assert list_boards(db)[0].last_checked_at is None


async def test_a_refused_board_at_80x24_keeps_its_field_in_sight(db: Database) -> None:
    # The board's three-line message scrolled the form down a row after the field had been
    # scrolled into sight, leaving the keys in a field out of sight (the walk at 80x24, seed
    # 5150, walk 2): each scroll waited for the next refresh, measured before the other.
    from textual import events

    from tests.monkey.checks import focus_dead_end

    app = Harness(db)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-board", Input).post_message(events.Paste("\ufeffBOM"))
        await pilot.pause()
        await pilot.press("ctrl+s")
        for _ in range(3):
            await pilot.pause()
        assert app.screen.query_one("#error-board").display
        assert app.focused is app.screen.query_one("#field-board", Input)
        assert focus_dead_end(app) is None


@pytest.mark.parametrize("boards", [0, 3])
async def test_the_boards_box_leaves_the_key_bar_in_sight_at_60x20(
    opened_paths: DataPaths, db: Database, boards: int
) -> None:
    # At 60x20 its box reached the bottom row, over the app's key bar (the random walk at
    # 60x20, seed 7272); it stops a row above it, in the app as in any terminal.
    from bounceback_tui.ui.app import BouncebackApp
    from tests.monkey.checks import focus_dead_end, key_bar_covered

    for n in range(boards):
        follow_board(db, BoardRef("lever", f"company{n}"), f"Company {n}")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        await pilot.press("b")
        await pilot.pause()
        await pilot.pause()
        assert isinstance(app.screen, BoardsScreen)
        assert key_bar_covered(app) is None
        assert focus_dead_end(app) is None
        await pilot.resize_terminal(60, 14)
        await pilot.pause()
        assert key_bar_covered(app) is None
