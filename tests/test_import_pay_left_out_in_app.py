"""The app's posting import says when the posting's pay was left out, as `fetch-posting` does.

A posting whose pay could not be real (a maxValue of 1e308, or negative) opened the add form
with the pay fields empty and said nothing, while the CLI said "The posting's pay looked
wrong and was left out." Now the Pipeline's import tells the person, in a toast over the
form, with the CLI's own sentence (domain/salary.PAY_LEFT_OUT, which now says why too), and
that the pay can be typed in. Served over a loopback server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.importers_fixtures import PostingServer, Route, serve_postings
from tests.test_fetch_pay_left_out import _page
from tests.ui_harness import app_on, keep_toasts, settle

SAID = (
    "The posting's pay was left out: the amount it gave was below zero or far beyond any "
    "real salary, most likely a slip in the posting. If you know the pay, you can type it "
    "into the form."
)


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


async def _import(opened_paths: DataPaths, link: str) -> tuple[list[str], dict[str, str]]:
    """The Pipeline's `i` on ``link``: the toasts said, and the add form's pay fields."""
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        said = keep_toasts(app)
        await pilot.press("i")
        await settle(pilot)
        app.screen.query_one("#import-url", Input).value = link
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await settle(pilot, 3)
        assert isinstance(app.screen, ApplicationFormScreen)
        assert focus_problem(app) is None
        fields = {
            name: app.screen.query_one(f"#field-{name}", Input).value
            for name in ("company", "salary_min", "salary_max")
        }
    return said, fields


@pytest.mark.parametrize(
    ("low", "high"), [(-5, 1e308), (50000, 2_000_000_000)], ids=["endless", "past the limit"]
)
async def test_the_import_says_the_pay_was_left_out(
    opened_paths: DataPaths, posting_server: PostingServer, low: object, high: object
) -> None:
    posting_server.routes["/job"] = Route(_page(low, high))
    said, fields = await _import(opened_paths, posting_server.url("/job"))
    assert fields == {"company": "Acme", "salary_min": "", "salary_max": ""}
    assert said == [SAID]


async def test_real_pay_is_filled_in_and_nothing_is_said(
    opened_paths: DataPaths, posting_server: PostingServer
) -> None:
    posting_server.routes["/job"] = Route(_page(50000, 60000))
    said, fields = await _import(opened_paths, posting_server.url("/job"))
    assert fields == {"company": "Acme", "salary_min": "50000", "salary_max": "60000"}
    assert said == []
