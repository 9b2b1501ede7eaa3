"""The browser, the network and the clipboard, answered here and recorded (``Stubs``), and
every background worker that failed quietly."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import httpx
from textual.worker import Worker, WorkerState

from bounceback_tui.ui.app import BouncebackApp

_POSTINGS = Path(__file__).parent.parent / "data" / "postings"
_BOARD_FILES = (
    (re.compile(r"/greenhouse/v1/boards/[^/]+/jobs$"), "greenhouse-board.json"),
    (re.compile(r"/greenhouse/v1/boards/[^/]+/jobs/\d+$"), "greenhouse-job.json"),
    (re.compile(r"/greenhouse/v1/boards/[^/]+$"), "greenhouse-board-info.json"),
    (re.compile(r"/lever/v0/postings/[^/]+$"), "lever-board.json"),
    (re.compile(r"/lever/v0/postings/[^/]+/[^/]+$"), "lever-posting.json"),
    (re.compile(r"/ashby/posting-api/job-board/[^/]+$"), "ashby-board.json"),
    (re.compile(r"/jobs/list$"), "jsonld-list.html"),
    (re.compile(r"/jobs/opengraph$"), "opengraph.html"),
    (re.compile(r"/jobs/nothing$"), "no-posting.html"),
    (re.compile(r"/jobs/"), "jsonld-single.html"),
)
STUB_API_ROOTS = {
    "BOUNCEBACK_GREENHOUSE_API": "http://stub.invalid/greenhouse",
    "BOUNCEBACK_LEVER_API": "http://stub.invalid/lever",
    "BOUNCEBACK_ASHBY_API": "http://stub.invalid/ashby",
}


@dataclass
class Stubs:
    """Browser, network and clipboard, answered here and recorded."""

    opened: list[str] = field(default_factory=list)
    copied: list[str] = field(default_factory=list)
    fetched: list[str] = field(default_factory=list)
    failed_workers: list[str] = field(default_factory=list)
    browser_asked: int = 0

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.fetched.append(str(request.url))
        path = request.url.path
        for pattern, name in _BOARD_FILES:
            if pattern.search(path):
                kind = "application/json" if name.endswith(".json") else "text/html"
                body = (_POSTINGS / name).read_bytes()
                return httpx.Response(200, content=body, headers={"Content-Type": kind})
        return httpx.Response(
            404, content=b"<h1>Not here</h1>", headers={"Content-Type": "text/html"}
        )

    def _browser(self) -> Any:
        """Every other link finds a graphical browser (which records it); the others find
        none, as over SSH, and the app shows the link to copy instead."""
        self.browser_asked += 1
        if self.browser_asked % 2 == 0:
            return None
        stubs = self

        class Browser:
            def open(self, url: str, *args: object, **kwargs: object) -> bool:
                stubs.opened.append(url)
                return True

        return Browser()

    @contextmanager
    def installed(self) -> Iterator[Stubs]:
        from textual.worker_manager import WorkerManager

        import bounceback_tui.importers.http as http
        import bounceback_tui.services.browser as browser

        real_client = http.make_client
        transport = httpx.MockTransport(self._answer)

        def stub_client(*args: Any, **kwargs: Any) -> httpx.AsyncClient:
            kwargs["transport"] = transport
            return real_client(*args, **kwargs)

        real_remove = WorkerManager._remove_worker
        stubs = self

        def remove_worker(manager: WorkerManager, worker: Worker[Any]) -> None:
            if worker.state is WorkerState.ERROR:
                stubs.failed_workers.append(f"{worker.name or worker.group}: {worker.error!r}")
            real_remove(manager, worker)

        with ExitStack() as stack:
            stack.enter_context(mock.patch.object(http, "make_client", stub_client))
            stack.enter_context(mock.patch.object(browser, "graphical_browser", self._browser))
            stack.enter_context(
                mock.patch.object(
                    BouncebackApp, "copy_to_clipboard", lambda app, text: self.copied.append(text)
                )
            )
            stack.enter_context(mock.patch.object(WorkerManager, "_remove_worker", remove_worker))
            stack.enter_context(mock.patch.dict("os.environ", STUB_API_ROOTS))
            for proxy in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"):
                for name in (proxy, proxy.lower()):
                    stack.enter_context(mock.patch.dict("os.environ", {name: ""}))
            yield self
