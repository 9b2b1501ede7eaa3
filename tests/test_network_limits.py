"""Network limits that hold: a deadline for the whole fetch, no redirect into a private
network, and every followed board stored on its own."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from types import SimpleNamespace

import httpx
import pytest

from bounceback_tui.cli import main
from bounceback_tui.errors import StoreError
from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.http import SafeClient, _peer_is_public, is_public_address
from bounceback_tui.importers.posting import Posting
from bounceback_tui.importers.providers import BoardRef
from bounceback_tui.services import board_refresh
from bounceback_tui.services.applications import list_applications
from bounceback_tui.services.board_refresh import refresh_boards
from bounceback_tui.services.boards import follow_board, list_boards
from bounceback_tui.store.database import Database
from tests.importers_fixtures import PostingServer, serve_postings

PAGE = (
    b"<!doctype html><html><head><title>Trickled role at Slowco</title>"
    b'<meta property="og:title" content="Trickled role"></head><body>'
    + b"<p>A very patient server.</p>" * 6
    + b"</body></html>"
)


class TrickleServer:
    """Answers every request at once, then sends the body one byte every ``interval``."""

    def __init__(self, body: bytes, interval: float, content_type: str = "text/html") -> None:
        self.body = body
        self.interval = interval
        self.content_type = content_type
        self.sent = 0
        self._stop = threading.Event()
        self._sock = socket.socket()
        self._sock.bind(("127.0.0.1", 0))
        self._sock.listen()
        self.port = self._sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            request = b""
            while b"\r\n\r\n" not in request:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                request += chunk
            head = (
                f"HTTP/1.1 200 OK\r\nContent-Type: {self.content_type}\r\n"
                f"Content-Length: {len(self.body)}\r\nConnection: close\r\n\r\n"
            )
            try:
                conn.sendall(head.encode())
                for byte in self.body:
                    if self._stop.is_set():
                        return
                    conn.sendall(bytes([byte]))
                    self.sent += 1
                    time.sleep(self.interval)
            except OSError:
                return  # the client gave up: that is the point

    @property
    def total(self) -> int:
        return len(self.body)

    def stop(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.fixture
def trickle() -> Iterator[TrickleServer]:
    server = TrickleServer(PAGE, interval=0.05)  # about 20 seconds for the whole page
    yield server
    server.stop()


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


# --- the deadline ----------------------------------------------------------------------------


def test_a_server_that_trickles_meets_the_deadline(trickle: TrickleServer) -> None:
    async def fetch() -> None:
        async with SafeClient(timeout=1.0) as client:
            await client.get(f"{trickle.base}/job")

    with pytest.raises(FetchError, match=r"did not answer within 1 second;"):
        asyncio.run(fetch())
    assert 0 < trickle.sent < trickle.total  # it was still sending when the fetch gave up


def test_fetch_posting_timeout_is_for_the_whole_fetch(
    trickle: TrickleServer, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["fetch-posting", f"{trickle.base}/job", "--timeout", "1"]) == 1
    err = capsys.readouterr().err
    assert "The site 127.0.0.1 did not answer within 1 second; try again later." in err
    assert trickle.sent < trickle.total


def test_a_trickling_board_is_cut_off_and_the_others_are_stored(
    db: Database,
    posting_server: PostingServer,
    trickle: TrickleServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    trickle.content_type = "application/json"
    monkeypatch.setenv("BOUNCEBACK_LEVER_API", f"{trickle.base}/lever")
    follow_board(db, BoardRef("lever", "bluebird"), "Bluebird Health")
    follow_board(db, BoardRef("ashby", "fernweh"), "Fernweh Travel")
    report = asyncio.run(refresh_boards(db, timeout=1.0))
    errors = {o.board.company: o.error for o in report.outcomes}
    assert errors["Bluebird Health"] == "Lever did not answer within 1 second; try again later."
    assert errors["Fernweh Travel"] is None
    assert {a.company for a in list_applications(db)} == {"Fernweh Travel"}
    assert trickle.sent < trickle.total


# --- each board on its own --------------------------------------------------------------------


def opening(title: str, company: str) -> Posting:
    return Posting(title=title, company=company, url=f"https://jobs.example/{company}/{title}")


def test_each_board_is_stored_as_soon_as_it_is_read(db: Database) -> None:
    follow_board(db, BoardRef("lever", "quick"), "Quick")
    follow_board(db, BoardRef("lever", "slow"), "Slow")

    async def fetch(ref: BoardRef) -> list[Posting]:
        if ref.token == "quick":
            return [opening("Engineer", "Quick")]
        # The slow board answers only once the quick one's openings are in the store.
        for _ in range(300):
            if any(a.company == "Quick" for a in list_applications(db)):
                return [opening("Analyst", "Slow")]
            await asyncio.sleep(0.02)
        raise FetchError("The quick board's openings were not stored while this one was slow.")

    report = asyncio.run(refresh_boards(db, fetch=fetch))
    assert [o.error for o in report.outcomes] == [None, None]
    assert {(a.company, a.role) for a in list_applications(db)} == {
        ("Quick", "Engineer"),
        ("Slow", "Analyst"),
    }


def test_a_failed_write_for_one_board_keeps_the_others(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    follow_board(db, BoardRef("lever", "good"), "Good")
    follow_board(db, BoardRef("lever", "full"), "Full")
    real_insert = board_refresh.insert_application

    def insert(session, data):  # type: ignore[no-untyped-def]
        if data.company == "Full":
            raise StoreError("The disk is full; nothing was saved.")
        return real_insert(session, data)

    monkeypatch.setattr(board_refresh, "insert_application", insert)

    async def fetch(ref: BoardRef) -> list[Posting]:
        return [opening("Role", ref.token.title())]

    with pytest.raises(StoreError, match="disk is full"):
        asyncio.run(refresh_boards(db, fetch=fetch))
    assert {a.company for a in list_applications(db)} == {"Good"}
    checked = {b.company: b.last_checked_at for b in list_boards(db)}
    assert checked["Good"] is not None and checked["Full"] is None


# --- redirects ----------------------------------------------------------------------------------


PUBLIC = {"jobs.example.com": ["93.184.216.34"], "careers.example.org": ["151.101.1.69"]}


async def _resolve(host: str, port: int) -> list[str]:
    return {**PUBLIC, "intranet.example": ["10.1.2.3"], "localhost": ["127.0.0.1"]}.get(
        host, ["93.184.216.35"]
    )


def _redirecting_to(target: str, seen: list[str]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        if request.url.host in PUBLIC and request.url.path == "/job":
            return httpx.Response(302, headers={"Location": target})
        return httpx.Response(200, headers={"Content-Type": "text/html"}, text="<title>Ok</title>")

    return httpx.MockTransport(handler)


def _get(url: str, transport: httpx.MockTransport) -> str:
    async def go() -> str:
        async with SafeClient(transport=transport, resolve=_resolve) as client:
            return (await client.get(url)).url

    return asyncio.run(go())


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:8080/admin",
        "http://localhost/admin",
        "http://10.0.0.5/",
        "http://192.168.1.1/router",
        "http://172.16.0.9/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[::1]/",
        "http://[::ffff:127.0.0.1]/",
        "http://[fe80::1]/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://intranet.example/wiki",
    ],
)
def test_no_redirect_from_a_public_site_into_a_private_network(target: str) -> None:
    seen: list[str] = []
    with pytest.raises(FetchError, match=r"redirected from a public site to .* not followed"):
        _get("https://jobs.example.com/job", _redirecting_to(target, seen))
    assert seen == ["https://jobs.example.com/job"]  # the private address was never asked


def test_a_redirect_between_public_sites_is_followed() -> None:
    seen: list[str] = []
    final = _get(
        "https://jobs.example.com/job", _redirecting_to("https://careers.example.org/1", seen)
    )
    assert final == "https://careers.example.org/1"
    assert seen == ["https://jobs.example.com/job", "https://careers.example.org/1"]


def test_a_local_link_the_person_gives_still_works_redirects_and_all(
    posting_server: PostingServer,
) -> None:
    async def go() -> str:
        async with SafeClient() as client:
            return (await client.get(posting_server.url("/hop/3"))).url

    assert asyncio.run(go()) == posting_server.url("/jobs/single")
    assert posting_server.paths()[:2] == ["/hop/3", "/hop/2"]


def test_the_address_actually_connected_to_is_checked_too() -> None:
    def response_from(address: str | None) -> httpx.Response:
        stream = SimpleNamespace(
            get_extra_info=lambda name: (address, 443) if name == "server_addr" else None
        )
        extensions = {"network_stream": stream} if address else {}
        return httpx.Response(200, extensions=extensions)

    assert not _peer_is_public(response_from("127.0.0.1"))
    assert not _peer_is_public(response_from("10.0.0.1"))
    assert _peer_is_public(response_from("93.184.216.34"))
    assert _peer_is_public(response_from(None))  # a transport that does not say


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("93.184.216.34", True),
        ("2606:2800:220:1:248:1893:25c8:1946", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("169.254.1.1", False),
        ("::1", False),
        ("::ffff:192.168.0.1", False),
        ("fd00::1", False),
        ("224.0.0.1", False),
        ("not an address", False),
    ],
)
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(address) is public
