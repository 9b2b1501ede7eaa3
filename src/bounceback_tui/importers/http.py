"""A careful httpx client: the only place the app talks to the network.

- only ``http`` and ``https``, checked for the first link and for every redirect;
- a 10 second timeout by default, and it is a deadline: the whole request, every
  redirect and the last byte of the body included, must be done within it (httpx's
  own timeouts count per read, so a server sending a byte a second never hit them);
- at most 5 redirects, and none from a public site to a loopback, private,
  link-local or otherwise non-public address: every hop's host is resolved and
  checked, and so is the address actually connected to (a link the person gives
  that is itself local, a test server on 127.0.0.1 say, still works, redirects
  and all);
- bodies larger than 5 MB are cut off (read as a stream, so a huge or endless
  response never fills the memory) and reported;
- a User-Agent naming the app and its version; no cookies kept, ever;
- every failure becomes one FetchError sentence (DNS, refused, timeout, HTTP
  status, wrong content, too big, too many redirects); the sentences are in
  importers/fetch_messages.py.

Importing this module imports httpx, so only the code that fetches imports it.
"""

from __future__ import annotations

import asyncio
import ipaddress
import json
import re
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy
from typing import Any
from urllib.parse import urlsplit
from urllib.request import getproxies

import httpx

from bounceback_tui import APP_NAME, __version__
from bounceback_tui.importers.addresses import is_public_address
from bounceback_tui.importers.errors import FetchError
from bounceback_tui.importers.fetch_messages import (
    MAX_REDIRECTS,
    NAME_OR_PASSWORD_REDIRECT,
    REDIRECT_STATUSES,
    UNREADABLE_REDIRECT,
    check_status,
    describe_content,
    describe_transport_error,
    short_host,
    too_slow,
    too_slow_to_read,
)

DEFAULT_TIMEOUT = 10.0
MAX_BYTES = 5 * 1024 * 1024
USER_AGENT = f"{APP_NAME}/{__version__} (personal job-search tracker; fetches only on request)"

_PAGE_ACCEPT = "text/html,application/xhtml+xml,application/ld+json;q=0.9,application/json;q=0.8"
_JSON_ACCEPT = "application/json"


@dataclass(frozen=True)
class Fetched:
    """A response read in full: where it ended up, what it says it is, and its bytes."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or self.url

    def text(self) -> str:
        from bounceback_tui.importers.charset import decode_body

        return decode_body(self.body, self.charset)

    @property
    def is_html(self) -> bool:
        return self.content_type in ("text/html", "application/xhtml+xml")

    @property
    def is_json(self) -> bool:
        return self.content_type == "application/json" or self.content_type.endswith("+json")


def check_url(text: str) -> str:
    """The link, trimmed and with a scheme, or a FetchError saying what is wrong with it."""
    candidate = (text or "").strip()
    if not candidate:
        raise FetchError("Paste the link to a job posting first.")
    if len(candidate) > 2000:
        raise FetchError(
            "That link is over 2,000 characters long; copy just the posting's address."
        )
    if any(ch.isspace() for ch in candidate):
        if "://" not in candidate and not re.match(r"^[\w.-]+\.[a-z]{2,}/", candidate, re.I):
            raise FetchError(_NOT_A_LINK)
        raise FetchError("A link cannot contain spaces; copy just the posting's address.")
    if "://" not in candidate and re.match(r"^[\w.-]+\.[a-z]{2,}(:\d+)?(/|$)", candidate, re.I):
        candidate = "https://" + candidate
    try:
        parts = urlsplit(candidate)
        host = parts.hostname
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        raise FetchError(_NOT_A_LINK) from None
    scheme = parts.scheme.lower()
    if "://" in candidate and scheme not in ("http", "https"):
        raise FetchError(f"Only http and https links can be fetched, not {scheme or 'this'} links.")
    if scheme not in ("http", "https") or not host:
        raise FetchError(_NOT_A_LINK)
    if "@" in parts.netloc:
        from bounceback_tui.domain.links import NAME_OR_PASSWORD

        raise FetchError(NAME_OR_PASSWORD)
    return candidate


_NOT_A_LINK = "That is not a web address; links look like https://example.com/jobs/1."


# The host of a page that arrived whole and is being read: a deadline passed then is not the
# site's fault ("did not answer" was said of a page that took 9 seconds to read).
_READING: ContextVar[str] = ContextVar("reading", default="")


def reading_page(host: str) -> None:
    """Say, within a ``deadline``, that the page from ``host`` has arrived and is being read."""
    _READING.set(host)


@asynccontextmanager
async def deadline(seconds: float, url: str, what: str = "") -> AsyncIterator[None]:
    """Everything inside must be done within ``seconds`` in all, or FetchError says so."""
    token = _READING.set("")
    try:
        async with asyncio.timeout(seconds):
            yield
    except TimeoutError:
        if host := _READING.get():
            raise FetchError(too_slow_to_read(host, seconds)) from None
        raise FetchError(too_slow(url, what, seconds)) from None
    finally:
        _READING.reset(token)


# Resolves a host name to its addresses (a test can put a "public" host on loopback).
Resolver = Callable[[str, int], Awaitable[list[str]]]


async def resolve_host(host: str, port: int) -> list[str]:
    """Every address ``host`` resolves to; [] if it does not (the fetch then says so)."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return []
    return [str(info[4][0]) for info in infos]


class ResponseTooLarge(FetchError):
    """The body went past the size limit (a caller may retry a smaller request)."""


class _NoCookies(DefaultCookiePolicy):
    """Refuse every cookie, so nothing a site sets is kept or sent back."""

    def set_ok(self, cookie: Any, request: Any) -> bool:
        return False

    def return_ok(self, cookie: Any, request: Any) -> bool:
        return False


def make_client(
    *, timeout: float = DEFAULT_TIMEOUT, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """An AsyncClient set up as described above (redirects are followed by hand)."""
    return httpx.AsyncClient(
        headers={"User-Agent": USER_AGENT},
        timeout=httpx.Timeout(timeout),
        follow_redirects=False,
        cookies=CookieJar(policy=_NoCookies()),
        transport=transport,
        limits=httpx.Limits(max_connections=8, max_keepalive_connections=4),
        # The person's proxy and certificate settings (HTTPS_PROXY, SSL_CERT_FILE) apply to
        # real fetches; a given transport (tests, mirrors) is used as it is.
        trust_env=transport is None,
    )


class SafeClient:
    """GETs with the rules above. Use one per action; ``async with`` closes it."""

    def __init__(
        self,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        transport: httpx.AsyncBaseTransport | None = None,
        max_bytes: int = MAX_BYTES,
        resolve: Resolver = resolve_host,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self._resolve = resolve
        # Behind a proxy the address connected to is the proxy's, not the site's.
        self._direct = transport is not None or not getproxies()
        self._client = make_client(timeout=timeout, transport=transport)

    async def __aenter__(self) -> SafeClient:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    async def get(
        self, url: str, *, accept: str = _PAGE_ACCEPT, what: str = "", not_found: str = ""
    ) -> Fetched:
        """Fetch ``url`` following at most 5 redirects; raise FetchError on any failure.

        ``what`` names the source in messages ("Greenhouse"); the host is used otherwise.
        ``not_found`` replaces the message for a 404 (e.g. "no board called acme").
        """
        current = check_url(url)
        async with deadline(self.timeout, current, what):
            return await self._get(current, accept, what, not_found)

    async def _get(self, current: str, accept: str, what: str, not_found: str) -> Fetched:
        origin = current
        public_origin: bool | None = None  # known once the first redirect needs it
        for hop in range(MAX_REDIRECTS + 1):
            if hop:
                if public_origin is None:
                    public_origin = await self._all_public(origin)
                if public_origin and not await self._all_public(current):
                    raise FetchError(_private_redirect(current))
            async with self._send(current, accept, what) as response:
                if hop and public_origin and self._direct and not _peer_is_public(response):
                    raise FetchError(_private_redirect(current))
                if response.status_code in REDIRECT_STATUSES and "location" in response.headers:
                    current = _next_hop(response)
                    continue
                if response.status_code == 404 and not_found:
                    raise FetchError(not_found)
                check_status(response, what)
                body = await self._read_limited(response, what)
                content_type, charset = _content_type(response)
                return Fetched(str(response.url), response.status_code, content_type, charset, body)
        raise FetchError(
            f"The link redirected more than {MAX_REDIRECTS} times, so it was not followed."
        )

    async def _all_public(self, url: str) -> bool:
        """Whether every address the link's host resolves to is public (an IP literal is
        its own address); a host that does not resolve counts as public, and its fetch
        fails on its own."""
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port or (443 if parts.scheme == "https" else 80)
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            addresses = await self._resolve(host, port)
        return all(is_public_address(address) for address in addresses)

    async def get_json(self, url: str, *, what: str, not_found: str = "") -> Any:
        """Fetch a job-board API answer and decode its JSON."""
        fetched = await self.get(url, accept=_JSON_ACCEPT, what=what, not_found=not_found)
        if not fetched.is_json and fetched.body.lstrip()[:1] not in (b"{", b"["):
            raise FetchError(
                f"{what} answered with {describe_content(fetched.content_type)} instead of data."
            )
        try:
            return json.loads(fetched.text())
        except ValueError:
            raise FetchError(
                f"{what} sent data that is not valid JSON, so nothing was read."
            ) from None

    @asynccontextmanager
    async def _send(self, url: str, accept: str, what: str) -> AsyncIterator[httpx.Response]:
        try:
            request = self._client.build_request("GET", url, headers={"Accept": accept})
        except (httpx.InvalidURL, ValueError):  # e.g. a host name that is not valid IDNA
            raise FetchError(_NOT_A_LINK) from None
        try:
            response = await self._client.send(request, stream=True)
        except httpx.HTTPError as exc:
            raise FetchError(describe_transport_error(exc, url, what, self.timeout)) from exc
        except (httpx.InvalidURL, ValueError):
            # httpx reads a redirect's Location as it answers: "mailto:a@b.c" raised here,
            # and a host that is not valid IDNA (an attacker's walk, nineteenth round).
            raise FetchError(UNREADABLE_REDIRECT) from None
        try:
            yield response
        except httpx.HTTPError as exc:
            raise FetchError(describe_transport_error(exc, url, what, self.timeout)) from exc
        finally:
            await response.aclose()

    async def _read_limited(self, response: httpx.Response, what: str) -> bytes:
        name = what or short_host(response.url.host)
        limit_mb = self.max_bytes // (1024 * 1024) or 1
        too_big = ResponseTooLarge(
            f"The answer from {name} is larger than {limit_mb} MB, so it was not read."
        )
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        async for chunk in response.aiter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise too_big
            chunks.append(chunk)
        return b"".join(chunks)


def _private_redirect(url: str) -> str:
    host = short_host(urlsplit(url).hostname or url)
    return (
        f"The link redirected from a public site to {host}, a local or private address, "
        "so it was not followed."
    )


def _peer_is_public(response: httpx.Response) -> bool:
    """Whether the address actually connected to is public (True if it cannot be known)."""
    stream = response.extensions.get("network_stream")
    if stream is None:
        return True
    try:
        peer = stream.get_extra_info("server_addr")
    except Exception:  # a transport that does not say
        return True
    if not peer:
        return True
    return is_public_address(str(peer[0]))


def _next_hop(response: httpx.Response) -> str:
    try:
        target = response.url.join(response.headers["location"])
    except (httpx.InvalidURL, ValueError):
        raise FetchError(UNREADABLE_REDIRECT) from None
    if target.scheme not in ("http", "https"):
        raise FetchError(  # "a ftp: address" read wrong (the third stranger)
            f"The link redirected to an address that is not a web page ({target.scheme or '?'}:), "
            "so it was not followed."
        )
    if target.userinfo:  # never sent on: said why, as for a first link with them
        raise FetchError(NAME_OR_PASSWORD_REDIRECT)
    try:
        return check_url(str(target))  # a port past 65535 crashed the connect
    except FetchError:
        raise FetchError(UNREADABLE_REDIRECT) from None


def _content_type(response: httpx.Response) -> tuple[str, str | None]:
    header = response.headers.get("content-type", "")
    kind, _, params = header.partition(";")
    match = re.search(r"charset\s*=\s*\"?([\w.:-]+)", params, re.IGNORECASE)
    return kind.strip().lower(), (match.group(1) if match else None)
