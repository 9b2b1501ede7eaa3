"""`bounceback-tui today` refuses a store the app's launch refuses.

A tester dropped a column another program's way (`ALTER TABLE contact DROP COLUMN phone`):
the app refused the store and `backup` refused it, but `today` printed its summary and said
nothing was wrong (status 0). It now says what the launch says, and exits with status 1.
"""

from __future__ import annotations

import sqlite3

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
