"""The two ways to cut a person's text to cells: one line made the same way
(``domain.text.screen_line``), measured two ways. ``clip_name`` (domain, no Rich) for a name
inside a sentence; ``ui/kit/cells.clip`` for a line the UI lays out, measured as Rich draws."""

from __future__ import annotations

import pytest
from rich.cells import cell_len

from bounceback_tui.domain.text import clip_name, screen_line
from bounceback_tui.ui.kit.cells import clip, fit_cells

TEXTS = [
    "Acme",
    "Acme\n  Corp\tLtd",
    "A\x1b[2JB\u202eC\r\nD",
    "日本語の会社名です",
    "course of study for the whole year",
]


@pytest.mark.parametrize("text", TEXTS)
def test_both_make_the_same_safe_line_and_cut_alike_where_they_count_alike(text: str) -> None:
    line = screen_line(text)
    assert "\n" not in line and "\t" not in line and "\x1b" not in line
    assert clip(text, 500) == clip_name(text, 500) == line
    assert fit_cells(text, 500).rstrip() == line
    for width in (0, 1, 2, 5, 9, 10):
        assert clip(text, width) == clip_name(text, width)


def test_clip_measures_as_rich_draws_a_joined_emoji() -> None:
    # A family emoji is one picture, two cells, in Rich (and so in Textual's columns);
    # clip_name, with Python's tables, cuts it as one too (domain.graphemes), never between
    # its people.
    family = "\U0001f469\u200d\U0001f469\u200d\U0001f467 Family Ltd"
    assert cell_len(clip(family, 6)) <= 6
    assert clip(family, 6) == "\U0001f469\u200d\U0001f469\u200d\U0001f467 Fa…"
    assert clip_name(family, 6) == "\U0001f469\u200d\U0001f469\u200d\U0001f467 Fa…"
