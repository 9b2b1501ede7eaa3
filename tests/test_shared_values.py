"""The lists a pane keeps for as long as the app is open hold one object for each value their
rows repeat (services/shared_values; docs/performance.md, "Memory, mem4's round"): the
plans' companies, roles and days, the skill items' reasons, companies, days and resources,
the thought records' days and companies. The rows read the same as before."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import text

from bounceback_tui.domain.places import places
from bounceback_tui.domain.skills import ResourceInput, SkillInput
from bounceback_tui.services.recovery_plans import plan_rows
from bounceback_tui.services.reframe import history
from bounceback_tui.services.shared_values import shared_numbers, sharing
from bounceback_tui.services.skills import add_skill, list_skills
from bounceback_tui.store.database import Database
from tests.recovery_fixtures import add_rejection
from tests.reframe_fixtures import add_record


def test_sharing_gives_back_the_first_equal_value() -> None:
    share = sharing()
    first = "".join(["Nor", "thwind"])
    second = "".join(["North", "wind"])
    assert first is not second
    assert share(first) is first
    assert share(second) is first
    assert share(date(2026, 3, 1)) == date(2026, 3, 1)


def test_plans_share_their_companies_roles_and_days(db: Database) -> None:
    for _ in range(3):
        add_rejection(db, "Northwind Analytics", "Data Analyst", date(2026, 3, 2))
    rows = plan_rows(db)
    assert len(rows) == 3
    assert {(r.company, r.role, r.rejected_on) for r in rows} == {
        ("Northwind Analytics", "Data Analyst", date(2026, 3, 2))
    }
    assert rows[0].company is rows[1].company is rows[2].company
    assert rows[0].role is rows[2].role
    assert rows[0].rejected_on is rows[2].rejected_on


def test_skill_items_share_what_they_repeat(db: Database) -> None:
    resources = (ResourceInput("https://learn.example.com/sql", "the joins chapter"),)
    for title in ("SQL joins", "Window functions"):
        add_skill(
            db,
            SkillInput(
                title,
                why="Asked about it in two interviews",
                target_date=date(2026, 4, 1),
                notes="Weekends",
                resources=resources,
            ),
        )
    first, second = list_skills(db)
    assert (first.title, second.title) == ("SQL joins", "Window functions")
    assert first.why == "Asked about it in two interviews" and first.why is second.why
    assert first.target_date == date(2026, 4, 1) and first.target_date is second.target_date
    assert first.notes == "Weekends" and first.notes is second.notes
    assert first.resources == resources and first.resources is second.resources


def test_thought_records_share_their_days_and_companies(db: Database) -> None:
    rejection_id = add_rejection(db, "Lumen Health")
    for thought in ("I always mess up", "They must think I'm a fraud"):
        add_record(db, thought, rejection_id=rejection_id, at=datetime(2026, 3, 3, 9, 30))
    first, second = history(db)
    assert {first.thought, second.thought} == {"I always mess up", "They must think I'm a fraud"}
    assert first.company == "Lumen Health" and first.company is second.company
    assert first.created_on == date(2026, 3, 3) and first.created_on is second.created_on


def test_numbers_are_the_lists_own_objects_as_far_as_they_go() -> None:
    """Ids and priorities come from the lists' places (domain/places): the same number is the
    same object (docs/performance.md, "Memory, mem6's round"); others are given back."""
    number = shared_numbers(600, 900)  # grown to 900: under twice the count plus 1,024
    table = places(0)
    fresh = int("900")  # a new int object, as SQLite hands over
    assert fresh is not table[900]
    assert number(fresh) is table[900]
    assert number(None) is None and number("900") == "900" and number(True) is True
    assert number(-3) == -3
    sparse = shared_numbers(2, 10**9)  # far past what two rows use: the table is not grown
    assert len(places(0)) < 10**9
    assert sparse(10**9) == 10**9


def test_a_skill_items_id_and_priority_are_the_lists_own_numbers(db: Database) -> None:
    add_skill(db, SkillInput("SQL joins"))
    with db.write() as session:
        session.execute(text("UPDATE skill SET id = 900, priority = 901"))
    (row,) = list_skills(db)
    assert (row.id, row.priority) == (900, 901)
    assert row.id is places(0)[900] and row.priority is places(0)[901]
