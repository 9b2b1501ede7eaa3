"""Today's due rows use their room, each part cut at a word's end.

A plan at a company with a long or hostile name (`[b]x[/] ` typed again and again, 10,000
characters, emoji, right-to-left text) read "☐ [b]x[/] [b]x[/]…: Let…      today": its step
one word, four cells left empty, where "[b]x[/]…: Let yourself…" fits. And a plan's "(+11
more)" gave way to "(+11)", or to nothing, beside empty cells it fits in: "☐ Sunny Labs:
Let…         today". The company now gives up a word where that lets the step say two, and
how many more are due is said in the most words that fit beside the words as cut.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest
from rich.cells import cell_len

from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, recorded_on_its_day
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
STEP = "Let yourself feel it for a while"
HOSTILE = {
    "brackets": ("[b]x[/] " * 40, "[i]Data[/] Analyst"),
    "10,000": ("Northwind " * 1_000, "Senior " * 20),
    "emoji": ("🚀🌟 Rocket Star 🎉 Labs 🚀" * 5, "Data 🙂 Analyst"),
    "rtl": ("شركة النجمة للتقنية المتقدمة " * 4, "محلل بيانات"),
}


def _line(company: str, role: str, width: int, steps_due: int = 1) -> str:
    item = recovery_step_item(1, company, FIXED_TODAY, steps_due, 0, 2, STEP, role)
    return DuePrompt(partial(due_prompt, item, SUMMARY)).fitted(width).plain


def _empty(line: str) -> int:
    """The cells left empty before when it is due, past the two that set it apart."""
    gap = re.search(r"(\s{2,})\S+$", line)
    assert gap, line
    return len(gap.group(1)) - 2


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_plan_never_ends_in_one_word_of_its_step_beside_room_for_two(name: str) -> None:
    company, role = HOSTILE[name]
    said_two = cell_len(" yourself")  # the step's second word
    for width in range(30, 90):
        line = _line(company, role, width)
        assert cell_len(line) <= width, (width, line)
        if re.search(r": Let…\s+today$", line):
            assert _empty(line) < said_two, (width, line)
        words = line.split(": ", 1)[-1]
        assert not re.search(r"\w…", words) or re.search(r"\b\w+…", words), (width, line)


def test_how_many_more_is_said_whole_where_it_fits() -> None:
    for width in range(30, 60):
        line = _line("Sunny Labs", "", width, steps_due=12)
        more = re.search(r" \(\+11( more)?\)", line)
        # "(+11 more)" where it fits beside the words as cut, then "(+11)", then none.
        if _empty(line) >= cell_len(" (+11 more)") - (cell_len(more.group(0)) if more else 0):
            assert " (+11 more)" in line, (width, line)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("name", list(HOSTILE))
async def test_todays_plan_line_for_a_hostile_name_says_its_step(
    opened_paths: DataPaths, size: tuple[int, int], name: str
) -> None:
    db = Database(opened_paths.database)
    try:
        no = add_rejection(db, *HOSTILE[name], rejected_on=FIXED_TODAY)
        recorded_on_its_day(db, no)
        add_rejection(db, "Sunny Labs", "Analyst", rejected_on=FIXED_TODAY - timedelta(days=4))
    finally:
        db.dispose()
    async with app_on(opened_paths, size=size) as run:
        await settle_workers(run.pilot)
        lines = screen_lines(run.app)
    due = [line.split("│")[1] for line in lines if re.match(r"^ │ ☐ ", line)]
    (plan,) = [line.strip() for line in due if "Sunny" not in line]
    # Its step's first two words at the least, or the row full to when it is due.
    assert ": Let yourself" in plan or _empty(plan) == 0, plan
    assert "[b]x[/]" in plan or name != "brackets", plan  # brackets as typed
