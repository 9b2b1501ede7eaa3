"""A long feeling's name keeps its figures in the summary's column and "(was N)" beside it on
the re-rate step.

A stranger's walk: in a record's summary a name of 15 characters or more pushed its figures a
column right of the others' ("Anxious         60 → 65" above a longer name's "50 → 20" one
cell along), and on the re-rate step a name of 40 characters left "(was 60)" on a line of its
own. The name is cut with "…" at the column now (ui/reframe/summary.py, rating_steps.py).
"""

from __future__ import annotations

from textual.widgets import Label, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle

THOUGHT = "Nobody will ever hire me."
FORTY = "Quietly hopeless about every application"  # 40 characters, the longest a name takes


async def test_a_long_name_keeps_its_figures_in_the_summarys_column(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(
        db,
        THOUGHT,
        feelings=(("anxious", 60, 65), ("discouraged now", 50, 20), ("sad", 70, 40)),
        complete=True,
    )
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot, 3)
        assert pane.mode == "summary"
        body = str(app.query_one("#rf-summary-body", Static).render()).splitlines()
    # The column as wide as the longest name (15 cells), every name whole.
    assert "Anxious          60 → 65  ↑5" in body
    assert "Discouraged now  50 → 20  ↓30" in body
    assert "Sad              70 → 40  ↓30" in body


async def test_a_name_past_forty_cells_is_cut_at_the_column(
    opened_paths: DataPaths, db: Database
) -> None:
    wide = "悲" * 25  # 50 cells: the column stops at 40, the name cut with "…" there
    add_record(db, THOUGHT, feelings=(("sad", 70, 40), (wide, 50, 20)), complete=True)
    async with app_on(opened_paths, "reframe", size=(120, 30)) as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot, 3)
        assert pane.mode == "summary"
        body = str(app.query_one("#rf-summary-body", Static).render()).splitlines()
    assert "Sad" + " " * 37 + "  70 → 40  ↓30" in body
    assert "悲" * 19 + "… " + "  50 → 20  ↓30" in body


async def test_was_stays_beside_a_forty_character_name_on_the_re_rate_step(
    opened_paths: DataPaths, db: Database
) -> None:
    assert len(FORTY) == 40
    add_record(db, THOUGHT, feelings=((FORTY, 60, None),), complete=False, step=7)
    async with app_on(opened_paths, "reframe", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("enter")  # the draft resumes on its re-rate step
        await settle(pilot, 4)
        label = app.screen.query_one("#rf-step-7 #rf-rerate-feelings .rf-feeling-name", Label)
        await settle(pilot)
        assert str(label.render()) == "Quietly hopeless about… (was 60)"
        assert label.region.height == 1  # one line: "(was 60)" beside the name
