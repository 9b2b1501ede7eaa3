"""An application whose date another program wrote over opens in the Pipeline's detail.

A tester's walk: `sqlite3 store "update application set date_applied='[b]garbage[/]'"`,
then the Pipeline and that application: before, its detail died ("Something went wrong
(ValueError: Invalid isoformat string: …)"). Every date column of an application is
written over in turn and its detail opened: it shows, saying "unreadable" where the day
it shows could not be read, focus kept; and the edit form takes a good day in its place.
"""

from __future__ import annotations

import sqlite3
from datetime import date

import pytest
from sqlalchemy import Date, DateTime

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.models import Application
from bounceback_tui.store.table_reads import columns
from bounceback_tui.ui.kit.focus import focus_problem
from tests.pipeline_fixtures import put
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"
D = date

# Every date column of an application, from its table (a new one is walked too).
DATE_COLUMNS = sorted(
    column.name for column in columns(Application) if isinstance(column.type, Date | DateTime)
)
# The days the detail shows, by the label it shows them under.
SHOWN = {"date_applied": "Applied", "next_follow_up": "Follow up", "posted_on": "Posted"}
# A good day for each, as the person writes it in the edit form.
GOOD = {"date_applied": "2026-03-03", "next_follow_up": "2026-03-24", "posted_on": "2026-02-27"}


def _one_application(paths: DataPaths) -> int:
    from bounceback_tui.store.database import Database

    db = Database(paths.database)
    try:
        return put(
            db,
            "Copperline",
            [("applied", D(2026, 3, 2))],
            date_applied=D(2026, 3, 2),
            next_follow_up=D(2026, 3, 20),
            posted_on=D(2026, 2, 25),
        )
    finally:
        db.dispose()


def _write_over(paths: DataPaths, app_id: int, column: str) -> None:
    another_program_writes(
        paths, f'UPDATE application SET "{column}" = ? WHERE id = ?', (GARBAGE, app_id)
    )


def _detail(app: object) -> str:
    """The detail panel's text, as it shows."""
    from textual.widgets import Static

    body = app.screen.query_one("#pipeline-detail-body", Static)  # type: ignore[attr-defined]
    assert body.display and body.region.width > 0
    return str(body.render())


def _line_of(text: str, label: str) -> str:
    """The detail's line for ``label`` ("Applied    unreadable")."""
    found = [line for line in text.splitlines() if line.startswith(f"{label:<10} ")]
    assert found, text
    return found[0]


def test_the_walk_covers_the_days_the_detail_shows() -> None:
    assert set(SHOWN) <= set(DATE_COLUMNS)
    assert {"created_at", "updated_at", "ghost_dismissed_on"} <= set(DATE_COLUMNS)


@pytest.mark.parametrize("column", DATE_COLUMNS)
async def test_an_application_with_an_unreadable_day_opens_saying_so(
    opened_paths: DataPaths, column: str
) -> None:
    app_id = _one_application(opened_paths)
    _write_over(opened_paths, app_id, column)
    async with app_on(opened_paths, "pipeline", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle_workers(pilot)
        text = _detail(app)
        assert "Copperline" in text
        assert "Something went wrong" not in screen_text(app)
        for shown_column, label in SHOWN.items():
            line = _line_of(text, label).split()
            if shown_column == column:
                assert "unreadable" in line, line
            else:
                assert "unreadable" not in line, line
        assert GARBAGE not in text and "garbage" not in text
        assert app.focused is not None
        assert focus_problem(app) is None


@pytest.mark.parametrize("column", sorted(SHOWN))
async def test_the_edit_form_writes_a_good_day_over_an_unreadable_one(
    opened_paths: DataPaths, column: str
) -> None:
    from bounceback_tui.ui.kit.form import FormScreen
    from tests.ui_harness import fill

    app_id = _one_application(opened_paths)
    _write_over(opened_paths, app_id, column)
    async with app_on(opened_paths, "pipeline", size=(160, 40)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle_workers(pilot)
        await pilot.press("e")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, **{column: GOOD[column]})
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen), screen_text(app)
        line = _line_of(_detail(app), SHOWN[column])
        assert GOOD[column] in line
        assert "unreadable" not in line
        assert focus_problem(app) is None
    conn = sqlite3.connect(opened_paths.database)
    try:
        stored = conn.execute(f'SELECT "{column}" FROM application WHERE id = ?', (app_id,))
        assert stored.fetchone()[0] == GOOD[column]
    finally:
        conn.close()


async def test_a_move_in_its_timeline_whose_day_is_unreadable_says_so(
    opened_paths: DataPaths,
) -> None:
    """`stage_change.changed_on` written over: the timeline lists the move, "unreadable"
    where its day goes, and the moves around it as they were."""
    from bounceback_tui.store.database import Database

    db = Database(opened_paths.database)
    try:
        app_id = put(
            db,
            "Copperline",
            [
                ("applied", D(2026, 3, 2)),
                ("screening", D(2026, 3, 9)),
                ("interviewing", D(2026, 3, 12)),
            ],
            date_applied=D(2026, 3, 2),
        )
    finally:
        db.dispose()
    another_program_writes(
        opened_paths,
        "UPDATE stage_change SET changed_on = ? WHERE application_id = ? "
        "AND to_stage = 'screening'",
        (GARBAGE, app_id),
    )
    async with app_on(opened_paths, "pipeline", size=(160, 50)) as (app, pilot, pane):
        assert pane.select_item(app_id)
        await settle_workers(pilot)
        text = _detail(app)
        assert "Something went wrong" not in screen_text(app)
        timeline = text.split("Timeline", 1)[1].splitlines()
        moves = [line.split()[1:3] for line in timeline if line[:1] in ("○", "●")]
        assert moves == [
            ["2026-03-02", "Applied"],
            ["unreadable", "Screening"],
            ["2026-03-12", "Interviewing"],
        ], text
        assert "garbage" not in text
        assert focus_problem(app) is None
