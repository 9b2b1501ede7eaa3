"""Spotting an application that is already there: the same link, or the same company and role.

Two rows that both have links, and different ones, are different postings even
with the same company and role (people do apply again months later). Roles are
compared fuzzily ("Back-end Engineer" and "Backend engineer" are one
role; "Senior Backend Engineer" is another), companies after dropping case,
punctuation and legal suffixes ("Acme Inc." is "acme").
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from rapidfuzz import fuzz, utils

ROLE_CUTOFF = 90.0
_SUFFIXES = frozenset(
    {"inc", "ltd", "llc", "gmbh", "corp", "corporation", "co", "plc", "ag", "sa", "bv", "limited"}
)


@dataclass(frozen=True)
class Known:
    company: str
    role: str
    where: str  # "already in your store" or "line 12"
    link: str = ""


def company_key(company: str) -> str:
    words = utils.default_process(company).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


def link_key(link: str) -> str:
    """A link without what does not identify the posting (case of the host, www, tracking)."""
    if not link:
        return ""
    try:
        parts = urlsplit(link.strip())
    except ValueError:
        return link.strip()
    host = (parts.hostname or "").lower().removeprefix("www.")
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query) if not k.lower().startswith("utm_"))
    )
    path = parts.path.rstrip("/")
    return urlunsplit(("", host, path, query, ""))


class DuplicateFinder:
    def __init__(self) -> None:
        self._links: dict[str, Known] = {}
        self._roles: dict[str, list[tuple[str, Known]]] = {}

    def add(self, company: str, role: str, link: str, where: str) -> None:
        known = Known(company, role, where, link_key(link))
        if key := link_key(link):
            self._links.setdefault(key, known)
        self._roles.setdefault(company_key(company), []).append(
            (utils.default_process(role), known)
        )

    def find(self, company: str, role: str, link: str) -> str | None:
        """Why this application is a duplicate, or None if it is new."""
        if (key := link_key(link)) and key in self._links:
            known = self._links[key]
            return f"the same link as {known.company}: {known.role} ({known.where})"
        wanted = utils.default_process(role)
        for other_role, known in self._roles.get(company_key(company), ()):
            if key and known.link and key != known.link:
                continue  # two different postings: applying again months later is real
            if fuzz.ratio(wanted, other_role) >= ROLE_CUTOFF:
                return f"the same company and role as {known.company}: {known.role} ({known.where})"
        return None
