"""The store-problem screen does not offer a choice that cannot be taken.

With no backup it listed "r  Restore the latest backup (there are none yet)": a key for a
choice with nothing to restore (issue 15 §4). It is shown as not available, with the
reason, and no key."""

from __future__ import annotations

import pytest
from textual.widgets import Button

from bounceback_tui.paths import DataPaths
from tests.screen_text import flat
from tests.store_problem_fixtures import chooser


def _scribble(paths: DataPaths) -> None:
    from bounceback_tui.store.sqlite_file import open_store

    open_store(paths)
    data = bytearray(paths.database.read_bytes())
    data[0:16] = b"not a database!!"
    paths.database.write_bytes(bytes(data))


async def test_no_backup_is_not_offered_as_a_key(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _scribble(opened_paths)
    assert not opened_paths.backups.exists() or not list(opened_paths.backups.iterdir())
    app = chooser(opened_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        restore = app.query_one("#restore", Button)
        label = flat(str(restore.label))
        assert restore.disabled
        assert "none yet" in label, label
        assert not label.startswith("r "), label
        await pilot.press("r")
        await pilot.pause()
        assert app.is_running
