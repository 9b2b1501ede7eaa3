"""A column of the app's dropped while the app is open (another program's `ALTER TABLE …
DROP COLUMN`): the next read or write says so in plain words and leaves the store as it was.

A tester's walk: the launch refuses a store lacking a column the app uses
(tests/test_launch_layout.py), but one dropped after the first screen was met with
"The store could not be used (no such column: a.notes)." on the next read or write, and `]`
on the Pipeline then crashed the app (its read after the refused move raised past it: "The
app stopped unexpectedly"). Now a read or write that meets it says what the launch says
("its table application lacks the column notes … Nothing was changed … restore a backup
made before it"), and one nothing catches ends the window on the launch's store-problem
screen (Restore, Start fresh, or quit with the file as it was), never a crash.
"""

from __future__ import annotations

import asyncio
import sqlite3

import pytest
from textual.pilot import Pilot

from bounceback_tui.cli import main
from bounceback_tui.domain.people import ContactInput
from bounceback_tui.errors import StoreError, StoreLayoutError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.people_edits import add_contact
from bounceback_tui.store.database import Database
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import at_a_terminal, file_digest
from tests.screen_text import flat, screen_text
from tests.test_run_app import NoBackup, StandInApp
from tests.transfer_fixtures import count, dump_store, fill_every_table
from tests.ui_harness import app_on, settle_workers

SAID = (
    "is not as bounceback-tui makes it: its table {table} lacks the column {column} (another "
    "program changed it, or it came back with a backup). Nothing was changed: it cannot be "
    "used as it is, and `bounceback-tui repair` does not mend that: restore a backup made "
    "before it ("
)


def _drop(paths: DataPaths, table: str, column: str) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.commit()
    conn.close()


def test_a_write_meeting_it_is_refused_in_plain_words_and_changes_nothing(
    opened_paths: DataPaths,
) -> None:
    fill_every_table(opened_paths)
    db = Database(opened_paths.database)  # open before the column goes, as the app is
    try:
        _drop(opened_paths, "contact", "phone")
        before = dump_store(opened_paths.database)
        with pytest.raises(StoreError) as refused:
            add_contact(db, ContactInput(name="Ada Lovelace", phone="555 0100"))
    finally:
        db.dispose()
    said = str(refused.value)
    assert SAID.format(table="contact", column="phone") in said
    assert "no column named" not in said and "no such column" not in said
    assert dump_store(opened_paths.database) == before


async def test_a_read_nothing_catches_ends_on_the_way_out_not_a_crash(
    opened_paths: DataPaths,
) -> None:
    fill_every_table(opened_paths)
    async with app_on(opened_paths, "pipeline") as run:
        await settle_workers(run.pilot)
        app = run.app
        _drop(opened_paths, "application", "notes")
        before = dump_store(opened_paths.database)
        # A move: its read fails, then the re-read after it. The app closes itself, and the
        # press would wait for it: it runs beside the wait for the app to end.
        pressed = asyncio.create_task(run.pilot.press("]"))
        for _ in range(400):
            if app.return_value is not None:
                break
            await asyncio.sleep(0.05)
        pressed.cancel()
    assert app.crash is None and not app.return_code
    assert isinstance(app.store_lacks, StoreLayoutError)
    assert SAID.format(table="application", column="notes") in str(app.store_lacks)
    assert dump_store(opened_paths.database) == before


def test_the_launchs_store_problem_screen_follows_and_quitting_leaves_the_file(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bounceback_tui.ui.app as app_module
    from bounceback_tui.commands import run_app as run_app_module

    fill_every_table(opened_paths)
    people = count(opened_paths.database, "contact")
    shown: list[str] = []
    ran: list[str] = []

    class MetItWhileOpen(StandInApp):  # the window met the column gone, then ended
        def __init__(self, paths: DataPaths, **kwargs: object) -> None:
            self.store_lacks = None

        def run(self) -> None:
            _drop(opened_paths, "contact", "phone")
            ran.append(file_digest(opened_paths.database))  # the file as the window left it
            self.store_lacks = StoreLayoutError(
                "its table contact lacks the column phone", opened_paths.database
            )

    def run(app: StoreProblemApp) -> bool:
        async def drive() -> None:
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                shown.append(flat(str(app.query_one("#problem-text").render())))
                shown.append(flat(screen_text(app)))
                await _quit(pilot)

        asyncio.run(drive())
        return bool(app.return_value)

    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", run)
    monkeypatch.setattr(run_app_module, "DailyBackup", NoBackup)
    monkeypatch.setattr(app_module, "BouncebackApp", MetItWhileOpen)
    code = main(["--data-dir", str(opened_paths.data_dir)])
    assert code == 1 and len(ran) == 1  # quit on the screen: the window is not opened again
    text, screen = shown
    assert (
        "Your store is not as bounceback-tui makes it: its table contact lacks the column "
        "phone (another program changed it, or it came back with a backup), so it cannot be "
        "used as it is. Nothing was changed."
    ) in text
    assert "Repair it" not in screen and "f Start fresh" in screen
    assert file_digest(opened_paths.database) == ran[0]
    assert count(opened_paths.database, "contact") == people


async def _quit(pilot: Pilot[bool]) -> None:
    await pilot.press("q")
