"""A small store with hand-picked dates, for checking every Today figure by hand.

Today is Monday 2026-03-16 (the frozen clock in conftest). The expected values in
the tests are worked out on paper from the rows below, not read from the code.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

NOW = "2026-03-16 09:00:00"

# id, company, stage, date_applied, next_follow_up, ghost_dismissed_on
APPLICATIONS = [
    (1, "Alpha", "rejected", "2026-01-05", "2026-03-01", None),
    (2, "Bravo", "applied", "2026-01-23", None, None),
    (3, "Charlie", "rejected", "2026-02-10", None, None),
    (4, "Delta", "applied", "2026-02-20", None, "2026-03-01"),
    (5, "Echo", "applied", "2026-03-02", "2026-03-13", None),
    (6, "Foxtrot", "screening", "2026-03-09", "2026-03-16", None),
    (7, "Golf", "applied", "2026-03-10", "2026-03-20", None),
    (8, "Hotel", "applied", "2026-03-11", None, None),
    (9, "India", "applied", "2026-03-12", None, None),
    (10, "Juliet", "applied", "2026-03-13", None, None),
    (11, "Kilo", "applied", "2026-03-16", None, None),
    (12, "Lima", "saved", None, None, None),
]

# id, application_id, company, rejected_on, plan_completed_at
REJECTIONS = [
    (100, None, "Oldco", "2025-12-01", None),  # an old plan, left unfinished: resting
    (1, 1, "Alpha", "2026-01-20", "2026-02-01 20:00:00"),  # finished in 12 days
    (2, 3, "Charlie", "2026-02-20", "2026-03-06 20:00:00"),  # finished in 14 days
    (4, None, "Romeo", "2026-03-05", None),  # open, untouched, feedback overdue
    (3, None, "Sierra", "2026-03-14", None),  # open, first step done
]

# The untouched plans were recorded on their no's day (the others today, at NOW): a no
# recorded in the last 7 days with no step ticked is a plan to start (next step, rule 3).
RECORDED = {100: "2025-12-01 18:00:00", 4: "2026-03-05 18:00:00"}

# Every plan: title, kind, offset_days, position
PLAN = [
    ("Feel it", "check", 0, 0),
    ("Talk it through", "check", 1, 1),
    ("Reflect", "answer", 2, 2),
    ("Ask for feedback", "feedback", 3, 3),
    ("Next application", "check", 7, 4),
]

# id, thought, status, created_at, [(before, after)]
THOUGHTS = [
    (1, "I'll never get hired", "complete", "2026-03-10 21:00:00", [(80, 50), (70, 40)]),
    (2, "They hated me", "complete", "2026-02-01 21:00:00", [(90, 80)]),
    (3, "It's all my fault", "complete", "2026-03-15 21:00:00", [(60, 20)]),
    (4, "Nobody wants me", "draft", "2026-03-12 21:00:00", [(75, None)]),
]

# id, title, status, priority
SKILLS = [(1, "System design", "doing", 1), (2, "SQL", "todo", 2), (3, "Storytelling", "doing", 3)]

ACTIVE_DAYS = ["2026-03-15", "2026-03-14", "2026-03-13", "2026-03-11"]


def build_store(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    with conn:
        for app_id, company, stage, applied, follow_up, dismissed in APPLICATIONS:
            conn.execute(
                "INSERT INTO application (id, company, role, stage, date_applied, "
                "next_follow_up, ghost_dismissed_on, created_at, updated_at) "
                "VALUES (?, ?, 'Engineer', ?, ?, ?, ?, ?, ?)",
                (app_id, company, stage, applied, follow_up, dismissed, NOW, NOW),
            )
        for rid, app_id, company, on, completed in REJECTIONS:
            conn.execute(
                "INSERT INTO rejection (id, application_id, company, role, rejected_on, "
                "plan_completed_at, created_at) VALUES (?, ?, ?, 'Engineer', ?, ?, ?)",
                (rid, app_id, company, on, completed, RECORDED.get(rid, NOW)),
            )
            for title, kind, offset, position in PLAN:
                done = completed is not None or (rid == 3 and position == 0)
                conn.execute(
                    "INSERT INTO recovery_step (id, rejection_id, group_key, title, kind, "
                    "offset_days, position, done_at, updated_at) "
                    "VALUES (?, ?, 'g', ?, ?, ?, ?, ?, ?)",
                    (
                        rid * 10 + position,
                        rid,
                        title,
                        kind,
                        offset,
                        position,
                        f"{on} 20:00:00" if done else None,
                        NOW,
                    ),
                )
        for tid, thought, status, created, feelings in THOUGHTS:
            conn.execute(
                "INSERT INTO thought_record (id, thought, status, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (tid, thought, status, created, created),
            )
            for position, (before, after) in enumerate(feelings):
                conn.execute(
                    "INSERT INTO thought_feeling (record_id, name, intensity_before, "
                    "intensity_after, position) VALUES (?, 'sad', ?, ?, ?)",
                    (tid, before, after, position),
                )
        for sid, title, status, priority in SKILLS:
            conn.execute(
                "INSERT INTO skill (id, title, status, priority, created_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (sid, title, status, priority, NOW),
            )
        for day in ACTIVE_DAYS:
            conn.execute("INSERT INTO activity_day (day, actions) VALUES (?, 2)", (day,))
        conn.execute(
            "INSERT INTO check_in (day, mood, note, updated_at) VALUES "
            "('2026-03-16', 4, 'Good start', ?), ('2026-03-14', 2, '', ?)",
            (NOW, NOW),
        )
    conn.close()
