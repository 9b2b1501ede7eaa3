"""Today meeting a column dropped while the app is open names the way back as every other
read does: `bounceback-tui --data-dir … restore`, with this window's --data-dir; and what
does not mend it as `bounceback-tui --data-dir … repair`, not the default store's `repair`.

Before, Today's read (sqlite3 alone, services/today.load_today) named a bare
`bounceback-tui restore`, which lists and restores the backups of the default store, not
this window's.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from tests.transfer_fixtures import fill_every_table
from tests.ui_harness import app_on, keep_toasts, settle_workers


async def test_today_reading_a_dropped_column_names_this_windows_data_dir(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store a command finds by itself is another one: this window's needs --data-dir.
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "elsewhere"))
    fill_every_table(opened_paths)
    async with app_on(opened_paths, None, notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        pane = run.app.current_pane
        conn = sqlite3.connect(opened_paths.database)
        conn.execute("ALTER TABLE check_in DROP COLUMN mood")  # another program
        conn.commit()
        conn.close()
        await run.pilot.press("ctrl+r")  # read the store again, as the person asks
        await settle_workers(run.pilot)
        lacking = [line for line in said if "lacks the column mood" in line]
        assert lacking, said
        assert f"`bounceback-tui --data-dir {opened_paths.data_dir} restore`" in lacking[0]
        assert "`bounceback-tui restore`" not in lacking[0]
        # What does not mend it is named as this window names it too: a bare `repair` is
        # the default store's.
        repair = f"`bounceback-tui --data-dir {opened_paths.data_dir} repair` does not mend that"
        assert repair in lacking[0]
        assert "`bounceback-tui repair`" not in lacking[0]
        assert run.app.current_pane is pane
        focused = run.app.focused
        assert focused is not None and (focused is pane or pane in focused.ancestors)
