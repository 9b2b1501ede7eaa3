"""A follow-up's line in Due now keeps how many days late it is on a narrow due list.

At 68 to 79 columns the due list's words have fewer than the 16 cells kept before how late
an item is, and a follow-up's line was cut at its end: "✉ Lumen Health  overdue …", the
days gone. Its company is cut now, and how late stays whole while an icon and a name's
first letters are left (six cells); with fewer the line is cut at its end as before.
"""

from __future__ import annotations

from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due import follow_up_item
from bounceback_tui.ui.today.board_rows import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY

# Lumen Health's follow-up, due Friday 13 March: three days late on Monday the 16th.
# "  3 days late" takes 13 cells. 23 (68 columns): 10 for the words, "✉ Lumen H…".
# 26: 13, "✉ Lumen Heal…". 19: 6, "✉ Lum…", the least kept.
# 18: 5 cells, fewer than six: how late in fewer cells, "3d late", never cut (the line was
# cut at its end, its days with it). Cut to fewer than 24 cells, the words keep more and
# how late is said in fewer cells: 23 and 26, the company whole; 19, "✉ Lumen H…".
# A follow-up keeps its role where its name has room for both parts, each cut at a word's
# end (tests/test_today_names_cut_apart.py): 26. At 23 no whole word of either part fits
# beside the other ("Lume… (Dat…)" read as other words): the company alone, whole.
CASES = [
    (23, "✉ Lumen Health  3d late"),
    (26, "✉ Lumen… (Data…)" + " " * 1 + "  3d late"),
    (19, "✉ Lumen H…  3d late"),
    (18, "✉ Lumen…" + " " * 1 + "  3d late"),
]


@pytest.mark.parametrize(("width", "wanted"), CASES)
def test_a_follow_up_cuts_its_company_before_its_days(width: int, wanted: str) -> None:
    item = follow_up_item(5, "Lumen Health", "Data Analyst", date(2026, 3, 13), FIXED_TODAY)
    summary: Any = SimpleNamespace(today=FIXED_TODAY)
    assert DuePrompt(partial(due_prompt, item, summary)).fitted(width).plain == wanted
