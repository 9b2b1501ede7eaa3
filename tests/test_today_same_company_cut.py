"""Today's due list tells lines at one company apart in whole words where it must cut them.

A stranger at 80x40: a plan at Lumen Health read "☐ Lumen… (Eng…): Let… (+4)" beside
"✉ Lumen Health (Data…)", its company and its role both cut to nothing that said which
application it was. At 80x24 two plans at one company read alike at 18 to 28 cells ("☐
Lumen Health: Let…" twice, "☐ Riverstone…: Let…" twice): the role that told them apart
gave way to the step's first word. Now a line at a company another line names keeps
enough of its role to tell it apart, at a word's end ("Lumen Health (Engineering…)",
"Riverstone… (…Engineer)"), before its step's words; where there is no room for both, the
name alone. Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
import sqlite3
from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import follow_up_item
from bounceback_tui.domain.due_alike import told_apart
from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)
STEP = "Let yourself feel it for a while"


def _words(line: str) -> str:
    """A due line's words, before its day in the right-hand column."""
    return re.split(r"\s{2,}", line)[0]


def _pieces_of_words(line: str, whole: str) -> list[str]:
    """The words beside an ellipsis in ``line`` that are only pieces of the words of
    ``whole`` ("Eng…", "…ager")."""
    words = set(re.findall(r"\w+", whole))
    return [cut for cut in re.findall(r"\w+…|…\w+", line) if cut.strip("…") not in words]


def _plan(rid: int, company: str, role: str) -> Any:
    return recovery_step_item(rid, company, date(2026, 3, 12), 5, 0, rid, STEP, role)


CASES = {
    "a plan and an application": [
        _plan(1, "Lumen Health", "Engineering Manager"),
        follow_up_item(2, "Lumen Health", "Data Analyst", date(2026, 3, 13), FIXED_TODAY),
    ],
    "two plans, roles apart at their start": [
        _plan(1, "Lumen Health", "Engineering Manager"),
        _plan(2, "Lumen Health", "Data Analyst"),
    ],
    "two plans, roles apart at their end": [
        _plan(1, "Riverstone Legal", "Site Reliability Engineer"),
        _plan(2, "Riverstone Legal", "Site Reliability Manager"),
    ],
    "two plans, roles apart at their second word": [
        _plan(1, "Lumen Health", "Data Engineer"),
        _plan(2, "Lumen Health", "Data Analyst"),
    ],
}


@pytest.mark.parametrize("items", CASES.values(), ids=CASES.keys())
@pytest.mark.parametrize("short", [False, True], ids=["days", "fewer cells"])
def test_lines_at_one_company_read_apart_in_whole_words(items: list[Any], short: bool) -> None:
    items = told_apart(items)
    prompts = [DuePrompt(partial(due_prompt, item, SUMMARY)) for item in items]
    for width in range(18, 60):
        lines = [prompt.fitted(width, short).plain for prompt in prompts]
        said = [_words(line) for line in lines]
        assert said[0] != said[1], (width, lines)
        if width < 26:  # "☐ Riverstone… (…Engineer)": narrower, a word may be cut
            continue
        for line, item in zip(lines, items, strict=True):
            company, role = item.parts
            # Its role, or what of it tells the lines apart, in whole words.
            assert "(" in line and ")" in line, (width, line)
            assert not _pieces_of_words(line, f"{company} {role} {STEP}"), (width, line)


async def test_at_80x40_a_plan_says_its_role_beside_a_follow_up_at_its_company(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        add_rejection(db, "Lumen Health", "Engineering Manager", rejected_on=date(2026, 3, 12))
    finally:
        db.dispose()
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, date_applied, next_follow_up, "
            "created_at, updated_at) VALUES ('Lumen Health', 'Data Analyst', 'screening', "
            "'2026-03-01', '2026-03-13', '2026-03-01 09:00:00', '2026-03-01 09:00:00')"
        )
    conn.close()
    async with app_on(opened_paths, size=(80, 40)) as run:
        await settle_workers(run.pilot)
        lines = screen_lines(run.app)
    due = [line.split("│")[1].strip() for line in lines if re.match(r"^ │ [✉☐?◌] ", line)]
    lumen = [_words(line) for line in due if "Lumen" in line]
    assert len(lumen) >= 2, due
    for line in lumen:
        assert not _pieces_of_words(line, f"Lumen Health Engineering Manager Data {STEP}"), due
    assert any("(Engineering" in line for line in lumen), due
