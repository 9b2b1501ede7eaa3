"""`backup` and `export` run on a store that carries another program's trigger, table, view or
column: the copy and the export hold the app's own data only, and the store is left byte for
byte as it was (`repair` is what cleans it).

The thirtieth round left it: backups had learned to leave such things out of the copy, yet
`backup`, the app's Back up and a JSON export still refused the store ("Nothing was backed up:
it would carry that on"), so the one moment a person most wants a copy they got none. One of
the app's own triggers, indexes or views changed or missing is still refused: a copy of a
store whose own rules were rewritten may hold rows those rules would never have written.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import list_backups
from bounceback_tui.ui.app import BouncebackApp
from tests.helpers import file_digest
from tests.test_foreign_layout_cleared import FOREIGN
from tests.test_own_layout_changed import REPLACED
from tests.transfer_fixtures import dump_store, fill_every_table

COLUMN = "ALTER TABLE application ADD COLUMN zz_col TEXT"
THEIRS = {"zz_evil", "zz_extra", "zz_seen"}
SAID = (
    "The backup leaves out a trigger (zz_evil), a view (zz_seen), a table (zz_extra) and a "
    "column (application.zz_col) that bounceback-tui does not make; your store is unchanged, "
    "and `bounceback-tui "
)


def _run(paths: DataPaths, *statements: str) -> None:
    conn = sqlite3.connect(paths.database)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


def _names(path: Path) -> set[str]:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    names = {str(row[0]) for row in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    return names


@pytest.fixture
def theirs(opened_paths: DataPaths) -> tuple[DataPaths, object]:
    """A filled store, what it held before another program added to it."""
    fill_every_table(opened_paths)
    data = dump_store(opened_paths.database, versions=False)
    _run(opened_paths, *FOREIGN, COLUMN)
    return opened_paths, data


def test_backup_leaves_them_out_says_so_and_restores_cleanly(
    theirs: tuple[DataPaths, object], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths, data = theirs
    store = file_digest(paths.database)
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    said = [line for line in out.splitlines() if "does not make" in line]
    assert len(said) == 1, out
    assert said[0].startswith(SAID), said
    assert said[0].endswith(" repair` removes them."), said
    assert file_digest(paths.database) == store  # the store itself, byte for byte
    (made,) = [b.path for b in list_backups(paths)]
    assert not THEIRS & _names(made)
    fresh = tmp_path / "fresh"
    assert main(["restore", str(made), "--yes", "--data-dir", str(fresh)]) == 0
    restored = fresh / "bounceback.sqlite3"
    assert not THEIRS & _names(restored)
    assert dump_store(restored, versions=False) == data


def test_export_writes_only_the_apps_own_data_and_round_trips(
    theirs: tuple[DataPaths, object], tmp_path: Path
) -> None:
    paths, data = theirs
    store = file_digest(paths.database)
    exported = tmp_path / "all.json"
    assert main(["export", "-o", str(exported), "--data-dir", str(paths.data_dir)]) == 0
    assert file_digest(paths.database) == store
    tables = json.loads(exported.read_text())["tables"]
    assert not THEIRS & set(tables)
    assert all("zz_col" not in row for row in tables["application"])
    other = tmp_path / "other"
    assert main(["--data-dir", str(other), "import", str(exported)]) == 0
    assert dump_store(other / "bounceback.sqlite3", versions=False) == data


def test_an_own_trigger_changed_is_still_refused(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    fill_every_table(opened_paths)
    _run(opened_paths, *REPLACED, COLUMN)
    capsys.readouterr()
    assert main(["backup", "--data-dir", str(opened_paths.data_dir)]) == 1
    err = capsys.readouterr().err
    assert "Nothing was backed up: it would carry that on." in err
    assert "repair` puts that right after a backup." in err
    assert not list_backups(opened_paths)
    assert main(["export", "-o", "-", "--data-dir", str(opened_paths.data_dir)]) == 1
    assert "Nothing was exported: it would carry that on." in capsys.readouterr().err


async def test_back_up_now_in_the_app_says_what_it_left_out(
    theirs: tuple[DataPaths, object],
) -> None:
    from tests.test_transfer_palette import SIZE, _finish, _messages, _palette

    paths, _ = theirs
    app = BouncebackApp(paths)
    async with app.run_test(size=SIZE) as pilot:
        await _palette(pilot, "back up now")
        await _finish(app, pilot)
        saved = [m for m in _messages(app) if m.startswith("Saved a copy to")]
        assert len(saved) == 1, _messages(app)
        assert SAID in " ".join(saved[0].split()), saved
        assert saved[0].endswith(" repair` removes them.")
    (made,) = [b.path for b in list_backups(paths) if b.label == "manual"]
    assert not THEIRS & _names(made)
    assert _names(paths.database) >= THEIRS  # `repair` cleans the store, not a backup
