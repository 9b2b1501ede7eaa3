"""Quitting over a kept draft, after a question about typing beneath it, still says so.

ctrl+q over the Pipeline's new application keeps its typing as a draft, and the terminal's
line after the app says what brings it back (tests/test_application_draft_kept_right.py).
When a screen beneath it held typing that would be lost, quitting asked first; a yes quit,
but the terminal said nothing of the draft kept.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.quit_guard import QuitConfirmScreen
from tests.test_application_draft import COMPANY, ROLE, _add_form, read_draft
from tests.ui_harness import app_on, settle


async def test_yes_over_typing_beneath_the_draft_says_the_draft_was_kept(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        beneath = app.screen
        # As Reframe's step holding a rating of 150 says (ui/reframe/pane.py).
        monkeypatch.setattr(
            beneath, "unsaved_typing", lambda: "This thought record holds what cannot be saved."
        )
        await _add_form(app, pilot)
        await pilot.press(*COMPANY, "tab", *ROLE)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert isinstance(app.screen, QuitConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert app.quitting
        assert app.said_on_leaving == (
            "The new application you were adding is kept as a draft, not saved yet; a on "
            "the Pipeline brings it back as you left it."
        )
        draft = read_draft(db)
        assert draft is not None and (draft.company, draft.role) == (COMPANY, ROLE)
