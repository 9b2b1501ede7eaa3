"""What's working says what its rows can't show by themselves (a tester's walk):

- twelve applications all answered with a no read "Job board: 100% replied" over a full bar;
  now "12 of 12 answered, all with a no" (and `insights`: "replies 12, all with a no");
- the current month's "replies 29 (11%)" stood beside about 60% for the months before, with
  no word that its answers are still coming: now a mark, "2026-12 *", and a note under it;
- `insights` printed "Referral     1270 sent" under "9,170 applications": now "1,270",
  the column kept aligned.

Every expected line is written out by hand.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.commands.insights import render_text
from bounceback_tui.domain.insights import AppFacts, Outcome, still_early
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.insights import InsightsView
from bounceback_tui.ui.insights.charts import chart_layout, chart_legend, comparison_chart
from tests.insights_oracle import compare_all

TODAY = date(2026, 12, 6)
A, S, R = Stage.APPLIED, Stage.SCREENING, Stage.REJECTED


def _app(n: int, source: str, stages: tuple[Stage, ...], sent: date) -> AppFacts:
    return AppFacts(id=n, role="Analyst", date_applied=sent, source=source, stages=stages)


def _view(apps: list[AppFacts]) -> InsightsView:
    comparisons = compare_all(apps, today=TODAY)
    return InsightsView(None, None, len(apps), comparisons, (), (), {})


def _twelve_noes() -> list[AppFacts]:
    return [_app(n, "job_board", (A, R), date(2026, 9, 1)) for n in range(12)]


def test_all_noes_are_said_as_noes() -> None:
    comparisons = compare_all(_twelve_noes(), today=TODAY)
    legend = chart_legend(comparisons, Outcome.REPLY, chart_layout(comparisons, 73))
    assert legend[1] == "How to read a row (Job board): 12 of 12 answered, all with a no"
    lines = render_text(_view(_twelve_noes())).splitlines()
    # 12 in 12: the 95% Wilson range is 75.8% to 100%.
    assert lines[lines.index("Source") + 1] == (
        "  Job board   12 sent  replies 12, all with a no (100%, likely between 76% and 100%)"
        " · interviews 0 (0%, likely between 0% and 24%) · offers 0 (0%, likely between 0%"
        " and 24%)"
    )


def test_a_screening_then_a_no_is_a_reply_as_before() -> None:
    apps = [_app(n, "job_board", (A, S, R), date(2026, 9, 1)) for n in range(12)]
    comparisons = compare_all(apps, today=TODAY)
    legend = chart_legend(comparisons, Outcome.REPLY, chart_layout(comparisons, 73))
    assert legend[1] == "How to read a row (Job board): 100% replied (likely 76–100%)"


def test_recent_months_are_marked_still_early() -> None:
    assert still_early("2026-12", TODAY)
    assert still_early("2026-11", TODAY)  # its last days were a week ago
    assert not still_early("2026-10", TODAY)  # over 30 days since 31 October
    assert still_early("2026-11", date(2026, 12, 29))  # 30 November: 29 days before
    assert not still_early("2026-11", date(2026, 12, 30))  # 30 days before
    assert still_early("2026-12", date(2027, 1, 5))  # across the new year
    apps = [_app(n, "referral", (A,), date(2026, 12, 1)) for n in range(10)]
    apps += [_app(n, "referral", (A, S), date(2026, 9, 1)) for n in range(10, 20)]
    lines = render_text(_view(apps)).splitlines()
    month = lines.index("Month applied")
    assert lines[month + 1].startswith("  2026-12 *   10 sent  replies 0 (0%")
    assert lines[month + 2].startswith("  2026-09     10 sent  replies 10 (100%")
    assert lines[month + 3] == (
        "  * still early: sent in the last 30 days, so not every answer has come yet"
    )
    comparisons = compare_all(apps, today=TODAY)
    chart = next(c for c in comparisons if c.dimension.key == "month")
    drawn = comparison_chart(chart, Outcome.REPLY, chart_layout(comparisons, 73)).plain
    rows = drawn.splitlines()
    assert rows[1].startswith("  2026-12 *  ")
    assert rows[2].startswith("  2026-09    ")
    assert rows[3] == "  * still early: sent in the last 30 days, so not every answer has come"
    narrow = comparison_chart(chart, Outcome.REPLY, chart_layout(comparisons, 40)).plain
    assert narrow.splitlines()[3] == "  * still early: answers still coming"


def test_counts_keep_their_thousands_separators() -> None:
    apps = [_app(n, "referral", (A, S) if n < 1_005 else (A,), date(2026, 9, 1))
            for n in range(1_270)]  # fmt: skip
    apps += [_app(n, "job_board", (A,), date(2026, 9, 1)) for n in range(1_270, 1_282)]
    lines = render_text(_view(apps)).splitlines()
    assert lines[0] == "What's working: 1,282 applications sent (all time)"
    source = lines.index("Source")
    assert lines[source + 1].startswith("  Referral  1,270 sent  replies 1,005 (79%")
    assert lines[source + 2].startswith("  Job board    12 sent  replies 0 (0%")


def test_the_charts_write_counts_as_everywhere_and_keep_to_their_width() -> None:
    # What's working drew "Referral  1270  ███…" where the app writes "1,270", and a count
    # of four figures pushed its row a cell past the others.
    from rich.cells import cell_len

    from bounceback_tui.domain.flow import draw_flow
    from bounceback_tui.ui.insights.charts import flow_chart
    from tests.insights_oracle import flow_links

    apps = [_app(n, "referral", (A, S) if n < 1_005 else (A,), date(2026, 9, 1))
            for n in range(1_270)]  # fmt: skip
    apps += [_app(n, "job_board", (A,), date(2026, 9, 1)) for n in range(1_270, 1_282)]
    apps += [_app(n, "recruiter", (A,), date(2026, 9, 1)) for n in range(1_282, 1_285)]
    comparisons = compare_all(apps, today=TODAY)
    source = next(c for c in comparisons if c.dimension.key == "source")
    for width in (73, 60, 40):
        drawn = comparison_chart(source, Outcome.REPLY, chart_layout(comparisons, width))
        rows = drawn.plain.splitlines()
        assert rows[0] == "Source"
        referral, job_board, recruiter = rows[1:4]
        assert referral.startswith("  Referral "), rows
        assert " 1,270  " in referral and "1270" not in referral, rows
        # One column, right-aligned: each count ends in the same cell.
        ends = [line.index(count) + len(count) for line, count in
                ((referral, " 1,270"), (job_board, " 12"), (recruiter, " 3"))]  # fmt: skip
        assert len(set(ends)) == 1, rows
        assert recruiter.endswith("too few to tell") or recruiter.endswith("too few"), rows
        assert max(cell_len(line) for line in rows) <= width, rows
    legend = chart_legend(comparisons, Outcome.REPLY, chart_layout(comparisons, 73))
    assert legend[1] == "How to read a row (Referral): 79% replied (likely 77–81%)"
    flow = flow_chart(draw_flow(flow_links(apps), bar_width=20)).plain
    assert "Applied" in flow and " 1,285" in flow and "1285" not in flow
