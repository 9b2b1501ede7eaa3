"""The import screen, driven with Pilot in a small harness app over the loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.app import App, ComposeResult
from textual.widgets import Input, LoadingIndicator, Static

from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.ui.kit.form import FieldSpec
from bounceback_tui.ui.kit.list_table import ListTable
from bounceback_tui.ui.kit.theme_looks import line_variables
from bounceback_tui.ui.pipeline.import_posting import (
    ImportedPosting,
    ImportPostingScreen,
    prefilled_fields,
)
from bounceback_tui.ui.styles import stylesheet_paths
from tests.importers_fixtures import PostingServer, serve_postings


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


class Harness(App[None]):
    def get_css_variables(self) -> dict[str, str]:
        return line_variables(super().get_css_variables())  # the lines the stylesheets name

    def __init__(self, screen: ImportPostingScreen | None = None) -> None:
        super().__init__(css_path=stylesheet_paths())
        self.results: list[ImportedPosting | None] = []
        self._screen = screen

    def compose(self) -> ComposeResult:
        yield Static("harness")

    def on_mount(self) -> None:
        self.push_screen(self._screen or ImportPostingScreen(), self.results.append)


def status(app: App[None]) -> str:
    return str(app.screen.query_one("#import-status", Static).render())


async def test_a_posting_link_comes_back_as_form_values(posting_server: PostingServer) -> None:
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*posting_server.url("/jobs/single"), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ImportPostingScreen)
    (result,) = app.results
    assert result is not None
    assert result.posting.title == "Senior Backend Engineer"
    assert result.board is None
    values = result.values
    assert (values["company"], values["role"], values["stage"]) == (
        "Northwind Analytics",
        "Senior Backend Engineer",
        "saved",
    )
    assert (values["salary_min"], values["salary_max"], values["salary_period"]) == (
        "60000",
        "80000",
        "year",
    )
    assert values["link"] == posting_server.url("/jobs/single")


async def test_a_board_link_lists_its_openings_to_pick_from(posting_server: PostingServer) -> None:
    app = Harness(ImportPostingScreen("https://jobs.ashbyhq.com/fernweh"))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#import-choices", ListTable)
        assert table.display and table.row_count == 2
        assert status(app) == "Fernweh has 2 open roles: pick one."
        await pilot.press("down", "enter")
        await pilot.pause()
    (result,) = app.results
    assert result is not None
    assert result.posting.title == "Support Specialist (German)"
    assert result.board == BoardRef("ashby", "fernweh")
    assert result.values["work_mode"] == "remote"


async def test_failures_show_in_place_and_nothing_is_returned(
    posting_server: PostingServer,
) -> None:
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*posting_server.url("/gone"), "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportPostingScreen)
        assert "was not found (HTTP 404)" in status(app)
        assert screen.query_one("#import-status").has_class("-error")
        assert screen.query_one("#import-url", Input).value == posting_server.url("/gone")
        # A link that is not one is refused before anything is fetched.
        before = len(posting_server.requests)
        screen.query_one("#import-url", Input).value = "ftp://files.example/job"
        await pilot.press("enter")
        await pilot.pause()
        assert status(app) == "Only http and https links can be fetched, not ftp links."
        assert len(posting_server.requests) == before
        # The link typed is all there is: Escape asks first (tests/test_failed_fetch_asks.py).
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("y")
        await pilot.pause()
    assert app.results == [None]


async def test_escape_stops_a_slow_fetch_and_keys_still_work(
    posting_server: PostingServer,
) -> None:
    app = Harness(ImportPostingScreen(timeout=10))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*posting_server.url("/slow"), "enter")
        await pilot.pause(0.2)
        screen = app.screen
        assert isinstance(screen, ImportPostingScreen)
        assert screen.fetching
        assert screen.query_one("#import-loading", LoadingIndicator).display
        # The app keeps answering keys while the site takes its time.
        await pilot.press("end", "x")
        assert screen.query_one("#import-url", Input).value.endswith("/slowx")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ImportPostingScreen)  # still open, the fetch stopped
        assert not screen.fetching
        assert not screen.query_one("#import-loading", LoadingIndicator).display
        assert status(app) == "Stopped. Nothing was imported."
        await pilot.press("escape")
        await pilot.pause()
    assert app.results == [None]


def test_prefilled_fields_start_with_the_imported_values() -> None:
    form = (
        FieldSpec("company", "Company"),
        FieldSpec("role", "Role"),
        FieldSpec("link", "Link"),
        FieldSpec("stage", "Stage", kind="select", value="applied"),
        FieldSpec("date_applied", "Date applied", kind="date"),
    )
    fields = prefilled_fields(
        form, {"company": "Acme", "role": "", "stage": "saved", "unknown": "x"}
    )
    by_name = {spec.name: spec.value for spec in fields}
    assert by_name == {
        "company": "Acme",
        "role": "",
        "link": "",
        "stage": "saved",
        "date_applied": "",
    }


def test_import_screen_with_a_board_snapshot(snap_compare, posting_server: PostingServer) -> None:  # type: ignore[no-untyped-def]
    async def fetch_board(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.press("enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    app = Harness(ImportPostingScreen("https://boards.greenhouse.io/northwind"))
    assert snap_compare(app, run_before=fetch_board, terminal_size=(100, 30))


async def test_a_surprise_is_shown_not_left_spinning() -> None:
    import httpx

    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("unexpected")

    app = Harness(
        ImportPostingScreen("https://odd.example/job", transport=httpx.MockTransport(handler))
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ImportPostingScreen)
        assert not screen.query_one("#import-loading", LoadingIndicator).display
        assert status(app) == (
            "Something went wrong reading that link (RuntimeError); nothing was imported."
        )
