"""The app's own export says what it left out, as `bounceback-tui export` does.

A JSON export of a store carrying another program's table writes the app's own tables only,
so it imports into a clean store. `export` on the command line says so in one line ("The
export leaves out a table (zz_extra) that bounceback-tui does not make; your store is
unchanged."); the export from the palette said "Saved everything (41 applications) to …"
and nothing more, so the file read as everything the store holds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.palette_fixtures_ui import export_form
from tests.transfer_fixtures import fill_every_table


async def test_the_export_from_the_palette_says_what_it_left_out(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    fill_every_table(opened_paths)
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("CREATE TABLE zz_extra (x TEXT)")
    conn.commit()
    conn.close()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await export_form(app, pilot)
        await pilot.press("enter")  # the form's path as offered
        await app.workers.wait_for_complete()
        await pilot.pause()
        said = [str(n.message) for n in app._notifications if n.title == "Exported"]
    assert len(said) == 1, [str(n.message) for n in app._notifications]
    flat = " ".join(said[0].split())
    assert flat.startswith("Saved everything"), flat
    assert "leaves out a table (zz_extra)" in flat, flat
    assert "your store is unchanged" in flat, flat
