"""What's working shows a role family's whole name where there is room, and its editor
takes a family written as shown cut short.

A new user's walk (twenty-first round): at 120 columns the family "machine learning
engineer" was shown "machine learning engi…" with half the line empty; in `e`, which asks for
"a family as shown = the name you want", "machine learning engi… = ML" was saved as a family
named "machine learning engi", which none is, and grouped nothing without a word.
"""

from __future__ import annotations

import pytest
from textual.widgets import Static

from bounceback_tui.domain.role_families import parse_family_renames
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.insights.screen import InsightsScreen
from tests.built_stores import store_once
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers

SHOWN = ["machine learning engineer", "backend engineer", "data analyst"]


def test_a_family_cut_short_with_an_ellipsis_is_the_one_it_starts() -> None:
    assert parse_family_renames("machine learning engi… = ML", SHOWN) == {
        "machine learning engineer": "ML"
    }
    assert parse_family_renames("data ana... = Data", SHOWN) == {"data analyst": "Data"}


def test_a_cut_name_that_starts_no_family_or_two_is_refused() -> None:
    with pytest.raises(ValueError, match=r'Line 2: "qa engi…" is the start of no family shown'):
        parse_family_renames("data analyst = Data\nqa engi… = QA", SHOWN)
    with pytest.raises(ValueError, match=r'"b…" is the start of no family'):
        parse_family_renames("b… = B", ["data analyst"])
    with pytest.raises(ValueError, match="the start of 2 families; write the family in full"):
        parse_family_renames("machine… = M", [*SHOWN, "machine operator"])


def test_a_name_without_an_ellipsis_is_taken_as_written() -> None:
    assert parse_family_renames("machine learning engi = ML", SHOWN) == {
        "machine learning engi": "ML"
    }


async def test_at_120_columns_a_long_family_is_shown_whole(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(120, 40)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        assert isinstance(app.screen, InsightsScreen)
        charts = str(app.screen.query_one("#insights-charts", Static).render())
        # As the titles were typed (tests/test_role_family_spelling.py).
        assert "Machine Learning Engineer" in charts
        assert "Site Reliability Engineer" in charts
        assert not any("engi…" in line for line in screen_lines(app))


async def test_at_80_columns_it_is_still_cut_to_fit(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        charts = str(app.screen.query_one("#insights-charts", Static).render())
        assert "Machine Learning Engi…" in charts


async def test_the_editor_groups_a_family_written_as_shown_cut(opened_paths: DataPaths) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        insights = app.screen
        assert isinstance(insights, InsightsScreen)
        await pilot.press("e")
        await settle_workers(pilot)
        form = app.screen
        form.query_one("#field-renames").text = "machine learning engi… = ML"  # as shown at 80
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert app.screen is insights
        charts = str(insights.query_one("#insights-charts", Static).render())
        assert "  ML " in charts
        assert "machine learning engi…" not in charts
