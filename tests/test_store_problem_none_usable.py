"""With backups none of which can be used, the store-problem screen says so and what can be
done, and never calls a backup the way back.

A store refused for its layout, "Repair it" not offered, read "A backup made before it was
changed is the way back." over a list of backups each marked as one that cannot be used, and
a store that cannot be opened showed only a greyed "Restore a backup (none of them can be
used)" (the thirty-second round's left-alone list). Now a note under the list says none of
them can be used, and offers Start fresh: what is kept, under which name, in which folder.
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.pilot import Pilot

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.screen_text import flat
from tests.store_problem_fixtures import chooser
from tests.test_launch_layout import _launch_choosing, _run
from tests.test_store_problem_marks import _backups, _newer, _scribbled
from tests.transfer_fixtures import fill_every_table


def _note(app: StoreProblemApp) -> str:
    found = app.query("#problem-none-usable")  # none at all: nothing said
    return "".join(flat(str(note.render())) for note in found if note.display)


async def test_a_store_that_cannot_be_opened_says_no_backup_can_be_used_and_offers_fresh(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(
        opened_paths,
        ("bounceback-20260316-090000-daily.sqlite3", _scribbled),
        ("bounceback-20260315-090000-manual.sqlite3", _newer),
    )
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        said = _note(app)
        assert said.startswith("None of your backups can be used"), said
        assert "start fresh (f)" in said, said
        assert f"the file that cannot be opened is kept as {app.aside_name} in " in said
        assert str(opened_paths.data_dir) in said.replace(" ", ""), said
        assert "never deleted" in said
        assert app.focused is not None and app.focused.id == "fresh"


async def test_a_usable_backup_gets_no_such_note(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _backups(opened_paths, ("bounceback-20260316-090000-daily.sqlite3", None))
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert _note(app) == ""


def test_a_layout_refusal_with_no_usable_backup_calls_none_the_way_back(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    made = back_up_store(opened_paths)  # made before the change, but by a newer version
    _newer(made)
    _run(opened_paths, "ALTER TABLE contact DROP COLUMN phone")
    notes: list[str] = []

    async def look_then_quit(app: StoreProblemApp, pilot: Pilot[bool]) -> None:
        notes.append(_note(app))
        await pilot.press("q")

    code, shown, opened = _launch_choosing(opened_paths, monkeypatch, look_then_quit)
    assert (code, opened) == (1, 0)
    (text,) = shown
    assert "is the way back" not in text, text
    assert "Repair is not offered" in text
    (note,) = notes
    assert note.startswith("None of your backups can be used"), note
    assert "your store, as it is, is kept as bounceback.sqlite3." in note, note
    assert sqlite3.connect(made).execute("PRAGMA user_version").fetchone() == (99,)
