"""What's working says in words what a row's figures mean (ui/insights/charts.chart_legend).

A new user's walk on the demo store: the Job board row ended in "57% (39-73) · ~9.5d", and
neither the screen nor `?` said what "~9.5d" was; "its 95% range shaded ▓ to ─┤" was hard
going. Over the charts now: what the bar and its shading are, and the first row read out.
"""

from __future__ import annotations

from datetime import date, timedelta

from rich.cells import cell_len

from bounceback_tui.domain.insights import AppFacts, Outcome
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.insights.charts import chart_layout, chart_legend
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.insights_oracle import compare_all
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SENT = date(2026, 3, 2)


def _ten_from_job_boards() -> list[AppFacts]:
    """Ten sent from job boards: five answered, after 2, 4, 6, 8 and 10 days (the middle
    one: 6), one of them an interview."""
    apps = [AppFacts(id=n, role="Analyst", date_applied=SENT, source="job_board") for n in range(5)]
    for n, days in enumerate((2, 4, 6, 8, 10), start=5):
        stages = (Stage.APPLIED, Stage.SCREENING)
        if n == 5:
            stages += (Stage.INTERVIEWING,)
        apps.append(
            AppFacts(
                id=n,
                role="Analyst",
                date_applied=SENT,
                source="job_board",
                stages=stages,
                first_reply_on=SENT + timedelta(days=days),
            )
        )
    return apps


def _legend(outcome: Outcome, width: int) -> list[str]:
    comparisons = compare_all(_ten_from_job_boards())
    return chart_legend(comparisons, outcome, chart_layout(comparisons, width))


def test_the_first_row_is_read_out_in_words() -> None:
    # 5 of 10: 50%, and the 95% Wilson range of 5 in 10 is 24% to 76%.
    assert _legend(Outcome.REPLY, 93) == [
        "Replies: each bar is a group's share; ▓ to ┤ is where it likely lies.",
        "How to read a row (Job board): 50% replied (likely 24–76%)"
        " · first reply after about 6 days",
    ]
    # 1 of 10: 10%, its range 2% to 40%; the days are the replies', not said here.
    assert _legend(Outcome.INTERVIEW, 73)[1] == (
        "How to read a row (Job board): 10% reached an interview (likely 2–40%)"
    )


def test_a_month_s_row_is_said_as_a_row_not_as_every_application() -> None:
    # A stranger's month: no source or role family had ten applications, so the example was
    # the month's row, "2027-01: 25% replied (likely 9–53%)", read as the reply rate of every
    # application (the Pipeline said 31%). Twelve sent in January 2027, no family with ten;
    # three answered, after 3, 4 and 5 days. The 95% Wilson range of 3 in 12 is 9% to 53%.
    sent = date(2027, 1, 4)
    apps = [
        AppFacts(
            id=n,
            role=("Analyst", "Designer", "Writer")[n % 3],
            date_applied=sent,
            stages=(Stage.APPLIED, Stage.SCREENING) if n < 3 else (Stage.APPLIED,),
            first_reply_on=sent + timedelta(days=3 + n) if n < 3 else None,
        )
        for n in range(12)
    ]
    comparisons = compare_all(apps)
    legend = chart_legend(comparisons, Outcome.REPLY, chart_layout(comparisons, 93))
    assert legend[1] == (
        "How to read a row (2027-01): 25% replied (likely 9–53%) · first reply after about 4 days"
    )
    narrow = chart_legend(comparisons, Outcome.REPLY, chart_layout(comparisons, 53))
    assert narrow[1:] == [
        "The 2027-01 row: 25% replied (likely 9–53%)",
        "first reply after about 4 days",
    ]


def test_narrower_the_days_take_a_line_of_their_own_and_every_line_fits() -> None:
    for width in (33, 40, 53, 60, 73, 113):
        lines = _legend(Outcome.REPLY, width)
        assert all(cell_len(line) <= width for line in lines), (width, lines)
    assert _legend(Outcome.REPLY, 73)[1:] == [
        "How to read a row (Job board): 50% replied (likely 24–76%)",
        "first reply after about 6 days",
    ]
    assert _legend(Outcome.REPLY, 53)[1:] == [
        "The Job board row: 50% replied (likely 24–76%)",
        "first reply after about 6 days",
    ]


def test_with_every_group_too_small_only_the_bar_is_explained() -> None:
    comparisons = compare_all(_ten_from_job_boards()[:9])
    legend = chart_legend(comparisons, Outcome.REPLY, chart_layout(comparisons, 73))
    assert legend == ["Replies: each bar is a group's share; ▓ to ┤ is where it likely lies."]


async def test_the_demo_s_job_board_row_is_said_in_words_at_80_columns(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        text = "\n".join(screen_lines(app))
        # The row itself: "57% (39-73) · ~9.5d".
        assert "How to read a row (Job board): 57% replied (likely 39–73%)" in text
        assert "first reply after about 9.5 days" in text
        assert "95% range" not in text
        assert focus_problem(app) is None
