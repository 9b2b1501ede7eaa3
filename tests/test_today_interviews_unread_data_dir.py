"""Today's interviews that cannot be read name what does not mend it as this window names
it: `bounceback-tui --data-dir … repair`, not the default store's bare `repair`.

Before, the people part's read (services/today_people.py) named `bounceback-tui repair`
whatever the window's --data-dir, so the person was sent to mend another store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today_people import people_or_unread
from tests.transfer_fixtures import fill_every_table
from tests.ui_harness import app_on, settle_workers


def _drop_interview_people(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.database)  # another program, while the window is open
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE interview_contact")
    conn.commit()
    conn.close()


async def test_today_interviews_unread_name_this_windows_data_dir(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "elsewhere"))
    fill_every_table(opened_paths)
    async with app_on(opened_paths, None) as run:
        await settle_workers(run.pilot)
        pane = run.app.current_pane
        _drop_interview_people(opened_paths)
        pane._read_people_later()  # the part's own read, in a thread (ui/today/people_part.py)
        await settle_workers(run.pilot)
        unread = pane.people.unread
        assert unread, pane.people
        assert f"`bounceback-tui --data-dir {opened_paths.data_dir} repair`" in unread
        assert "`bounceback-tui repair`" not in unread


def test_the_interviews_read_in_a_thread_names_the_repair_it_is_given(
    opened_paths: DataPaths,
) -> None:
    fill_every_table(opened_paths)
    _drop_interview_people(opened_paths)
    mine = f"bounceback-tui --data-dir {opened_paths.data_dir} repair"
    unread = people_or_unread(opened_paths.database, mine).unread
    assert f"`{mine}`" in unread
    assert "`bounceback-tui repair`" not in unread
