"""Every line of Today's due list says when its item is due, at 80x24 too (the box's words
are 35 cells there): "today", "3 days late" or "3d late", "in 4 days", a plan's step the
day it was for ("was due 13 Mar" or "13 Mar"), and a plan's "+5 more", in one column at
the line's end; the words before it are cut first.

A tester at 80x24 read "✉ Globex Corporation International…" with no "today", "☐ Acme
Analytics: Does my resume s…" where the `today` command said "(+5 more) (due 3 days ago)",
and a skill's target with its days cut ("27 days la…"). And a follow-up's words changed
with its day: "✉ Follow up with Hooli  today", then "✉ Hooli  1 day late"."""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import (
    DueItem,
    follow_up_item,
    skill_target_item,
)
from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.ui.today.board_rows import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)
AT_80 = 35  # the due list's words at 80x24


def _line(item: DueItem, width: int = AT_80) -> str:
    return DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(width).plain


def _ago(days: int) -> Any:
    return FIXED_TODAY - timedelta(days=days)


def test_a_long_company_keeps_today() -> None:
    item = follow_up_item(1, "Globex Corporation International", "Engineer", *[FIXED_TODAY] * 2)
    line = _line(item)
    assert line.endswith("  today"), line
    assert line.startswith("✉ Globex"), line


def test_a_plan_keeps_its_more_and_its_day() -> None:
    item = recovery_step_item(1, "Acme Analytics", _ago(10), 6, 7, 2, "Does my resume show it?")
    line = _line(item)
    # "(+5 more)" in fewer cells where the plan's name and step need them ("(+5)"): the
    # step's words were cut away (tests/test_today_names_cut_apart.py).
    assert "(+5" in _line(item, 40) and ": Does" in line, line
    # The day it was for, never how late (tests/test_plan_steps_was_due.py), and that it
    # has passed ("due 13 Mar", its "(+5)" given way at 35 cells: tests/
    # test_today_was_due_narrow.py).
    assert line.endswith(("was due 13 Mar", "  due 13 Mar")), line
    assert line.startswith("☐ Acme"), line


def test_a_skill_target_keeps_all_its_days() -> None:
    line = _line(skill_target_item(1, "Talking through trade-offs out loud", _ago(27)))
    assert line.endswith(("27 days late", "27d late")), line
    assert "Talking" in line, line


def test_a_day_ahead_is_said_too() -> None:
    item = recovery_step_item(
        1, "Acme Analytics", FIXED_TODAY, 1, 4, 2, "Write down what went well"
    )
    line = _line(item)
    assert line.endswith(("in 4 days", "in 4d")), line


@pytest.mark.parametrize("width", [AT_80, 44, 60, 100])
def test_when_is_one_column_at_the_line_end(width: int) -> None:
    items = [
        follow_up_item(1, "Globex Corporation International", "Engineer", *[FIXED_TODAY] * 2),
        recovery_step_item(2, "Acme Analytics", _ago(10), 6, 7, 3, "Does my resume show it?"),
        skill_target_item(4, "Talking through trade-offs out loud", _ago(27)),
        follow_up_item(5, "Hooli", "Engineer", _ago(1), FIXED_TODAY),
    ]
    for line in map(partial(_line, width=width), items):
        assert len(line) == width, line  # padded to the edge: the day ends the line
        assert line.endswith(("today", "late", "13 Mar")), line


@pytest.mark.parametrize("width", [AT_80, 40, 48, 60])
def test_a_follow_up_reads_alike_whatever_its_day(width: int) -> None:
    def form(days: int) -> tuple[bool, bool]:
        line = _line(
            follow_up_item(1, "Hooli", "Software Engineer", _ago(days), FIXED_TODAY), width
        )
        return "Follow up with" in line, "(So" in line  # its words, and its role

    assert form(0) == form(1) == form(12), (width, form(0), form(1), form(12))
