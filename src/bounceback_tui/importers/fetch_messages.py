"""What a failed fetch says: one plain sentence per way it can fail, naming the site.

importers/http.py raises FetchError with these; the person reads them as they are (a
status that means "taken down", "slow down" or "needs a login", content that is not a web
page, a host that does not resolve or refuses the connection).
"""

from __future__ import annotations

import errno
from urllib.parse import urlsplit

import httpx

from bounceback_tui.domain.links import HAS_NAME_OR_PASSWORD
from bounceback_tui.importers.errors import FetchError


def who(what: str, host: str) -> str:
    """The subject of a message: the service's name, else "The site example.com"."""
    return what or f"The site {short_host(host)}"


def short_host(host: str, limit: int = 60) -> str:
    return host if len(host) <= limit else host[: limit - 1] + "…"


def too_slow(url: str, what: str, seconds: float) -> str:
    """The sentence for a fetch that ran past its deadline."""
    name = who(what, short_host(urlsplit(url).hostname or url))
    unit = "second" if seconds == 1 else "seconds"
    return f"{name} did not answer within {seconds:g} {unit}; try again later."


def too_slow_to_read(host: str, seconds: float) -> str:
    """The sentence for a deadline passed while reading a page that had arrived whole: the
    site answered, so it is not blamed (it was, for a page too complex to read in time)."""
    unit = "second" if seconds == 1 else "seconds"
    return (
        f"The page from {short_host(host)} arrived, but reading it took longer than "
        f"{seconds:g} {unit}; it is too large or complex to read as a posting."
    )


# HTTP statuses that redirect (the client follows them itself, checking each hop).
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
MAX_REDIRECTS = 5
UNREADABLE_REDIRECT = "The link redirected to an address that cannot be read."
# A redirect to "http://u:p@host/": said as a first link with them is (domain/links), where
# it was UNREADABLE_REDIRECT, which gave no reason (an attacker's walk).
NAME_OR_PASSWORD_REDIRECT = (
    f"The link redirected to one that {HAS_NAME_OR_PASSWORD}, so it was not followed."
)


def check_status(response: httpx.Response, what: str) -> None:
    """Nothing for a success; else FetchError saying what the status means for the person."""
    status = response.status_code
    if status < 300:
        return
    name = who(what, response.url.host)
    if status == 404 or status == 410:
        gone = "was not found" if status == 404 else "is gone"
        raise FetchError(
            f"{name} says the page {gone} (HTTP {status}); the posting may have been taken down."
        )
    if status == 429:
        raise FetchError(f"{name} asked to slow down (HTTP 429); try again in a few minutes.")
    if status >= 500:
        raise FetchError(f"{name} had a problem on its side (HTTP {status}); try again later.")
    if status in (401, 403):
        raise FetchError(f"{name} refused to show the page (HTTP {status}); it may need a login.")
    if status in REDIRECT_STATUSES:
        raise FetchError(f"{name} sent a redirect without saying where to (HTTP {status}).")
    raise FetchError(f"{name} answered with HTTP {status}, so nothing was read.")


def _kind(content_type: str) -> str:
    names = {
        "application/pdf": "a PDF document",
        "text/plain": "plain text",
        "application/octet-stream": "a file download",
        "application/zip": "a zip file",
        "": "something with no content type",
    }
    if content_type in names:
        return names[content_type]
    if content_type.startswith("image/"):
        return "an image"
    if content_type.startswith(("video/", "audio/")):
        return "a media file"
    if content_type.startswith("text/html"):
        return "a web page"
    return f"a file of type {content_type}"


def describe_content(content_type: str) -> str:
    """ "a PDF document", "an image", ... for messages about what a link points at."""
    return _kind(content_type)


def root_reason(exc: BaseException) -> str:
    """Every message in the chain of causes, joined: what a connect failure was really."""
    parts = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(str(current))
        current = current.__cause__ or current.__context__
    return " | ".join(parts)


def is_dns_failure(reason: str) -> bool:
    """Whether ``root_reason`` says the host name could not be resolved."""
    lowered = reason.lower()
    return any(
        marker in lowered
        for marker in (
            "name or service not known",
            "nodename nor servname",
            "temporary failure in name resolution",
            "no address associated",
            "getaddrinfo failed",
            "name resolution",
            "[errno -2]",
            "[errno -3]",
            "[errno -5]",
            "[errno 8]",
            "[errno 11001]",
        )
    )


def is_refused(exc: BaseException, reason: str) -> bool:
    """Whether the connection was refused (the site is there but not listening)."""
    current: BaseException | None = exc
    while current is not None:
        if isinstance(current, ConnectionRefusedError) or (
            isinstance(current, OSError) and current.errno == errno.ECONNREFUSED
        ):
            return True
        current = current.__cause__ or current.__context__
    return "connection refused" in reason.lower() or "[errno 111]" in reason.lower()


def describe_transport_error(exc: Exception, url: str, what: str, timeout: float) -> str:
    """One sentence for a network failure."""
    host = short_host(urlsplit(url).hostname or url)
    name = who(what, host)
    if isinstance(exc, httpx.TimeoutException):
        return too_slow(url, what, timeout)
    if isinstance(exc, httpx.TooManyRedirects):  # pragma: no cover - redirects are manual
        return f"The link redirected more than {5} times, so it was not followed."
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "Only http and https links can be fetched."
    if isinstance(exc, httpx.ConnectError):
        reason = root_reason(exc)
        if is_dns_failure(reason):
            return f"Could not find {host}; check the address and your internet connection."
        if is_refused(exc, reason):
            return f"The site {host} refused the connection; it may be down."
        if "ssl" in reason.lower() or "certificate" in reason.lower():
            return f"The secure connection to {host} could not be checked, so it was not used."
        return f"Could not connect to {host}; check your internet connection."
    if isinstance(exc, httpx.RemoteProtocolError) and "location header" in str(exc).lower():
        # "http://[::1/" as a redirect: no retry helps (the third stranger).
        return UNREADABLE_REDIRECT
    if isinstance(exc, httpx.RemoteProtocolError | httpx.ReadError | httpx.WriteError):
        return f"The connection to {host} broke off before the answer arrived; try again."
    if isinstance(exc, httpx.DecodingError):
        return f"{name} sent a broken (undecodable) answer, so nothing was read."
    if isinstance(exc, httpx.InvalidURL):
        return "That link is not a web address that can be read."
    return f"Fetching from {host} failed ({type(exc).__name__}); try again later."
