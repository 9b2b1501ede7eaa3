"""A store missing a table or column the app uses is refused at launch, on the store-problem
screen, never opened with empty panes.

A tester's walk (demo store copies): `alter table contact drop column phone` on a copy, and
the app opened as if nothing were wrong. Today drew, People said "Nobody here yet … Press a
to add someone" over seven people stored, a toast said SQLite's "no such column: c.email",
and adding someone said "table contact has no column named phone", while `backup` and
`export` refused the same store. The launch looked at a store's layout only when it was
behind this version and carried another program's trigger. Now every table the app uses is
looked at before the first screen (one query on the prefetch's connection,
store/layout_tables.py), and such a store gets the store-problem screen: no Repair (it does
not mend that), a backup to restore, Start fresh, or quit leaving the file as it was.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.today import TodayPrefetch
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.layout_read import expected_layout
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.conftest import FIXED_TODAY
from tests.helpers import at_a_terminal, file_digest
from tests.screen_text import flat, screen_text
from tests.test_run_app import NoBackup, StandInApp
from tests.transfer_fixtures import count, fill_every_table

PARTS = ("text", "no-repair")  # what is wrong; why Repair it is not offered


def _run(paths: DataPaths, *statements: str) -> None:
    conn = sqlite3.connect(paths.database)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _launch_choosing(
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    choose: Callable[[StoreProblemApp, Pilot[bool]], Awaitable[None]],
) -> tuple[int, list[str], int]:
    """The launch, its store-problem screen (if any) driven by ``choose``: its exit status,
    the screen's text as it came up, and how many times the app itself was started."""
    import bounceback_tui.ui.app as app_module
    from bounceback_tui.commands import run_app as run_app_module

    shown: list[str] = []
    opened: list[DataPaths] = []

    def run(app: StoreProblemApp) -> bool:
        async def drive() -> None:
            app.quiet_s = 0
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.pause()
                said = [flat(str(app.query_one(f"#problem-{part}").render())) for part in PARTS]
                shown.append(" | ".join([*said, flat(screen_text(app))]))
                await choose(app, pilot)

        asyncio.run(drive())
        return bool(app.return_value)

    class TheApp(StandInApp):  # the app, not run: only that it was started
        def __init__(self, paths: DataPaths, **kwargs: object) -> None:
            opened.append(paths)

    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", run)
    monkeypatch.setattr(run_app_module, "DailyBackup", NoBackup)
    monkeypatch.setattr(app_module, "BouncebackApp", TheApp)
    code = main(["--data-dir", str(paths.data_dir)])
    return code, shown, len(opened)


async def _quit(app: StoreProblemApp, pilot: Pilot[bool]) -> None:
    await pilot.press("q")


@pytest.mark.parametrize("column", ["phone", "email"])
def test_a_column_of_the_apps_dropped_is_refused_on_the_store_problem_screen(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch, column: str
) -> None:
    fill_every_table(opened_paths)
    people = count(opened_paths.database, "contact")
    assert people > 0
    _run(opened_paths, f"ALTER TABLE contact DROP COLUMN {column}")
    digest = file_digest(opened_paths.database)
    code, shown, opened = _launch_choosing(opened_paths, monkeypatch, _quit)
    assert (code, opened) == (1, 0)  # never opened with panes that cannot read it
    (text,) = shown
    assert (
        "Your store is not as bounceback-tui makes it: its table contact lacks the column "
        f"{column} (another program changed it, or it came back with a backup), so it cannot "
        "be used as it is. Nothing was changed. | Repair is not offered: it would not put "
        f"this store right (its table contact lacks the column {column}). There is no backup "
        "of it to restore."
    ) in text
    # No backup at all: none is named as the way back (it said "A backup made before it was
    # changed is the way back" and offered none).
    assert "way back" not in text
    assert "Repair it" not in text
    assert "f Start fresh" in text
    assert file_digest(opened_paths.database) == digest
    assert count(opened_paths.database, "contact") == people


def test_a_backup_made_before_is_offered_and_the_app_opens_on_it(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill_every_table(opened_paths)
    back_up_store(opened_paths)  # made before the change: what a restore puts back
    _run(opened_paths, "DROP TABLE interview_contact")

    async def restore(app: StoreProblemApp, pilot: Pilot[bool]) -> None:
        await pilot.press("r")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.done
        await pilot.press("enter")

    code, shown, opened = _launch_choosing(opened_paths, monkeypatch, restore)
    assert (code, opened) == (0, 1)
    assert "its table interview_contact is missing" in shown[0]
    assert "r Restore the latest backup" in shown[0]
    conn = sqlite3.connect(opened_paths.database)
    try:
        names = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()
    assert "interview_contact" in names


def test_the_prefetch_refuses_it_whichever_way_the_store_was_opened(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.errors import StoreLayoutError
    from bounceback_tui.store.launch_open import open_store_at_launch, tables_on_the_spot

    _run(opened_paths, "ALTER TABLE contact DROP COLUMN phone")
    assert open_store_at_launch(opened_paths) is True  # its header vouches for it
    for checked in (True, False):  # the identity left to it, or made by open_store
        prefetch = TodayPrefetch(opened_paths.database, FIXED_TODAY, check_store=checked)
        with pytest.raises(StoreLayoutError) as refused:
            prefetch.confirm_store() if checked else prefetch.confirm_tables()
        assert refused.value.problem == "its table contact lacks the column phone"
    with pytest.raises(StoreLayoutError):  # no verdict from a prefetch: looked at here
        tables_on_the_spot(opened_paths.database)


def test_a_store_as_the_app_makes_it_and_one_with_a_column_more_are_not_refused(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.store.launch_open import tables_on_the_spot

    tables_on_the_spot(opened_paths.database)
    # What the app does not make is said after the first screen, and left out of backups.
    _run(opened_paths, "ALTER TABLE contact ADD COLUMN zz_extra TEXT")
    prefetch = TodayPrefetch(opened_paths.database, FIXED_TODAY, check_store=True)
    prefetch.confirm_store()


def test_the_tables_the_launch_looks_for_are_those_the_migrations_make() -> None:
    from bounceback_tui.store.layout_tables import APP_TABLES, TABLES_AT

    assert TABLES_AT == LATEST_VERSION
    made = {
        name: " ".join(part.columns)
        for name, part in expected_layout(LATEST_VERSION).items()
        if part.kind == "table"
    }
    assert made == APP_TABLES


async def _start_fresh_then_quit(app: StoreProblemApp, pilot: Pilot[bool]) -> None:
    await pilot.press("f")
    await pilot.pause()
    await pilot.press("y")  # the question's "Start fresh"
    await pilot.pause()
    assert app.done  # "Ready to go": the store is fine, and nothing failed
    await pilot.press("q")


def test_quitting_after_start_fresh_ends_without_a_failure(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Start fresh worked, then q on "Ready to go" ("… or q to quit") exited with code 1.
    fill_every_table(opened_paths)
    _run(opened_paths, "ALTER TABLE contact DROP COLUMN phone")
    code, _shown, opened = _launch_choosing(opened_paths, monkeypatch, _start_fresh_then_quit)
    assert (code, opened) == (0, 0)
