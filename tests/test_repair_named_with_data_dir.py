"""The app's Back up and Export refusals name `bounceback-tui repair` with this store's
`--data-dir`, as the launch's notice and the command line do.

A tester's walk: with a store that is not the default one, the launch's notice named
`bounceback-tui --data-dir … repair`, but Back up and Export (the app's) named plain
`bounceback-tui repair`, which acts on another store. All now come from one helper.
Another program's trigger no longer holds Back up back: what it says it left out names the
same command.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.errors import StoreError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.exports import back_up, export_to_file
from bounceback_tui.services.store_health import foreign_notice
from tests.test_foreign_layout_no_writes import TRIGGER
from tests.test_own_layout_changed import REPLACED


@pytest.fixture
def elsewhere(opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The app's own trigger replaced (still refused), the store not the default one."""
    conn = sqlite3.connect(opened_paths.database)
    for statement in REPLACED:
        conn.execute(statement)
    conn.commit()
    conn.close()
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "the-default-one"))
    return f"`bounceback-tui --data-dir {opened_paths.data_dir} repair`"


def test_back_up_names_repair_with_the_data_dir(opened_paths: DataPaths, elsewhere: str) -> None:
    with pytest.raises(StoreError) as refused:
        back_up(opened_paths)
    assert elsewhere in str(refused.value)


def test_back_up_says_what_it_left_out_with_the_data_dir(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = sqlite3.connect(opened_paths.database)
    conn.execute(TRIGGER)
    conn.commit()
    conn.close()
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "the-default-one"))
    done = back_up(opened_paths)
    assert f"`bounceback-tui --data-dir {opened_paths.data_dir} repair` removes it." in (
        done.left_out
    )


def test_export_names_repair_with_the_data_dir(
    opened_paths: DataPaths, elsewhere: str, tmp_path: Path
) -> None:
    with pytest.raises(StoreError) as refused:
        export_to_file(opened_paths, "json", tmp_path / "out.json", lambda *_: None)
    assert elsewhere in str(refused.value)
    assert not (tmp_path / "out.json").exists()


def test_the_launch_notice_names_the_same(opened_paths: DataPaths, elsewhere: str) -> None:
    from types import SimpleNamespace

    from bounceback_tui.ui.palette_cli import command_for

    window = SimpleNamespace(paths=opened_paths)
    notice = foreign_notice(opened_paths.database, command_for(window, "repair"))  # type: ignore[arg-type]
    assert notice is not None and elsewhere in notice
