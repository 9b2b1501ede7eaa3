"""A no whose day another program wrote over, in the Recovery pane.

A tester's walk: `sqlite3 store "update rejection set rejected_on='[b]garbage[/]'"`, then
Recovery. Before, the pane died reading its list ("Invalid isoformat string"), so the plan
could be neither seen, ticked, mended nor deleted. Now the plan is listed, its day said
"unreadable"; its steps tick; editing it (e) with a real day mends it; it can be deleted.
Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.recovery_fixtures import add_rejection, rejection, steps_of
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, fill, settle, settle_workers
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"


def _write_over(store: Path, rejection_id: int, column: str) -> None:
    """As another program would: the column's value is no day at all."""
    another_program_writes(
        store, f"UPDATE rejection SET {column} = ? WHERE id = ?", (GARBAGE, rejection_id)
    )


def _plans(opened_paths: DataPaths) -> tuple[int, int]:
    db = Database(opened_paths.database)
    try:
        good = add_rejection(db, "Acme", "Engineer", date(2026, 3, 12))
        bad = add_rejection(db, "Borealis", "Analyst", date(2026, 3, 2))
    finally:
        db.dispose()
    _write_over(opened_paths.database, bad, "rejected_on")
    return good, bad


def _day_of(lines: list[str], company: str) -> list[str]:
    """The list's date column on the company's row (the words after its name)."""
    words = next(line.split() for line in lines if line.split()[:1] == [company])
    after = words.index(company) + 1
    return words[after : after + 2]


async def test_the_plan_is_listed_unreadable_ticks_and_editing_it_mends_it(
    opened_paths: DataPaths,
) -> None:
    good, bad = _plans(opened_paths)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert {row.company for row in pane.table.items} == {"Acme", "Borealis"}
        lines = screen_lines(app)
        assert _day_of(lines, "Borealis")[0] == "unreadable", lines
        assert _day_of(lines, "Acme") == ["12", "Mar"], lines
        assert focus_problem(app) is None

        assert pane.select_item(bad)
        await settle_workers(pilot)
        assert "No on a day unreadable" in " ".join(screen_lines(app))
        await pilot.press("enter")  # into its plan: the first step ticks
        await settle(pilot)
        assert pane.step_list.has_focus
        await pilot.press("space")
        await settle_workers(pilot)
        db = Database(opened_paths.database)
        try:
            assert steps_of(db, bad)[0].done_at is not None
        finally:
            db.dispose()
        assert focus_problem(app) is None

        await pilot.press("escape")  # back to the list, then edit the no
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.values()["rejected_on"] == ""  # never the garbage, never a guessed day
        await fill(pilot, rejected_on="2026-03-02")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert app.screen is not form
        assert focus_problem(app) is None
        lines = screen_lines(app)
        assert _day_of(lines, "Borealis") == ["2", "Mar"], lines
    db = Database(opened_paths.database)
    try:
        mended = rejection(db, bad)
        assert mended is not None and mended.rejected_on == date(2026, 3, 2)
        kept = rejection(db, good)
        assert kept is not None and kept.rejected_on == date(2026, 3, 12)
    finally:
        db.dispose()


async def test_the_plan_whose_day_is_unreadable_is_deleted(opened_paths: DataPaths) -> None:
    _good, bad = _plans(opened_paths)
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert pane.select_item(bad)
        await settle_workers(pilot)
        await pilot.press("d")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle_workers(pilot)
        assert [row.company for row in pane.table.items] == ["Acme"]
        assert focus_problem(app) is None
    db = Database(opened_paths.database)
    try:
        assert rejection(db, bad) is None and steps_of(db, bad) == []
    finally:
        db.dispose()


async def test_a_finish_time_written_over_lists_the_plan(opened_paths: DataPaths) -> None:
    good, _bad = _plans(opened_paths)
    _write_over(opened_paths.database, good, "plan_completed_at")
    async with app_on(opened_paths, "recovery", size=(100, 30)) as (app, pilot, pane):
        await settle_workers(pilot)
        assert {row.company for row in pane.table.items} == {"Acme", "Borealis"}
        assert pane.select_item(good)
        await settle_workers(pilot)
        assert "Acme" in " ".join(screen_lines(app))
        assert focus_problem(app) is None
