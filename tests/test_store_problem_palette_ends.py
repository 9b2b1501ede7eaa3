"""The store-problem palette says a command ends the session by what it does, not its title.

Whether a command ended the session was decided by its title being "Quit": the screen's Quit
under another title would run from Enter at its first letters, and another command titled
"Quit…" would be held back as if it ended the session.
"""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import SystemCommand
from textual.screen import Screen

from bounceback_tui.ui.commands import SystemActionsProvider
from bounceback_tui.ui.screens.store_problem import StoreProblemApp


class _Retitled(StoreProblemApp):
    """The screen with its Quit under another title, and a command titled "Quit…"."""

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand("Leave", "Quit and leave everything as it is", self.action_leave)
        yield SystemCommand("Close the app", "Textual's own quit", self.action_quit)
        yield SystemCommand("Quit…", "Start fresh", self.action_fresh)


async def test_what_ends_the_session_is_told_by_the_action_not_the_title() -> None:
    app = _Retitled(
        "The file at ... is damaged. It was left untouched.",
        backup_label=None,
        aside_name="bounceback.sqlite3.unreadable-20270105-090000",
        restore=lambda: "Restored.",
        fresh=lambda: "Started fresh.",
        quiet_s=0,
    )
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        actions = SystemActionsProvider(app.screen).actions()
        assert [(action.title, action.ends) for action in actions] == [
            ("Leave", "ends the session"),
            ("Close the app", "ends the session"),
            ("Quit…", ""),
        ]
