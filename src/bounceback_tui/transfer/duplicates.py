"""Spotting an application that is already there: the same link, or the same company and role,
unless something says it is another application (docs/importing.md, "Which rows are
duplicates").

Roles are compared fuzzily ("Back-end Engineer" and "Backend engineer" are one role; "Senior
Backend Engineer" and "Backend Engineer II" are others), companies and links as the job-board
refresh compares them (``importers/dedupe.py``). Two rows that match are still two
applications when both have a date applied and the dates differ (people do apply again months
later, and the app keeps each as its own application, with its own stages and its own no) or
when both have links and the links differ (another posting). A row without a date applied
and a link, or with one where the other has the other, is the one it repeats: nothing says it
is another, and a file imported twice adds nothing the second time.
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
    day: str = ""  # its date applied (ISO), "" when it has none

    def apart_from(self, link: str, day: str) -> bool:
        """Whether an application with this (canonical) link and date applied is another
        application than this one, for all its company and role: another day, or another
        posting."""
        return bool(day and self.day and day != self.day) or bool(
            link and self.link and link != self.link
        )


class _Company:
    """The roles seen at one company, each once, with the applications that have it."""

    def __init__(self) -> None:
        self.roles: list[str] = []
        self.known: list[list[Known]] = []
        self._index: dict[str, int] = {}

    def add(self, role: str, known: Known) -> None:
        if (index := self._index.get(role)) is None:
            index = self._index[role] = len(self.roles)
            self.roles.append(role)
            self.known.append([])
        self.known[index].append(known)

    def find(self, role: str, link: str, day: str) -> Known | None:
        close = process.extract(
            role,
            self.roles,
            scorer=fuzz.ratio,
            processor=None,
            score_cutoff=ROLE_CUTOFF,
            limit=None,
        )
        # Close spellings are one role, unless a level differs: "Engineer II" is not "III".
        levels = title_levels(role)
        return next(
            (
                known
                for _, _, i in close
                if title_levels(self.roles[i]) == levels
                for known in self.known[i]
                if not known.apart_from(link, day)
            ),
            None,
        )


class DuplicateFinder:
    def __init__(self) -> None:
        self._links: dict[str, list[Known]] = {}
        self._companies: dict[str, _Company] = {}

    def add(
        self, company: str, role: str, link: str, where: str, stage: str = "", day: str = ""
    ) -> None:
        key = canonical_link(link)
        known = Known(company, role, where, key, stage, day)
        if key:
            self._links.setdefault(key, []).append(known)
        self._companies.setdefault(company_key(company), _Company()).add(
            utils.default_process(role), known
        )

    def find(self, company: str, role: str, link: str, day: str = "") -> str | None:
        """Why this application is a duplicate, or None if it is new."""
        found = self.match(company, role, link, day)
        return found[0] if found else None

    def match(self, company: str, role: str, link: str, day: str = "") -> tuple[str, Known] | None:
        """Why this application is a duplicate and what it duplicates, or None if it is new.
        ``day``: its date applied (ISO), "" when it has none."""
        key = canonical_link(link)
        same_link = (k for k in self._links.get(key, ()) if not k.apart_from(key, day))
        if key and (known := next(same_link, None)):
            return f"the same link as {known.company}: {known.role} ({known.where})", known
        seen = self._companies.get(company_key(company))
        found = seen.find(utils.default_process(role), key, day) if seen else None
        if found:
            why = f"the same company and role as {found.company}: {found.role} ({found.where})"
            return why, found
        return None
