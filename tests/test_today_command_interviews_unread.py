"""`bounceback-tui today` stops as for any other failed read when its interviews cannot be
read: the store's own words for it (store/read_failure.py) in one line, status 1, nothing
printed as a summary.

The app's Today says "Your interviews could not be read: …" in their place; the command,
whose summary's own failed read stops it with that sentence and status 1, met the same
failure as a crash: "Something went wrong (OperationalError: database is locked)", a crash
log, and status 70. A summary printed without them, status 0, would hide it from a
morning script; both would be wrong.

The store: tests/test_today_soon_interview.py's week of interviews, on Monday 2026-03-16."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.fastread import FastReader
from tests.test_today_soon_interview import build_week_of_interviews


def _busy(*_args: Any, **_kwargs: Any) -> Any:
    raise sqlite3.OperationalError("database is locked")


@pytest.mark.parametrize("json", [False, True])
def test_unread_interviews_stop_the_command_as_a_failed_read(
    opened_paths: DataPaths,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    json: bool,
) -> None:
    build_week_of_interviews(opened_paths)
    monkeypatch.setattr(FastReader, "interviews_awaiting_outcome", _busy)
    command = ["--data-dir", str(opened_paths.data_dir), "today", *(["--json"] if json else [])]
    assert main(command) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("bounceback-tui: The store is busy"), err
    assert "Something went wrong" not in err and "database is locked" not in err
