"""What's working's figures read as the app read them before it tallied in SQL: every sent
application, its timeline and what its rejections say, one by one into Python.

The app adds the applications up in the store (``InsightsReader.sent_tallies``,
``services/insights.read_facts``); this is the reference those tallies are tested against
(tests/test_insights_tallied.py). It was the app's own read (4 to 11 s of CPU at 100,000
applications, docs/performance.md) and lives here now, reading the store's rows with sqlite3,
read-only.

With it, the rules it counts by, one application at a time, which the app used before it
tallied in SQL and uses nowhere now (moved here from domain/insights.py, domain/flow.py and
domain/stages.py, unchanged): every grouping compared (``compare_all``), the applications
sent in a period (``in_range``), the flow (``flow_links``), the stages an application
reached (``stages_reached``) and the day of its first reply (``first_reply_on``). The store's
summary rows (migrations v006 and v008) and ``InsightsReader.sent_tallies`` count by the
same rules; the tests hold them together.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from bounceback_tui.domain.flow import Link, flow_links_counted
from bounceback_tui.domain.insights import (
    AppFacts,
    Comparison,
    Dimension,
    GroupStat,
    Outcome,
    Rate,
    compared,
    dimensions,
    marked_early,
)
from bounceback_tui.domain.metrics import median, wilson_interval
from bounceback_tui.domain.stages import REPLIED_STAGES, STAGE_ORDER, Stage

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


# -- the rules, one application at a time ----------------------------------------------


def group_stat(name: str, apps: Sequence[AppFacts]) -> GroupStat:
    rates = {}
    for outcome in Outcome:
        hits = sum(1 for app in apps if app.reached(outcome))
        rates[outcome] = Rate(hits, len(apps), wilson_interval(hits, len(apps)))
    days = [d for app in apps if (d := app.days_to_first_reply) is not None]
    noes = sum(1 for app in apps if REPLIED_STAGES.intersection(app.stages) == {Stage.REJECTED})
    return GroupStat(name, len(apps), rates, median(days), noes)


def compare(apps: Iterable[AppFacts], dimension: Dimension) -> Comparison:
    grouped: dict[str, list[AppFacts]] = {}
    for app in apps:
        name = dimension.group_of(app)
        if name is not None:
            grouped.setdefault(name, []).append(app)
    return compared(dimension, {name: group_stat(name, grouped[name]) for name in grouped})


def compare_all(
    apps: Sequence[AppFacts], renames: Mapping[str, str] | None = None, today: date | None = None
) -> tuple[Comparison, ...]:
    """Every grouping compared; with ``today``, the months still early are marked."""
    return tuple(marked_early(compare(apps, d), today) for d in dimensions(renames))


def in_range(apps: Iterable[AppFacts], start: date | None, end: date | None) -> list[AppFacts]:
    return [
        app
        for app in apps
        if (start is None or app.date_applied >= start) and (end is None or app.date_applied <= end)
    ]


def flow_links(apps: Iterable[AppFacts]) -> list[Link]:
    return flow_links_counted((app.stages, 1) for app in apps)


def reported_stage(reported: str) -> Stage | None:
    """The stage a rejection says its application got as far as ("Got as far as", kept as a
    stage's key), when it is one the rates count: a stage that means the employer answered
    (Screening or further). Saved, Applied, "" (not said) and anything else add nothing to
    what the timeline holds."""
    try:
        stage = Stage(reported)
    except ValueError:
        return None
    return stage if stage in REPLIED_STAGES else None


def stages_reached(timeline: Sequence[Stage], reported: Iterable[str] = ()) -> tuple[Stage, ...]:
    """Every stage an application reached, for every rate and the flow (docs/metrics.md):
    its timeline (oldest first, where it stands now last) and the stage each of its
    rejections says it got as far as, put just before where it stands. A no after
    interviews counts as an interview even when the timeline went straight from Applied
    to Rejected."""
    extra = [
        stage
        for raw in reported
        if (stage := reported_stage(raw)) is not None and stage not in timeline
    ]
    if not extra:
        return tuple(timeline)
    extra = sorted(set(extra), key=STAGE_ORDER.__getitem__)
    return (*timeline[:-1], *extra, *timeline[-1:])


def first_reply_on(timeline: Sequence[tuple[Stage, date]]) -> date | None:
    """The day an application's employer first answered, when its timeline (oldest first)
    says so: the first *move* into a stage that means a reply, for an application seen
    waiting in Applied. Its first entry is not a move: an import's "Screening" row or an
    application added at Rejected is dated the day it was applied or recorded, not the day
    the answer came, and counted "a first reply after 0 days". The same rule as the
    Pipeline header's median (the store's summary rows, migration v006's ``FUNNEL_ROW``),
    so the two never disagree; ``tests/test_first_reply_rule.py`` holds them together."""
    if not any(stage is Stage.APPLIED for stage, _ in timeline):
        return None
    return next((day for stage, day in timeline[1:] if stage in REPLIED_STAGES), None)
