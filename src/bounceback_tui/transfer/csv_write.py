"""Writing a CSV import's plan (transfer/csv_import.py made it): every new application, its
timeline as the app's own add writes it, the people it names and, for a Rejected row, its
rejection and plan (transfer/csv_rejections.py), in one transaction."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from datetime import date
from enum import Enum
from typing import TYPE_CHECKING, Any

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.importers.dedupe import duplicate_finder
from bounceback_tui.transfer import csv_history, csv_rejections
from bounceback_tui.transfer.csv_import import STORE, CsvPlan, PlannedRow, RowProblem
from bounceback_tui.transfer.progress import ProgressFn, no_progress

if TYPE_CHECKING:
    from bounceback_tui.store.database import Database


# (session, [(application id, company, contact name, contact email)]): finds or adds each
# person and links them (services/people_import.link_named_people, passed in by the caller: the
# transfer layer does not import services).
LinkPeople = Callable[[Any, list[tuple[int, str, str, str]]], None]
# (session, [(application id, date applied)]): ticks what sending them stands for in the
# plans (services/plan_ticks.tick_sent, passed in by the caller as ``link_people`` is).
TickSent = Callable[[Any, list[tuple[int, date]]], object]


def write_csv_plan(
    db: Database,
    plan: CsvPlan,
    progress: ProgressFn = no_progress,
    *,
    link_people: LinkPeople | None = None,
    record_rejections: csv_rejections.RecordRejections | None = None,
    tick_sent: TickSent | None = None,
) -> int:
    """Add every planned application (and its timeline: ``_timeline``) in one transaction, link
    the people the rows name through ``link_people`` and record the Rejected rows' rejections
    through ``record_rejections`` (each required when a row needs it: nothing is dropped);
    the rows sent (a date applied) go to ``tick_sent`` last, once their noes are in too.

    Duplicates are looked for again inside the transaction: a row another window or import
    added since the plan was made is skipped and listed in ``plan.meanwhile`` (two imports of
    one file, each answered yes, added every row twice). Returns how many were added."""
    from sqlalchemy import insert

    from bounceback_tui import clock
    from bounceback_tui.store.models import Application, StageChange

    if not plan.rows:
        return 0
    if link_people is None and any(
        item.data.contact_name or item.data.contact_email for item in plan.rows
    ):
        raise ValueError("write_csv_plan: rows name contacts; pass link_people")
    if record_rejections is None and any(item.rejected_on for item in plan.rows):
        raise ValueError("write_csv_plan: rows are rejections; pass record_rejections")
    # Core tables, not the ORM classes: every row has the same keys, so SQLAlchemy
    # sends each chunk as one multi-row INSERT (10,000 rows in about a second).
    application = Application.metadata.tables["application"]
    stage_change = StageChange.metadata.tables["stage_change"]
    now = clock.now()
    today = clock.today()
    sent: list[tuple[int, date]] = []
    with db.write() as session:
        rows = _still_new(session, plan)
        total = len(rows)
        for start in range(0, total, 500):
            chunk = rows[start : start + 500]
            ids = list(
                session.execute(
                    insert(application).returning(application.c.id, sort_by_parameter_order=True),
                    [_row(item.data, now) for item in chunk],
                ).scalars()
            )
            session.execute(
                insert(stage_change),
                [
                    {"application_id": app_id, "created_at": now, **entry}
                    for app_id, item in zip(ids, chunk, strict=True)
                    for entry in _timeline(item, today)
                ],
            )
            named = [
                (app_id, item.data.company, item.data.contact_name, item.data.contact_email)
                for app_id, item in zip(ids, chunk, strict=True)
                if item.data.contact_name or item.data.contact_email
            ] + [
                (app_id, item.data.company, name, email)
                for app_id, item in zip(ids, chunk, strict=True)
                for name, email in item.more_people
            ]
            if named and link_people is not None:
                link_people(session, named)
            noes = csv_rejections.items(
                ids, [(item.data, item.rejected_on, item.reached, item.reason) for item in chunk]
            )
            if noes and record_rejections is not None:
                record_rejections(session, noes)
            sent += [
                (app_id, item.data.date_applied)
                for app_id, item in zip(ids, chunk, strict=True)
                if item.data.date_applied is not None
            ]
            progress("Adding", min(total, start + len(chunk)), total)
        if sent and tick_sent is not None:
            tick_sent(session, sent)
    return total


def _timeline(item: PlannedRow, today: date) -> list[dict[str, Any]]:
    """A row's timeline entries: the moves its Stage history lists (csv_history.py), or
    without one, as the app's own add writes them (services/applications
    ``insert_application``). A no with its day and a date applied is two: the stage it got as
    far as on the day applied, then Rejected on the day of the no, so What's working and the
    Pipeline's header count its days to a first reply as they do for a no typed in the app
    (one entry, Rejected on the no's day, gave none). A no dated by its date applied (no
    Rejected on column) stays one entry: the day the answer came is not known, and two on one
    day would count a first reply after 0 days."""
    if item.moves:
        return csv_history.timeline(item.moves)
    data, no_day = item.data, item.rejected_on
    if no_day is not None and data.date_applied is not None and not item.no_dated_by_applied:
        reached = item.reached or Stage.APPLIED.value
        return [
            {"from_stage": None, "to_stage": reached, "changed_on": data.date_applied},
            {"from_stage": reached, "to_stage": data.stage.value, "changed_on": no_day},
        ]
    return [
        {
            "from_stage": None,
            "to_stage": data.stage.value,
            "changed_on": no_day or data.date_applied or today,
        }
    ]


def _still_new(session: Any, plan: CsvPlan) -> list[PlannedRow]:
    """The planned rows that are not yet in the store, read inside the writing transaction
    (BEGIN IMMEDIATE: nobody else can add one until it ends); the others go to
    ``plan.meanwhile``."""
    from sqlalchemy import text

    finder = duplicate_finder()
    known = "SELECT company, role, link, coalesce(date_applied, '') FROM application"
    for company, role, link, day in session.execute(text(known)):
        finder.add(company, role, link or "", STORE, day=str(day))
    fresh: list[PlannedRow] = []
    plan.meanwhile = []
    for item in plan.rows:
        day = item.data.date_applied.isoformat() if item.data.date_applied else ""
        reason = finder.find(item.data.company, item.data.role, item.data.link, day)
        if reason is None:
            fresh.append(item)
        else:
            plan.meanwhile.append(
                RowProblem(item.line, f"{app_name(item.data.company, item.data.role)} has {reason}")
            )
    return fresh


def _row(data: ApplicationInput, now: Any) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for item in fields(data):
        if item.name in ("contact_name", "contact_email"):
            continue  # a person to link, not a column of the application
        value = getattr(data, item.name)
        row[item.name] = value.value if isinstance(value, Enum) else value
    row["created_at"] = now
    row["updated_at"] = now
    return row
