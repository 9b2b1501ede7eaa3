"""The app's focus guard asked a screen pushed but not yet built where focus belongs, and the
screen's answer (a query for its list) raised: a gate at load 6 failed with "No nodes match
'#answers-list' on AnswerBankScreen()" when `a` came right after the answer bank was opened
(its check ran after a refresh that came before the screen's compose). Such a screen now
has no answer yet; its own mount focuses it."""

from __future__ import annotations

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.answers.bank import AnswerBankScreen
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_target


async def test_a_screen_not_built_yet_has_no_focus_target_and_nothing_raises(
    data_paths: DataPaths,
) -> None:
    open_store(data_paths)
    app = BouncebackApp(data_paths)
    db = Database(data_paths.database)
    try:
        async with app.run_test(size=(80, 24)):
            unbuilt = AnswerBankScreen(db)  # as the guard may meet it: pushed, not composed
            assert focus_target(app, unbuilt) is None
    finally:
        db.dispose()
