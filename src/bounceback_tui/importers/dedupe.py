"""Is this opening one we already know? Same posting, or same company with a near-identical title.

Pure and fast: links are compared as the posting they point at (``posting_key``, the
import's key: a Greenhouse, Lever or Ashby posting whichever of its links names it, any
other link in a canonical form: host without ``www.``, no fragment, no tracking
parameters, no trailing slash) through a set; titles only against the roles already
known at the same company, with rapidfuzz.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode

from rapidfuzz import fuzz, utils

from bounceback_tui.domain.companies import company_key
from bounceback_tui.domain.duplicates import DuplicateFinder, title_levels
from bounceback_tui.importers.providers import PostingRef, recognise

# token_sort_ratio at or above this is "the same role": it forgives case, punctuation,
# word order and a typo ("Sr. Backend Engineer" ~ "Backend Engineer, Sr"), not a
# different level or specialism.
TITLE_CUTOFF = 90.0

_TRACKING = re.compile(r"^(utm_\w+|gh_src|source|ref|lever-source(\[\])?|lever-origin|src)$")


def canonical_link(url: str | None) -> str:
    """A link in the form used to compare two links; "" for none.

    Plain string work rather than urlsplit: a refresh compares against every
    application's link, and this keeps 10,000 of them to a few milliseconds.
    """
    if not url:
        return ""
    text = url.strip()
    scheme_end = text.find("://")
    rest = text[scheme_end + 3 :] if scheme_end != -1 else text
    rest = rest.split("#", 1)[0]
    rest, _, query = rest.partition("?")
    host, _, path = rest.partition("/")
    host = host.rpartition("@")[2].lower().removeprefix("www.")
    if host.endswith((":80", ":443")):
        host = host.rsplit(":", 1)[0]
    path = path.rstrip("/")
    canonical = f"{host}/{path}" if path else host
    if query:
        kept = sorted(
            (k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _TRACKING.match(k)
        )
        if kept:
            canonical += f"?{urlencode(kept)}"
    return canonical


def same_title(a: str, b: str) -> bool:
    """Near-identical job titles: close by rapidfuzz, and the same levels ("II" is not "III")."""
    if title_levels(a) != title_levels(b):
        return False
    return (
        fuzz.token_sort_ratio(a, b, processor=utils.default_process, score_cutoff=TITLE_CUTOFF)
        >= TITLE_CUTOFF
    )


class KnownPostings:
    """The applications already in the store (and openings added during this refresh)."""

    def __init__(self, known: Iterable[tuple[str, str, str]] = ()) -> None:
        self._links: set[str] = set()
        self._roles: dict[str, list[str]] = defaultdict(list)
        for company, role, link in known:
            self.add(company, role, link)

    def add(self, company: str, role: str, link: str | None) -> None:
        if key := posting_key(link):
            self._links.add(key)
        if role:
            self._roles[company_key(company)].append(role)

    def match(self, company: str, role: str, link: str | None) -> str | None:
        """Why this opening is already known ("same link" / "same role"), or None if new. One
        posting under two of its links (``posting_key``) is the same link."""
        if (key := posting_key(link)) and key in self._links:
            return "same link"
        if role and any(
            same_title(role, known) for known in self._roles.get(company_key(company), ())
        ):
            return "same role"
        return None


def posting_key(url: str | None) -> str:
    """A link as the posting it points at, to compare two links; "" for none. A Greenhouse,
    Lever or Ashby posting is its board and job ("greenhouse:acme/123"), whichever of the
    service's links names it (``boards.`` or ``job-boards.greenhouse.io``, a Lever posting or
    its ``/apply`` page: docs/importing.md lists them); any other link is ``canonical_link``."""
    text = (url or "").strip()
    if not text:
        return ""
    found = recognise(text if "://" in text else f"https://{text}")
    if isinstance(found, PostingRef):
        return f"{found.board.provider}:{found.board.token.lower()}/{found.job_id.lower()}"
    return canonical_link(text)


def duplicate_finder() -> DuplicateFinder:
    """The duplicate rule (``domain/duplicates.py``) reading links as ``posting_key`` does: the
    one the CSV import and the add form's question ask."""
    return DuplicateFinder(posting_key)
