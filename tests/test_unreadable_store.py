"""A store whose permissions let nobody read it (chmod 000) is never replaced, and is named
plainly (a fixer's walk): `export -o <another folder's store> --force` (and `calendar`,
and CSV) wrote over it, saying "It replaced a read-only file (--force)"; `restore` over it
said "read-only ... (chmod u+w)", which would not let it be read; a backup that cannot be
read was called "the store".

Root reads every file whatever its mode, so as root the commands run with that power taken
away (`setpriv`), as anyone else runs them."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store, list_backups
from tests.helpers import file_digest
from tests.transfer_fixtures import fill_every_table

SRC = Path(__file__).resolve().parents[1] / "src"


def _run(*args: str, **more_env: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "bounceback_tui", *args]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("root reads a chmod 000 file; setpriv is needed to run as others do")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", *command]
    env = {**os.environ, "PYTHONPATH": str(SRC), **more_env}
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)


@pytest.fixture
def filled(opened_paths: DataPaths) -> DataPaths:
    fill_every_table(opened_paths)
    back_up_store(opened_paths)
    return opened_paths


def _shut(path: Path) -> str:
    """``path`` made unreadable (chmod 000); what it held."""
    digest = file_digest(path)
    path.chmod(0)
    return digest


def _opened(path: Path) -> str:
    path.chmod(0o600)
    return file_digest(path)


@pytest.mark.parametrize(
    "command", [["export"], ["export", "--format", "csv"], ["calendar"]], ids=" ".join
)
def test_no_export_goes_over_a_store_that_cannot_be_read(
    filled: DataPaths, tmp_path: Path, command: list[str]
) -> None:
    other = tmp_path / "other"
    other.mkdir()
    store = other / "bounceback.sqlite3"
    shutil.copyfile(filled.database, store)
    digest = _shut(store)

    done = _run(*command, "-o", str(store), "--force")

    assert done.returncode == 1
    assert done.stderr == (
        f"bounceback-tui: {store} cannot be read (its permissions do not let you), so it may be "
        "a bounceback store or backup: an export is never written over a file it cannot read. "
        "Nothing was written; choose another file name.\n"
    )
    assert os.stat(store).st_mode & 0o777 == 0
    assert _opened(store) == digest


def test_restore_over_a_store_that_cannot_be_read_changes_nothing(filled: DataPaths) -> None:
    store = filled.database
    digest = _shut(store)
    said = (
        f"bounceback-tui: Cannot read the store at {store}: its permissions do not let you read "
        f"it. It was left as it was; to use it, make it readable and writable again (chmod "
        f"u+rw {shlex.quote(str(store))}).\n"
    )

    done = _run("restore", "latest", "--yes")
    assert (done.returncode, done.stderr) == (1, said)
    # The app's launch and a command that reads say the same. The launch names a driver, as
    # the tests' subprocesses run the app: away from a terminal it is refused before the store.
    assert _run(TEXTUAL_DRIVER="textual.drivers.headless_driver:HeadlessDriver").stderr == said
    assert _run("today").stderr == said

    assert [b.label for b in list_backups(filled)] == ["manual"]  # no "before-restore"
    assert os.stat(store).st_mode & 0o777 == 0
    assert _opened(store) == digest


def test_a_backup_that_cannot_be_read_is_named_as_the_backup(
    filled: DataPaths, tmp_path: Path
) -> None:
    backup = tmp_path / "kept.sqlite3"
    shutil.copyfile(list_backups(filled)[0].path, backup)
    _shut(backup)
    digest = file_digest(filled.database)

    done = _run("restore", str(backup), "--yes")

    assert done.returncode == 1
    assert done.stderr == (
        "bounceback-tui: The backup kept.sqlite3 cannot be read: its permissions do not let "
        "you read it; nothing was changed. Make it readable (chmod u+r), or choose another "
        "backup. `bounceback-tui restore` lists your backups.\n"
    )
    assert file_digest(filled.database) == digest


def _folder_said(folder: Path) -> str:
    return (
        f"bounceback-tui: Cannot read the folder {folder}: its permissions do not let you read "
        f"it. Nothing was changed; to use it, make it readable again (chmod u+rwx "
        f"{shlex.quote(str(folder))}).\n"
    )


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--format", "json", "-o", "{out}"],
        ["restore", "latest", "--yes"],
        ["restore"],
        ["backup"],
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_a_data_folder_that_cannot_be_read_is_named_as_that_folder(
    filled: DataPaths, tmp_path: Path, command: list[str]
) -> None:
    """`export` called the store file "the folder …/bounceback.sqlite3" and `restore` the
    backups folder, both "read-only or not yours" (a tester's walk); the data folder itself
    is what cannot be read."""
    folder = filled.data_dir
    out = tmp_path / "x.json"
    digest = file_digest(filled.database)
    folder.chmod(0)
    try:
        args = [part.replace("{out}", str(out)) for part in command]
        done = _run("--data-dir", str(folder), *args)
    finally:
        folder.chmod(0o700)
    assert (done.returncode, done.stderr) == (1, _folder_said(folder))
    assert not out.exists()
    assert file_digest(filled.database) == digest
    assert [b.label for b in list_backups(filled)] == ["manual"]


@pytest.mark.parametrize("command", [["restore", "latest", "--yes"], ["restore"], ["backup"]])
def test_a_backups_folder_that_cannot_be_read_is_named(
    filled: DataPaths, command: list[str]
) -> None:
    folder = filled.backups
    folder.chmod(0)
    try:
        done = _run("--data-dir", str(filled.data_dir), *command)
    finally:
        folder.chmod(0o700)
    assert (done.returncode, done.stderr) == (1, _folder_said(folder))
    assert [b.label for b in list_backups(filled)] == ["manual"]


def test_the_restore_list_marks_a_backup_that_cannot_be_read(filled: DataPaths) -> None:
    """The list marks what the restore would refuse (tests/test_restore_list_marks.py): a
    backup shut to you is said so there, before it is picked."""
    backup = list_backups(filled)[0].path
    digest = _shut(backup)
    try:
        done = _run("--data-dir", str(filled.data_dir), "restore")
    finally:
        assert _opened(backup) == digest
    line = next(line for line in done.stdout.splitlines() if line.endswith(backup.name))
    assert "  cannot be read (its permissions)  " in line
