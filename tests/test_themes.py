"""Themes: chosen from the palette or the settings screen, remembered across launches,
applied before the first paint, and readable in a light, a dark and an ANSI theme."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest
from textual.command import CommandPalette
from textual.widgets import Select

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.screens.settings import SettingsScreen
from tests.built_stores import store_once
from tests.palette_fixtures_ui import enter_query, settle

SIZE = (100, 30)


def _stored_theme(paths: DataPaths) -> str | None:
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute("SELECT value FROM setting WHERE key = 'theme'").fetchone()
    return json.loads(row[0]) if row else None


def _store_theme(paths: DataPaths, theme: str) -> None:
    db = Database(paths.database)
    try:
        save_setting(db, "theme", theme)
    finally:
        db.dispose()


async def test_theme_chosen_in_the_palette_survives_a_restart(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        assert app.theme == "textual-dark"
        await pilot.press("ctrl+p")
        await pilot.pause()
        await enter_query(pilot, "theme")
        await settle(pilot.app, pilot)
        await pilot.press("enter")  # Textual's own "Theme" command: a list of themes
        await settle(pilot.app, pilot)
        assert isinstance(app.screen, CommandPalette)
        await enter_query(pilot, "nord")
        await settle(pilot.app, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "nord"
        await pilot.press("q")
    assert _stored_theme(opened_paths) == "nord"

    relaunched = BouncebackApp(opened_paths)
    # Set when the app is built, before anything is drawn.
    assert relaunched.theme == "nord"
    async with relaunched.run_test(size=SIZE):
        assert relaunched.theme == "nord"
        assert relaunched.has_class("-theme-nord")


async def test_theme_chosen_in_settings_survives_a_restart(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)
        app.screen.query_one("#setting-theme", Select).value = "textual-light"
        await pilot.pause()
        assert app.theme == "textual-light"
    assert _stored_theme(opened_paths) == "textual-light"
    relaunched = BouncebackApp(opened_paths)
    async with relaunched.run_test(size=SIZE) as pilot:
        assert relaunched.theme == "textual-light"
        await pilot.press("comma")
        await pilot.pause()
        # The settings screen shows the theme in use.
        assert relaunched.screen.query_one("#setting-theme", Select).value == "textual-light"


async def test_every_change_is_saved_and_the_last_one_wins(opened_paths: DataPaths) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE) as pilot:
        for theme in ("gruvbox", "ansi-dark", "textual-light"):
            app.theme = theme
            await pilot.pause()
            assert _stored_theme(opened_paths) == theme


def test_starting_does_not_write_the_theme_back(opened_paths: DataPaths) -> None:
    _store_theme(opened_paths, "dracula")
    with sqlite3.connect(opened_paths.database) as conn:
        before = conn.execute("SELECT count(*) FROM setting").fetchone()[0]
    app = BouncebackApp(opened_paths)
    assert app.theme == "dracula"
    with sqlite3.connect(opened_paths.database) as conn:
        assert conn.execute("SELECT count(*) FROM setting").fetchone()[0] == before


def test_an_unknown_stored_theme_falls_back_quietly(opened_paths: DataPaths) -> None:
    _store_theme(opened_paths, "no-such-theme")
    assert BouncebackApp(opened_paths).theme == "textual-dark"


def test_a_missing_store_means_the_default_theme(data_paths: DataPaths) -> None:
    assert BouncebackApp(data_paths).theme == "textual-dark"


def test_the_stored_theme_is_read_without_the_orm(opened_paths: DataPaths) -> None:
    _store_theme(opened_paths, "textual-light")
    code = (
        "import sys\n"
        "from bounceback_tui.paths import resolve_paths\n"
        "from bounceback_tui.ui.app import BouncebackApp\n"
        f"app = BouncebackApp(resolve_paths({str(opened_paths.data_dir)!r}))\n"
        "assert app.theme == 'textual-light', app.theme\n"
        "assert 'sqlmodel' not in sys.modules and 'sqlalchemy' not in sys.modules\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# -- how it looks: one pane in each kind of theme, the demo data, time frozen -------------------


@pytest.mark.parametrize(
    ("theme", "key"),
    [("textual-light", "1"), ("textual-dark", "2"), ("ansi-dark", "5")],
    ids=["light-today", "dark-pipeline", "ansi-skills"],
)
def test_pane_in_theme(snap_compare, opened_paths: DataPaths, theme: str, key: str) -> None:  # type: ignore[no-untyped-def]
    store_once(opened_paths, fill_demo, 60)
    db = Database(opened_paths.database)
    save_setting(db, "theme", theme)
    db.dispose()
    assert snap_compare(BouncebackApp(opened_paths), press=[key], terminal_size=SIZE)
