"""Today's summary worked out from scratch, in Python, from the rows of the store.

Written from docs/metrics.md's definitions, not from the migration's SQL, so that a test
comparing the two checks the triggers against the rules rather than against themselves.
"""

from __future__ import annotations

import bisect
import sqlite3
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

Summary = dict[str, list[tuple[Any, ...]]]


def _days(on: str, days: int) -> str:
    return (date.fromisoformat(on[:10]) + timedelta(days=days)).isoformat()


def _sent_after(app: tuple[Any, ...], rejection: tuple[Any, ...], saved_moves: list[str]) -> bool:
    """docs/metrics.md: sent after a rejection when dated after its day, or the same day and
    recorded as sent (entered, or moved out of Saved that day) after it was recorded."""
    app_id, applied, created = app
    _rid, rejected_app, on, recorded = rejection
    if applied is None or app_id == rejected_app:
        return False
    if applied > on:
        return True
    return applied == on and (created > recorded or any(t > recorded for t in saved_moves))


def expected_summary(db_path: Path) -> Summary:
    conn = sqlite3.connect(db_path)
    try:
        apps = conn.execute("SELECT id, date_applied, created_at FROM application").fetchall()
        moves: dict[int, list[tuple[str, str]]] = {}
        for app_id, on, at in conn.execute(
            "SELECT application_id, changed_on, created_at FROM stage_change "
            "WHERE from_stage = 'saved'"
        ):
            moves.setdefault(app_id, []).append((on, at))
        rejections = conn.execute(
            "SELECT id, application_id, rejected_on, created_at, plan_completed_at FROM rejection"
        ).fetchall()
        steps: dict[int, list[tuple[Any, ...]]] = {}
        for row in conn.execute(
            "SELECT rejection_id, kind, offset_days, done_at, asked_on, skipped_at "
            "FROM recovery_step"
        ):
            steps.setdefault(row[0], []).append(row[1:])
    finally:
        conn.close()

    by_day: dict[str, list[tuple[Any, ...]]] = {}
    for row in apps:
        if row[1] is not None:
            by_day.setdefault(row[1], []).append(row)
    dates = sorted(by_day)
    day: dict[str, Counter[str]] = {}
    for _id, applied, _created in apps:
        if applied is not None:
            day.setdefault(applied, Counter())["sent"] += 1
    bounce, open_plans, lengths = [], [], Counter[float]()
    for rid, app_id, on, recorded, completed in rejections:
        counts = day.setdefault(on, Counter())
        counts["rejections"] += 1
        counts["plans_open" if completed is None else "plans_finished"] += 1
        same_day = [
            applied
            for a_id, applied, created in by_day.get(on, [])
            if _sent_after(
                (a_id, applied, created),
                (rid, app_id, on, recorded),
                [at for moved_on, at in moves.get(a_id, []) if moved_on == applied],
            )
        ]
        # Else the first later day with an application other than the rejected one.
        later = (
            later_day
            for later_day in dates[bisect.bisect_right(dates, on) :]
            if any(a_id != app_id for a_id, _, _ in by_day[later_day])
        )
        bounce.append((rid, on, same_day[0] if same_day else next(later, None)))
        if completed is not None:
            lengths[float((date.fromisoformat(completed[:10]) - date.fromisoformat(on)).days)] += 1
            continue
        plan = steps.get(rid, [])
        # A skipped step (v009) is neither undone nor unsent: not to do.
        undone = [
            offset
            for kind, offset, done, _, skipped in plan
            if done is None and skipped is None and kind != "feedback"
        ]
        unsent = [
            offset
            for kind, offset, done, asked, skipped in plan
            if kind == "feedback" and done is None and asked is None and skipped is None
        ]
        ticks = [done for _, _, done, _, _ in plan if done is not None]
        moved = max(on, max(ticks)[:10] if ticks else "") if plan else None
        open_plans.append(
            (
                rid,
                on,
                _days(on, min(undone)) if undone else None,
                _days(on, min(unsent)) if unsent else None,
                moved,
            )
        )
    keys = ("sent", "rejections", "plans_open", "plans_finished")
    return {
        "summary_day": sorted((on, *(c[k] for k in keys)) for on, c in day.items()),
        "summary_bounce_back": sorted(bounce),
        "summary_open_plan": sorted(open_plans),
        "summary_plan_length": sorted(lengths.items()),
    }


def stored_summary(db_path: Path) -> Summary:
    """The summary as the store holds it."""
    conn = sqlite3.connect(db_path)
    try:
        return {
            "summary_day": sorted(
                conn.execute(
                    "SELECT day, sent, rejections, plans_open, plans_finished FROM summary_day"
                )
            ),
            "summary_bounce_back": sorted(
                conn.execute(
                    "SELECT rejection_id, rejected_on, next_sent_on FROM summary_bounce_back"
                )
            ),
            "summary_open_plan": sorted(
                conn.execute(
                    "SELECT rejection_id, rejected_on, next_step_on, next_feedback_on, moved_on "
                    "FROM summary_open_plan"
                )
            ),
            "summary_plan_length": sorted(
                (float(days), plans)
                for days, plans in conn.execute("SELECT days, plans FROM summary_plan_length")
            ),
        }
    finally:
        conn.close()
