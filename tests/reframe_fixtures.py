"""Helpers for the Reframe tests: small stores built through the services."""

from __future__ import annotations

from datetime import date, datetime

from bounceback_tui import clock
from bounceback_tui.reframe.record import SUMMARY_STEP, Feeling, RecordDraft
from bounceback_tui.services.recovery import insert_rejection
from bounceback_tui.services.reframe import save_draft
from bounceback_tui.store.database import Database


def add_rejection(db: Database, company: str = "Lumen Health", role: str = "Data Analyst") -> int:
    with db.write() as session:
        rejection = insert_rejection(
            session,
            company=company,
            role=role,
            rejected_on=date(2026, 3, 12),
            stage_reached="interviewing",
            reason="Went with someone with more SQL.",
        )
        assert rejection.id is not None
        return rejection.id


def add_record(
    db: Database,
    thought: str,
    *,
    traps: tuple[str, ...] = (),
    feelings: tuple[tuple[str, int, int | None], ...] = (),
    complete: bool = True,
    rejection_id: int | None = None,
    at: datetime | None = None,
    step: int | None = None,
    belief: int | None = None,
    belief_after: int | None = None,
) -> int:
    if at is not None:
        clock.freeze(at)
    try:
        saved = save_draft(
            db,
            RecordDraft(
                rejection_id=rejection_id,
                situation="A no by email.",
                thought=thought,
                feelings=[Feeling(name, before, after) for name, before, after in feelings],
                traps=list(traps),
                balanced_thought="One no is one no." if complete else "",
                current_step=SUMMARY_STEP if complete else (3 if step is None else step),
                complete=complete,
                belief_before=belief,
                belief_after=belief_after,
            ),
        )
    finally:
        if at is not None:
            clock.freeze(datetime(2026, 3, 16, 9, 30))
    assert saved.id is not None
    return saved.id
