"""Recovery in a narrow terminal (a stranger's walk on the demo store).

At 40x15 the plan beside the list was 5 cells wide ("Lark…", "[ ]", "How", "pre"): Enter
moved focus into a column nobody could read and Space ticked a step nobody could see. Under
60 columns the pane shows one column at a time: the list, or the plan once Enter opens it,
and Escape goes back. The header "25 recovery plans, 10 still open, 3 of" was cut with no
"…" (at 50x18 it read as a whole sentence, "resting" lost); it ends with "…" now. A filter
that matched nothing said "No plan matches …" beside the list, out of sight; it is under the
list now.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.ui.kit.focus import focus_problem
from tests.built_stores import store_once
from tests.screen_text import flat, screen_lines
from tests.ui_harness import app_on, settle_workers


async def test_at_40x15_the_list_and_the_plan_take_the_width_in_turn(
    opened_paths: DataPaths,
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=(40, 15)) as (app, pilot, pane):
        await settle_workers(pilot)
        rows = [line.strip() for line in screen_lines(app)]
        # The list alone: its company, role and progress whole, no plan's bar beside it.
        assert any(row.startswith("Larkspur AI") for row in rows), rows
        assert any(row.startswith("Frontend Developer") for row in rows), rows
        assert not any("▊" in row for row in rows), rows
        await pilot.press("enter")
        await settle_workers(pilot)
        assert app.focused is pane.step_list
        plan = pane.plan_view
        assert plan.region.x <= 1 and plan.region.width >= 38
        assert not pane.query_one("#recovery-side").region.area
        rows = [line.strip() for line in screen_lines(app)]
        assert "▊ Larkspur AI  Frontend Developer" in rows, rows
        await pilot.press("escape")
        await settle_workers(pilot)
        assert app.focused is pane.table
        assert pane.query_one("#recovery-side").region.width >= 38


@pytest.mark.parametrize("size", [(40, 15), (50, 18)], ids=["40x15", "50x18"])
async def test_the_header_cut_ends_with_an_ellipsis(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=size) as (app, pilot, _pane):
        await settle_workers(pilot)
        header = next(line for line in screen_lines(app) if "recovery plans" in line).rstrip()
        assert header.startswith(" 25 recovery plans, 10 still open, 3 o"), header
        assert header.endswith("…"), header


@pytest.mark.parametrize("size", [(50, 20), (40, 15)], ids=["50x20", "40x15"])
async def test_no_plan_matches_is_in_sight_in_one_column(
    opened_paths: DataPaths, size: tuple[int, int]
) -> None:
    # It sat beside the list, where the plan goes: one column wide, that is out of sight, and
    # a filter that matched nothing showed an empty list and no word of why.
    store_once(opened_paths, fill_demo, 60)
    async with app_on(opened_paths, "recovery", size=size) as (app, pilot, pane):
        await settle_workers(pilot)
        await pilot.press("slash", *"zzxwv[b]")
        await settle_workers(pilot)
        assert pane.table.items == []
        shown = flat(" ".join(line.strip() for line in screen_lines(app)))
        assert "No plan matches “zzxwv[b]”. Escape clears the filter." in shown, shown
        assert focus_problem(app) is None
        await pilot.press("escape")
        await settle_workers(pilot)
        assert "No plan matches" not in flat(" ".join(screen_lines(app)))
