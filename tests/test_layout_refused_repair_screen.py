"""A store the launch refuses for its layout is offered to be repaired on the store-problem
screen, "Repair it" first.

The launch printed one sentence naming `bounceback-tui repair` and ended with status 1: a
store behind this version carrying another program's trigger could only be opened by
copying a command out of an error. Now the screen says what repair does (a copy kept first,
the names of what is removed), runs what `repair` runs, and the store opens brought up to
date; quitting leaves the file as it was; a layout `repair` would not mend is not offered.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable

import pytest
from textual.pilot import Pilot
from textual.widgets import Button

from bounceback_tui.cli import main
from bounceback_tui.commands.layout_refused import layout_refusal
from bounceback_tui.commands.run_app import resolve_store_problem
from bounceback_tui.errors import ForeignLayoutError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.screens.store_problem import StoreProblemApp
from tests.helpers import at_a_terminal, file_digest
from tests.old_backups import store_at_version
from tests.quiet import until_drained
from tests.screen_text import flat, screen_text

TRIGGER = "zz_[b]evil"  # another program's, its name with what markup would take


def _older_store(paths: DataPaths, *statements: str) -> None:
    """A store of schema 7 (behind this version) with one application, then ``statements``."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    store_at_version(paths.database, 7)
    conn = sqlite3.connect(paths.database)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _with_a_trigger(paths: DataPaths) -> None:
    _older_store(
        paths,
        "CREATE TABLE zz_log (n INTEGER)",
        f'CREATE TRIGGER "{TRIGGER}" AFTER INSERT ON summary_funnel_application '
        "BEGIN INSERT INTO zz_log VALUES (1); END",
    )


def _names(path: object) -> set[str]:
    conn = sqlite3.connect(path)  # type: ignore[arg-type]
    try:
        return {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    finally:
        conn.close()


def _screen(paths: DataPaths, monkeypatch: pytest.MonkeyPatch) -> StoreProblemApp:
    """The screen the launch shows for this store, not run."""
    made: list[StoreProblemApp] = []

    def run(app: StoreProblemApp) -> bool:
        made.append(app)
        return False

    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", run)
    with pytest.raises(ForeignLayoutError) as refused:
        open_store(paths)
    said, layout = layout_refusal(paths, refused.value)
    assert resolve_store_problem(paths, said, layout=layout) is False
    (app,) = made
    app.quiet_s = 0
    return app


def _said(app: StoreProblemApp, selector: str) -> str:
    return flat(str(app.query_one(selector).render()))


async def _settled(pilot: Pilot[bool]) -> None:
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    await pilot.pause()


async def test_repair_it_is_first_and_opens_the_store_put_right(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_a_trigger(data_paths)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = flat(screen_text(app))
        assert _said(app, "#problem-text").startswith(
            f"Your store holds a trigger ({TRIGGER}) and a table (zz_log) that bounceback-tui "
            "does not make"
        )
        assert "p Repair it" in text
        assert _said(app, "#problem-repair-said") == (
            "A copy of the store is kept first, in the backups folder. Then the trigger "
            f"{TRIGGER} and the table zz_log, which bounceback-tui does not make, are removed, "
            "and the store is brought up to date."
        )
        assert "f Start fresh" in text  # as for the other refusals: the store kept aside
        assert app.focused is app.query_one("#repair", Button)
        await pilot.press("p")
        await _settled(pilot)
        said = _said(app, "#problem-result")
        assert said.startswith(
            f"Removed what the app does not make: trigger {TRIGGER}, table zz_log. The store "
            "as it was is kept as "
        )
        assert "it was then brought up to date from version 7." in said
        assert app.done and focus_problem(app) is None
        assert app.focused is app.query_one("#open", Button)
        await pilot.press("enter")
    assert app.return_value is True
    assert not {TRIGGER, "zz_log"} & _names(data_paths.database)
    assert open_store(data_paths).version == LATEST_VERSION  # opens as any store
    (kept,) = data_paths.backups.glob("*-before-repair.sqlite3")
    assert {TRIGGER, "zz_log"} <= _names(kept)  # the store as it was, to look at


def _launch_choosing(
    paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    choose: Callable[[StoreProblemApp, Pilot[bool]], Awaitable[None]],
) -> int:
    """The launch, its screen driven by ``choose``."""

    def run(app: StoreProblemApp) -> bool:
        async def drive() -> None:
            app.quiet_s = 0
            async with app.run_test(size=(80, 24)) as pilot:
                await pilot.pause()
                await choose(app, pilot)

        asyncio.run(drive())
        return bool(app.return_value)

    at_a_terminal(monkeypatch)
    monkeypatch.setattr(StoreProblemApp, "run", run)
    return main(["--data-dir", str(paths.data_dir)])


def test_quit_leaves_the_store_as_it_was(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_a_trigger(data_paths)
    digest = file_digest(data_paths.database)
    offered: list[str | None] = []

    async def quit_(app: StoreProblemApp, pilot: Pilot[bool]) -> None:
        offered.append(app.focused.id if app.focused else None)
        await pilot.press("q")

    assert _launch_choosing(data_paths, monkeypatch, quit_) == 1
    assert offered == ["repair"]
    assert file_digest(data_paths.database) == digest
    assert not data_paths.backups.exists() or not list(data_paths.backups.iterdir())


async def test_a_layout_repair_would_not_mend_is_not_offered(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_store(data_paths)
    back_up_store(data_paths)  # made at schema 7, before the change: a restore takes it
    # Another column is made from the one added: SQLite cannot drop it.
    conn = sqlite3.connect(data_paths.database)
    conn.execute("ALTER TABLE application ADD COLUMN zz_base INTEGER")
    conn.execute(
        "ALTER TABLE application ADD COLUMN zz_made INTEGER GENERATED ALWAYS AS (zz_base + 1)"
    )
    conn.commit()
    conn.close()
    digest = file_digest(data_paths.database)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Repair it" not in text and not app.query("#repair")
        assert _said(app, "#problem-no-repair") == (
            "Repair is not offered: it would not put this store right (the column "
            "application.zz_base cannot be removed: something else in the store uses it). A "
            "backup made before it was changed is the way back."
        )
        assert "r Restore the latest backup" in text
        assert app.focused is app.query_one("#restore", Button)
        await pilot.press("p")
        await pilot.pause()
        assert not app.done and focus_problem(app) is None
    assert file_digest(data_paths.database) == digest


async def test_repair_it_takes_and_names_the_remapped_key(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_a_trigger(data_paths)
    data_paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    data_paths.settings_file.write_text(
        '[keymap]\n"store_problem.repair" = "M"\n', encoding="utf-8"
    )
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settled(pilot)
        await until_drained(pilot)  # the key bar is drawn a moment after (one pause: blank)
        assert _said(app, "#repair") == "M Repair it"
        assert "M Repair it" in flat(screen_text(app).splitlines()[-1])  # the key bar
        await pilot.press("p")  # the usual key does nothing now
        await _settled(pilot)
        assert not app.done
        await pilot.press("M")
        await _settled(pilot)
        assert app.done
    assert not {TRIGGER, "zz_log"} & _names(data_paths.database)


async def test_a_repair_that_fails_is_said_and_offered_no_more(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    from bounceback_tui.store import layout as layout_module

    _with_a_trigger(data_paths)
    app = _screen(data_paths, monkeypatch)
    # Another program adds a column SQLite cannot drop while the screen is up.
    conn = sqlite3.connect(data_paths.database)
    conn.execute("ALTER TABLE application ADD COLUMN zz_base INTEGER")
    conn.execute(
        "ALTER TABLE application ADD COLUMN zz_made INTEGER GENERATED ALWAYS AS (zz_base + 1)"
    )
    conn.commit()
    conn.close()
    digest = file_digest(data_paths.database)
    assert layout_module.repair_kept_back(data_paths.database) is not None
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("p")
        await _settled(pilot)
        said = _said(app, "#problem-result")
        # Said as a person would; SQLite's words ("no such column") on the details line.
        assert said.startswith(
            "That did not work: Repair stopped: what another program added could not be "
            "removed, because something else in the store depends on it. Nothing was changed. "
            "The copy kept first is "
        ), said
        assert "no such column" not in said and "SQLite" not in said, said
        assert "no such column: zz_base" in _said(app, "#problem-details")
        assert not app.done and not app.query_one("#repair", Button).display
        # No backup offered: Start fresh is the way on (asked first), not Quit.
        assert app.focused is app.query_one("#fresh", Button)
        assert focus_problem(app) is None
        await pilot.press("p")
        await _settled(pilot)
        assert _said(app, "#problem-result") == said  # not tried again
        await pilot.press("q")
    assert app.return_value is False
    assert file_digest(data_paths.database) == digest


def _looks(backup_label: str | None) -> StoreProblemApp:
    from bounceback_tui.ui.screens.store_problem_repair import LayoutOffer

    return StoreProblemApp(
        "Your store holds a trigger (zz_[b]evil) and a table (zz_log) that bounceback-tui "
        "does not make (another program changed it, or it came back with a backup), and it "
        "is not brought up to this version until they are removed. Nothing was changed.",
        backup_label=backup_label,
        aside_name="bounceback.sqlite3.changed-20260316-093000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        layout=LayoutOffer(
            "A copy of the store is kept first, in the backups folder. Then the trigger "
            "zz_[b]evil and the table zz_log, which bounceback-tui does not make, are removed, "
            "and the store is brought up to date.",
            lambda: "Repaired.",
        ),
    )


def test_repair_it_looks_calm_at_80x24(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_looks(None), terminal_size=(80, 24))


def test_repair_it_beside_a_backup_looks_calm_at_120x40(snap_compare) -> None:  # type: ignore[no-untyped-def]
    assert snap_compare(_looks("daily, today 09:30: 3 applications"), terminal_size=(120, 40))
