"""Every date or time the app reads, overwritten by another program, is never a crash.

A tester's walk: `sqlite3 store "update interview set starts_at='[b]garbage[/]'"` on a
demo store, then the app and its commands. Before, many readers took the stored text as a
date and died ("Something went wrong (ValueError: Invalid isoformat string: …)", exit 70).
For every date and time column of the store's tables (taken from the table classes, so a
new one is walked too), one row's value is overwritten; the app opens and every pane is
visited (moving down its list, so an item's detail is read), and `today`, `today --json`,
`export --format json|csv|markdown -o -` and `calendar -o -` run, none of them ending in a crash.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import Date, DateTime

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"
CRASHED = 70


def _date_columns() -> list[tuple[str, str]]:
    from sqlmodel import SQLModel

    import bounceback_tui.store.models  # noqa: F401  (every table class registered)

    found = []
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            if isinstance(column.type, Date | DateTime):
                found.append((table.name, column.name))
    return sorted(found)


COLUMNS = _date_columns()

# Readers not yet going through the shared way of reading a stored date (reported).
FASTREAD = "store/fastread.py (the today command's reads)"
NOT_YET: dict[tuple[str, str], str] = {}


def _cases() -> list[object]:
    cases = []
    for table, column in COLUMNS:
        marks = []
        if (table, column) in NOT_YET:
            marks.append(pytest.mark.xfail(strict=True, reason=NOT_YET[(table, column)]))
        cases.append(pytest.param(table, column, id=f"{table}.{column}", marks=marks))
    return cases


def _demo_with_garbage(paths: DataPaths, table: str, column: str) -> None:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)
    changed = another_program_writes(
        paths,
        f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = (SELECT min(rowid) FROM "{table}")',
        (GARBAGE,),
    )
    if not changed:
        pytest.skip(f"the demo store has no {table} row")


def _crashed_in() -> str:
    """The app's own line the last crash log ends in (which reader died)."""
    logs = sorted((Path.home() / ".local/state/bounceback-tui").glob("crash-*.log"))
    frames = (
        re.findall(
            r'File ".*?src/(bounceback_tui/[^"]+)", line (\d+), in (\w+)', logs[-1].read_text()
        )
        if logs
        else []
    )
    return ":".join(frames[-1]) if frames else "no crash log"


def test_every_date_column_is_walked() -> None:
    assert ("interview", "starts_at") in COLUMNS
    assert ("application", "date_applied") in COLUMNS


@pytest.mark.parametrize(("table", "column"), _cases())
async def test_the_app_and_commands_never_crash_on_an_unreadable_date(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], table: str, column: str
) -> None:
    _demo_with_garbage(opened_paths, table, column)
    where = ["--data-dir", str(opened_paths.data_dir)]
    for command in (
        ["today"],
        ["today", "--json"],
        ["export", "--format", "json", "-o", "-"],
        ["export", "--format", "csv", "-o", "-"],
        ["export", "--format", "markdown", "-o", "-"],
        ["export", "--format", "markdown", "--from", "all", "--thoughts", "-o", "-"],
        ["calendar", "-o", "-"],
    ):
        code = main([*command, *where])
        said = capsys.readouterr()
        assert code != CRASHED, (command, _crashed_in())
        assert "Something went wrong" not in said.err, (command, said.err)
    async with app_on(opened_paths, size=(160, 40)) as (app, pilot, _pane):
        for key in "123456":
            await pilot.press(key)
            await settle_workers(pilot)
            for _ in range(3):
                await pilot.press("down")
                await settle_workers(pilot)
            assert app.focused is not None


async def test_reframe_lists_a_record_whose_day_is_unreadable(opened_paths: DataPaths) -> None:
    """The record is still listed, its date column saying so, never a crash."""
    from tests.screen_text import screen_lines

    _demo_with_garbage(opened_paths, "thought_record", "created_at")
    async with app_on(opened_paths, "reframe", size=(160, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = screen_lines(app)
        assert any(line.split()[:1] == ["unreadable"] for line in lines if line.split()), lines
        assert app.focused is not None
