"""A draft opened from Today or the list shows straight on its step, keeps what it holds
against keys typed while it opens, and the notes that are no longer true go.

A new user's walk (twenty-second round): from Today (`j` to "✎ Unfinished thought record",
Enter) the first visit to Reframe showed a blank "New thought record … draft saved" for
half a second before the draft's step 3, and the letters typed meanwhile replaced the saved
"Sad 65". Then, after Escape ("Kept as a draft: open it from the list to carry on.") and
opening the draft again, that note stayed over step 5's text box.
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import Input, Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit import toast_room
from bounceback_tui.ui.reframe.showing import ReframeShowing
from tests.quiet import until_quiet
from tests.reframe_fixtures import add_record
from tests.ui_harness import post_burst, settle, toasts


def _header(app: BouncebackApp) -> str:
    return str(app.query_one("#reframe-header", Static).render())


async def test_a_draft_opened_from_today_shows_at_once_and_keeps_its_ratings(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = Database(opened_paths.database)
    record = add_record(
        db, "I will never get hired", feelings=(("sad", 65, None),), complete=False, step=2
    )
    db.dispose()
    headers: list[str] = []
    update_header = ReframeShowing._update_header

    def noting_header(self: Any) -> None:  # what the pane's header says, each time it is set
        update_header(self)
        headers.append(_header(self.app))

    monkeypatch.setattr(ReframeShowing, "_update_header", noting_header)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_quiet(pilot)
        await pilot.press("j")  # Today's "✎ Unfinished thought record"
        await until_quiet(pilot)
        # Enter, and "40" typed before the record is on screen (the first visit builds it).
        post_burst(app, ["enter", "4", "0"])
        await until_quiet(pilot)
        assert app.current_pane.id == "reframe"
        assert str(app.query_one("#rf-progress").render()).startswith("Step 3 of 8")
        # Never a blank new record on the way.
        assert headers
        assert not [said for said in headers if "New thought record" in said]
        # What was typed is kept after what the box held, not in its place.
        sad = app.query_one("#rf-preset-0", Input)
        assert sad.value == "6540"
        assert app.focused is sad
    check = Database(opened_paths.database)
    try:
        feelings = service.load_record(check, record).feelings
        assert [(f.name, f.before) for f in feelings] == [("sad", 65)]
    finally:
        check.dispose()


async def test_opening_the_draft_again_lets_the_kept_as_a_draft_note_go(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    add_record(db, "I will never get hired", complete=False, step=4)
    db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        await pilot.press("enter")
        await until_quiet(pilot)
        assert str(app.query_one("#rf-progress").render()).startswith("Step 5 of 8")
        # Not until_quiet from here: it would wait for the note's own time to run out.
        await pilot.press("escape")
        await settle(pilot)
        assert toasts(app) == ["Kept as a draft: open it from the list to carry on."]
        await pilot.press("enter")  # the draft again, while the note is up
        await settle(pilot, 4)
        assert str(app.query_one("#rf-progress").render()).startswith("Step 5 of 8")
        assert toasts(app) == []


async def test_a_record_opened_lets_the_notes_before_it_go_as_a_form_does(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(toast_room, "EARLIER_SECONDS", 0.05)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        app.notify("Deleted. Press u to undo.")
        app.notify("The store could not be read again", severity="warning")
        await pilot.pause(0.1)
        await pilot.press("a")  # a new record: `u` means nothing there
        await settle(pilot, 4)
        assert app.current_pane.mode == "exercise"
        assert toasts(app) == ["The store could not be read again"]
