"""The launch's read of Today in a thread (the prefetch) names `repair` and `restore` as this
launch names the store, with its --data-dir, as `bounceback-tui today` and Today's own reads
do.

Before, the prefetch's refusal of a store lacking a column of the app's, launched with
`bounceback-tui --data-dir …`, named a bare `bounceback-tui repair` and `bounceback-tui
restore` (the default store's, not this one), and so did its read of Today's interviews.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.errors import StoreLayoutError
from bounceback_tui.paths import DataPaths, command_line
from bounceback_tui.services.today import TodayPrefetch
from tests.conftest import FIXED_TODAY
from tests.today_fixtures import build_store


def _drop_a_column(paths: DataPaths) -> None:
    build_store(paths.database)
    conn = sqlite3.connect(paths.database)  # another program
    conn.execute("ALTER TABLE contact DROP COLUMN phone")
    conn.commit()
    conn.close()


@pytest.mark.parametrize("check_store", [True, False])
def test_the_prefetchs_refusal_names_the_repair_it_is_given(
    opened_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, check_store: bool
) -> None:
    monkeypatch.setenv("BOUNCEBACK_DATA_DIR", str(tmp_path / "elsewhere"))
    _drop_a_column(opened_paths)
    repair = command_line(opened_paths, "repair")
    prefetch = TodayPrefetch(
        opened_paths.database, FIXED_TODAY, check_store=check_store, repair_command=repair
    )
    with pytest.raises(StoreLayoutError) as refused:
        prefetch.confirm_tables()
    said = " ".join(str(refused.value).split())
    assert "its table contact lacks the column phone" in said
    assert f"`{repair}` does not mend that" in said
    assert f"(`{command_line(opened_paths, 'restore')}` lists them)" in said
    assert "`bounceback-tui repair`" not in said
    assert prefetch.result() is None  # nothing read from a store refused
