"""Where data lives: overrides, defaults, and private permissions."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.sqlite_file import open_store


def test_explicit_data_dir_wins_over_environment(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "explicit")
    assert paths.data_dir == tmp_path / "explicit"
    assert paths.database == tmp_path / "explicit" / "bounceback.sqlite3"
    assert paths.backups == tmp_path / "explicit" / "backups"


def test_environment_variable_sets_data_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "from-env"))
    assert resolve_paths().data_dir == tmp_path / "from-env"


def test_default_is_platformdirs_user_data_folder(
    isolated_environment: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("BOUNCEBACK_DATA_DIR")
    monkeypatch.delenv("BOUNCEBACK_CONFIG_DIR")
    paths = resolve_paths()
    # XDG_DATA_HOME points into the fake home (see conftest), as platformdirs reads it on Linux.
    assert paths.data_dir == isolated_environment / ".local" / "share" / "bounceback-tui"
    assert paths.settings_file == (
        isolated_environment / ".config" / "bounceback-tui" / "settings.toml"
    )


def test_resolving_creates_nothing(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "not-yet")
    assert not paths.data_dir.exists()


def test_store_files_are_private(tmp_path: Path) -> None:
    paths = resolve_paths(tmp_path / "private" / "nested")
    open_store(paths)
    assert stat.S_IMODE(paths.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.database.stat().st_mode) == 0o600
    # The WAL and shared-memory files exist while a connection writes: private too.
    from bounceback_tui.services.settings import save_setting
    from bounceback_tui.store.database import Database

    db = Database(paths.database)
    try:
        save_setting(db, "weekly_goal", 4)
        for name in ("bounceback.sqlite3-wal", "bounceback.sqlite3-shm"):
            candidate = paths.data_dir / name
            assert candidate.exists(), name
            assert stat.S_IMODE(candidate.stat().st_mode) == 0o600, name
    finally:
        db.dispose()


def test_existing_loose_folder_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "loose"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    open_store(resolve_paths(folder))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_folder_holding_other_things_keeps_its_mode(tmp_path: Path) -> None:
    # `--data-dir ~/Documents` (or `.`) made the person's folder 0700 without a word (a
    # stranger's walk): who may read their other files changed, unasked. The store's own
    # files are private all the same; a folder of the app's own files alone is tightened.
    folder = tmp_path / "documents"
    folder.mkdir()
    folder.chmod(0o755)
    (folder / "cv.pdf").write_text("mine")
    open_store(resolve_paths(folder))
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "bounceback.sqlite3").stat().st_mode) == 0o600
    (folder / "cv.pdf").unlink()
    open_store(resolve_paths(folder))  # the store's files alone now: its own folder
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize("given", ["", "   "])
def test_an_empty_data_dir_is_refused_not_read_as_here(
    given: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--data-dir ""` opened a store in the current folder and tightened it to 0700.
    from bounceback_tui.cli import main

    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as stopped:
        main(["--data-dir", given, "today"])
    assert stopped.value.code == 2
    assert "--data-dir" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main([f"--data-dir={given}"])
    with pytest.raises(SystemExit):
        main(["boards", "list", "--data-dir", given])
    assert list(tmp_path.glob("bounceback*")) == []


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_loose_backups_folder_and_its_backups_are_tightened(opened_paths: DataPaths) -> None:
    # A backups folder left 0777, backups and all, stayed so through every launch and
    # `backup` once it held a backup (a stranger's walk); docs/privacy.md says 0700.
    from bounceback_tui.store.backup import back_up_store, daily_backup

    taken = daily_backup(opened_paths)
    assert taken is not None
    opened_paths.backups.chmod(0o777)
    taken.chmod(0o644)
    assert daily_backup(opened_paths) is None  # the launch's: today's is there already
    assert _mode(opened_paths.backups) == 0o700
    assert _mode(taken) == 0o600
    opened_paths.backups.chmod(0o777)
    taken.chmod(0o644)
    manual = back_up_store(opened_paths)  # `bounceback-tui backup`
    assert _mode(opened_paths.backups) == 0o700
    assert _mode(taken) == 0o600
    assert _mode(manual) == 0o600
    opened_paths.backups.chmod(0o777)
    manual.chmod(0o644)
    assert daily_backup(opened_paths, keep=0) is None  # a launch with daily backups off
    assert _mode(opened_paths.backups) == 0o700
    assert _mode(manual) == 0o600


def test_a_backups_folder_holding_other_things_keeps_its_mode(opened_paths: DataPaths) -> None:
    # As a data folder does: who may read the person's other files is not changed unasked.
    # The app's backups in it are made private all the same.
    from bounceback_tui.store.backup import back_up_store

    first = back_up_store(opened_paths)
    (opened_paths.backups / "notes.txt").write_text("mine")
    opened_paths.backups.chmod(0o755)
    first.chmod(0o644)
    back_up_store(opened_paths)
    assert _mode(opened_paths.backups) == 0o755
    assert _mode(first) == 0o600
    (opened_paths.backups / "notes.txt").unlink()
    back_up_store(opened_paths)  # backups alone now: the folder is the app's own
    assert _mode(opened_paths.backups) == 0o700
