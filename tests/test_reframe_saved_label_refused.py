"""The step's header says "not saved" while a box holds what the save refuses.

A stranger's walk: the feelings step, Sad 150, ctrl+n. The bottom said "Sad: ratings go from 0
to 100." while the top still said "draft saved" (the 150 was never saved: the rating kept what
was stored); it changed to "not saved" only on ctrl+q. It says so as the value is typed now,
and goes back to "draft saved" once the box is mended (ui/reframe/draft_saving.py).
"""

from __future__ import annotations

from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.ui_harness import reframe_to_the_feelings, settle


def _header(app: BouncebackApp) -> str:
    return str(app.query_one("#rf-saved", Static).render())


def _message(app: BouncebackApp) -> str:
    return str(app.query_one("#rf-message", Static).render())


async def test_a_refused_rating_says_not_saved_at_once_and_saved_once_mended(
    opened_paths: DataPaths, db: Database
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await reframe_to_the_feelings(app, pilot)
        sad = app.focused
        assert _header(app) == "draft saved"  # the thought, saved on the way here

        await pilot.press(*"150")
        await pilot.pause()
        assert _header(app) == "not saved"  # as it is typed, before the autosave
        await pilot.press("ctrl+n")
        await settle(pilot, 3)
        assert _message(app) == "Sad: ratings go from 0 to 100."
        assert _header(app) == "not saved"

        # Another box typed into meanwhile is saved; the refused one is still not.
        app.query_one("#rf-preset-1", Input).focus()
        await pilot.pause()
        await pilot.press(*"40")
        await pilot.pause(0.8)  # past the autosave's half second
        await settle(pilot)
        assert _header(app) == "not saved"

        sad.focus()
        await pilot.pause()
        await pilot.press("end", "backspace", "backspace", "backspace", *"70")
        await pilot.pause(0.8)
        await settle(pilot)
        assert _header(app) == "draft saved"
