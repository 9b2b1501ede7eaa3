"""The entry points: what is behind a link, and a followed board's openings.

``fetch_url`` decides by the link: a Greenhouse, Lever or Ashby posting or board
goes to that service's public API; any other link is fetched as a page and read
(JSON-LD ``JobPosting`` first, then OpenGraph and the title). Nothing is written
anywhere; the caller decides what to keep.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any, TypeVar

import httpx

from bounceback_tui.importers import ashby, greenhouse, lever
from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.fetch_messages import describe_content
from bounceback_tui.importers.http import (
    DEFAULT_TIMEOUT,
    SafeClient,
    check_url,
    deadline,
    reading_page,
)
from bounceback_tui.importers.page import posting_from_html, posting_from_json_document
from bounceback_tui.importers.posting import Posting
from bounceback_tui.importers.providers import BoardRef, PostingRef, recognise

T = TypeVar("T")

_CLIENTS: dict[str, ModuleType] = {"greenhouse": greenhouse, "lever": lever, "ashby": ashby}
# Parsing a big page takes a moment; off the event loop it never stalls the UI.
_PARSE_IN_THREAD_FROM = 256 * 1024


@dataclass(frozen=True)
class FetchResult:
    """What a link held: one posting, or every opening on a company's board."""

    postings: tuple[Posting, ...]
    board: BoardRef | None = None  # set when the link was a whole board

    @property
    def is_board(self) -> bool:
        return self.board is not None

    @property
    def posting(self) -> Posting:
        """The posting of a single-posting link."""
        return self.postings[0]


async def fetch_url(
    url: str,
    *,
    client: SafeClient | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FetchResult:
    """Fetch and read ``url``; raise FetchError (one sentence) on any failure.

    ``timeout`` is a deadline for all of it (every request the link needs), not per read."""
    link = check_url(url)
    async with deadline(client.timeout if client else timeout, link):
        if client is None:
            async with SafeClient(timeout=timeout, transport=transport) as own:
                return await _fetch_url(link, own)
        return await _fetch_url(link, client)


async def _fetch_url(link: str, client: SafeClient) -> FetchResult:
    found = recognise(link)
    if isinstance(found, BoardRef):
        return FetchResult(tuple(await fetch_board(found, client=client)), board=found)
    if isinstance(found, PostingRef):
        module = _CLIENTS[found.board.provider]
        posting = await _guard(module.fetch_posting(client, found), module.WHAT)
        return FetchResult((_with_link(posting, link),))
    return FetchResult((await _fetch_page(link, client),))


async def fetch_board(
    board: BoardRef,
    *,
    client: SafeClient | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    transport: httpx.AsyncBaseTransport | None = None,
) -> list[Posting]:
    """Every opening on a followed board, through the provider's public API, all within
    ``timeout`` (or the client's)."""
    module = _CLIENTS[board.provider]
    async with deadline(client.timeout if client else timeout, board.public_url, module.WHAT):
        if client is None:
            async with SafeClient(timeout=timeout, transport=transport) as own:
                return await _guard(module.fetch_board(own, board), module.WHAT)
        return await _guard(module.fetch_board(client, board), module.WHAT)


async def _guard(work: Awaitable[T], what: str) -> T:
    """Turn a surprise in a provider's answer into one sentence instead of a traceback."""
    try:
        return await work
    except FetchError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, IndexError) as exc:
        raise FetchError(
            f"{what} sent an answer in an unexpected shape, so nothing was read."
        ) from exc


async def _fetch_page(link: str, client: SafeClient) -> Posting:
    fetched = await client.get(link)
    if fetched.is_html or (not fetched.content_type and _looks_like_html(fetched.body)):
        parse: Callable[[str, str], Posting] = posting_from_html
    elif fetched.is_json:
        parse = posting_from_json_document
    else:
        raise FetchError(
            f"The link points to {describe_content(fetched.content_type)}, not a web page, "
            "so no posting could be read."
        )
    reading_page(fetched.host)
    text = fetched.text()
    try:
        if len(fetched.body) >= _PARSE_IN_THREAD_FROM:
            return await asyncio.to_thread(parse, text, fetched.url)
        return parse(text, fetched.url)
    except FetchError:
        raise
    except (RecursionError, ValueError, TypeError, AttributeError) as exc:
        raise FetchError(f"The page at {fetched.host} could not be read as a job posting.") from exc


def _looks_like_html(body: bytes) -> bool:
    head = body[:512].lstrip().lower()
    return head.startswith((b"<!doctype html", b"<html"))


def _with_link(posting: Posting, link: str) -> Posting:
    """Keep the link the person gave when the API did not say where the posting lives."""
    if posting.url:
        return posting
    from dataclasses import replace

    return replace(posting, url=link)


def run_sync(work: Callable[[], Awaitable[T]]) -> T:
    """Run one fetch from synchronous code (the command line)."""
    return asyncio.run(_call(work))


async def _call(work: Callable[[], Awaitable[Any]]) -> Any:
    return await work()
