"""Spotting an application that is already there: the same posting, or the same company and
role, unless something says it is another application (docs/importing.md, "Which rows are
duplicates"). One rule for the CSV import (``transfer/csv_import.py``, ``csv_write.py``) and
the add form's question (``services/already_there.py``).

Roles are compared fuzzily ("Back-end Engineer" and "Backend engineer" are one role; "Senior
Backend Engineer" and "Backend Engineer II" are others), companies as the job-board refresh
compares them (``domain/companies.company_key``), links by the posting they point at: the
finder is given the reading of a link as its posting (the importers' ``dedupe.posting_key``,
through ``dedupe.duplicate_finder``: ``boards.`` and ``job-boards.greenhouse.io``, a Lever
posting and its ``/apply`` page are one posting). The same posting is always the same
application, whatever the dates say. Two rows that match by company and role are still two
applications when both have links to other postings, or when the links do not say (one or
both have none) and both have a date applied more than ``APART_DAYS`` apart: people do apply
again months later, and the app keeps each as its own application, with its own stages and its
own no. Dates closer than that are one application read twice: a weekday word ("fri") read on
another day, a date edited by a day in the app, or 03/04/2026 read the other way round (an
ambiguous date is compared by both its readings). A file imported twice adds nothing the
second time.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date

from rapidfuzz import fuzz, process, utils

from bounceback_tui.domain.companies import company_key
from bounceback_tui.domain.text import app_name

# A link as the posting it points at, "" for none (``importers/dedupe.posting_key``).
PostingKey = Callable[[str], str]

ROLE_CUTOFF = 90.0
# Dates applied this many days apart, or fewer, are one application (docs/importing.md, "Which
# rows are duplicates", says why two months).
APART_DAYS = 60

_LEVEL = re.compile(r"^(\d+|i{1,3}|iv|v|vi{1,3}|ix|x)$")


def title_levels(title: str) -> list[str]:
    """Numbers and roman numerals in a title ("Engineer II", "Analyst 3"): they tell roles apart."""
    return sorted(w for w in re.findall(r"\w+", title.casefold()) if _LEVEL.match(w))


def _read(days: tuple[str, ...]) -> list[date]:
    """The readings of a date applied that are dates: one a store edited by hand holds ("last
    spring") tells nothing, so it is left out."""
    read: list[date] = []
    for day in days:
        try:
            read.append(date.fromisoformat(day))
        except (TypeError, ValueError):
            continue
    return read


def far_apart(days: tuple[str, ...], others: tuple[str, ...]) -> bool:
    """Whether every reading of one date applied (ISO) is more than ``APART_DAYS`` from every
    reading of the other; False when either has none (a reading that is no date is none)."""
    ones, twos = _read(days), _read(others)
    return bool(ones and twos) and all(abs((a - b).days) > APART_DAYS for a in ones for b in twos)


@dataclass(frozen=True)
class Known:
    company: str
    role: str
    where: str  # "already in your store" or "line 12"
    link: str = ""  # its posting (``posting_key``), "" when it has no link
    stage: str = ""  # the stage it stands at in the store (a row of the file: "")
    days: tuple[str, ...] = ()  # its date applied (ISO), each reading of it; () when none

    @property
    def day(self) -> str:
        return self.days[0] if self.days else ""

    @property
    def name(self) -> str:
        return app_name(self.company, self.role)

    def apart_from(self, link: str, days: tuple[str, ...]) -> bool:
        """Whether an application with this posting and these readings of its date applied is
        another application than this one, for all its company and role."""
        if link and self.link:
            return link != self.link
        return far_apart(days, self.days)


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

    def same_role(self, role: str) -> Iterator[Known]:
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
        for _, _, i in close:
            if title_levels(self.roles[i]) == levels:
                yield from self.known[i]


class DuplicateFinder:
    """The applications seen so far, and whether another one is among them. ``posting_key``
    reads a link as the posting it points at (``importers/dedupe.duplicate_finder`` gives it
    the importers' reading)."""

    def __init__(self, posting_key: PostingKey) -> None:
        self._posting_key = posting_key
        self._links: dict[str, list[Known]] = {}
        self._companies: dict[str, _Company] = {}

    def add(
        self,
        company: str,
        role: str,
        link: str,
        where: str,
        stage: str = "",
        day: str = "",
        *,
        days: tuple[str, ...] = (),
    ) -> None:
        """``day``: its date applied (ISO), "" when none; ``days``: each reading of it."""
        key = self._posting_key(link)
        known = Known(company, role, where, key, stage, days or ((day,) if day else ()))
        if key:
            self._links.setdefault(key, []).append(known)
        self._companies.setdefault(company_key(company), _Company()).add(
            utils.default_process(role), known
        )

    def find(self, company: str, role: str, link: str, day: str = "") -> str | None:
        """Why this application is a duplicate, or None if it is new."""
        found = self.match(company, role, link, (day,) if day else ())
        return found[0] if found else None

    def match(
        self, company: str, role: str, link: str, days: tuple[str, ...] = ()
    ) -> tuple[str, Known] | None:
        """Why this application is a duplicate and what it duplicates, or None if it is new.
        ``days``: each reading of its date applied (ISO), () when it has none."""
        key = self._posting_key(link)
        if key and (same := self._links.get(key)):  # one posting: one application, always
            known = same[0]
            return f"the same link as {known.name} ({known.where})", known
        found = next(
            (k for k in self._same_role(company, role) if not k.apart_from(key, days)), None
        )
        if found:
            return f"the same company and role as {found.name} ({found.where})", found
        return None

    def beside(self, company: str, role: str, where: str) -> Known | None:
        """The first application at ``where`` with this company and role (one ``match`` found
        apart): a row added beside it is a second application."""
        return next((k for k in self._same_role(company, role) if k.where == where), None)

    def _same_role(self, company: str, role: str) -> Iterator[Known]:
        seen = self._companies.get(company_key(company))
        return seen.same_role(utils.default_process(role)) if seen else iter(())
