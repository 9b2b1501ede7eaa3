"""The care screens say when the person's people could not be read, never "add some".

A tester's walk: a column of `contact` dropped by another program while the app was open,
then "Talk it through": it listed nobody and said "Settings (,) can keep someone you would
call, and People (6) the ones you lean on… They show here.", advice to add people who
exist. It now says that the people could not be read, and why, as People's own box does.

Their read (sqlite3 alone) fails as every other read does (store/read_failure.py): the same
sentence, the way back named with this window's --data-dir, and damage taken to the app's
choices (restore a backup or start fresh).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from textual.screen import Screen
from textual.widgets import Static

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.app_screens import show_struggling, show_talk
from bounceback_tui.ui.care.crisis import CrisisScreen
from bounceback_tui.ui.care.talk import TalkScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.screen_text import flat
from tests.ui_harness import settle_workers


def _text(app: Any, selector: str) -> str:
    return flat(
        " ".join(str(w.render()) for w in app.screen.query(selector) if isinstance(w, Static))
    )


def _lose_a_column(paths: DataPaths) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute("ALTER TABLE contact DROP COLUMN phone")  # another program
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    ("show", "screen", "selector", "advice"),
    [
        (show_talk, TalkScreen, "#talk-text Static", "They show here"),
        (show_struggling, CrisisScreen, ".crisis-section", "and they show here"),
    ],
    ids=["talk it through", "struggling"],
)
async def test_a_care_screen_says_the_people_could_not_be_read(
    opened_paths: DataPaths,
    db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    show: Callable[[BouncebackApp], None],
    screen: type[Screen[Any]],
    selector: str,
    advice: str,
) -> None:
    # The store a command finds by itself is another one: this window's needs --data-dir.
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "elsewhere"))
    people_edits.add_contact(db, validate_contact({"name": "Maya", "kind": "support"}, FIXED_TODAY))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        _lose_a_column(opened_paths)
        show(app)
        await settle_workers(pilot)
        assert isinstance(app.screen, screen)
        said = _text(app, selector)
        assert "Your people could not be read" in said
        assert "its table contact lacks the column phone" in said
        assert f"`bounceback-tui --data-dir {opened_paths.data_dir} restore` lists them" in said
        assert f"`bounceback-tui --data-dir {opened_paths.data_dir} repair` does not mend" in said
        assert advice not in said  # advice to add people who exist
        assert "no such column" not in said
        assert focus_problem(app) is None


def _raising(error: Exception) -> Any:
    def read(*args: object, **kwargs: object) -> object:
        raise error

    return read


async def test_a_disk_error_reading_them_is_said_as_every_read_says_it(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    people_edits.add_contact(db, validate_contact({"name": "Maya", "kind": "support"}, FIXED_TODAY))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        monkeypatch.setattr(
            "bounceback_tui.services.care_people.support_people",
            _raising(sqlite3.OperationalError("disk I/O error")),
        )
        show_talk(app)
        await settle_workers(pilot)
        assert isinstance(app.screen, TalkScreen)
        said = _text(app, "#talk-text Static")
        assert "Your people could not be read" in said
        assert "The disk reported an error while using the store" in said
        assert "Check the disk, then try again." in said
        assert "disk I/O error" not in said
        assert focus_problem(app) is None


@pytest.mark.parametrize(
    ("show", "screen", "words"),
    [
        (show_struggling, CrisisScreen, "Or call your local emergency number"),
        (show_talk, TalkScreen, "Talk it through"),
    ],
    ids=["struggling", "talk it through"],
)
async def test_damage_met_reading_them_shows_the_screen_then_the_ways_out(
    opened_paths: DataPaths,
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
    show: Callable[[BouncebackApp], None],
    screen: type[Screen[Any]],
    words: str,
) -> None:
    """A person in crisis sees the screen's words (they need no store), the people said
    unread; closing it, the app ends on its choices (restore a backup or start fresh), as a
    pane's read meeting damage does. It ended the app under the screen being pushed, whose
    mount failed ("No nodes match '#crisis-text'"): a crash report, not the choices."""
    from bounceback_tui.ui.app import STORE_DAMAGED

    people_edits.add_contact(db, validate_contact({"name": "Maya", "kind": "support"}, FIXED_TODAY))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle_workers(pilot)
        monkeypatch.setattr(
            "bounceback_tui.services.care_people.support_people",
            _raising(sqlite3.DatabaseError("database disk image is malformed")),
        )
        show(app)
        await settle_workers(pilot)
        assert isinstance(app.screen, screen)
        assert app.return_value is None  # still open: the person reads it
        said = _text(app, "*")
        assert words in said
        assert "Your people could not be read" in said
        assert "is damaged inside" in said
        assert "the app offers to restore a backup or start fresh" in said
        assert "Maya" not in said
        assert focus_problem(app) is None
        await pilot.press("escape")  # closed
        await settle_workers(pilot)
    assert app.crash is None
    assert app.return_value == STORE_DAMAGED
    assert app.store_problem is not None and "is damaged" in str(app.store_problem)
