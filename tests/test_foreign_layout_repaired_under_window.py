"""A store file moved over the open one, refused for another program's trigger, then put
right with `bounceback-tui repair` from another shell: the window takes it up and says so
once, and the next save goes there (it refused every save until a restart: the window looked
at a file again only when another file was put in its place, and `repair` works in place)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.replaced_files import another_store, replace_by_hand, skill, titles_at, with_a_trigger
from tests.screen_text import is_on_screen
from tests.test_store_file_replaced_ui import _notes, on_skills
from tests.ui_harness import fill, settle, settle_workers


async def test_a_file_repaired_in_place_is_taken_up_by_the_open_window(
    opened_paths: DataPaths, tmp_path: Path, empty_store_template: Path
) -> None:
    db = Database(opened_paths.database)
    skill(db, "Mine")
    db.close()
    other = another_store(tmp_path, empty_store_template, "Theirs")
    with_a_trigger(other)
    async with on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()
        replace_by_hand(opened_paths.database, other)
        app._watch_tick()
        await settle(pilot)
        (refused,) = _notes(app, "Store replaced")
        assert "cannot be used" in refused
        app._watch_tick()  # the same file, unchanged: not said again
        assert len(_notes(app, "Store replaced")) == 1
        conn = sqlite3.connect(opened_paths.database)  # changed, and refused as before
        conn.execute("INSERT INTO zz_log VALUES (2)")
        conn.commit()
        conn.close()
        app._watch_tick()
        await settle_workers(pilot)
        assert len(_notes(app, "Store replaced")) == 1

        # From another shell.
        assert main(["--data-dir", str(opened_paths.data_dir), "repair"]) == 0
        app._watch_tick()
        await settle_workers(pilot)
        notes = _notes(app, "Store replaced")
        assert len(notes) == 2
        assert notes[1].startswith(
            "The store file was replaced outside the app: what you see is the new one."
        )
        assert is_on_screen(app, "Theirs")
        app._watch_tick()  # said once
        await settle(pilot)
        assert len(_notes(app, "Store replaced")) == 2

        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, title="Saved after the repair")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert titles_at(opened_paths.database) == ["Theirs", "Saved after the repair"]
        assert focus_problem(app) is None
