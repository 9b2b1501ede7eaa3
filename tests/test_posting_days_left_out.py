"""A posting's days that cannot be right are left out of its card and its save alike, and said.

A JSON-LD posting with ``datePosted: 9999-12-31`` and ``validThrough: 0001-01-01`` was shown by
`fetch-posting` as "Posted 9999-12-31" and "Apply by 0001-01-01", while ``--add`` stored no
posted date and said nothing, and wrote both days into the notes (an attacker's walk). One rule
now decides (``domain.dates.posting_days``): the card, ``--add``, the notes and the app's import
keep the same days, and each says what was left out. Served over a loopback server; the tests'
clock stands at 2026-03-16.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from datetime import date

import pytest
from textual.widgets import Input, TextArea

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.importers_fixtures import PostingServer, Route, json_ld_page, serve_postings
from tests.ui_harness import app_on, keep_toasts, settle

BOTH_SAID = (
    "The posting gave days that cannot be right, so they were left out: posted 9999-12-31, "
    "apply by 0001-01-01."
)


def _page(posted: str, apply_by: str) -> bytes:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Analyst",
        "hiringOrganization": {"@type": "Organization", "name": "Acme"},
        "datePosted": posted,
        "validThrough": apply_by,
    }
    script = json.dumps(posting)
    return json_ld_page(script)


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def test_the_card_leaves_out_what_the_save_leaves_out_and_says_so(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page("9999-12-31", "0001-01-01"))
    assert main(["fetch-posting", posting_server.url("/job")]) == 0
    assert capsys.readouterr().out == (
        f"Analyst\nAcme\n\nLink      {posting_server.url('/job')}\n{BOTH_SAID}\n"
    )


def test_add_says_so_and_stores_neither_day(
    posting_server: PostingServer, opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page("9999-12-31", "0001-01-01"))
    assert main(["fetch-posting", posting_server.url("/job"), "--add"]) == 0
    said = capsys.readouterr()
    assert said.err == f"Saved Acme: Analyst as a Saved application. {BOTH_SAID}\n"
    conn = sqlite3.connect(opened_paths.database)
    try:
        stored = conn.execute(
            "SELECT posted_on, notes FROM application WHERE id = ?", (int(said.out),)
        ).fetchone()
    finally:
        conn.close()
    assert stored == (None, "")  # the notes held "Posted 9999-12-31. Apply by 0001-01-01."


def test_days_that_can_be_right_are_shown_and_nothing_is_said(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page("2026-03-02", "2026-04-30"))
    assert main(["fetch-posting", posting_server.url("/job")]) == 0
    out = capsys.readouterr().out
    assert "Posted    2026-03-02\nApply by  2026-04-30\n" in out
    assert "left out" not in out


def test_an_apply_by_before_the_day_posted_is_left_out_alone(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/job"] = Route(_page("2026-03-02", "2026-02-01"))
    assert main(["fetch-posting", posting_server.url("/job")]) == 0
    out = capsys.readouterr().out
    assert "Posted    2026-03-02\n" in out
    assert "Apply by" not in out
    assert out.endswith(
        "The posting gave a day that cannot be right, so it was left out: apply by 2026-02-01.\n"
    )


def test_the_rule() -> None:
    from bounceback_tui.domain.dates import posting_days

    today = date(2026, 3, 16)
    assert posting_days(date(2026, 3, 16), date(2036, 3, 16), today) == (
        date(2026, 3, 16),
        date(2036, 3, 16),
        (),
    )
    # Eleven years back is more than the form's Posted on takes; tomorrow has not come.
    assert posting_days(date(2015, 3, 1), None, today) == (None, None, ("posted 2015-03-01",))
    assert posting_days(date(2026, 3, 17), date(2036, 3, 17), today) == (
        None,
        None,
        ("posted 2026-03-17", "apply by 2036-03-17"),
    )


async def test_the_apps_import_says_so_and_fills_in_neither_day(
    opened_paths: DataPaths, posting_server: PostingServer
) -> None:
    posting_server.routes["/job"] = Route(_page("9999-12-31", "0001-01-01"))
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
        assert screen.values()["posted_on"] == ""
        assert screen.query_one("#field-notes", TextArea).text == ""
        assert said == [
            f"{BOTH_SAID} If you know the day it was posted, you can type it into Posted on."
        ]
