"""Today's due line with an application's name cut inside its words is worked out without
measuring the name once for every cell of the line.

Found in the thirty-second round: since a feedback request's name takes the room a cut at a
word's end leaves (ui/today/text._longest_name), each way of cutting it was tried at every
cell from the room down to one, for every wider cut ``due_fit._widest`` tried, and again
each time the box asked the line (whether it says its day in fewer cells, then drawn): a
10,000 store's first frame cost about 100M instructions more (docs/performance.md). The
name is measured now from the widest room down only while a narrower cut could still be
longer, and a line is made once at a width. Counted, not timed; the lines say what they
said.

The clock stands at Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from types import SimpleNamespace
from typing import Any

import pytest

import bounceback_tui.ui.today.text as today_text
from bounceback_tui.domain.due import feedback_item
from bounceback_tui.ui.today.due_fit import DuePrompt
from bounceback_tui.ui.today.text import due_prompt
from tests.conftest import FIXED_TODAY

CASES = [
    # The no on 20 Feb, its feedback step due on the 23rd, past.
    (date(2026, 2, 20), 66, "? Ask Ironbark Security (Machine…) for feedback", "was due 23 Feb"),
    # The no on Saturday, its feedback step due on Tuesday.
    (date(2026, 3, 14), 55, "? Ask Ironbark… (Machine…) for feedback", "tomorrow"),
]


@pytest.fixture
def measured(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The cells each cut of an application's name on a due line was asked to fit."""
    asked: list[int] = []
    cut = today_text.clip_app_name

    def counted(company: str, role: str, width: int, *args: Any, **kwargs: Any) -> str:
        asked.append(width)
        return cut(company, role, width, *args, **kwargs)

    monkeypatch.setattr(today_text, "clip_app_name", counted)
    return asked


def _prompt(rejected_on: date) -> DuePrompt:
    item = feedback_item(
        7, 3, "Ironbark Security", rejected_on, 3, FIXED_TODAY, role="Machine Learning Engineer"
    )
    summary: Any = SimpleNamespace(today=FIXED_TODAY)  # the one field a due line reads
    return DuePrompt(partial(due_prompt, item, summary))


@pytest.mark.parametrize(("rejected_on", "width", "words", "day"), CASES)
def test_a_cut_name_is_measured_fewer_times_than_the_line_has_cells(
    measured: list[int], rejected_on: date, width: int, words: str, day: str
) -> None:
    line = _prompt(rejected_on).fitted(width).plain
    assert line.startswith(f"{words} ") and line.endswith(f"  {day}")
    assert len(line) == width
    assert measured, "the name is cut on this line"
    assert len(measured) < width  # it was 308 measures at 66 cells, 203 at 55


@pytest.mark.parametrize(("rejected_on", "width", "words", "day"), CASES)
def test_a_line_asked_again_at_its_width_is_not_made_again(
    measured: list[int], rejected_on: date, width: int, words: str, day: str
) -> None:
    prompt = _prompt(rejected_on)
    first = prompt.fitted(width)
    asked = len(measured)
    # The box asks each line in view whether it says its day in fewer cells, then draws it.
    _ = prompt.takes_short(width)
    assert prompt.fitted(width) == first
    assert len(measured) == asked
    assert first.plain.startswith(words) and first.plain.endswith(day)
