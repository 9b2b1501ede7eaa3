"""`bounceback-tui today` refuses a store the app's launch refuses.

A tester dropped a column another program's way (`ALTER TABLE contact DROP COLUMN phone`):
the app refused the store and `backup` refused it, but `today` printed its summary and said
nothing was wrong (status 0). It now says what the launch says, and exits with status 1.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.today_fixtures import build_store


@pytest.mark.parametrize("extra", [[], ["--json"]])
def test_today_refuses_a_store_lacking_a_column(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    build_store(opened_paths.database)
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("ALTER TABLE contact DROP COLUMN phone")
    conn.commit()
    conn.close()
    status = main(["today", *extra, "--data-dir", str(opened_paths.data_dir)])
    said = capsys.readouterr()
    assert status == 1
    assert said.out == ""
    err = " ".join(said.err.split())
    assert "is not as bounceback-tui makes it: its table contact lacks the column phone" in err
    assert "Nothing was changed: it cannot be used as it is" in err
    assert "restore a backup made before it" in err


def test_its_refusal_names_repair_as_this_run_names_the_store(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`repair`, said as what does not mend it, is named with this run's --data-dir, as
    `restore` is: a bare `bounceback-tui repair` is the default store's."""
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "elsewhere"))  # the default
    build_store(opened_paths.database)
    conn = sqlite3.connect(opened_paths.database)
    conn.execute("ALTER TABLE contact DROP COLUMN phone")
    conn.commit()
    conn.close()
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 1
    err = " ".join(capsys.readouterr().err.split())
    named = f"bounceback-tui --data-dir {opened_paths.data_dir}"
    assert f"`{named} repair` does not mend that" in err
    assert f"(`{named} restore` lists them)" in err
    assert "`bounceback-tui repair`" not in err
