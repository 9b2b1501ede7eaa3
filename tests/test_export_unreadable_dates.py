"""Every export the command line offers, with a date another program wrote over, is never a
crash, and the Markdown journal says "unreadable" in the date's place.

A tester's walk: `sqlite3 store "update interview set starts_at='[b]garbage[/]'"`, then
`bounceback-tui export --format markdown`: "Something went wrong (ValueError: Invalid isoformat
string: …)". The journal read the interview's time, a no's day and a thought record's day as
dates without the shared reader (stored_dates.py). Here every date column is overwritten in
turn, with garbage and with garbage that begins like a day inside the period (so the journal's
"between these days" lets it through), and every format of `export --help` runs.
"""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.commands.export import FORMATS
from bounceback_tui.paths import DataPaths
from tests.test_stored_dates_unreadable import COLUMNS, CRASHED, GARBAGE
from tests.written_over import another_program_writes

MARKDOWN_RUNS = (["--format", "markdown"], ["--format", "markdown", "--from", "all", "--thoughts"])


def _exports() -> list[list[str]]:
    """One run of each format `export` offers (the journal twice: its period, and all)."""
    runs = [["--format", name] for name in FORMATS if name != "markdown"]
    assert "markdown" in FORMATS
    return [[*run, "-o", "-"] for run in (*runs, *MARKDOWN_RUNS)]


def _store_with(paths: DataPaths, table: str, column: str, value: str) -> None:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)
    changed = another_program_writes(
        paths,
        f'UPDATE "{table}" SET "{column}" = ? WHERE rowid = (SELECT min(rowid) FROM "{table}")',
        (value,),
    )
    if not changed:
        pytest.skip(f"the demo store has no {table} row")


def _in_period() -> str:
    """Garbage that sorts among the days of the journal's period (it asks the store for
    the rows "between" two days, as text)."""
    return f"{clock.today() - timedelta(days=3)}{GARBAGE}"


@pytest.mark.parametrize("kind", ["garbage", "in_period"])
@pytest.mark.parametrize(("table", "column"), COLUMNS, ids=[f"{t}.{c}" for t, c in COLUMNS])
def test_every_export_format_never_crashes_on_an_unreadable_date(
    opened_paths: DataPaths,
    capsys: pytest.CaptureFixture[str],
    table: str,
    column: str,
    kind: str,
) -> None:
    _store_with(opened_paths, table, column, GARBAGE if kind == "garbage" else _in_period())
    for command in [*_exports(), ["calendar", "-o", "-"]]:
        name = command[0] if command[0] == "calendar" else "export"
        args = command if name == "calendar" else ["export", *command]
        code = main([*args, "--data-dir", str(opened_paths.data_dir)])
        said = capsys.readouterr()
        assert code != CRASHED, (args, said.err)
        assert "Something went wrong" not in said.err, (args, said.err)


def _journal(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> str:
    code = main(["export", *MARKDOWN_RUNS[1], "-o", "-", "--data-dir", str(paths.data_dir)])
    said = capsys.readouterr()
    assert code == 0, said.err
    return said.out


def _first(paths: DataPaths, sql: str) -> tuple[str, ...]:
    conn = sqlite3.connect(paths.database)
    try:
        return tuple(conn.execute(sql).fetchone())
    finally:
        conn.close()


def test_the_journal_lists_an_interview_whose_time_is_unreadable(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_with(opened_paths, "interview", "starts_at", GARBAGE)
    company, role = _first(
        opened_paths,
        "SELECT a.company, a.role FROM interview v JOIN application a "
        "ON a.id = v.application_id WHERE v.starts_at = '[b]garbage[/]'",
    )
    journal = _journal(opened_paths, capsys)
    lines = [line for line in journal.splitlines() if line.startswith("- unreadable: ")]
    assert len(lines) == 1, journal
    assert company in lines[0] and role in lines[0], lines
    # The value as stored, quoted and escaped: Markdown never reads it as a link.
    assert lines[0].endswith("(its time could not be read: '\\[b\\]garbage\\[/\\]')"), lines


def test_the_journal_says_unreadable_for_a_no_whose_day_is_unreadable(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_with(opened_paths, "rejection", "rejected_on", _in_period())
    company, role = _first(
        opened_paths, "SELECT company, role FROM rejection ORDER BY rowid LIMIT 1"
    )
    journal = _journal(opened_paths, capsys)
    heading = [line for line in journal.splitlines() if line.startswith(f"### {company}: {role}")]
    assert heading and heading[0].endswith("(unreadable)"), journal
