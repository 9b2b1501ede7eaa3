"""Spotting an application that is already there: the same link, or the same company and role.

Two rows that both have links, and different ones, are different postings even
with the same company and role (people do apply again months later). Roles are
compared fuzzily ("Back-end Engineer" and "Backend engineer" are one
role; "Senior Backend Engineer" and "Backend Engineer II" are others), companies
and links as the job-board refresh compares them (``importers/dedupe.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

# Links and companies are compared as the job-board refresh compares them.
from bounceback_tui.domain.companies import company_key
from bounceback_tui.importers.dedupe import canonical_link, title_levels

ROLE_CUTOFF = 90.0


@dataclass(frozen=True)
class Known:
    company: str
    role: str
    where: str  # "already in your store" or "line 12"
    link: str = ""
    stage: str = ""  # the stage it stands at in the store (a row of the file: "")


class _Company:
    """The roles seen at one company: all of them, and those without a link."""

    def __init__(self) -> None:
        self.roles: list[str] = []
        self.known: list[Known] = []
        self.unlinked_roles: list[str] = []
        self.unlinked_known: list[Known] = []

    def add(self, role: str, known: Known) -> None:
        self.roles.append(role)
        self.known.append(known)
        if not known.link:
            self.unlinked_roles.append(role)
            self.unlinked_known.append(known)

    def find(self, role: str, link: str) -> Known | None:
        # With a link, only rows without one can be the same posting by role alone
        # (a row with the same link was found by link already).
        roles, known = (
            (self.unlinked_roles, self.unlinked_known) if link else (self.roles, self.known)
        )
        close = process.extract(
            role, roles, scorer=fuzz.ratio, processor=None, score_cutoff=ROLE_CUTOFF, limit=None
        )
        # Close spellings are one role, unless a level differs: "Engineer II" is not "III".
        levels = title_levels(role)
        return next((known[i] for _, _, i in close if title_levels(roles[i]) == levels), None)


class DuplicateFinder:
    def __init__(self) -> None:
        self._links: dict[str, Known] = {}
        self._companies: dict[str, _Company] = {}

    def add(self, company: str, role: str, link: str, where: str, stage: str = "") -> None:
        key = canonical_link(link)
        known = Known(company, role, where, key, stage)
        if key:
            self._links.setdefault(key, known)
        self._companies.setdefault(company_key(company), _Company()).add(
            utils.default_process(role), known
        )

    def find(self, company: str, role: str, link: str) -> str | None:
        """Why this application is a duplicate, or None if it is new."""
        found = self.match(company, role, link)
        return found[0] if found else None

    def match(self, company: str, role: str, link: str) -> tuple[str, Known] | None:
        """Why this application is a duplicate and what it duplicates, or None if it is new."""
        key = canonical_link(link)
        if key and key in self._links:
            known = self._links[key]
            return f"the same link as {known.company}: {known.role} ({known.where})", known
        seen = self._companies.get(company_key(company))
        found = seen.find(utils.default_process(role), key) if seen else None
        if found:
            why = f"the same company and role as {found.company}: {found.role} ({found.where})"
            return why, found
        return None
