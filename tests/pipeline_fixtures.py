"""Helpers for the Pipeline tests: applications with exact, hand-written timelines."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application, StageChange
from tests.helpers import content_of

D = date  # short alias for the many dates below


def add(db: Database, company: str, role: str = "Engineer", **values: str) -> int:
    """Add through the form's path: validation, then the service (frozen clock: 2026-03-16)."""
    from bounceback_tui import clock

    data = validate_application({"company": company, "role": role, **values}, clock.today())
    app = add_application(db, data)
    assert app.id is not None
    return app.id


def put(
    db: Database,
    company: str,
    timeline: list[tuple[str, date]],
    *,
    role: str = "Engineer",
    date_applied: date | None = None,
    **fields: Any,
) -> int:
    """An application whose timeline is exactly ``timeline`` [(stage, day), ...], oldest first.

    Its current stage is the last one; created "yesterday" so same-day rules do not apply.
    """
    earlier = datetime(2026, 3, 15, 12, 0)
    person = (fields.pop("contact_name", ""), fields.pop("contact_email", ""))
    with db.write(count_activity=False) as session:
        app = Application(
            company=company,
            role=role,
            stage=timeline[-1][0],
            date_applied=date_applied,
            created_at=earlier,
            updated_at=earlier,
            **fields,
        )
        session.add(app)
        session.flush()
        assert app.id is not None
        if any(person):
            # A contact named with an application is a person linked to it (schema 3).
            from bounceback_tui.services.people import link_named_person

            link_named_person(session, app.id, company, *person)
        previous: str | None = None
        for stage, day in timeline:
            session.add(
                StageChange(
                    application_id=app.id,
                    from_stage=previous,
                    to_stage=stage,
                    changed_on=day,
                    created_at=earlier,
                )
            )
            previous = stage
        return app.id


def rows(path: Path, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(sql, params).fetchall()


def timeline(path: Path, app_id: int) -> list[tuple[str | None, str, str]]:
    return [
        (r[0], r[1], r[2])
        for r in rows(
            path,
            "SELECT from_stage, to_stage, changed_on FROM stage_change "
            "WHERE application_id = ? ORDER BY id",
            app_id,
        )
    ]


def stage_of(path: Path, app_id: int) -> str:
    return rows(path, "SELECT stage FROM application WHERE id = ?", app_id)[0][0]


TABLES = ("application", "stage_change", "rejection", "recovery_step")


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows, versions left out (an undo moves them forward)."""
    return {t: sorted(content_of(path, t)) for t in TABLES}


def small_pipeline(db: Database) -> dict[str, int]:
    """Eight applications in every kind of state, around the frozen today (Mon 2026-03-16).

    Used by the Pilot tests and the snapshots; returns the ids by company.
    """
    from bounceback_tui.services.recovery import insert_rejection

    ids: dict[str, int] = {}
    ids["Northwind Analytics"] = put(
        db,
        "Northwind Analytics",
        [
            ("applied", D(2026, 2, 16)),
            ("screening", D(2026, 2, 23)),
            ("interviewing", D(2026, 3, 4)),
        ],
        role="Senior Data Analyst",
        date_applied=D(2026, 2, 16),
        next_follow_up=D(2026, 3, 18),
        excitement=4,
        location="Berlin",
        work_mode="hybrid",
        salary_min=70000.0,
        salary_max=85000.0,
        salary_currency="EUR",
        salary_period="year",
        source="referral",
        contact_name="Sam Rivera",
        contact_email="sam@northwind.example",
        link="https://jobs.example.com/northwind/1",
        notes="Panel on Thursday; bring the dashboard story.",
    )
    ids["Bluefin Labs"] = put(
        db,
        "Bluefin Labs",
        [("applied", D(2026, 2, 10))],
        role="Backend Engineer",
        date_applied=D(2026, 2, 10),
        excitement=3,
        location="Remote (EU)",
        work_mode="remote",
        source="job_board",
        link="https://jobs.example.com/bluefin/2",
    )
    ids["Café Numérique"] = put(
        db,
        "Café Numérique",
        [("applied", D(2026, 3, 2)), ("screening", D(2026, 3, 9))],
        role="Développeuse Python",
        date_applied=D(2026, 3, 2),
        next_follow_up=D(2026, 3, 13),
        location="Paris",
        work_mode="onsite",
    )
    ids["مؤسسة الأمل"] = put(
        db,
        "مؤسسة الأمل",
        [("applied", D(2026, 3, 12))],
        role="Data Engineer",
        date_applied=D(2026, 3, 12),
        location="Dubai",
    )
    ids["Kestrel Robotics 🚀"] = put(
        db,
        "Kestrel Robotics 🚀",
        [("applied", D(2026, 1, 20)), ("screening", D(2026, 1, 27)), ("rejected", D(2026, 2, 5))],
        role="Platform Engineer",
        date_applied=D(2026, 1, 20),
        excitement=5,
    )
    with db.write(count_activity=False) as session:
        insert_rejection(
            session,
            company="Kestrel Robotics 🚀",
            role="Platform Engineer",
            rejected_on=D(2026, 2, 5),
            stage_reached="screening",
            reason="Looking for more Kubernetes.",
            application_id=ids["Kestrel Robotics 🚀"],
        )
    ids["Paperkite"] = put(db, "Paperkite", [("saved", D(2026, 3, 14))], role="Product Designer")
    ids["Harbor Freight Tech"] = put(
        db,
        "Harbor Freight Tech",
        [("applied", D(2026, 1, 5)), ("ghosted", D(2026, 2, 20))],
        role="QA Engineer",
        date_applied=D(2026, 1, 5),
    )
    ids["Quarry & Co"] = put(
        db,
        "Quarry & Co",
        [
            ("applied", D(2026, 1, 12)),
            ("screening", D(2026, 1, 19)),
            ("interviewing", D(2026, 2, 2)),
            ("offer", D(2026, 3, 13)),
        ],
        role="Engineering Manager",
        date_applied=D(2026, 1, 12),
        excitement=5,
        salary_min=95000.0,
        salary_max=110000.0,
        salary_currency="GBP",
        salary_period="year",
    )
    return ids
