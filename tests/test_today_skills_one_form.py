"""The skill lines in Today's due list read in one form: all with their lead ("Skill target:
", "Working on: ") or all without.

Found on the demo store: at 100x30 "↑ Talking through trade-offs out loud" (too long for its
lead) stood above "↑ Skill target: System design interviews", and at 80x24 "↑ System
design…" above "↑ Working on…", which had kept its lead and none of the skill. Where one
skill line in view leaves its lead out, every one does, as when each is due is said in one
form (ui/today/due_fit.said_bare); a skill in progress has its name alone as its shorter
form ("↑ Quantify impact on…  in progress"). The clock stands at Monday 16 March 2026
(tests/conftest.py).
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

# (id, title, status, priority, target day): two targets passed, one in progress without one.
SKILLS = [
    (1, "Talking through trade-offs out loud", "todo", 1, "2026-01-29"),
    (2, "System design interviews", "todo", 2, "2026-02-10"),
    (3, "Quantify impact on the resume", "doing", 3, None),
]
LEADS = ("↑ Skill target: ", "↑ Working on: ")


def _add_skills(paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.executemany(
            "INSERT INTO skill (id, title, status, priority, target_date, created_at) "
            "VALUES (?, ?, ?, ?, ?, '2026-01-01 09:00:00')",
            SKILLS,
        )
    conn.close()


@pytest.mark.parametrize("size", [(70, 24), (80, 24), (100, 30), (120, 30)])
async def test_skill_lines_in_one_box_read_in_one_form(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    _add_skills(opened_paths)
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        await run.pilot.pause()
        lines = screen_lines(run.app)
    skills = [line.split("│")[1].strip() for line in lines if "│ ↑ " in line]
    assert len(skills) == 3, "\n".join(lines)
    led = [line.startswith(LEADS) for line in skills]
    assert all(led) or not any(led), skills
    # Each says which skill it is: never a lead alone ("↑ Working on…").
    for line, (_, title, *_rest) in zip(skills, SKILLS, strict=True):
        assert title.split(" ", 1)[0] in line, skills
