"""A backup is put back only if its layout is the app's: its tables (and their columns),
indexes, triggers and views are those the migrations make for its schema version. One that
only has more (another program's trigger, table or view) is put back without them
(tests/test_foreign_layout_backups.py).

An attacker's walk: a backup with a trigger `AFTER INSERT ON application` (a `javascript:`
link set, every skill deleted) restored, and the trigger fired on every later add, survived
`import --replace` and `demo --force`, and spread into every later backup; a backup with a
column dropped restored, and then every launch crashed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from tests.helpers import file_digest
from tests.transfer_fixtures import fill_every_table


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    return opened_paths


def _changed(paths: DataPaths, name: str, *statements: str) -> Path:
    """A backup of the store, moved out of the backups folder and changed by hand."""
    made = back_up_store(paths)
    copy = made.with_name(name)
    made.rename(copy)
    conn = sqlite3.connect(copy)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return copy


EVIL = (
    "CREATE TRIGGER zz_evil AFTER INSERT ON application BEGIN "
    "UPDATE application SET link = 'javascript:alert(1)' WHERE id = new.id; "
    "DELETE FROM skill; END"
)

CHANGES: dict[str, tuple[tuple[str, ...], str]] = {
    "column": (
        ("DROP INDEX IF EXISTS ix_application_link", "ALTER TABLE application DROP COLUMN link"),
        "its table application lacks the column link",
    ),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_backup_not_laid_out_as_the_app_makes_it_is_refused(
    filled: DataPaths, capsys: pytest.CaptureFixture[str], change: str
) -> None:
    statements, reason = CHANGES[change]
    odd = _changed(filled, "odd.sqlite3", *statements)
    digest = file_digest(filled.database)
    capsys.readouterr()
    code = main(["restore", str(odd), "--yes", "--data-dir", str(filled.data_dir)])
    assert code == 1
    err = capsys.readouterr().err
    assert (
        f"The backup odd.sqlite3 was not made by bounceback-tui, or was changed since: {reason}; "
        "nothing was changed."
    ) in err
    assert file_digest(filled.database) == digest


def test_a_table_replaced_by_a_view_is_refused(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = _changed(
        filled,
        "odd.sqlite3",
        "PRAGMA foreign_keys = OFF",
        "DROP TABLE followed_board",
        "CREATE VIEW followed_board AS SELECT 1 AS id",
    )
    capsys.readouterr()
    assert main(["restore", str(odd), "--yes", "--data-dir", str(filled.data_dir)]) == 1
    assert "its followed_board is a view, not a table" in capsys.readouterr().err


def test_latest_passes_over_a_changed_backup(
    filled: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    good = back_up_store(filled)
    good.rename(good.with_name("bounceback-20260101-090000-manual.sqlite3"))
    odd = _changed(filled, "x.sqlite3", *CHANGES["column"][0])
    odd.rename(filled.backups / "bounceback-20260201-090000-manual.sqlite3")
    capsys.readouterr()
    assert main(["restore", "--data-dir", str(filled.data_dir)]) == 0
    listed = capsys.readouterr().out
    assert "not made by bounceback-tui, cannot be used" in listed
    assert main(["restore", "latest", "--yes", "--data-dir", str(filled.data_dir)]) == 0
    assert "bounceback-20260101-090000-manual.sqlite3" in capsys.readouterr().out
    conn = sqlite3.connect(filled.database)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(application)")]
    conn.close()
    assert "link" in columns


def _with_store(paths: DataPaths, work: Callable[[sqlite3.Connection], None]) -> None:
    conn = sqlite3.connect(paths.database)
    work(conn)
    conn.commit()
    conn.close()


@pytest.mark.parametrize("command", [["backup"], ["export", "-o", "out.json"]])
def test_a_store_whose_own_trigger_was_replaced_is_not_backed_up_or_exported(
    filled: DataPaths, capsys: pytest.CaptureFixture[str], tmp_path: Path, command: list[str]
) -> None:
    # Another program's trigger alone is left out of both (test_foreign_layout_backup_allowed);
    # the app's own replaced under its name is not: rows it wrote would be carried on.
    def replace(conn: sqlite3.Connection) -> None:
        conn.execute("DROP TRIGGER application_version")
        conn.execute(EVIL.replace("zz_evil", "application_version"))

    _with_store(filled, replace)
    args = [*command[:-1], str(tmp_path / command[-1])] if len(command) > 1 else command
    capsys.readouterr()
    assert main([*args, "--data-dir", str(filled.data_dir)]) == 1
    err = capsys.readouterr().err
    said = " ".join(err.split())
    assert "has a trigger (application_version) changed from how bounceback-tui makes it" in said
    assert not (tmp_path / "out.json").exists()
