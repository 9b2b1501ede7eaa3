"""A loopback web server for the importer tests, and helpers around it.

The server (``http.server`` in a thread, on 127.0.0.1 and a free port) serves the
pages and job-board API answers in ``tests/data/postings/``, plus a few routes
that misbehave on purpose (404, 500, a PDF, a redirect chain and loop, a slow
answer, a cookie). The ``posting_server`` fixture points the three API roots at it
through their environment variables, so no test ever reaches the internet.

A test module defines its fixture in two lines::

    @pytest.fixture
    def posting_server(monkeypatch):
        yield from serve_postings(monkeypatch)
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "postings"

HTML = "text/html; charset=utf-8"
JSON = "application/json; charset=utf-8"

GREENHOUSE_BOARD = "/greenhouse/v1/boards/northwind/jobs"
LEVER_BOARD = "/lever/v0/postings/bluebird"
ASHBY_BOARD = "/ashby/posting-api/job-board/fernweh"


@dataclass
class Route:
    body: bytes
    content_type: str = HTML
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def _file(name: str, content_type: str = HTML) -> Route:
    return Route((DATA / name).read_bytes(), content_type)


def default_routes() -> dict[str, Route]:
    routes = {
        "/jobs/single": _file("jsonld-single.html"),
        "/jobs/list": _file("jsonld-list.html"),
        "/jobs/graph": _file("jsonld-graph.html"),
        "/jobs/nested": _file("jsonld-nested.html"),
        "/jobs/malformed": _file("jsonld-malformed.html"),
        "/jobs/opengraph": _file("opengraph.html"),
        "/jobs/title-only": _file("title-only.html"),
        "/jobs/nothing": _file("no-posting.html"),
        "/files/brochure.pdf": _file("brochure.pdf", "application/pdf"),
        "/broken": Route(b"<h1>Internal Server Error</h1>", HTML, 500),
        "/gone": Route(b"<h1>Not Found</h1>", HTML, 404),
        "/loop": Route(b"", HTML, 302, {"Location": "/loop"}),
        "/to-ftp": Route(b"", HTML, 301, {"Location": "ftp://files.example/job.txt"}),
        "/cookie": Route(
            (DATA / "title-only.html").read_bytes(),
            HTML,
            200,
            {"Set-Cookie": "session=abc123; Path=/"},
        ),
        "/slow": Route(b"<title>Too late</title>", HTML, 200, delay=3.0),
        GREENHOUSE_BOARD: _file("greenhouse-board.json", JSON),
        "/greenhouse/v1/boards/northwind": _file("greenhouse-board-info.json", JSON),
        "/greenhouse/v1/boards/northwind/jobs/4012345": _file("greenhouse-job.json", JSON),
        LEVER_BOARD: _file("lever-board.json", JSON),
        f"{LEVER_BOARD}/5f1c2e3a-8b7d-4c6e-9a0b-1c2d3e4f5a6b": _file("lever-posting.json", JSON),
        ASHBY_BOARD: _file("ashby-board.json", JSON),
    }
    # A chain of redirects: /hop/3 -> /hop/2 -> /hop/1 -> /hop/0 -> the single posting.
    for n in range(8):
        target = f"/hop/{n - 1}" if n else "/jobs/single"
        routes[f"/hop/{n}"] = Route(b"", HTML, 302, {"Location": target})
    return routes


@dataclass
class SeenRequest:
    path: str
    headers: dict[str, str]


class PostingServer:
    """The running server: its base URL, its routes (change them freely) and what it saw."""

    def __init__(self) -> None:
        self.routes = default_routes()
        self.requests: list[SeenRequest] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                server.requests.append(
                    SeenRequest(self.path, {k.lower(): v for k, v in self.headers.items()})
                )
                route = server.routes.get(path)
                if route is None:
                    route = Route(json.dumps({"error": "not found"}).encode(), JSON, 404)
                if route.delay:
                    time.sleep(route.delay)
                try:
                    self.send_response(route.status)
                    self.send_header("Content-Type", route.content_type)
                    self.send_header("Content-Length", str(len(route.body)))
                    for name, value in route.headers.items():
                        self.send_header(name, value)
                    self.end_headers()
                    self.wfile.write(route.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, format: str, *args: object) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def api_environment(base: str) -> dict[str, str]:
    return {
        "BOUNCEBACK_GREENHOUSE_API": f"{base}/greenhouse",
        "BOUNCEBACK_LEVER_API": f"{base}/lever",
        "BOUNCEBACK_ASHBY_API": f"{base}/ashby",
    }


def serve_postings(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    """Start the server, point the API roots at it, stop it afterwards (for a fixture)."""
    for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
        monkeypatch.delenv(proxy, raising=False)
        monkeypatch.delenv(proxy.lower(), raising=False)
    server = PostingServer()
    server.start()
    for name, value in api_environment(server.base).items():
        monkeypatch.setenv(name, value)
    try:
        yield server
    finally:
        server.stop()


def closed_port() -> int:
    """A loopback port with nothing listening (for "connection refused")."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def json_ld_page(script: str) -> bytes:
    """A posting's page holding only ``script``, the JSON-LD text of its JobPosting."""
    return (
        f'<html><head><script type="application/ld+json">{script}</script></head></html>'.encode()
    )


def second_insert_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """A board refresh's second opening is refused by the store ("The disk is full"): that
    board's whole transaction goes, the opening stored before it with it."""
    from bounceback_tui.errors import StoreError
    from bounceback_tui.services import board_refresh

    calls = 0
    real_insert = board_refresh.insert_application

    def failing_second(session, data):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 2:
            raise StoreError("The disk is full; nothing was saved.")
        return real_insert(session, data)

    monkeypatch.setattr(board_refresh, "insert_application", failing_second)
