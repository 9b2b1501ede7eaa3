"""A store carrying a trigger, table or view the app does not make (another program's, or one
that came back with a backup before backups were checked) opens as before, and the person is
told once, after the first screen; `bounceback-tui repair` backs it up and drops them.

An attacker's walk: a trigger `AFTER INSERT ON application` that rewrote links and deleted
every skill fired on every add, and nothing in the app said it was there.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_foreign_layout_cleared import _add_foreign, _names
from tests.test_restore_foreign_layout import EVIL
from tests.ui_harness import app_on, settle_workers

TITLE = "Something else changed your store"


def _notices(app: object) -> list[str]:
    return [str(n.message) for n in app._notifications if n.title == TITLE]  # type: ignore[attr-defined]


async def test_a_foreign_trigger_is_said_once_after_the_first_screen(
    opened_paths: DataPaths,
) -> None:
    conn = sqlite3.connect(opened_paths.database)
    conn.execute(EVIL)
    conn.commit()
    conn.close()
    async with app_on(opened_paths, notifications=True) as run:
        await settle_workers(run.pilot)
        said = _notices(run.app)
        assert len(said) == 1, said
        assert said[0].startswith(
            "Your store has a trigger (zz_evil) that bounceback-tui does not make; something "
            "else changed it. Nothing is saved until it is removed (backups and exports leave "
            "it out): `bounceback-tui "
        )
        assert said[0].endswith(" repair` removes it after a backup.")


async def test_their_names_are_text_never_markup(opened_paths: DataPaths) -> None:
    conn = sqlite3.connect(opened_paths.database)
    conn.execute('CREATE TABLE "[bold red]x[/]" (y TEXT)')
    conn.execute("CREATE VIEW zz_seen AS SELECT company FROM application")
    conn.commit()
    conn.close()
    async with app_on(opened_paths, notifications=True) as run:
        await settle_workers(run.pilot)
        said = _notices(run.app)
        assert len(said) == 1, said
        assert said[0].startswith(
            "Your store has a view (zz_seen) and a table ([bold red]x[/]) that bounceback-tui "
            "does not make;"
        )
        assert "until they are removed" in said[0]
        assert said[0].endswith(" repair` removes them after a backup.")


async def test_a_store_as_the_app_makes_it_is_not_told_anything(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, notifications=True) as run:
        await settle_workers(run.pilot)
        assert _notices(run.app) == []


def test_repair_backs_up_then_removes_what_the_app_does_not_make(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.transfer_fixtures import fill_every_table

    fill_every_table(opened_paths)
    _add_foreign(opened_paths)
    capsys.readouterr()
    assert main(["repair", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Backed up the store to" in out
    assert (
        "Removed what the app does not make: trigger zz_evil, view zz_seen, table zz_extra."
    ) in out
    assert not {"zz_evil", "zz_seen", "zz_extra"} & _names(opened_paths)
    saved = list(opened_paths.backups.glob("*-before-repair.sqlite3"))
    assert len(saved) == 1  # the store as it was, what was removed included
    conn = sqlite3.connect(saved[0])
    kept = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert {"zz_evil", "zz_seen", "zz_extra"} <= kept
    # Back up and export are no longer held.
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 0


def test_repair_on_a_store_as_the_app_makes_it_changes_nothing(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["repair", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "is as bounceback-tui makes it; nothing was changed." in out
    assert not opened_paths.backups.exists() or not list(opened_paths.backups.iterdir())


def test_backup_and_export_leave_them_out_and_name_repair(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _add_foreign(opened_paths)
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "The backup leaves out a trigger (zz_evil), a view (zz_seen) and a table" in out
    assert " repair` removes them." in out
    assert main(["export", "-o", "-", "--data-dir", str(opened_paths.data_dir)]) == 0
    assert "zz_extra" not in capsys.readouterr().out
