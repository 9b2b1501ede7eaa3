"""Is this opening one we already know? Same link, or same company with a near-identical title.

Pure and fast: links are compared in a canonical form (host without ``www.``, no
fragment, no tracking parameters, no trailing slash) through a set; titles only
against the roles already known at the same company, with rapidfuzz.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import parse_qsl, urlencode, urlsplit

from rapidfuzz import fuzz, utils

# token_sort_ratio at or above this is "the same role": it forgives case, punctuation,
# word order and a typo ("Sr. Backend Engineer" ~ "Backend Engineer, Sr"), not a
# different level or specialism.
TITLE_CUTOFF = 90.0

_TRACKING = re.compile(r"^(utm_\w+|gh_src|source|ref|lever-source(\[\])?|lever-origin|src)$")
_COMPANY_SUFFIXES = frozenset(
    {"inc", "inc.", "ltd", "llc", "gmbh", "co", "corp", "corporation", "limited", "plc", "ag", "bv",
     "sa", "sas", "srl", "oy", "ab", "as", "pty", "the"}
)  # fmt: skip


def canonical_link(url: str | None) -> str:
    """A link in the form used to compare two links; "" for none."""
    if not url:
        return ""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower().removeprefix("www.")
        port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    except ValueError:
        return url.strip().lower()
    if not host:
        return url.strip().lower()
    query = sorted(
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)
    )
    path = parts.path.rstrip("/")
    return f"{host}{port}{path}" + (f"?{urlencode(query)}" if query else "")


def company_key(name: str | None) -> str:
    """ "Acme, Inc." and "acme" are one company."""
    words = re.findall(r"\w+", (name or "").casefold())
    kept = [w for w in words if w not in _COMPANY_SUFFIXES]
    return " ".join(kept or words)


_LEVEL = re.compile(r"^(\d+|i{1,3}|iv|v|vi{1,3}|ix|x)$")


def _levels(title: str) -> list[str]:
    """Numbers and roman numerals in a title ("Engineer II", "Analyst 3"): they tell roles apart."""
    return sorted(w for w in re.findall(r"\w+", title.casefold()) if _LEVEL.match(w))


def same_title(a: str, b: str) -> bool:
    """Near-identical job titles: close by rapidfuzz, and the same levels ("II" is not "III")."""
    if _levels(a) != _levels(b):
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
        if canonical := canonical_link(link):
            self._links.add(canonical)
        if role:
            self._roles[company_key(company)].append(role)

    def match(self, company: str, role: str, link: str | None) -> str | None:
        """Why this opening is already known ("same link" / "same role"), or None if new."""
        if (canonical := canonical_link(link)) and canonical in self._links:
            return "same link"
        if role and any(
            same_title(role, known) for known in self._roles.get(company_key(company), ())
        ):
            return "same role"
        return None
