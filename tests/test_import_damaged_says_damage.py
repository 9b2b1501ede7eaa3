"""`import file.json` onto a store damaged inside names the damage, not --replace.

It said "already holds data … Use --replace", and `--replace` then refused because the store
is damaged (its backup first would not be kept): the advice led nowhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.helpers import file_digest
from tests.test_damage_names_the_fault import _break_a_leaf


@pytest.fixture
def export_and_broken(opened_paths: DataPaths, tmp_path: Path) -> tuple[DataPaths, Path]:
    from bounceback_tui.services.demo import fill_demo
    from bounceback_tui.transfer.json_export import export_json
    from tests.built_stores import store_once

    store_once(opened_paths, fill_demo, 30, force=True)
    exported = tmp_path / "e.json"
    with exported.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    _break_a_leaf(opened_paths.database)
    return opened_paths, exported


@pytest.mark.parametrize("extra", [["--yes"], ["--dry-run"]], ids=" ".join)
def test_import_onto_a_damaged_store_names_the_damage(
    export_and_broken: tuple[DataPaths, Path],
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
) -> None:
    paths, exported = export_and_broken
    digest = file_digest(paths.database)
    main(["import", str(exported), *extra])
    said = capsys.readouterr()
    words = said.out + said.err
    assert "damaged" in words, words
    assert "--replace" not in words, words
    assert file_digest(paths.database) == digest


def test_a_store_another_program_holds_locked_is_not_called_damaged(
    opened_paths: DataPaths,
) -> None:
    # SQLite's "database is locked" came back as the check's verdict, and the import called
    # a sound store "damaged inside", pointing at a backup (the round's code review).
    import sqlite3

    from bounceback_tui.errors import StoreDamagedError
    from bounceback_tui.store import backup
    from bounceback_tui.transfer.json_import import refuse_if_damaged

    holder = sqlite3.connect(opened_paths.database)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        said = backup.check_result(opened_paths.database, "quick_check")
        assert "locked" in said  # what SQLite answers the check while it is held
        try:
            refuse_if_damaged(opened_paths.database)
        except StoreDamagedError as exc:
            raise AssertionError(f"a locked store called damaged: {exc}") from exc
    finally:
        holder.rollback()
        holder.close()
