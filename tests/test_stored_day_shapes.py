"""Today's due reads, a stored day another program wrote in another shape: never a crash.

'[b]garbage[/]' sorts after every day and dropped out of the due reads by itself, but a day
with its time ('2024-01-05 00:00:00'), a day the other way round ('01/05/2024') or a number
sorts before today: it got through the reads and Today and `today` died on it ("Something
went wrong"). A follow-up's day (an application's, a person's) and a no's day (its plan's
steps and feedback request) are overwritten on every row; Today opens, `today` runs.
The SQL rule that a no's day reads and the app's reader of a stored day agree on each.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.stored_dates import stored_day
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

SHAPES = ["2024-01-05 00:00:00", "01/05/2024", 42, "[b]garbage[/]", "2024-01-05T09:30"]
CRASHED = 70


def _demo_with(paths: DataPaths, value: object) -> None:
    from bounceback_tui.services.demo import fill_demo
    from tests.built_stores import store_once

    store_once(paths, fill_demo, 40, force=True)
    another_program_writes(paths, "UPDATE application SET next_follow_up = ?", (value,))
    another_program_writes(paths, "UPDATE contact SET next_follow_up = ?", (value,))
    another_program_writes(paths, "UPDATE rejection SET rejected_on = ?", (value,))
    another_program_writes(paths, "UPDATE summary_open_plan SET rejected_on = ?", (value,))


@pytest.mark.parametrize("value", SHAPES[:3], ids=["with-time", "other-way-round", "number"])
async def test_today_reads_a_day_in_another_shape_without_a_crash(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], value: object
) -> None:
    _demo_with(opened_paths, value)
    where = ["--data-dir", str(opened_paths.data_dir)]
    for command in (["today"], ["today", "--json"]):
        code = main([*command, *where])
        said = capsys.readouterr()
        assert code == 0, (command, said.err)
        assert "Something went wrong" not in said.err, (command, said.err)
    async with app_on(opened_paths, size=(160, 40)) as (app, pilot, _pane):
        await settle_workers(pilot)
        assert app.focused is not None


@pytest.mark.parametrize("value", SHAPES)
def test_the_sql_rule_and_the_reader_agree_on_which_days_read(
    opened_paths: DataPaths, value: object
) -> None:
    from bounceback_tui.store.due_conditions import NO_DAY_READS
    from bounceback_tui.store.read_connection import ReadConnection

    with ReadConnection(opened_paths.database) as reader:
        (reads,) = reader.conn.execute(
            f"SELECT coalesce({NO_DAY_READS}, 0) FROM (SELECT ? AS rejected_on) r", (value,)
        ).fetchone()
    assert bool(reads) == (stored_day(value) is not None)


def test_a_day_with_its_time_reads_as_that_day() -> None:
    assert stored_day("2024-01-05 00:00:00") == date(2024, 1, 5)
    assert stored_day("01/05/2024") is None
    assert stored_day(42) is None
