"""An older store carrying another program's trigger is never upgraded through it, even when
something else about it is what `repair` does not mend.

A walk: the upgrade refused an older store with a foreign trigger only when `repair` could put
everything right. One that also lacked a column of the app's was upgraded, the trigger firing
on the upgrade's own writes (its log filled). Now the upgrade refuses whenever such a trigger
is there, saying what `repair` does and does not do; `repair` leaves such a store as it is,
and the store-problem screen offers no repair, nor says removing the trigger would be enough.
"""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.helpers import file_digest
from tests.screen_text import flat, screen_text
from tests.test_layout_refused_repair_screen import _older_store, _said, _screen

FOREIGN = (
    "CREATE TABLE zz_log (n INTEGER)",
    "CREATE TRIGGER zz_evil AFTER INSERT ON summary_funnel_application "
    "BEGIN INSERT INTO zz_log VALUES (1); END",
    "ALTER TABLE application DROP COLUMN notes",  # what `repair` does not mend
)


def _read(paths: DataPaths, sql: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(paths.database)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_the_upgrade_refuses_and_repair_leaves_it_as_it_is(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _older_store(data_paths, *FOREIGN)
    digest = file_digest(data_paths.database)
    capsys.readouterr()
    assert main(["--data-dir", str(data_paths.data_dir), "today"]) == 1
    err = " ".join(capsys.readouterr().err.split())
    assert "Nothing was changed" in err, err
    assert "a trigger (zz_evil) that bounceback-tui does not make" in err, err
    assert "lacks the column notes" in err, err
    assert "repair` removes such a trigger but does not mend that" in err, err
    assert "restore` lists your backups" in err, err
    assert _read(data_paths, "SELECT count(*) FROM zz_log") == [(0,)]  # never fired
    assert _read(data_paths, "PRAGMA user_version") == [(7,)]
    assert file_digest(data_paths.database) == digest
    assert not data_paths.backups.exists() or not any(data_paths.backups.iterdir())

    assert main(["--data-dir", str(data_paths.data_dir), "repair"]) == 1
    out = " ".join(capsys.readouterr().out.split())
    assert "does not mend that" in out, out
    assert file_digest(data_paths.database) == digest


async def test_the_screen_offers_no_repair_and_does_not_say_removing_is_enough(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _older_store(data_paths, *FOREIGN)
    digest = file_digest(data_paths.database)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = flat(screen_text(app))
        assert "Repair it" not in text and not app.query("#repair")
        assert "lacks the column notes" in _said(app, "#problem-no-repair")
        assert "until they are removed" not in text, text
        assert "not brought up to this version" in text, text
    assert file_digest(data_paths.database) == digest
