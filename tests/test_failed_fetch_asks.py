"""A link whose fetch failed is the person's own typing: Escape asks before throwing it away.

A helper's list (twenty-fifth round): Pipeline `i`, a link typed, the site answering 500 (or
nothing listening): Escape closed the import at once, and so did Escape on the add form
`ctrl+n` opened around the link, though a typed link is asked about in both before it is
fetched, and every form asks before throwing away what was typed (kit/confirm.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlmodel import select
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.pipeline.import_posting import ImportPostingScreen
from tests.importers_fixtures import PostingServer, closed_port, serve_postings
from tests.test_import_screen import Harness, status
from tests.ui_harness import app_on, settle

THROW_AWAY = "Throw away what you typed?"


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def _asked(app: object) -> ConfirmScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ConfirmScreen)
    assert str(screen.question) == THROW_AWAY
    return screen


async def test_a_fetch_that_failed_asks_on_both_forms(
    opened_paths: DataPaths, db: Database, posting_server: PostingServer
) -> None:
    link = posting_server.url("/broken")  # the server answers 500
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("i")
        await settle(pilot)
        importing = app.screen
        assert isinstance(importing, ImportPostingScreen)
        await pilot.press(*link, "enter")
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert "HTTP 500" in status(app)
        await pilot.press("escape")
        await settle(pilot)
        asked = _asked(app)
        assert str(asked.detail) == (
            "Nothing was imported from the link; ^n fills in the application by hand around "
            "it. n or Escape goes back to it."
        )
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is importing
        assert importing.query_one("#import-url", Input).value == link
        assert focus_problem(app) is None
        await pilot.press("ctrl+n")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert form.query_one("#field-link", Input).value == link
        await pilot.press("escape")  # nothing else typed: the link alone is worth asking about
        await settle(pilot)
        _asked(app)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is form
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle(pilot)
        _asked(app)
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, ApplicationFormScreen | ConfirmScreen)
        assert focus_problem(app) is None
    with db.read() as session:
        assert session.exec(select(Application)).all() == []


async def test_a_closed_port_asks_and_yes_closes() -> None:
    link = f"http://127.0.0.1:{closed_port()}/jobs/1"
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*link, "enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "refused the connection" in status(app)
        await pilot.press("escape")
        await pilot.pause()
        _asked(app)
        await pilot.press("y")
        await pilot.pause()
    assert app.results == [None]


async def test_a_link_refused_before_fetching_asks_too() -> None:
    app = Harness()
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press(*"ftp://files.example/job", "enter")
        await pilot.pause()
        assert status(app) == "Only http and https links can be fetched, not ftp links."
        await pilot.press("escape")
        await pilot.pause()
        asked = _asked(app)
        said = "Nothing was imported from the link. n or Escape goes back to it."
        assert str(asked.detail) == said
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, ImportPostingScreen)
    assert app.results == []
