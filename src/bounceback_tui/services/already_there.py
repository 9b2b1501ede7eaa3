"""Whether a new application is one already in the store, by the import's own rule.

Saving a new application with the company and role of one added moments ago said nothing,
where the import calls that row a duplicate and leaves it out. The add form now asks first,
by the same rule (``domain/duplicates.py``, docs/importing.md "Which rows are
duplicates": the same posting, or the same company and role applied within ``APART_DAYS``
of each other), read over the same applications the import reads (``csv_known``): a
re-application months later is another application, and is not asked about.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.importers.dedupe import duplicate_finder
from bounceback_tui.store.database import Database
from bounceback_tui.transfer.csv_known import existing_applications

STORE = "already in your store"


@dataclass(frozen=True)
class AlreadyThere:
    """The application in the store a new one duplicates."""

    company: str
    role: str
    date_applied: date | None


def already_there(db: Database, data: ApplicationInput) -> AlreadyThere | None:
    """The application in the store ``data`` duplicates by the import's rule, or None."""
    finder = duplicate_finder()
    for company, role, link, stage, day in existing_applications(db.path):
        finder.add(company, role, link or "", STORE, stage, day)
    days = (data.date_applied.isoformat(),) if data.date_applied else ()
    found = finder.match(data.company, data.role, data.link, days)
    if found is None:
        return None
    known = found[1]
    return AlreadyThere(
        known.company, known.role, date.fromisoformat(known.day) if known.day else None
    )
