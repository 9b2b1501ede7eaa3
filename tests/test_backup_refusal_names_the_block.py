"""`backup` and `export` refused for what actually stops them.

A walk: a store whose own version trigger was dropped and that also carried another program's
table and view was refused with "it has a table zz_t the app does not make … Nothing was
backed up: it would carry that on", though a foreign table alone is now left out of the copy:
the missing trigger is what blocks, and it was not named. A column added that SQLite cannot
drop (another column made from it) failed the backup with "Could not write a backup in
…/backups (error in table application after drop column: …)", which reads as a disk or folder
problem.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import list_backups
from tests.helpers import file_digest

OWN_MISSING_AND_FOREIGN = (
    "DROP TRIGGER application_version",
    "CREATE TABLE zz_t(x)",
    "CREATE VIEW zz_v AS SELECT 1",
)
KEPT_COLUMN = (
    "ALTER TABLE application ADD COLUMN zz_base INTEGER",
    "ALTER TABLE application ADD COLUMN zz_made INTEGER GENERATED ALWAYS AS (zz_base + 1)",
)


def _run(paths: DataPaths, *statements: str) -> None:
    conn = sqlite3.connect(paths.database)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _said(err: str) -> str:
    return " ".join(err.split())


@pytest.mark.parametrize(
    ("command", "undone"),
    [(["backup"], "backed up"), (["export", "-o", "-"], "exported")],
)
def test_the_missing_own_trigger_is_named_as_the_block(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], command: list[str], undone: str
) -> None:
    _run(opened_paths, *OWN_MISSING_AND_FOREIGN)
    capsys.readouterr()
    assert main([*command, "--data-dir", str(opened_paths.data_dir)]) == 1
    err = _said(capsys.readouterr().err)
    block = "it is missing a trigger (application_version) that bounceback-tui makes"
    assert block in err, err
    assert err.index(block) < err.index(f"Nothing was {undone}: it would carry that on."), err
    assert "has a table zz_t the app does not make" not in err  # not given as the reason
    # the foreign ones are said after, as what alone would not stop it
    later = err[err.index(f"Nothing was {undone}") :]
    assert "zz_t" in later and "zz_v" in later, err
    assert "repair` puts that right after a backup." in err
    assert not list_backups(opened_paths)


def test_a_column_that_cannot_be_left_out_is_said_as_such(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _run(opened_paths, *KEPT_COLUMN)
    store = file_digest(opened_paths.database)
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 1
    err = _said(capsys.readouterr().err)
    assert "Could not write a backup" not in err, err
    assert "after drop column" not in err, err  # SQLite's words are not the reason
    assert "application.zz_base" in err, err
    assert "cannot be left out" in err and "something else in the store uses it" in err, err
    assert "repair` cannot remove it either" in err, err
    assert "export" in err, err  # what can still be done
    assert file_digest(opened_paths.database) == store
    assert not list_backups(opened_paths)
