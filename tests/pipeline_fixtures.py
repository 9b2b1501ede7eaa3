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
            "WHERE application_id = ? ORDER BY changed_on, id",
            app_id,
        )
    ]


def stage_of(path: Path, app_id: int) -> str:
    return rows(path, "SELECT stage FROM application WHERE id = ?", app_id)[0][0]


TABLES = ("application", "stage_change", "rejection", "recovery_step")


def dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    return {t: sorted(rows(path, f"SELECT * FROM {t}")) for t in TABLES}
