"""Fetching over a loopback server (and httpx.MockTransport for what a server cannot easily do)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Iterator
from datetime import date

import httpx
import pytest

from bounceback_tui import __version__
from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.fetch import FetchResult, fetch_board, fetch_url
from bounceback_tui.importers.http import SafeClient, check_url
from bounceback_tui.importers.providers import BoardRef
from tests.importers_fixtures import (
    ASHBY_BOARD,
    GREENHOUSE_BOARD,
    LEVER_BOARD,
    PostingServer,
    Route,
    closed_port,
    serve_postings,
)

LEVER_ID = "5f1c2e3a-8b7d-4c6e-9a0b-1c2d3e4f5a6b"


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def fetch(url: str, **options: object) -> FetchResult:
    return asyncio.run(fetch_url(url, **options))  # type: ignore[arg-type]


def failure(url: str, **options: object) -> str:
    with pytest.raises(FetchError) as caught:
        fetch(url, **options)
    message = str(caught.value)
    # One sentence: a capital, one full stop at the end, no line breaks or tracebacks.
    assert message[0].isupper() and message.endswith("."), message
    assert "\n" not in message and "Traceback" not in message
    return message


# --- pages ---------------------------------------------------------------------------------


def test_page_with_json_ld(posting_server: PostingServer) -> None:
    result = fetch(posting_server.url("/jobs/single"))
    assert not result.is_board
    assert result.posting.title == "Senior Backend Engineer"
    assert result.posting.company == "Northwind Analytics"
    assert result.posting.url == posting_server.url("/jobs/single")


@pytest.mark.parametrize(
    ("path", "title", "company"),
    [
        ("/jobs/list", "Care Coordinator", "Bluebird Health"),
        ("/jobs/graph", "Werkstudent:in Data (m/w/d)", "Kranich Mobility GmbH"),
        ("/jobs/nested", "Staff Nurse, Night Shift", "St. Aldhelm's Hospital"),
        ("/jobs/opengraph", "Product Designer", "Fernweh Travel"),
        ("/jobs/title-only", "Data Analyst", "Harbor Logistics"),
    ],
)
def test_every_page_shape(
    posting_server: PostingServer, path: str, title: str, company: str
) -> None:
    posting = fetch(posting_server.url(path)).posting
    assert (posting.title, posting.company) == (title, company)


def test_sends_a_user_agent_and_keeps_no_cookies(posting_server: PostingServer) -> None:
    async def twice() -> None:
        async with SafeClient() as client:
            await client.get(posting_server.url("/cookie"))
            await client.get(posting_server.url("/jobs/single"))
            assert len(client._client.cookies.jar) == 0

    asyncio.run(twice())
    first, second = posting_server.requests[-2:]
    assert first.headers["user-agent"].startswith(f"bounceback-tui/{__version__}")
    assert "cookie" not in second.headers


def test_follows_up_to_five_redirects(posting_server: PostingServer) -> None:
    # /hop/4 is five redirects away from the page.
    assert fetch(posting_server.url("/hop/4")).posting.title == "Senior Backend Engineer"
    assert "more than 5 times" in failure(posting_server.url("/hop/5"))


def test_redirect_loop(posting_server: PostingServer) -> None:
    assert failure(posting_server.url("/loop")) == (
        "The link redirected more than 5 times, so it was not followed."
    )


def test_redirect_to_another_scheme_is_not_followed(posting_server: PostingServer) -> None:
    assert "ftp:" in failure(posting_server.url("/to-ftp"))


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/gone", "was not found (HTTP 404)"),
        ("/broken", "had a problem on its side (HTTP 500)"),
        ("/files/brochure.pdf", "points to a PDF document, not a web page"),
        ("/jobs/nothing", "No job posting was found"),
        ("/jobs/malformed", "malformed"),
    ],
)
def test_page_failures(posting_server: PostingServer, path: str, words: str) -> None:
    assert words in failure(posting_server.url(path))


def test_connection_refused() -> None:
    port = closed_port()
    assert failure(f"http://127.0.0.1:{port}/job") == (
        "The site 127.0.0.1 refused the connection; it may be down."
    )


def test_timeout_against_a_slow_server(posting_server: PostingServer) -> None:
    assert failure(posting_server.url("/slow"), timeout=0.5) == (
        "The site 127.0.0.1 did not answer within 0.5 seconds; try again later."
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("", "Paste the link"),
        ("   ", "Paste the link"),
        ("ftp://files.example/job", "Only http and https"),
        ("javascript:alert(1)", "not a web address"),
        ("just some words", "That is not a web address"),
        ("https://exa mple.com/x", "cannot contain spaces"),
        ("http://[::1", "not a web address"),
        ("https://🙂.example/job", "not a web address"),
        ("https://\u202eevil.example/", "not a web address"),
        ("https://xn--/job", "not a web address"),
        ("https://example.com/" + "a" * 2100, "over 2,000 characters"),
    ],
)
def test_bad_links(text: str, words: str) -> None:
    assert words in failure(text)


def test_bare_domain_gets_https() -> None:
    assert check_url("jobs.lever.co/bluebird") == "https://jobs.lever.co/bluebird"


# --- job-board APIs over the loopback server --------------------------------------------


def test_greenhouse_posting_through_the_api_root(posting_server: PostingServer) -> None:
    result = fetch("https://job-boards.greenhouse.io/northwind/jobs/4012345")
    posting = result.posting
    assert posting.to_json() == {
        "title": "Senior Backend Engineer",
        "company": "Northwind Analytics",  # the job leaves it out: read from the board
        "location": "Lisbon, Portugal",
        "remote": None,
        "url": "https://job-boards.greenhouse.io/northwind/jobs/4012345",
        "salary_min": 60000,
        "salary_max": 80000,
        "salary_currency": "EUR",
        "salary_period": "year",
        "employment_type": "Full-time",
        "date_posted": "2026-03-02",
        "valid_through": None,
        "description": (
            "About the role\n\n"
            "You will build the data pipelines behind our forecasting product & keep them "
            "fast.\n\n"
            "• Python & PostgreSQL\n"
            "• Three or more years in production"
        ),
    }
    assert "/greenhouse/v1/boards/northwind/jobs/4012345?pay_transparency=true" in (
        posting_server.paths()
    )


def test_greenhouse_board(posting_server: PostingServer) -> None:
    result = fetch("https://boards.greenhouse.io/northwind")
    assert result.is_board and result.board == BoardRef("greenhouse", "northwind")
    titles = [p.title for p in result.postings]
    assert titles == [
        "Senior Backend Engineer",
        "Data Engineer",
        "Senior Back-end Engineer",
        "Engineering Manager, Platform",
    ]
    data_engineer = result.postings[1]
    assert data_engineer.remote is True and data_engineer.employment_type == "Full-time"
    manager = result.postings[3]
    assert (manager.salary_min, manager.salary_max, manager.salary_period) == (55, 70, "hour")
    assert posting_server.paths()[0] == f"{GREENHOUSE_BOARD}?content=true&pay_transparency=true"


def test_lever_posting_and_board(posting_server: PostingServer) -> None:
    posting = fetch(f"https://jobs.lever.co/bluebird/{LEVER_ID}/apply").posting
    assert posting.title == "Care Coordinator"
    assert posting.company == "Bluebird"  # Lever does not say: the board's name, tidied
    assert posting.location == "Portland, OR; Remote - US"
    assert posting.remote is True
    assert (posting.salary_min, posting.salary_max, posting.salary_currency) == (38, 46, "USD")
    assert posting.salary_period == "hour"
    assert posting.employment_type == "Part-time"
    assert posting.date_posted == date(2026, 3, 9)
    assert posting.description is not None
    assert "What you'll do\n\n• Answer calls and messages\n• Book appointments" in (
        posting.description
    )
    board = fetch("https://jobs.lever.co/bluebird")
    assert [p.title for p in board.postings] == ["Care Coordinator", "Clinical Operations Analyst"]
    analyst = board.postings[1]
    assert (analyst.work_mode, analyst.remote, analyst.salary_period) == ("hybrid", False, "year")
    assert f"{LEVER_BOARD}?mode=json" in posting_server.paths()


def test_ashby_board_and_posting(posting_server: PostingServer) -> None:
    board = fetch("https://jobs.ashbyhq.com/fernweh")
    # The unlisted job is left out.
    assert [p.title for p in board.postings] == ["Product Designer", "Support Specialist (German)"]
    designer = board.postings[0]
    assert designer.location == "Berlin; Hamburg"
    assert (designer.salary_min, designer.salary_max, designer.salary_currency) == (
        65000,
        80000,
        "EUR",
    )
    assert designer.salary_period == "year"
    assert designer.employment_type == "Full-time"
    assert designer.work_mode == "hybrid" and designer.remote is False
    assert designer.description == (
        "Shape how people plan their trips.\n\n• Three years of product design\n• A portfolio"
    )
    one = fetch("https://jobs.ashbyhq.com/fernweh/1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e")
    assert one.posting.title == "Support Specialist (German)" and one.posting.remote is True
    assert f"{ASHBY_BOARD}?includeCompensation=true" in posting_server.paths()


def test_board_and_posting_that_do_not_exist(posting_server: PostingServer) -> None:
    assert failure("https://jobs.ashbyhq.com/nobody") == (
        "Ashby has no job board called “nobody” (HTTP 404); check the board's link."
    )
    assert "no job board called “nobody”" in failure("https://jobs.lever.co/nobody")
    assert "posting was not found" in failure("https://boards.greenhouse.io/northwind/jobs/999")
    assert "no longer on the “fernweh” Ashby board" in failure(
        "https://jobs.ashbyhq.com/fernweh/00000000-0000-4000-8000-000000000000"
    )


def test_api_answers_that_are_not_data(posting_server: PostingServer) -> None:
    posting_server.routes[LEVER_BOARD] = Route(b"<html>maintenance</html>")
    assert failure("https://jobs.lever.co/bluebird") == (
        "Lever answered with a web page instead of data."
    )
    posting_server.routes[LEVER_BOARD] = Route(b'{"jobs": [', "application/json")
    assert failure("https://jobs.lever.co/bluebird") == (
        "Lever sent data that is not valid JSON, so nothing was read."
    )
    posting_server.routes[LEVER_BOARD] = Route(b'{"jobs": []}', "application/json")
    assert failure("https://jobs.lever.co/bluebird") == (
        "Lever sent an answer in an unexpected shape, so nothing was read."
    )
    posting_server.routes[GREENHOUSE_BOARD] = Route(b"oops", "application/json", 502)
    assert "Greenhouse had a problem on its side (HTTP 502)" in failure(
        "https://boards.greenhouse.io/northwind"
    )


def test_nothing_reaches_the_public_hosts(posting_server: PostingServer) -> None:
    fetch("https://jobs.lever.co/bluebird")
    fetch("https://boards.greenhouse.io/northwind")
    fetch("https://jobs.ashbyhq.com/fernweh")
    assert all(p.startswith(("/lever/", "/greenhouse/", "/ashby/")) for p in posting_server.paths())


# --- MockTransport: what a real server cannot easily do ---------------------------------


def mock(handler) -> httpx.MockTransport:  # type: ignore[no-untyped-def]
    return httpx.MockTransport(handler)


def test_timeouts_of_every_kind() -> None:
    for error in (httpx.ConnectTimeout, httpx.ReadTimeout, httpx.PoolTimeout):

        def handler(request: httpx.Request, error: type[Exception] = error) -> httpx.Response:
            raise error("timed out", request=request)

        assert failure("https://slow.example/job", transport=mock(handler)) == (
            "The site slow.example did not answer within 10 seconds; try again later."
        )


def test_dns_failure() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("[Errno -2] Name or service not known", request=request)

    assert failure("https://nowhere.example/job", transport=mock(handler)) == (
        "Could not find nowhere.example; check the address and your internet connection."
    )


def test_broken_connection_and_undecodable_body() -> None:
    def cut(request: httpx.Request) -> httpx.Response:
        raise httpx.RemoteProtocolError("peer closed connection", request=request)

    assert "broke off before the answer arrived" in failure(
        "https://flaky.example/job", transport=mock(cut)
    )

    def garbled(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"content-type": "text/html", "content-encoding": "gzip"},
            content=b"this is not gzip",
        )

    assert "broken (undecodable) answer" in failure(
        "https://garbled.example/job", transport=mock(garbled)
    )


def test_redirect_loop_with_mock_transport() -> None:
    seen: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(301, headers={"location": "/a" if request.url.path == "/b" else "/b"})

    assert "more than 5 times" in failure("https://loop.example/a", transport=mock(handler))
    assert len(seen) == 6  # the first request and five redirects, then it stops


def test_oversize_bodies_are_cut_off() -> None:
    chunk = b"<p>" + b"x" * (1024 * 1024 - 3)

    async def endless() -> AsyncIterator[bytes]:
        for _ in range(50):  # 50 MB if read in full
            yield chunk

    served: list[int] = []

    def streamed(request: httpx.Request) -> httpx.Response:
        served.append(1)
        return httpx.Response(200, headers={"content-type": "text/html"}, content=endless())

    assert failure("https://huge.example/job", transport=mock(streamed)) == (
        "The answer from huge.example is larger than 5 MB, so it was not read."
    )

    def declared(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"content-type": "text/html", "content-length": str(6 * 1024 * 1024)},
            content=b"<title>Small after all</title>",
        )

    assert "larger than 5 MB" in failure("https://huge.example/job", transport=mock(declared))


def test_greenhouse_board_too_big_falls_back_to_the_list_without_content(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("BOUNCEBACK_GREENHOUSE_API", "https://gh.mock")
    small = {"jobs": [{"id": 1, "title": "Cook", "company_name": "Diner", "absolute_url": ""}]}

    def handler(request: httpx.Request) -> httpx.Response:
        if "content=true" in str(request.url):
            return httpx.Response(200, json={"jobs": [], "pad": "x" * (6 * 1024 * 1024)})
        return httpx.Response(200, json=small)

    postings = asyncio.run(fetch_board(BoardRef("greenhouse", "diner"), transport=mock(handler)))
    assert [(p.title, p.company, p.description) for p in postings] == [("Cook", "Diner", None)]


def test_unexpected_shapes_become_one_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BOUNCEBACK_ASHBY_API", "https://ashby.mock")

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"jobs": [{"title": ["not", "a", "string"], "id": 5}]})

    postings = asyncio.run(fetch_board(BoardRef("ashby", "odd"), transport=mock(handler)))
    assert postings[0].title is None  # a list is not a title: left out, not a crash

    def broken(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=json.dumps({"apiVersion": "1"}).encode())

    with pytest.raises(FetchError, match="unexpected shape"):
        asyncio.run(fetch_board(BoardRef("ashby", "odd"), transport=mock(broken)))


def test_only_get_requests_with_the_app_headers() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            200,
            headers={"content-type": "text/html", "set-cookie": "id=1"},
            content=b"<title>Tiler at Mosaic Works</title>",
        )

    result = fetch("https://tiles.example/jobs/1", transport=mock(handler))
    assert result.posting.company == "Mosaic Works"
    (request,) = seen
    assert request.method == "GET"
    assert request.headers["user-agent"].startswith("bounceback-tui/")
    assert "cookie" not in request.headers
