"""`fetch-posting --add` checks the posting before it opens the store, and a fetched page's
link the store cannot keep gives way to the page's own link, with a note
(commands/fetch_posting.py, importers/jsonld.own_link).

`fetch-posting --add URL --data-dir NEWDIR` made NEWDIR/bounceback.sqlite3 (empty) for a
posting it then refused; and a posting whose JSON-LD `url` held a name and password, a space
or a line break was refused ("remove them"), which no one can do to a fetched page, while a
`javascript:` one gave way to the page's link unsaid (an attacker's walk). A link past 2,000
characters was kept unchecked, so `javascript:alert(1)//aaaa...` beat the page's own link and
the posting was saved with none: a link too long to keep gives way too. Over a loopback
server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from tests.importers_fixtures import PostingServer, Route, serve_postings

NOTE = (
    "The posting's own link is not a web address that can be kept, so the page's link is "
    "used instead."
)


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def _page(**fields: object) -> bytes:
    posting = {"@context": "https://schema.org", "@type": "JobPosting", **fields}
    script = f'<script type="application/ld+json">{json.dumps(posting)}</script>'
    return f"<html><head>{script}</head><body></body></html>".encode()


def test_a_refused_posting_leaves_a_new_data_folder_without_a_store(
    posting_server: PostingServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    posting_server.routes["/p"] = Route(_page(title="Engineer"))  # no company
    new = tmp_path / "NEWDIR"
    argv = ["--data-dir", str(new), "fetch-posting", "--add", posting_server.url("/p")]
    assert main(argv) == 1
    assert "does not say which company" in capsys.readouterr().err
    assert not (new / "bounceback.sqlite3").exists()


@pytest.mark.parametrize(
    "link",
    [
        "javascript:alert(1)",
        "https://user:pass@example.com/jobs/1",
        "https://example.com/jobs/1 2",
        "https://example.com/jobs/1\n2",
        "ftp://example.com/jobs/1",
        "javascript:alert(1)//" + "a" * 2_000,  # too long to keep: it was kept unchecked
        "https://example.com/jobs/" + "a" * 2_000,
    ],
    ids=["javascript", "name and password", "space", "line break", "ftp", "long script", "long"],
)
def test_a_link_the_store_cannot_keep_gives_way_to_the_page_s_own(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str], link: str
) -> None:
    page = _page(title="Engineer", hiringOrganization={"name": "Acme"}, url=link)
    posting_server.routes["/p"] = Route(page)
    assert main(["fetch-posting", "--json", posting_server.url("/p")]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == posting_server.url("/p")
    assert main(["fetch-posting", "--add", posting_server.url("/p")]) == 0
    assert capsys.readouterr().err == f"Saved Acme: Engineer as a Saved application. {NOTE}\n"


def test_an_opengraph_link_with_a_password_gives_way_too(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    page = (
        '<html><head><meta property="og:title" content="Engineer at Acme">'
        '<meta property="og:url" content="https://me:secret@example.com/jobs/1">'
        "</head></html>"
    )
    posting_server.routes["/p"] = Route(page.encode())
    assert main(["fetch-posting", posting_server.url("/p")]) == 0
    card = capsys.readouterr().out
    assert f"Link      {posting_server.url('/p')}" in card
    assert NOTE in card


def test_a_good_link_is_kept_without_a_note(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    page = _page(
        title="Engineer", hiringOrganization={"name": "Acme"}, url="https://example.com/j/1"
    )
    posting_server.routes["/p"] = Route(page)
    assert main(["fetch-posting", "--add", posting_server.url("/p")]) == 0
    assert capsys.readouterr().err == "Saved Acme: Engineer as a Saved application.\n"
