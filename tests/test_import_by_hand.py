"""A posting that cannot be fetched can still be added by hand, around its link (a new
user's walk, twentieth round): with no network the import said "Could not find …; check
the address and your internet connection." and offered no way on but to close it and
type the whole application, link included, into the add form."""

from __future__ import annotations

import httpx
import pytest
from textual.widgets import Input, Select

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.pipeline.import_posting import ImportedPosting, ImportPostingScreen
from tests.test_import_screen import Harness, status
from tests.ui_harness import settle

LINK = "https://jobs.example.org/acme/123"


def _offline() -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -3] Temporary failure in name resolution")

    return httpx.MockTransport(handler)


async def test_ctrl_n_after_a_failed_fetch_hands_back_the_link_and_saved() -> None:
    app = Harness(ImportPostingScreen(LINK, transport=_offline()))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("ctrl+n")  # nothing has failed yet: nothing to fill in
        await pilot.pause()
        assert isinstance(app.screen, ImportPostingScreen)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "jobs.example.org" in status(app)
        keys = str(app.screen.query_one("#import-keys").render())
        assert "^n Fill in by hand" in keys
        await pilot.press("ctrl+n")
        await pilot.pause()
    assert app.results == [ImportedPosting(None, {"link": LINK, "stage": "saved"})]


async def test_the_pipelines_import_opens_the_add_form_with_the_link(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.importers.errors import FetchError
    from bounceback_tui.services import posting_fetch

    async def offline(link: str, **_: object) -> None:
        raise FetchError("Could not find jobs.example.org; check the address and your connection.")

    monkeypatch.setattr(posting_fetch, "fetch_link", offline)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        app.screen.query_one("#import-url", Input).value = LINK
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(pilot)
        await pilot.press("ctrl+n")
        await settle(pilot)
        assert isinstance(app.screen, ApplicationFormScreen)
        assert app.screen.query_one("#field-link", Input).value == LINK
        # Saved, as a posting fetched whole starts (it was Applied: a stranger's walk).
        assert app.screen.query_one("#field-stage", Select).value == "saved"
        assert focus_problem(app) is None
