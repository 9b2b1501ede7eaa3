"""The Recovery answer form's Escape says "draft kept" only while the draft is kept.

A tester dropped `recovery_step.answer_draft` (another program) with the form open: the form
said "Your draft could not be kept: …", but its keys line and the key bar still said "Esc
close, draft kept". Escape's label now follows what happened to the draft.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.test_dialog_keys_whole import writing
from tests.ui_harness import app_on, settle_workers


def _said(app: Any) -> tuple[str, list[tuple[str, str]]]:
    line = app.screen.query_one(".form-keys", KeysHint).keys.plain
    return line, app.screen.query_one(KeyBar).shown()


async def test_escape_does_not_say_draft_kept_when_it_could_not_be(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, None, size=(140, 40)) as (app, pilot, _pane):
        await writing("reflect.prepared")(app, pilot)
        await settle_workers(pilot)
        screen = app.screen
        assert isinstance(screen, AnswerScreen)
        line, bar = _said(app)
        # The key bar under a dialog says its button's word ("Esc Close"); the line says more.
        assert "draft kept" in line and ("Esc", "Close") in bar  # as before
        conn = sqlite3.connect(opened_paths.database)
        conn.execute("ALTER TABLE recovery_step DROP COLUMN answer_draft")  # another program
        conn.commit()
        conn.close()
        await pilot.press("o", "k")
        assert not screen.save_draft()  # what the pause in typing runs
        await settle_workers(pilot)
        line, bar = _said(app)
        assert "draft kept" not in line, line
        assert "not kept" in line.lower(), line
        assert not any("draft kept" in label for _key, label in bar), bar
