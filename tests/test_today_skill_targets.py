"""Today lists a skill whose target day has come, as the calendar export does.

A new user's walk: "Git rebase", its target today and left in To do, was neither on Today's
due list nor in `bounceback-tui today`; "Public speaking", its target today and in Doing,
showed only as "Working on: Public speaking  in progress" while the Skills board said "due
today". A skill not done whose target is today or past is now a due item ("Skill target:
Git rebase  today", "… 3 days late"); one in progress shows once, by its target.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.due import (
    OPEN_SKILL_STATUSES,
    DueKind,
    skill_item,
    skill_target_item,
)
from bounceback_tui.domain.due_more import more_text
from bounceback_tui.domain.due_said import describe_due
from bounceback_tui.domain.next_step import StepFacts, choose_next_step
from bounceback_tui.domain.skills import SkillStatus
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import load_today
from tests.conftest import FIXED_TODAY
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle

# (id, title, status, priority, target day); FIXED_TODAY is Monday 2026-03-16.
SKILLS = [
    (1, "Git rebase", "todo", 1, "2026-03-16"),  # today, still in To do
    (2, "Public speaking", "doing", 2, "2026-03-16"),  # today, in Doing
    (3, "SQL windows", "todo", 3, "2026-03-13"),  # passed on Friday
    (4, "Docker", "done", 4, "2026-03-10"),  # done: nothing left to do
    (5, "Kubernetes", "todo", 5, "2026-03-17"),  # tomorrow: not yet
    (6, "System design", "doing", 6, None),  # in progress, no target
]


def _add_skills(paths: DataPaths, skills: list[tuple[int, str, str, int, str | None]]) -> None:
    with sqlite3.connect(paths.database) as conn:
        conn.executemany(
            "INSERT INTO skill (id, title, status, priority, target_date, created_at) "
            "VALUES (?, ?, ?, ?, ?, '2026-03-01 09:00:00')",
            skills,
        )
    conn.close()


@pytest.fixture
def store(opened_paths: DataPaths) -> DataPaths:
    _add_skills(opened_paths, SKILLS)
    return opened_paths


def test_skills_whose_target_day_has_come_are_due(store: DataPaths) -> None:
    summary = load_today(store.database, FIXED_TODAY)
    due = [(item.kind, item.title, item.due_on, item.flagged, item.item_id) for item in summary.due]
    assert due == [
        # The oldest day first, as for every item that is due.
        (DueKind.SKILL_TARGET, "Skill target: SQL windows", date(2026, 3, 13), False, 3),
        (DueKind.SKILL_TARGET, "Skill target: Git rebase", date(2026, 3, 16), False, 1),
        (DueKind.SKILL_TARGET, "Skill target: Public speaking", date(2026, 3, 16), False, 2),
        # Ongoing work after what is due; Public speaking is listed once, by its target.
        (DueKind.SKILL_IN_PROGRESS, "Working on: System design", None, False, 6),
    ]
    assert summary.due_total == 4
    whens = [describe_due(item, FIXED_TODAY) for item in summary.due]
    assert whens == ["3 days late", "today", "today", "in progress"]
    assert summary.as_json()["due"][1] == {
        "kind": "skill_target",
        "title": "Skill target: Git rebase",
        "due_on": "2026-03-16",
        "flagged": False,
    }


def test_the_today_command_prints_the_skill_targets(
    store: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["today", "--data-dir", str(store.data_dir)]) == 0
    out = capsys.readouterr().out
    due = out.split("Due now (4)\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert due == [
        "  - Skill target: SQL windows (3 days late)",
        "  - Skill target: Git rebase (today)",
        "  - Skill target: Public speaking (today)",
        "  - Working on: System design (in progress)",
    ]
    assert main(["today", "--json", "--data-dir", str(store.data_dir)]) == 0
    kinds = [item["kind"] for item in json.loads(capsys.readouterr().out)["due"]]
    assert kinds == ["skill_target"] * 3 + ["skill_in_progress"]


def test_five_skill_targets_are_listed_and_the_rest_counted(opened_paths: DataPaths) -> None:
    skills = [(n, f"Skill {n}", "todo", n, f"2026-03-{n:02d}") for n in range(1, 8)]
    _add_skills(opened_paths, skills)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    assert [item.item_id for item in summary.due] == [1, 2, 3, 4, 5]
    assert summary.due_total == 7
    assert more_text(summary.due_unlisted) == "and 2 more: 2 skill targets"


def test_the_open_statuses_are_every_status_but_done() -> None:
    assert set(OPEN_SKILL_STATUSES) == {s.value for s in SkillStatus if s is not SkillStatus.DONE}


def _goal_met(**kw: object) -> StepFacts:
    return StepFacts(  # type: ignore[arg-type]
        today=FIXED_TODAY,
        has_data=True,
        last_application_on=FIXED_TODAY,
        applications_this_week=5,
        weekly_goal=5,
        **kw,
    )


def test_the_next_step_names_the_skill_to_practise() -> None:
    # It said "Spend half an hour on Working on: System design".
    step = choose_next_step(_goal_met(skill_in_progress=skill_item(6, "System design")))
    assert step.title == "Spend half an hour on System design"
    assert step.reason == "Your weekly goal is met; a little practice keeps the momentum."
    target = skill_target_item(1, "Git rebase", FIXED_TODAY)
    step = choose_next_step(_goal_met(skill_in_progress=target))
    assert (step.title, step.pane, step.item_id) == (
        "Spend half an hour on Git rebase",
        "skills",
        1,
    )
    assert step.reason == (
        "Your weekly goal is met and this skill's target day has come: a little practice, "
        "or a new day for it, is enough."
    )


async def test_enter_on_a_skill_target_opens_the_skill(store: DataPaths) -> None:
    async with app_on(store) as (app, pilot, _):
        lines = screen_text(app)
        assert re.search(r"↑ Skill target: SQL windows {2,}3 days late", lines), lines
        # When it is due ends the line, in the column how late the others are stands in.
        assert re.search(r"↑ Skill target: Git rebase {2,}today", lines), lines
        assert "Working on: Public speaking" not in lines
        await pilot.press("j", "enter")
        await settle(pilot)
        assert app.current_pane.id == "skills"
        assert app.current_pane.selected.title == "Git rebase"
