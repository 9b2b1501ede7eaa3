"""Reading a job posting, or a company's board of openings, from a link: the use case the
Pipeline's import screen and `bounceback-tui fetch-posting` share.

Nothing is stored here (``posting_import.py`` turns a posting into an application). httpx is
imported only when a fetch runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bounceback_tui.importers.errors import FetchError

if TYPE_CHECKING:
    import httpx

    from bounceback_tui.importers.fetch import FetchResult
    from bounceback_tui.importers.posting import Posting
    from bounceback_tui.importers.providers import BoardRef

__all__ = ["BoardRef", "FetchError", "FetchResult", "Posting", "check_link", "fetch_link"]


def check_link(text: str) -> str:
    """The link, trimmed and with a scheme, or FetchError saying what is wrong with it."""
    from bounceback_tui.importers.http import check_url

    return check_url(text)


async def fetch_link(
    link: str,
    *,
    timeout: float | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
) -> FetchResult:
    """Fetch and read ``link`` within ``timeout`` seconds for all of it (the importers'
    default if None); FetchError (one sentence) on any failure."""
    from bounceback_tui.importers.fetch import fetch_url
    from bounceback_tui.importers.http import DEFAULT_TIMEOUT

    return await fetch_url(link, timeout=timeout or DEFAULT_TIMEOUT, transport=transport)
