"""The Pipeline table's column widths (``ui/pipeline/table.column_widths``).

At 200 columns Company and Role grew to 32 and 40 cells while Source, the next column,
was cut to four ("Othe" for Other, "Recr" for Recruiter). Columns after the core now come
in whole beside Company and Role at their comfortable widths (20 and 26), and Company and
Role take what is left. The figures are worked out by hand from the columns' widths:
core Stage 12, In stage 10, Applied 10, Follow-up 11; then Excite 8, Location 16, Mode 8,
Source 12, Salary 20; Company 13 (4 shares of the slack), Role 15 (5 shares); one cell
between columns.
"""

from __future__ import annotations

from bounceback_tui.ui.pipeline.table import COLUMN_KEYS, GAP, column_widths


def _shown_whole(widths: dict[str, int], available: int) -> list[str]:
    shown, x = [], 0
    for key in COLUMN_KEYS:
        if x + widths[key] > available:
            break
        shown.append(key)
        x += widths[key] + GAP
    return shown


def test_a_wide_table_shows_source_whole_rather_than_wider_names() -> None:
    # 150 cells: 46 + 43 + 5 gaps = 94 for the core, + 9 Excite, + 17 Location, + 9 Mode,
    # + 13 Source = 142; Salary's 21 more would not fit. Slack: 150 - 87 - 9 gaps - 28 = 26,
    # Company 13 + 26 * 4 // 9 = 24, Role 15 + 26 * 5 // 9 = 29.
    widths = column_widths(150)
    assert (widths["company"], widths["role"]) == (24, 29)
    assert _shown_whole(widths, 150)[-1] == "source"


def test_a_narrow_table_gives_its_slack_to_company_and_role_as_before() -> None:
    # 80 cells: no column after the core fits beside 20 and 26; slack 80 - 43 - 5 - 28 = 4.
    widths = column_widths(80)
    assert (widths["company"], widths["role"]) == (14, 17)
    assert _shown_whole(widths, 80)[-1] == "follow_up"


def test_company_and_role_stop_at_their_widest() -> None:
    widths = column_widths(400)
    assert (widths["company"], widths["role"]) == (32, 40)
    assert _shown_whole(widths, 400)[-1] == "salary"
