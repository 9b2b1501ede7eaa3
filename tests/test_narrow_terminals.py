"""A 40-column terminal, as an attacker's walk tried it (eighteenth round).

- Forms show their fields: the keys line under them stays one line (or none, beside buttons
  that leave it no room), instead of wrapping two letters a line down ten rows ("New
  application" showed no field at all at 40x12 and 40x16, and typing went into fields nobody
  could see).
- The Pipeline shows applications: its funnel takes a quarter of a short terminal at most
  (its seven lines left the table no row at 40x12)."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.pipeline_fixtures import add
from tests.ui_harness import settle


@pytest.mark.parametrize("pane", ["2", "5", "6"])
@pytest.mark.parametrize("size", [(40, 12), (40, 16)])
async def test_the_first_field_is_in_sight_at_40_columns(
    opened_paths: DataPaths, pane: str, size: tuple[int, int]
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=size) as pilot:
        await pilot.press(pane)
        await settle(pilot)
        await pilot.press("a")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        # One line at most: at 40 columns the buttons leave it no room and it is left out
        # (ui/kit/button_rows.py; the key bar has the keys), never wrapped down the box.
        assert form.query_one(".form-keys", Static).region.height <= 1
        first = form.query(Input).first()
        assert app.focused is first
        seen = first.region.intersection(form.region)
        assert seen.height >= 1 and seen.width >= 10


async def test_the_pipeline_shows_rows_at_40_by_12(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    stages = ["applied", "screening", "interviewing", "offer", "rejected", "withdrawn", "saved"]
    for number, stage in enumerate(stages * 2):
        add(db, f"Company {number}", stage=stage, date_applied="2026-03-01")
    db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(40, 12)) as pilot:
        await pilot.press("2")
        await settle(pilot)
        table = app.screen.query_one("#pipeline-table")
        assert table.region.height >= 4  # its header and three applications at least
        header = app.screen.query_one("#pipeline-header")
        assert header.region.height <= 3
