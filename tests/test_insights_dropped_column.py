"""What's working meeting a column dropped while the app is open names the fix as every
other pane does: `bounceback-tui --data-dir … restore`, with this window's --data-dir.

Before, its read (sqlite3 alone, store/read_failure.py) named a bare `bounceback-tui
restore`, which would restore into the default store, not this window's.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.insights.screen import InsightsScreen
from tests.test_care_insights_ui import _insert_apps
from tests.ui_harness import settle, settle_workers


async def test_a_dropped_column_names_this_windows_data_dir(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The store a command finds by itself is another one: this window's needs --data-dir.
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "elsewhere"))
    _insert_apps(opened_paths.database)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle_workers(pilot)
        conn = sqlite3.connect(opened_paths.database)
        conn.execute("ALTER TABLE application DROP COLUMN source")  # another program
        conn.commit()
        conn.close()
        await pilot.press("w")
        await settle(pilot, 4)
        await settle_workers(pilot)
        await settle(pilot, 2)
        assert isinstance(app.screen, InsightsScreen)
        said = str(app.screen.query_one("#insights-summary").render())
        assert "lacks the column source" in said
        assert f"bounceback-tui --data-dir {opened_paths.data_dir} restore" in said
