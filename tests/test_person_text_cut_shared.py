"""Every other cut of a person's text that is shown goes through the shared cut: at a word's
end with "…" (``domain.text.cut_near_word``).

An import's refusals quoted a cell as "'next tuesday at half past el...'", a JSON restore's
checks the same, the dialog for a record changed in another window quoted "Role “Senior Site
Reliability Enginee…”", and Reframe's cue quoted the thought cut inside a word: each had its
own `[:N] + "..."` (or "…"), in characters, inside a word.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest

from bounceback_tui.transfer.csv_application import _shown
from bounceback_tui.transfer.csv_history import read_moves
from bounceback_tui.transfer.csv_readings import shown_value
from bounceback_tui.transfer.csv_values import DateOrder, read_sheet_date
from bounceback_tui.transfer.json_checks import short
from bounceback_tui.ui.kit.conflict import now_there

WORDS = "Interviewed with the hiring manager about the senior analyst role and salary " * 3
TODAY = date(2026, 3, 16)


@dataclass
class Field:
    name: str
    label: str
    options: tuple[tuple[str, str], ...] = ()


def _csv_date(text: str) -> str:
    with pytest.raises(ValueError) as refused:
        read_sheet_date(text, TODAY, DateOrder())
    return str(refused.value)


def _history(text: str) -> str:
    return read_moves(text, TODAY, DateOrder(), lambda _said: None)[1]


SHOWN: dict[str, Callable[[str], str]] = {
    "csv cell": _shown,
    "csv reading": shown_value,
    "json check": short,
    "csv history": _history,
    "csv date": _csv_date,
    "conflict": lambda text: now_there([Field("role", "Role")], {"role": "x"}, {"role": text}),
}


@pytest.mark.parametrize("where", list(SHOWN))
def test_a_long_text_is_cut_after_a_whole_word_with_an_ellipsis(where: str) -> None:
    said = SHOWN[where](WORDS)
    assert "..." not in said, said
    assert "…" in said, said
    kept = said.split("…")[0]
    # What is kept ends with a whole word of the text (the text starts after a quote mark).
    last = kept.split()[-1]
    assert last in WORDS.split(), said
    assert "Interviewed with the hiring" in said, said
