"""The Skills list's columns line up with wide characters in a title.

Each cell was padded with ``str.ljust``, which counts characters: a title of Japanese or
emoji (two cells each) came out wider than its column and pushed Kind, Status and Target
to the right on its line alone."""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len
from rich.style import Style

from bounceback_tui.domain.skills import SkillKind, SkillStatus
from bounceback_tui.services.skills import SkillRow
from bounceback_tui.ui.skills.board import list_header, list_line

TODAY = date(2026, 12, 5)


def _line(title: str, width: int) -> str:
    row = SkillRow(1, title, SkillKind.TECHNICAL, SkillStatus.TODO, 1)
    return list_line(row, 1, width, TODAY, Style(bold=True))[0].plain


def test_wide_titles_keep_the_columns_where_the_header_puts_them() -> None:
    width = 80
    header = list_header(width).plain
    kind_at = cell_len(header[: header.index("Kind")])
    for title in ("SQL basics", "面接の準備をする", "🎤🎤 public speaking", "面接" * 40):
        line = _line(title, width)
        assert cell_len(line) == cell_len(header), title
        kind = SkillKind.TECHNICAL.label
        assert cell_len(line[: line.index(kind)]) == kind_at, title
