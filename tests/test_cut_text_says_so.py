"""A thought cut short in Reframe's delete dialog says so with an ellipsis.

Found walking the app (ux11): deleting a thought record of a few hundred characters asked
about “I will never get hired because … hired beca”: the quote closed on half a word, as if
that were the whole thought. (Toasts clip a person's text with an ellipsis already:
``toast_with``.)
"""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.reframe_fixtures import add_record
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle

LONG_THOUGHT = "I will never get hired because " * 20


async def test_a_long_thought_in_the_delete_dialog_ends_with_an_ellipsis(
    opened_paths: DataPaths, db: Database
) -> None:
    add_record(db, LONG_THOUGHT)
    async with app_on(opened_paths, "reframe") as (app, pilot, _pane):
        await pilot.press("d")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        text = " ".join(screen_text(app).split())
        assert "…”" in text
        assert "beca”" not in text and "becau”" not in text
