"""A big page's reading is bounded, and a deadline passed while reading it is not blamed on the
site (importers/html_text.py, importers/http.deadline).

A 4 MB JSON-LD description of 400,000 `<li>a</li>`, sent in a moment, made
`fetch-posting --timeout 3` answer after about 9 seconds with "The site 127.0.0.1 did not
answer within 3 seconds" (an attacker's walk): the site had answered; reading took the time.
Over a loopback server."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest

from bounceback_tui.cli import main
from bounceback_tui.importers import fetch
from bounceback_tui.importers.html_text import html_to_text
from bounceback_tui.importers.posting import Posting
from tests.importers_fixtures import PostingServer, Route, serve_postings

ITEMS = 400_000
DESCRIPTION = "<ul>" + "<li>a</li>" * ITEMS + "</ul>"


def _page(description: str) -> bytes:
    posting = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": "Engineer",
        "hiringOrganization": {"name": "Acme"},
        "description": description,
    }
    script = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    return f"<html><head>{script}</head><body></body></html>".encode()


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def test_a_description_of_400000_items_is_read_only_in_part_and_says_so() -> None:
    text = html_to_text(DESCRIPTION)
    assert text is not None and text.startswith("• a\n• a")
    assert text.endswith("…")  # cut, and it shows
    assert text.count("•") < ITEMS // 10  # not all 400,000 items were read


def test_a_short_description_is_read_whole() -> None:
    assert html_to_text("<ul><li>Build</li><li>Test</li></ul>") == "• Build\n• Test"


def test_fetch_posting_reads_the_big_page(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/big"] = Route(_page(DESCRIPTION), "text/html")
    assert main(["fetch-posting", posting_server.url("/big"), "--json"]) == 0
    posting = json.loads(capsys.readouterr().out)
    assert posting["title"] == "Engineer"
    assert posting["description"].endswith("…")


def test_a_deadline_passed_while_reading_does_not_blame_the_site(
    posting_server: PostingServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    done = threading.Event()

    def slow_reading(markup: str, url: str) -> Posting:
        done.wait(20)  # reading outlasts the deadline; the page has long arrived
        return Posting(title="Engineer")

    monkeypatch.setattr(fetch, "posting_from_html", slow_reading)
    # Three seconds: the reading is what takes long here. Half a second for a 400 KB page
    # was not enough for it to arrive on a busy machine ("did not answer").
    posting_server.routes["/big"] = Route(_page("x" * 400_000), "text/html")
    assert main(["fetch-posting", posting_server.url("/big"), "--timeout", "3"]) == 1
    done.set()
    assert capsys.readouterr().err == (
        "bounceback-tui: The page from 127.0.0.1 arrived, but reading it took longer than "
        "3 seconds; it is too large or complex to read as a posting.\n"
    )
