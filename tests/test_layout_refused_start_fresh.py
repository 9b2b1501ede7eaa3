"""The store-problem screen for a store refused for its layout offers "Start fresh", as the
screen for a store that cannot be read does, and keeps the old store aside, never deleted.

A store another program changed (its trigger, its table) was offered "Repair it", a backup
and quit, but no fresh start: a person whose repair failed, or whose backups were all as
changed, could only quit. Start fresh is offered the same way as for the other refusals
(asked first), and the store is moved aside whole, as they move theirs.
"""

from __future__ import annotations

import pytest
from textual.widgets import Button

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.migrations import LATEST_VERSION
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from tests.helpers import file_digest
from tests.screen_text import flat, screen_text
from tests.test_layout_refused_repair_screen import (
    TRIGGER,
    _names,
    _said,
    _screen,
    _settled,
    _with_a_trigger,
)


async def test_start_fresh_is_offered_and_keeps_the_old_store(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    _with_a_trigger(data_paths)
    digest = file_digest(data_paths.database)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        text = flat(screen_text(app))
        assert "p Repair it" in text
        assert "f Start fresh (the file is kept as" in text, text
        fresh = flat(str(app.query_one("#fresh", Button).label))
        assert "kept as bounceback.sqlite3." in fresh, fresh
        assert app.focused is app.query_one("#repair", Button)  # repair is still first
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)  # asked first, as for the others
        await pilot.press("y")
        await _settled(pilot)
        said = _said(app, "#problem-result")
        assert said.startswith("Started a fresh store."), said
        assert "nothing was deleted" in said, said
        assert app.done and focus_problem(app) is None
        assert app.focused is app.query_one("#open", Button)
    kept = [p for p in data_paths.data_dir.iterdir() if p.name.startswith("bounceback.sqlite3.")]
    assert len(kept) == 1, kept
    assert kept[0].name in said
    assert file_digest(kept[0]) == digest  # the old store, byte for byte
    assert {TRIGGER, "zz_log"} <= _names(kept[0])
    assert not {TRIGGER, "zz_log"} & _names(data_paths.database)
    assert open_store(data_paths).version == LATEST_VERSION
