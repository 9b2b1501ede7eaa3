"""Screens open over the panes that show what the store holds read it again when the whole
store was replaced under them (a restore, an import with --replace or demo data from another
shell, a store file replaced by hand). The panes re-read as they come back on top
(ui/app_panes.py); Settings, open over them, went on showing "Weekly goal 3" after a restore
put 5 back, while Today said "This week 3 of 5" (a tester's walk). A form is different: what
it holds is the person's, and its save says what the restore did (kit/form_conflict.py).
"""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable

from textual.app import App


@runtime_checkable
class ReadsAgain(Protocol):
    """A screen showing stored values that can show them as the store holds them now."""

    def store_replaced(self) -> None:
        """Show what the replaced store holds, keeping what the person is typing."""


def read_again_everywhere(app: App[Any]) -> int:
    """Every open screen (over the panes) that shows stored values reads them again;
    returns how many were told."""
    screens = [screen for screen in app.screen_stack[1:] if isinstance(screen, ReadsAgain)]
    for screen in screens:
        screen.store_replaced()
    return len(screens)
