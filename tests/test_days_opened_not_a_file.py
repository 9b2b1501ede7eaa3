"""The days-opened file read only when it is a plain file of its own.

A tester made the `opened-days` file beside the store a named pipe (`mkfifo`): the app
showed a blank screen and `bounceback-tui today` never ended, both waiting on a pipe that
nobody writes to. The file is a kindness (services/days_opened.py): anything there that is
not a plain file, or is a link to somewhere else, is read as no days, at once.
"""

from __future__ import annotations

import os
import threading
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.services.days_opened import days_opened, opened_file


def _read_in_time(db_path: Path) -> set[date] | None:
    """What days_opened returns, or None while it is still waiting after a long while."""
    found: list[set[date]] = []
    reader = threading.Thread(target=lambda: found.append(days_opened(db_path)), daemon=True)
    reader.start()
    reader.join(timeout=20)  # a hang guard, not a measure: a plain read takes microseconds
    if reader.is_alive():
        # let the blocked reader go: open the pipe for writing and close it at once
        fd = os.open(opened_file(db_path), os.O_WRONLY | os.O_NONBLOCK)
        os.close(fd)
        reader.join(timeout=5)
        return None
    return found[0]


def test_a_named_pipe_is_read_as_no_days(tmp_path: Path) -> None:
    db_path = tmp_path / "bounceback.sqlite3"
    os.mkfifo(opened_file(db_path), 0o600)
    assert _read_in_time(db_path) == set()


def test_a_link_to_another_file_is_not_followed(tmp_path: Path) -> None:
    db_path = tmp_path / "bounceback.sqlite3"
    elsewhere = tmp_path / "elsewhere"
    elsewhere.write_text("2026-03-15\n", encoding="ascii")
    opened_file(db_path).symlink_to(elsewhere)
    assert _read_in_time(db_path) == set()


@pytest.mark.parametrize("kept", ["2026-03-14\n2026-03-15\n"])
def test_a_plain_file_is_read(tmp_path: Path, kept: str) -> None:
    db_path = tmp_path / "bounceback.sqlite3"
    opened_file(db_path).write_text(kept, encoding="ascii")
    assert _read_in_time(db_path) == {date(2026, 3, 14), date(2026, 3, 15)}
