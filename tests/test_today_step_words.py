"""A plan's step on Today's due list is cut at a word's end, or left out for how many of
its steps are open, or left out with the plan's company alone where neither fits beside
the company's first word, never a fragment of a word: at 100x30 and 80x24 the demo read "☐
Riverstone… (Site…): Which o… (+4 more)  25 days late", "Watch fo… (+6 more)", "Whic…"."""

from __future__ import annotations

import re
from datetime import timedelta
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

from bounceback_tui.domain.due_plans import recovery_step_item
from bounceback_tui.ui.today.board_rows import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY

SUMMARY: Any = SimpleNamespace(today=FIXED_TODAY)
STEP = "Which of the posting's asks did my application show?"
PLANS = [
    recovery_step_item(
        1,
        "Riverstone Legal",
        FIXED_TODAY - timedelta(days=30),
        5,
        5,
        2,
        STEP,
        "Site Reliability Engineer",
    ),
    recovery_step_item(2, "Harbor Freight Tech", FIXED_TODAY - timedelta(days=20), 7, 7, 3, STEP),
]


def _step_said(line: str) -> str:
    """What the line says of the step: the words after the plan's name, without "(+4 more)"
    and the day."""
    after = line.split(": ", 1)[1] if ": " in line else ""
    return re.split(r" \(\+|  ", after)[0]


@pytest.mark.parametrize("plan", PLANS, ids=["with a role", "without"])
@pytest.mark.parametrize("short", [False, True], ids=["days", "fewer cells"])
def test_a_step_is_words_or_how_many_are_open(plan: Any, short: bool) -> None:
    prompt = DuePrompt(partial(due_prompt, plan, SUMMARY))
    for width in range(24, 80):
        line = prompt.fitted(width, short).plain
        said = _step_said(line)
        if ": " not in line:
            # No word of the step nor how many are open beside the company's first word:
            # the company alone, nothing more to count ("☐ Riverstone Legal  25d late").
            assert re.match(r"☐ \w+ \w+  ", line) and "(+" not in line, line
            continue
        if said.endswith("steps open"):
            # "5 steps open" says the "(+4 more)": not said twice.
            assert said == f"{plan.more + 1} steps open" and "(+" not in line, line
            continue
        kept = said.removesuffix("…")
        assert STEP.startswith(kept), line
        assert kept == STEP or not STEP[len(kept)].isalnum(), f"{width}: {line}"
