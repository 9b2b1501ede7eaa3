"""Coming back after a long break: days counted in hundreds fit the lines that say them.

A tester copied a demo store and moved every date back 400 days (a person returning after
a year away; here the clock is moved on 400 days instead). At 100x30 and 80x24 Today's
"Bouncing back" box wrapped "Last no 404 days ago · 1" with "sent" alone on the next line,
and People's detail "Follow up 2025-11-03 398 days" with "ago" alone. From 100 days on a
span is said in months, from a year as "over a year" (``domain/wording.span``, the one
helper ``days_ago`` and ``describe_relative`` share); Today's box takes its shorter form
("a year ago") when the longer does not fit, and People puts the words under the day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.wording import days_ago
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.conftest import FIXED_NOW
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def test_a_span_is_said_in_days_then_months_then_years() -> None:
    from bounceback_tui.domain.wording import span

    assert [span(n) for n in (1, 2, 99)] == ["1 day", "2 days", "99 days"]
    assert [span(n) for n in (100, 150, 364)] == ["3 months", "5 months", "12 months"]
    assert [span(n) for n in (365, 404, 729, 730, 1100)] == [
        "over a year",
        "over a year",
        "over a year",
        "over 2 years",
        "over 3 years",
    ]
    assert [span(n, short=True) for n in (40, 150, 404, 800)] == [
        "40 days",
        "5 mo",
        "a year",
        "2 years",
    ]
    assert [days_ago(n) for n in (0, 1, 44, 404)] == [
        "today",
        "yesterday",
        "44 days ago",
        "over a year ago",
    ]
    today = date(2026, 12, 6)
    assert describe_relative(today - timedelta(398), today) == "over a year ago"
    assert describe_relative(today + timedelta(150), today) == "in 5 months"
    assert describe_relative(today + timedelta(400), today) == "in more than a year"
    assert describe_relative(today + timedelta(3), today) == "in 3 days"


@pytest.fixture
def demo_store(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 60)
    return opened_paths


def _away(days: int) -> None:
    """The clock moved on ``days`` days from the day the store was filled."""
    clock.freeze(FIXED_NOW + timedelta(days=days))


SIZES = [(100, 30), (80, 24)]


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize(("away", "said"), [(400, "a year ago"), (40, "44 days ago")])
async def test_the_last_no_fits_its_line_after_a_long_break(
    demo_store: DataPaths, size: tuple[int, int], away: int, said: str
) -> None:
    _away(away)
    async with app_on(demo_store, size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = screen_lines(app)
        (row,) = [n for n, line in enumerate(lines) if "Last no" in line]
        # The demo's last no came four days before it was filled; one application since.
        assert f"Last no     {said} · 1 sent" in lines[row], lines[row]
        assert "│ This week" in lines[row + 1], lines[row + 1]  # nothing wrapped under it


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
async def test_a_follow_up_day_long_past_keeps_its_words_together(
    demo_store: DataPaths, size: tuple[int, int]
) -> None:
    _away(400)
    async with app_on(demo_store, "people", size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = [line.rstrip() for line in screen_lines(app)]
        (row,) = [n for n, line in enumerate(lines) if "Follow up     " in line]
        # Alex Morgan's follow-up, two days after the demo was filled: 398 days ago.
        assert lines[row].endswith("Follow up     2026-03-18"), lines[row : row + 2]
        # An overdue follow-up is said as Today says it (late, not ago), its words together.
        assert lines[row + 1].endswith("over a year late"), lines[row : row + 2]
        assert not [line for line in lines if line.endswith(("▏ ago", "▏ late"))], lines


def test_a_span_has_a_form_for_a_column_of_eight_cells() -> None:
    """People's "In touch" column said "395d ago" beside "over a year ago" in the details
    (left alone last round): it takes the same months and years now, in its few cells."""
    from bounceback_tui.domain.wording import span

    assert [span(n, tiny=True) for n in (3, 99, 100, 364, 365, 800, 4000)] == [
        "3d",
        "99d",
        "3mo",
        "12mo",
        "1y",
        "2y",
        "10y",
    ]
    assert [days_ago(n, tiny=True) for n in (0, 1, 3, 150, 404, 800)] == [
        "today",
        "1d ago",
        "3d ago",
        "5mo ago",
        "1y ago",
        "2y ago",
    ]


@pytest.mark.parametrize(
    ("days", "sent", "said"),
    [
        (44, 1, "44 days ago · 1 sent"),
        (404, 1, "a year ago · 1 sent"),
        (800, 12, "2 years ago, 12 sent"),  # "2 years ago · 12 sent" wrapped "sent"
        (150, 1204, "5 mo ago, 1,204 sent"),
        (404, 1204, "1 yr ago, 1,204 sent"),
        (44, 1204, "44d ago · 1,204 sent"),
    ],
)
def test_the_last_no_takes_the_longest_words_that_fit_its_box(
    opened_paths: DataPaths, days: int, sent: int, said: str
) -> None:
    from bounceback_tui.services.today import load_today
    from bounceback_tui.ui.today.figures import FIGURE_CELLS, figures_text

    empty = load_today(opened_paths.database, FIXED_NOW.date())
    summary = empty._replace(days_since_last_rejection=days, applications_since_last_rejection=sent)
    lines = figures_text(summary).plain.splitlines()
    (line,) = [line for line in lines if line.startswith("Last no")]
    assert line == f"Last no     {said}"
    assert len(line) <= 12 + FIGURE_CELLS


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
@pytest.mark.parametrize(("away", "said"), [(400, "1y ago"), (800, "2y ago")])
async def test_peoples_in_touch_column_says_years_as_the_details_do(
    demo_store: DataPaths, size: tuple[int, int], away: int, said: str
) -> None:
    _away(away)
    async with app_on(demo_store, "people", size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = screen_lines(app)
        # Dana Okafor was last in touch four days before the demo was filled.
        (line,) = [line for line in lines if "Dana Okafor" in line]
        assert said in line, line
        assert "Agency recruiter" in line, line  # the Kind column keeps its room at 80
        assert not [line for line in lines if re.search(r"\d{3,}d ago", line)], lines


def test_the_figures_room_follows_the_box_width() -> None:
    from bounceback_tui.ui.today.board_rows import FIGURES_WIDTH
    from bounceback_tui.ui.today.figures import FIGURE_CELLS

    assert FIGURE_CELLS == FIGURES_WIDTH - 2 - 2 - 12  # borders, padding, the label
