"""An open window whose store file is replaced by hand says so, reads the new file, and never
saves into the old one (store level: tests/test_store_file_replaced.py).

A save the person makes before the window has taken up the new file is refused, the form
open as typed: what they typed was meant for the store they were looking at, and landing it
unseen in another file could put it beside (or over) rows of a different store. Once the
window shows the new file, the same save goes there.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.replaced_files import another_store, replace_by_hand, titles_at, titles_in
from tests.replaced_files import skill as _skill
from tests.screen_text import is_on_screen
from tests.ui_harness import NO_IDLE_CHECK, app_on, fill, settle, settle_workers


def on_skills(paths: DataPaths) -> Any:
    """The app on Skills, its toasts kept; the idle check runs when a test calls it."""
    return app_on(paths, "skills", notifications=True, watch_seconds=NO_IDLE_CHECK)


def _notes(app: object, title: str) -> list[str]:
    return [str(n.message) for n in app._notifications if n.title == title]  # type: ignore[attr-defined]


async def test_a_save_after_the_store_file_was_replaced_is_refused_then_goes_to_the_new_file(
    opened_paths: DataPaths, db: Database, tmp_path: Path, empty_store_template: Path
) -> None:
    path = opened_paths.database
    _skill(db, "Mine")
    db.close()
    other = another_store(tmp_path, empty_store_template, "Theirs")
    async with on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()  # the window's first look at its store
        assert is_on_screen(app, "Mine")
        held = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)  # the old file, kept open
        try:
            assert titles_in(held) == ["Mine"]  # its log opened while it is the store's
            replace_by_hand(path, other)
            await pilot.press("a")
            await settle(pilot)
            await fill(pilot, title="Typed after the move")
            await pilot.press("ctrl+s")
            await settle_workers(pilot)

            # Refused, the form open as typed, and nothing went into either file.
            assert isinstance(app.screen, FormScreen)
            assert app.screen.query_one("#field-title").value == "Typed after the move"
            said = str(app.screen.query_one("#form-message", Static).render())
            assert said.startswith(f"The store file at {path} was replaced outside the app;")
            assert titles_in(held) == ["Mine"]
            assert titles_at(path) == ["Theirs"]
            (note,) = _notes(app, "Store replaced")
            assert note.startswith("The store file was replaced outside the app:")
            assert "The store as this window had it is in the backups folder." in note

            # The window holds the new file now: the same save lands there.
            await pilot.press("ctrl+s")
            await settle_workers(pilot)
            assert not isinstance(app.screen, FormScreen)
            assert titles_at(path) == ["Theirs", "Typed after the move"]
            assert titles_in(held) == ["Mine"]
        finally:
            held.close()
        await settle(pilot)
        assert is_on_screen(app, "Theirs")
        assert not is_on_screen(app, "Mine")
        assert focus_problem(app) is None


async def test_the_watch_tick_notices_a_replaced_file_and_shows_the_new_one(
    opened_paths: DataPaths, db: Database, tmp_path: Path, empty_store_template: Path
) -> None:
    path = opened_paths.database
    _skill(db, "Mine")
    db.close()
    other = another_store(tmp_path, empty_store_template, "Theirs")
    async with on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()
        replace_by_hand(path, other)
        app._watch_tick()
        await settle_workers(pilot)
        assert is_on_screen(app, "Theirs")
        assert not is_on_screen(app, "Mine")
        assert len(_notes(app, "Store replaced")) == 1
        app._watch_tick()  # told once
        await settle(pilot)
        assert len(_notes(app, "Store replaced")) == 1
        assert focus_problem(app) is None
    assert titles_at(path) == ["Theirs"]


async def test_a_file_put_in_place_that_is_not_a_store_is_said_and_left_alone(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    path = opened_paths.database
    _skill(db, "Mine")
    db.close()
    other = tmp_path / "list.txt"
    other.write_bytes(b"not a store\n" * 100)
    async with on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()
        replace_by_hand(path, other)
        app._watch_tick()
        await settle_workers(pilot)
        (note,) = _notes(app, "Store replaced")
        assert "cannot be used" in note
        assert "is not a bounceback-tui store" in note
        app._watch_tick()
        await settle(pilot)
        assert len(_notes(app, "Store replaced")) == 1
        assert focus_problem(app) is None
    assert path.read_bytes() == b"not a store\n" * 100


async def test_a_store_file_moved_away_is_said_saves_are_refused_and_its_return_is_said(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    path = opened_paths.database
    _skill(db, "Mine")
    db.close()
    aside = tmp_path / "aside.sqlite3"
    async with on_skills(opened_paths) as (app, pilot, _pane):
        await settle(pilot)
        app._watch_tick()
        path.rename(aside)
        app._watch_tick()
        await settle(pilot)
        (gone,) = _notes(app, "Store file gone")
        # The path as a toast names a file (its folder and its name, on one line).
        assert gone.startswith(
            f"The store file at …/data/{path.name} was moved or deleted outside the app."
        )
        await pilot.press("a")
        await settle(pilot)
        await fill(pilot, title="While it is away")
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)  # refused, as typed
        said = str(app.screen.query_one("#form-message", Static).render())
        assert said.startswith(f"The store file at {path} is gone")
        assert len(_notes(app, "Store file gone")) == 1  # said once
        assert not path.exists()  # no empty store made in its place
        aside.rename(path)
        app._watch_tick()
        await settle(pilot)
        assert len(_notes(app, "Store file back")) == 1
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert not isinstance(app.screen, FormScreen)
        assert focus_problem(app) is None
    assert titles_at(path) == ["Mine", "While it is away"]


async def test_a_replaced_file_takes_away_what_u_would_bring_back(
    opened_paths: DataPaths, db: Database, tmp_path: Path, empty_store_template: Path
) -> None:
    """`u` after the file was replaced would put a row of the file let go into the new one:
    as after a restore (tests/test_two_windows_undo.py), what it could take back is dropped."""
    from tests.ui_harness import toasts

    path = opened_paths.database
    _skill(db, "Mine")
    db.close()
    other = another_store(tmp_path, empty_store_template, "Theirs")
    async with on_skills(opened_paths) as (app, pilot, pane):
        await settle(pilot)
        app._watch_tick()
        await pilot.press("d", "y")
        await settle_workers(pilot)
        assert pane.has_undo
        replace_by_hand(path, other)
        app._watch_tick()
        await settle_workers(pilot)
        assert not pane.has_undo
        await pilot.press("u")
        await settle_workers(pilot)
        assert "Nothing to undo here." in toasts(app)
        assert focus_problem(app) is None
    assert titles_at(path) == ["Theirs"]
