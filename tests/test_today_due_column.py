"""Today's due list keeps how late an item is in one column: every overdue line ends at the
line's right edge, whether its words fit, gave way to a shorter form or were cut.

On a 10,000 store "? Ask Copperline…  overdue 24 days" (cut where a word ends, the space
before the ellipsis dropped) stood a cell to the left of "? Ask Tanaka & So…  overdue 27
days" (cut inside a word)."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import feedback_item, follow_up_item
from bounceback_tui.ui.today.board_rows import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads


def _feedback(company: str, days_late: int) -> DuePrompt:
    # Its day the day of the no, days_late days ago: flagged (within 30 days of the no).
    rejected = FIXED_TODAY - timedelta(days=days_late)
    item = feedback_item(1, 2, company, rejected, 0, FIXED_TODAY)
    assert item.flagged
    return DuePrompt(partial(due_prompt, item, SUMMARY))


@pytest.mark.parametrize("width", [35, 36, 40, 48, 60, 100])
def test_overdue_ends_at_the_right_edge_on_every_line(width: int) -> None:
    lines = [
        _feedback("Copperline", 24).fitted(width).plain,
        _feedback("Tanaka & Sons", 27).fitted(width).plain,
        _feedback("Riverstone Legal and Partners", 24).fitted(width).plain,
        _feedback("Orchard Bank", 23).fitted(width).plain,
    ]
    for line in lines:
        # A plan's step says the day it was for (tests/test_plan_steps_was_due.py): "was
        # due 20 Feb", or "due 20 Feb", or how late ("24d late") where the words gave way to
        # the company's name and "for feedback" (the feedback line's own cut); never a bare
        # "due", which reads as due today (tests/test_today_overdue_says_when.py).
        assert re.search(r"  ((was )?due \d{1,2} [A-Z][a-z]{2}|\d+d late)$", line), lines
        assert len(line) == width, lines  # one cell a character here
    assert len({line.rindex("  ") for line in lines}) == 1, lines  # how late: one column


def test_the_attackers_two_lines_at_35_cells() -> None:
    """35 cells: the company cut so that "for feedback" stays, its day in fewer cells, how
    late (a bare "due" read as due today; its day alone, "20 Feb", did not say it had passed:
    tests/test_today_was_due_narrow.py), the two lines' in one column."""
    assert _feedback("Copperline", 24).fitted(35).plain == "? Ask Coppe… for feedback  24d late"
    assert _feedback("Tanaka & Sons", 27).fitted(35).plain == "? Ask Tanak… for feedback  27d late"


def test_a_line_that_is_not_late_is_not_padded() -> None:
    item = follow_up_item(4, "Lumen Health", "Analyst", FIXED_TODAY, FIXED_TODAY)
    line = DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(60).plain
    assert line == line.rstrip() and "Lumen Health" in line
    assert date(2026, 3, 16) == FIXED_TODAY
