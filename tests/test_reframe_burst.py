"""Keys typed right after Reframe's `a` go to the new thought record, not the history behind it.

Seen in tmux on a 10,000 store: `4`, `a`, and the situation typed a moment later. Until the
exercise had mounted and focused its first box, the letters went to the history list, where
they are the pane's keys: a `d` among them asked "Delete this thought record?", and a `y`
after it deleted one. The pane now holds the keys that arrive while it opens a record and
gives them, in order, to the record's first box.
"""

from __future__ import annotations

from textual.widgets import TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe as reframe_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.quiet import until_quiet
from tests.reframe_fixtures import add_record
from tests.ui_harness import post_burst


def _typed(app: BouncebackApp) -> str:
    focused = app.focused
    if isinstance(focused, TextArea):
        return focused.text
    return str(getattr(focused, "value", ""))


async def test_letters_after_a_reach_the_new_record_not_the_history(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    add_record(db, "They will never call back.")
    add_record(db, "I always freeze in interviews.")
    db.dispose()
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("4")
        await until_quiet(pilot)
        post_burst(app, ["a", *"dyed"])
        await until_quiet(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert app.current_pane.mode == "exercise"  # type: ignore[attr-defined]
        assert _typed(app) == "dyed"
    check = Database(opened_paths.database)
    try:
        finished = {row.thought for row in reframe_service.history(check) if row.complete}
        assert finished == {"They will never call back.", "I always freeze in interviews."}
    finally:
        check.dispose()
