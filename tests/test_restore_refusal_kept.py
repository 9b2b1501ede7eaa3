"""`restore` names the command that lists the backups after a refusal, and keeps the refusal
as it was made: its kind (a backup from a newer version, one that cannot be read) and its
words without "Choose another backup." for a screen with no list to choose from. The command
re-raised it as a plain refusal of the whole sentence, the list's command included."""

from __future__ import annotations

import argparse
import shlex
import sqlite3

import pytest

from bounceback_tui.commands.restore import run
from bounceback_tui.errors import BackupRefusedError, NewerBackupError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store


def _listing(paths: DataPaths) -> str:
    option = f"--data-dir {shlex.quote(str(paths.data_dir))}"
    return f"`bounceback-tui {option} restore` lists your backups."


def _restore(paths: DataPaths, backup: str) -> BackupRefusedError:
    with pytest.raises(BackupRefusedError) as refused:
        run(argparse.Namespace(backup=backup, yes=True), paths)
    return refused.value


def test_a_backup_from_a_newer_version_is_refused_as_one(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(opened_paths.data_dir.parent / "another"))
    backup = back_up_store(opened_paths)
    conn = sqlite3.connect(backup)
    conn.execute("PRAGMA user_version = 999")
    conn.close()

    refused = _restore(opened_paths, str(backup))
    assert isinstance(refused, NewerBackupError)
    said = (
        f"The backup {backup.name} was made by a newer version of bounceback-tui, which this "
        "version cannot read; nothing was changed. Upgrade bounceback-tui to restore it"
    )
    assert str(refused) == f"{said}, or choose another backup. {_listing(opened_paths)}"
    assert refused.without_choosing == f"{said}."


def test_a_backup_whose_rows_cannot_be_used_keeps_its_words_without_the_choice(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(opened_paths.data_dir.parent / "another"))
    backup = back_up_store(opened_paths)
    conn = sqlite3.connect(backup)
    conn.execute(
        "INSERT INTO application (company, role, stage, created_at, updated_at) VALUES "
        "('Acme', 'Engineer', 'daydreaming', '2025-01-01 10:00:00', '2025-01-01 10:00:00')"
    )
    conn.commit()
    conn.close()

    refused = _restore(opened_paths, str(backup))
    assert str(refused).endswith(f" Choose another backup. {_listing(opened_paths)}")
    assert refused.without_choosing.startswith(
        f"The backup {backup.name} holds what the app cannot use ("
    )
    assert refused.without_choosing.endswith("; nothing was changed.")
