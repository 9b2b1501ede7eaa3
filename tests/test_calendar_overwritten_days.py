"""`calendar` with a day or time another program wrote over in a way that still passes the
export's own SQL window: '2026-12-07x' sorts as a day inside it, and a time with a trailing
space is read by SQLite's datetime() but is no time to Python. Before, the export took them
as dates and died ("Something went wrong", exit 70); now such a row has no event and the
rest of the calendar is written.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import fill_every_table
from tests.written_over import another_program_writes

CRASHED = 70


@pytest.mark.parametrize(
    ("table", "column"),
    [
        ("application", "next_follow_up"),
        ("contact", "next_follow_up"),
        ("skill", "target_date"),
        ("interview", "starts_at"),
    ],
)
def test_calendar_skips_a_day_written_over_inside_its_window(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], table: str, column: str
) -> None:
    fill_every_table(opened_paths)
    today = clock.today()
    if column == "starts_at":  # read by SQLite's datetime(), not by Python's
        value = f"{today + timedelta(days=1)} 10:00:00 "
    else:  # inside `BETWEEN today AND last_day` as text
        value = f"{today.isoformat()}x"
    changed = another_program_writes(opened_paths, f'UPDATE "{table}" SET "{column}" = ?', (value,))
    assert changed
    code = main(["calendar", "-o", "-", "--data-dir", str(opened_paths.data_dir)])
    said = capsys.readouterr()
    assert code != CRASHED, said.err
    assert "Something went wrong" not in said.err
    assert "BEGIN:VCALENDAR" in said.out
