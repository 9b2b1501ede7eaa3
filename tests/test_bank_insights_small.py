"""The answer bank and What's working in small terminals: the list keeps rows, and a chart's
line fits its width (it is cut, never wrapped mid-figure).

A tester's walk on the demo store: at 40x15 the answer bank's list had no row at all (its
border lines, then the detail), What's working kept three rows to scroll, its lines wrapped
("Referral 4 too / few to tell") and each bar took a line of its own; at 60x20 the Job
board row put "· ~9.5d" on the next line.
"""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.scroll_text import ScrollText
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SIZES = [(40, 15), (60, 20), (80, 24), (100, 30)]
IDS = ["40x15", "60x20", "80x24", "100x30"]


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_the_answer_bank_list_keeps_rows(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await pilot.press("i")
        await settle_workers(pilot)
        bank = app.screen
        assert isinstance(bank, AnswerBankScreen)
        listing = bank.query_one("#answers-list", OptionList)
        assert listing.scrollable_content_region.height >= 3
        # The detail's lines stay in the box, above its keys line.
        detail = bank.query_one("#answers-detail", Static)
        keys = bank.query_one("#answers-keys", Static)
        assert detail.region.height >= 1
        assert detail.region.bottom <= keys.region.y < bank.query_one("#answers-box").region.bottom
        await pilot.press("G")
        await settle_workers(pilot)
        last = bank.rows[-1].question
        assert any(last[:12] in line for line in screen_lines(app))
        assert focus_problem(app) is None


def _lines_fit(charts: Static) -> None:
    """Every row of a chart (indented, or with a bar) is one line; prose may wrap."""
    width = charts.content_region.width
    rows = [
        line
        for line in str(charts.render()).splitlines()
        if line.startswith("  ") or "█" in line or "┤" in line
    ]
    assert rows
    for line in rows:
        assert cell_len(line) <= width, f"{line!r} is wider than {width}"


@pytest.mark.parametrize("size", SIZES, ids=IDS)
async def test_what_s_working_lines_fit_and_the_charts_keep_rows(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=size) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        screen = app.screen
        assert isinstance(screen, InsightsScreen)
        charts = screen.query_one("#insights-charts", Static)
        body = screen.query_one("#insights-body", ScrollText)
        assert body.scrollable_content_region.height >= 8
        for key, shows in (
            ("", "Job board"),  # replies
            ("o", "Interviews"),
            ("o", "Offers"),
            ("f", "How applications moved"),
        ):
            if key:
                await pilot.press(key)
                await settle_workers(pilot)
            assert shows in str(charts.render())
            _lines_fit(charts)
        assert focus_problem(app) is None


async def test_the_job_board_row_keeps_its_figures_at_60_columns(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(60, 20)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        # As drawn: the rate, its range and the days to a reply on the row itself.
        # (The row, not the legend over the charts: "Job board: 57% replied …".)
        row = next(line for line in screen_lines(app) if "  Job board " in line)
        assert "57% (39-73) · ~9.5d" in row
