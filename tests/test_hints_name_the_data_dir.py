"""A command the command line suggests names the --data-dir it was given, quoted for the
shell, so that run as written it acts on the same store (an attacker's walk, twenty-second
round: `--data-dir k2 restore` ended "Restore one with `bounceback-tui restore latest`.",
which restores the default store's latest backup; `import` and the launch on an unreadable
store said the same)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.backup import back_up_store, list_backups
from bounceback_tui.store.sqlite_file import open_store
from tests.transfer_fixtures import count


@pytest.fixture
def elsewhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """A store in "my store" under the current folder, with two backups; not the default
    store ($BOUNCEBACK_DATA_DIR, set by the suite to another folder)."""
    monkeypatch.chdir(tmp_path)
    paths = resolve_paths("my store")
    open_store(paths)
    back_up_store(paths)
    back_up_store(paths)
    return paths


def _commands(said: str) -> list[list[str]]:
    """Each `bounceback-tui …` quoted in ``said``, split as a shell would."""
    return [shlex.split(found) for found in re.findall(r"`(bounceback-tui[^`]*)`", said)]


def test_the_restore_list_names_the_data_dir(
    elsewhere: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", "my store", "restore"]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    folder = f"'{tmp_path / 'my store'}'"
    assert last == (
        f"Restore one with `bounceback-tui --data-dir {folder} restore latest` or "
        f"`bounceback-tui --data-dir {folder} restore 2`."
    )
    # Run as written, from another folder, it restores this store's backup.
    (latest, _) = _commands(last)
    assert latest[1:3] == ["--data-dir", str(tmp_path / "my store")]
    assert main([*latest[1:], "--yes"]) == 0
    assert "before-restore" in [b.label for b in list_backups(elsewhere)]
    assert not resolve_paths(None).backups.exists()  # the default store was not touched


def test_the_default_store_is_named_without_one(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    back_up_store(opened_paths)
    assert main(["restore"]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "Restore one with `bounceback-tui restore latest`."
    )


def test_the_way_back_from_an_import_names_the_data_dir(
    elsewhere: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "applied.csv"
    sheet.write_text("Company,Role\nAcme,Engineer\n")
    assert main(["--data-dir", "my store", "import", str(sheet), "--yes"]) == 0
    capsys.readouterr()
    sheet.write_text("Company,Role\nUmbrella,Developer\n")
    assert main(["--data-dir", "my store", "import", str(sheet), "--yes"]) == 0
    said = capsys.readouterr().out
    (backup,) = [b for b in list_backups(elsewhere) if b.label == "before-import"]
    (way_back,) = _commands(said)
    assert way_back == [
        "bounceback-tui",
        "--data-dir",
        str(tmp_path / "my store"),
        "restore",
        backup.name,
    ]
    assert main([*way_back[1:], "--yes"]) == 0
    assert count(elsewhere.database, "application") == 1


def test_an_unreadable_store_names_the_data_dir_in_each_way_out(
    elsewhere: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from bounceback_tui import commands
    from bounceback_tui.commands.run_app import resolve_store_problem
    from bounceback_tui.errors import BouncebackError, NotADatabaseError

    for suffix in ("-wal", "-shm"):
        Path(f"{elsewhere.database}{suffix}").unlink(missing_ok=True)
    elsewhere.database.write_bytes(elsewhere.database.read_bytes()[:5000])  # cut short
    option = f"--data-dir '{tmp_path / 'my store'}'"
    # Where the store-problem screen cannot be shown, its ways out are said instead.
    monkeypatch.setattr(commands, "not_a_terminal", lambda: "Standard input is not a terminal")
    with pytest.raises(NotADatabaseError) as problem:
        open_store(elsewhere)
    with pytest.raises(BouncebackError) as said:
        resolve_store_problem(resolve_paths("my store"), problem.value)
    assert f"`bounceback-tui {option} restore latest`" in str(said.value)
    assert f"run `bounceback-tui {option}` in a terminal" in str(said.value)
    # A command's refusal from the store itself names it too.
    assert main(["--data-dir", "my store", "today"]) == 1
    err = capsys.readouterr().err
    assert "restore a backup with" in err and f"`bounceback-tui {option} restore`" in err
