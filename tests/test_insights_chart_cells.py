"""What's working lays out a group's line by terminal cells, not characters.

A tester's walk: a role family named with an emoji ("🚀 Rockets" for "backend engineer")
pushed that row's count, its bar and its rate one cell right of every other row's: the name
was padded with len(), which counts the two-cell rocket as one.
"""

from __future__ import annotations

from datetime import date

from rich.cells import cell_len

from bounceback_tui.domain.insights import AppFacts, Outcome
from bounceback_tui.domain.stages import Stage
from bounceback_tui.ui.insights.charts import chart_layout, comparison_chart
from tests.insights_oracle import compare_all

TITLES = ["Backend Engineer"] * 12 + ["Data Analyst"] * 12 + ["Site Reliability Engineer"] * 3
RENAMES = {"backend engineer": "🚀 Rockets", "site reliability engineer": "日本語のエンジニア"}


def _role_lines(width: int) -> list[str]:
    apps = [
        AppFacts(
            id=n,
            role=title,
            date_applied=date(2026, 2, 2),
            stages=(Stage.APPLIED, Stage.SCREENING) if n % 3 == 0 else (Stage.APPLIED,),
        )
        for n, title in enumerate(TITLES)
    ]
    comparisons = compare_all(apps, RENAMES)
    role = next(c for c in comparisons if c.dimension.key == "role")
    chart = comparison_chart(role, Outcome.REPLY, chart_layout(comparisons, width))
    return str(chart).splitlines()[1:4]  # the title, then a line per group


def _count_ends(line: str, count: int) -> int:
    """The cell just after a group's count."""
    at = line.index(f" {count:>4}  ") + 5
    return cell_len(line[:at])


def test_a_name_with_an_emoji_or_wide_letters_keeps_the_count_in_its_column() -> None:
    lines = _role_lines(80)
    by_name = {line.split()[0]: line for line in lines}
    assert set(by_name) == {"🚀", "Data", "日本語のエンジニア"}  # "Data Analyst", as typed
    ends = {
        _count_ends(by_name["🚀"], 12),
        _count_ends(by_name["Data"], 12),
        _count_ends(by_name["日本語のエンジニア"], 3),
    }
    assert len(ends) == 1, lines
    # "  ", the name's 22 cells, " ", the count's 4: the 29th cell.
    assert ends == {29}


def test_a_wide_name_cut_to_fit_keeps_the_count_in_its_column() -> None:
    lines = _role_lines(40)  # room for a short name only: each is cut
    counts = [12, 12, 3]
    ends = {_count_ends(line, count) for line, count in zip(lines, counts, strict=True)}
    assert len(ends) == 1, lines
    assert "日本語のエンジニア" not in "".join(lines)  # 18 cells, cut
