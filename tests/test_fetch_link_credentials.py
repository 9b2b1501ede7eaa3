"""A link with a user name or password is refused before any request, in every path that
fetches: `fetch-posting` (printing, --json, --add), the app's posting import (its
``check_link``) and `boards follow`.

`fetch-posting http://user:secret@127.0.0.1:8765/plain.html` fetched the page and printed the
credentials in "Link …"; `--add` refused only after the request went out (an attacker's
walk). A redirect to such a link is not followed, and says why in the same words. Served over
a loopback server, which counts what reaches it."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.posting_fetch import FetchError, check_link, fetch_link
from tests.importers_fixtures import PostingServer, Route, serve_postings

REFUSED = "The link has a name or password before its address; leave it out."


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def _with_credentials(server: PostingServer, who: str = "user:secret") -> str:
    return server.url("/jobs/single").replace("http://", f"http://{who}@")


@pytest.mark.parametrize("option", [[], ["--json"], ["--add"]], ids=["card", "json", "add"])
def test_fetch_posting_refuses_before_any_request(
    posting_server: PostingServer,
    opened_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    option: list[str],
) -> None:
    assert main(["fetch-posting", _with_credentials(posting_server), *option]) == 1
    said = capsys.readouterr()
    assert said.out == ""
    assert said.err == f"bounceback-tui: {REFUSED}\n"
    assert posting_server.requests == []


@pytest.mark.parametrize("who", ["user:secret", "user", ":secret"])
def test_the_app_import_refuses_it_too(posting_server: PostingServer, who: str) -> None:
    link = _with_credentials(posting_server, who)
    with pytest.raises(FetchError, match=REFUSED):
        check_link(link)
    with pytest.raises(FetchError, match=REFUSED):
        asyncio.run(fetch_link(link))
    assert posting_server.requests == []


def test_following_a_board_refuses_it(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["boards", "follow", "https://me:pw@jobs.lever.co/acme"]) == 1
    assert capsys.readouterr().err == f"bounceback-tui: {REFUSED}\n"
    assert main(["boards", "list", "--json"]) == 0
    assert capsys.readouterr().out == "[]\n"


def test_an_at_sign_in_the_path_is_not_a_name(
    posting_server: PostingServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch-posting", posting_server.url("/jobs/single?by=@acme"), "--json"]) == 0
    assert posting_server.paths() == ["/jobs/single?by=@acme"]


REDIRECT_REFUSED = (
    "The link redirected to one that has a name or password before its address, so it was "
    "not followed."
)


@pytest.mark.parametrize("who", ["u:p", "u"])
def test_a_redirect_to_a_link_with_a_name_says_so(
    posting_server: PostingServer,
    opened_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    who: str,
) -> None:
    # It said "The link redirected to an address that cannot be read.", giving no reason,
    # where the same address as the first link is refused in clear words.
    target = posting_server.url("/ok").replace("http://", f"http://{who}@")
    posting_server.routes["/moved"] = Route(b"", "text/html", 302, {"Location": target})
    assert main(["fetch-posting", posting_server.url("/moved")]) == 1
    assert capsys.readouterr().err == f"bounceback-tui: {REDIRECT_REFUSED}\n"
    with pytest.raises(FetchError) as refused:
        asyncio.run(fetch_link(posting_server.url("/moved")))  # the app's import
    assert str(refused.value) == REDIRECT_REFUSED
    assert posting_server.paths() == ["/moved", "/moved"]  # never followed to /ok
