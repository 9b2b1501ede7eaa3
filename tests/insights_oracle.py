"""What's working's figures read as the app read them before it tallied in SQL: every sent
application, its timeline and what its rejections say, one by one into Python.

The app adds the applications up in the store (``InsightsReader.sent_tallies``,
``services/insights.read_facts``); this is the reference those tallies are tested against
(tests/test_insights_tallied.py). It was the app's own read (4 to 11 s of CPU at 100,000
applications, docs/performance.md) and lives here now, reading the store's rows with sqlite3,
read-only.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

from bounceback_tui.domain.insights import AppFacts
from bounceback_tui.domain.stages import Stage, first_reply_on, stages_reached

Row = tuple[Any, ...]


def _stage(value: str) -> Stage | None:
    try:
        return Stage(value)
    except ValueError:
        return None


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value[:10]) if value else None


def _flag(value: Any) -> bool | None:
    return None if value is None else bool(value)


def sent_applications(conn: sqlite3.Connection) -> list[Row]:
    """(id, role, date applied, source, excitement, company size, posted on, cover letter,
    tailored resume, current stage) of every sent application, oldest first."""
    rows = conn.execute(
        "SELECT id, role, date_applied, source, excitement, company_size, posted_on, "
        "cover_letter, tailored_resume, stage FROM application "
        "WHERE date_applied IS NOT NULL ORDER BY date_applied, id"
    )
    return [
        (
            *row[:2],
            date.fromisoformat(row[2]),
            *row[3:6],
            _day(row[6]),
            *map(_flag, row[7:9]),
            row[9],
        )
        for row in rows
    ]


def timelines(conn: sqlite3.Connection) -> dict[int, list[tuple[str, date]]]:
    """Every application's stage changes, oldest first: id -> [(stage, day)]."""
    found: dict[int, list[tuple[str, date]]] = {}
    for app_id, stage, day in conn.execute(
        "SELECT application_id, to_stage, changed_on FROM stage_change "
        "ORDER BY application_id, changed_on, id"
    ):
        found.setdefault(app_id, []).append((stage, date.fromisoformat(day)))
    for timeline in found.values():
        timeline.sort(key=lambda item: item[1])
    return found


def reported_stages(conn: sqlite3.Connection) -> dict[int, list[str]]:
    """What each application's rejections say it got as far as: id -> [stage key]."""
    found: dict[int, list[str]] = {}
    for app_id, stage in conn.execute(
        "SELECT application_id, stage_reached FROM rejection "
        "WHERE application_id IS NOT NULL AND stage_reached != ''"
    ):
        found.setdefault(app_id, []).append(stage)
    return found


def facts_from(
    rows: list[Row],
    timelines: dict[int, list[tuple[str, date]]],
    reported: dict[int, list[str]] | None = None,
) -> list[AppFacts]:
    """Each sent application's facts; its stages as ``stages_reached`` counts them (the
    timeline and what its rejections say it got as far as)."""
    reported = reported or {}
    facts = []
    for app_id, role, applied, source, excitement, size, posted, cover, tailored, stage in rows:
        timeline = [(s, day) for raw, day in timelines.get(app_id, []) if (s := _stage(raw))]
        stages = [s for s, _ in timeline]
        current = _stage(stage)
        if current is not None and (not stages or stages[-1] is not current):
            stages.append(current)  # a store edited by hand, or an import without timelines
        facts.append(
            AppFacts(
                id=app_id,
                role=role,
                date_applied=applied,
                source=source,
                excitement=excitement,
                company_size=size,
                posted_on=posted,
                cover_letter=cover,
                tailored_resume=tailored,
                stages=stages_reached(stages, reported.get(app_id, ())),
                first_reply_on=first_reply_on(timeline),
            )
        )
    return facts


def each_sent_application(db_path: Path) -> list[AppFacts]:
    """Every sent application's facts, one by one (all time), read from the store at
    ``db_path`` (read-only)."""
    conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return facts_from(sent_applications(conn), timelines(conn), reported_stages(conn))
    finally:
        conn.close()
