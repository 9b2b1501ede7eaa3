"""A small, hand-built store for the command palette tests: one of each kind, and decoys."""

from __future__ import annotations

from dataclasses import dataclass

from bounceback_tui import clock
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import add
from tests.reframe_fixtures import add_record, add_rejection


@dataclass(frozen=True)
class Records:
    google: int
    northwind: int
    globex: int
    goodwill: int
    northwind_no: int
    thought: int
    skill: int


def build_store(db: Database) -> Records:
    """Applications at Google, Northwind Analytics, Globex and Goodwill (close to "gogle"
    by its first letters, not by its word), a rejection from Northwind, one thought record
    and one skill."""
    google = add(db, "Google", "Backend Engineer", location="Berlin", date_applied="2026-03-02")
    northwind = add(db, "Northwind Analytics", "Data Analyst", date_applied="2026-02-20")
    globex = add(db, "Globex", "Site Reliability Engineer", stage="interviewing")
    goodwill = add(db, "Goodwill Partners", "Product Manager", stage="saved")
    northwind_no = add_rejection(db, "Northwind Analytics", "Data Analyst")
    thought = add_record(db, "I'll never get hired anywhere.")
    skill = add_skill(
        db,
        validate_skill(
            {"title": "System design interviews", "kind": "interviewing", "why": "Asked twice."},
            clock.today(),
        ),
    )
    return Records(google, northwind, globex, goodwill, northwind_no, thought, skill)
