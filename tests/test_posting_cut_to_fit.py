"""What an imported posting's form could not take whole is said, not cut without a word.

A posting whose role was 500 characters was saved by `fetch-posting --add` (and opened in the
app's add form) with the first 299 and "…", and nothing said; a link past 2,000 characters was
left out the same way. `--add` and the app's import now say what was cut and from how long;
a posting's link too long to keep gives way to the page's own link, and that is said. Served
over a loopback server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from textual.widgets import Input

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.importers_fixtures import PostingServer, Route, json_ld_page, serve_postings
from tests.ui_harness import app_on, keep_toasts, settle

LONG_LINK = "https://ok.example/" + "a" * 2_000  # 2,019 characters
# A posting's own link too long to keep gives way to the page's link (importers/jsonld.own_link).
SAID = (
    "Cut to fit the form: the role from 500 characters to 300. The posting's own link is not a "
    "web address that can be kept, so the page's link is used instead."
)


def _page(title: str, url: str) -> bytes:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": title,
        "url": url,
        "hiringOrganization": {"@type": "Organization", "name": "Acme"},
    }
    script = json.dumps(posting)
    return json_ld_page(script)


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def test_add_says_what_was_cut_and_left_out(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page("R" * 500, LONG_LINK))
    assert main(["fetch-posting", posting_server.url("/job"), "--add"]) == 0
    err = capsys.readouterr().err
    assert err.endswith(f" as a Saved application. {SAID}\n")


def test_a_posting_that_fits_says_nothing_more(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page("R" * 300, "https://ok.example/jobs/1"))
    assert main(["fetch-posting", posting_server.url("/job"), "--add"]) == 0
    assert capsys.readouterr().err.endswith(" as a Saved application.\n")


async def test_the_apps_import_says_what_was_cut_and_left_out(
    opened_paths: DataPaths, posting_server: PostingServer
) -> None:
    posting_server.routes["/job"] = Route(_page("R" * 500, LONG_LINK))
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        said = keep_toasts(app)
        await pilot.press("i")
        await settle(pilot)
        app.screen.query_one("#import-url", Input).value = posting_server.url("/job")
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(pilot, 3)
        screen = app.screen
        assert isinstance(screen, ApplicationFormScreen)
        assert screen.values()["role"] == "R" * 299 + "…"
        assert screen.values()["link"] == posting_server.url("/job")
        assert said == [SAID]
