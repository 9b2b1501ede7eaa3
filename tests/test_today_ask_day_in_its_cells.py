"""An overdue feedback request's line says its day in the cells its words leave.

At 66 cells "? Ask Ironbark Security (Machine…) for feedback" stood seven cells short of
"due 23 Feb": its name was cut at a word's end ("Machine Learning…" did not fit), and the
cells it left stood empty, where "was due 23 Feb", its day in full, fits. A line that cuts
its name now says its day in the most words the cells left take.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import feedback_item
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
# The no on 20 Feb: its feedback step was due on the 23rd, three weeks ago.
NO_DAY = date(2026, 2, 20)


def _line(width: int, company: str = "Ironbark Security", role: str = "") -> str:
    item = feedback_item(7, 3, company, NO_DAY, 3, FIXED_TODAY, role=role)
    return DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(width).plain


def test_at_66_cells_the_ask_says_was_due() -> None:
    line = _line(66, role="Machine Learning Engineer")
    assert line == "? Ask Ironbark Security (Machine…) for feedback     was due 23 Feb"


@pytest.mark.parametrize(
    ("company", "role"),
    [
        ("Ironbark Security", "Machine Learning Engineer"),
        ("Riverstone Legal", "Paralegal"),
        ("Harbor Freight Tech", "Frontend Developer"),
    ],
)
def test_no_line_leaves_room_for_its_fuller_day_unused(company: str, role: str) -> None:
    for width in range(30, 100):
        line = _line(width, company, role)
        assert len(line) <= width, (width, line)
        if line.endswith("  due 23 Feb") and " was due" not in line:
            words = line[: -len("due 23 Feb")].rstrip()
            unused = width - len(words) - len("  due 23 Feb")
            assert unused < len("was "), (width, line)
