"""A restore rebuilds Today's summary from the rows it puts back.

The summary (``summary_day`` and its neighbours) is derived from the rows: a backup with a
tampered ``summary_day`` (five applications sent today that no row holds) was restored as it
was, and Today and `today` said "This week 5 of 7" over a week with none sent (the
twenty-eighth round's left-alone list).
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.summary_rebuild import SUMMARY_TABLES
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.screen_text import flat, screen_text
from tests.summary_oracle import expected_summary, stored_summary
from tests.transfer_fixtures import fill_every_table
from tests.ui_harness import settle_workers


def _today(paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> dict[str, object]:
    capsys.readouterr()
    assert main(["today", "--json", "--data-dir", str(paths.data_dir)]) == 0
    said: dict[str, object] = json.loads(capsys.readouterr().out)
    return said


def _funnel(path: Path) -> list[list[tuple[object, ...]]]:
    conn = sqlite3.connect(path)
    try:
        return [
            conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in (
                "summary_funnel_application",
                "summary_funnel_stage",
                "summary_reply_days",
            )
        ]
    finally:
        conn.close()


def _tampered(paths: DataPaths) -> Path:
    """A backup whose summary says five applications went out today, and a no yesterday
    with its plan finished; its rows say neither."""
    made = back_up_store(paths)
    conn = sqlite3.connect(made)
    conn.execute(
        "INSERT OR REPLACE INTO summary_day (day, sent, rejections, plans_open, plans_finished) "
        "VALUES (?, 5, 0, 0, 0)",
        (FIXED_TODAY.isoformat(),),
    )
    conn.execute("UPDATE summary_day SET plans_finished = plans_finished + 30")
    conn.execute("UPDATE summary_funnel_stage SET applications = applications + 9")
    conn.execute("DELETE FROM summary_reply_days")
    conn.commit()
    conn.close()
    return made


async def test_a_tampered_summary_is_rebuilt_from_the_rows(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    before = _today(opened_paths, capsys)
    assert before["applications_this_week"] == 0  # nothing sent this week in the rows
    funnel = _funnel(opened_paths.database)
    tampered = _tampered(opened_paths)
    assert _funnel(tampered) != funnel
    assert stored_summary(tampered) != expected_summary(tampered)
    assert main(["restore", str(tampered), "--yes", "--data-dir", str(opened_paths.data_dir)]) == 0
    assert stored_summary(opened_paths.database) == expected_summary(opened_paths.database)
    assert _funnel(opened_paths.database) == funnel  # the Pipeline's funnel is made again too
    after = _today(opened_paths, capsys)
    assert after["applications_this_week"] == 0
    assert after["plans_finished"] == before["plans_finished"]
    assert after == before
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        shown = flat(screen_text(app))
        assert "This week 0 of 7" in shown, shown
        assert f"Plans {before['plans_finished']} done" in shown, shown


def test_every_summary_table_of_the_store_is_rebuilt(opened_paths: DataPaths) -> None:
    """A summary table a later version adds is rebuilt too, or the rebuild refuses the
    restore: none is left as the backup had it."""
    conn = sqlite3.connect(opened_paths.database)
    names = {
        row[0]
        for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        if row[0].startswith("summary_")
    }
    conn.close()
    assert names == set(SUMMARY_TABLES)
