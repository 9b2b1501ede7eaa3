"""Another program's index made with a function of its own is not damage.

A store with `CREATE INDEX zz_i ON application(zz_fn(company))`, made by a connection that
had `zz_fn`, fails SQLite's integrity check when the app opens it without that function
("unknown function: zz_fn()"). The copy `repair` keeps first was then called "damaged
inside" and not kept, so Repair it stopped on a store whose data was whole, and a backup
holding such an index was refused as damaged. Now a check whose only complaint is such an
index checks the rest without it (store/sound_check.py), the copy is kept, and the index is
named plainly; damage beside it is still damage.
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Button

from bounceback_tui.cli import main
from bounceback_tui.errors import StoreDamagedError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.backup import back_up_store
from bounceback_tui.ui.kit.focus import focus_problem
from tests.backup_list_lines import listed_backups
from tests.damage_fixtures import damage_tables
from tests.test_layout_refused_repair_plain_words import _with_their_function_index
from tests.test_layout_refused_repair_screen import _names, _said, _screen, _settled

PLAIN = (
    "The copy keeps an index (zz_i) that another program made with a function of its own "
    "(zz_fn), which bounceback-tui cannot use"
)


def _run(paths: DataPaths, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    capsys.readouterr()
    status = main(["--data-dir", str(paths.data_dir), *argv])
    said = capsys.readouterr()
    return status, " ".join((said.out + said.err).split())


def test_repair_keeps_its_copy_names_the_index_and_the_copy_restores(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _with_their_function_index(data_paths)
    status, said = _run(data_paths, capsys, "repair")
    assert status == 0, said
    assert "damaged" not in said, said
    assert PLAIN in said, said
    assert "Removed what the app does not make: index zz_i." in said, said
    (kept,) = data_paths.backups.glob("*-before-repair.sqlite3")
    assert "zz_i" in _names(kept)  # the store as it was, to look at
    # Put back, that copy is not refused as damaged: it is put right again.
    capsys.readouterr()
    assert main(["--data-dir", str(data_paths.data_dir), "restore"]) == 0
    entries = listed_backups(capsys.readouterr().out)
    (number,) = [entry.split()[0] for entry in entries if kept.name in entry]
    status, said = _run(data_paths, capsys, "restore", number, "--yes")
    assert status == 0, said
    assert "damaged" not in said, said
    assert f"Restored {kept}" in said and "Left out what the app does not make: index zz_i" in said
    assert "zz_i" not in _names(data_paths.database)


async def test_repair_it_on_the_screen_puts_the_store_right(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_their_function_index(data_paths)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.press("p")
        await _settled(pilot)
        said = _said(app, "#problem-result")
        assert said.startswith("Removed what the app does not make: index zz_i."), said
        assert app.done and app.focused is app.query_one("#open", Button)
        assert focus_problem(app) is None
    assert "zz_i" not in _names(data_paths.database)


def test_damage_beside_such_an_index_is_still_damage(data_paths: DataPaths) -> None:
    _with_their_function_index(data_paths)
    damage_tables(data_paths.database, "application")
    with pytest.raises(StoreDamagedError) as refused:
        back_up_store(data_paths, "before-repair", whole=True)
    assert "is damaged inside" in str(refused.value)
    assert "unknown function" not in str(refused.value)
    assert not list(data_paths.backups.glob("*.sqlite3"))  # not kept


def test_the_rest_of_the_store_is_still_checked_table_by_table(data_paths: DataPaths) -> None:
    # An index of another table that no longer matches its rows (only the integrity check
    # sees it, not the quick check), beside their index: found, as SQLite says it.
    from bounceback_tui.store.sound_check import integrity_verdict

    _with_their_function_index(data_paths)
    conn = sqlite3.connect(data_paths.database)
    assert integrity_verdict(conn) == ("ok", (("zz_i", "zz_fn"),))
    conn.execute("CREATE TABLE zz_t (n INTEGER)")
    conn.execute("CREATE INDEX zz_t_n ON zz_t (n)")
    conn.executemany("INSERT INTO zz_t VALUES (?)", [(n,) for n in range(50)])
    conn.commit()
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX zz_t_n ON zz_t (n) WHERE n < 10' "
        "WHERE name = 'zz_t_n'"
    )
    conn.commit()
    conn.close()
    conn = sqlite3.connect(data_paths.database)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        verdict = integrity_verdict(conn)
    finally:
        conn.close()
    assert verdict.said != "ok" and "zz_t_n" in verdict.said, verdict


def _app_index_out_of_step(paths: DataPaths) -> None:
    """One of the app's own indexes on the table their index is on no longer matches its
    rows (only the integrity check sees it, not the quick check)."""
    conn = sqlite3.connect(paths.database)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX ix_application_stage ON application "
        "(stage, date_applied, ghost_dismissed_on) WHERE stage = ''zz_none''' "
        "WHERE name = 'ix_application_stage'"
    )
    conn.commit()
    conn.close()


def test_the_apps_own_index_beside_theirs_on_one_table_is_still_checked(
    data_paths: DataPaths,
) -> None:
    # Their index's table was passed over whole ("covered by the quick check"), which never
    # compares an index with its rows: the app's own index there, out of step, passed.
    from bounceback_tui.store.sound_check import integrity_verdict

    _with_their_function_index(data_paths)
    _app_index_out_of_step(data_paths)
    conn = sqlite3.connect(f"file:{data_paths.database}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        verdict = integrity_verdict(conn)
    finally:
        conn.close()
    assert verdict.said != "ok" and "ix_application_stage" in verdict.said, verdict
    # Its copy is refused as damaged, and the store itself is left as it was.
    with pytest.raises(StoreDamagedError) as refused:
        back_up_store(data_paths, "before-repair", whole=True)
    assert "ix_application_stage" in str(refused.value)
    assert not list(data_paths.backups.glob("*.sqlite3"))  # not kept
    assert {"zz_i", "ix_application_stage"} <= _names(data_paths.database)
