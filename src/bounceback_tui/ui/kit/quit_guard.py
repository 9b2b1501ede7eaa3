"""Quitting with typing not yet kept: asked first, as Escape asks in the same form.

`q` types a letter in a form, but ctrl+q (Textual's quit, a priority key) quits from
anywhere: from a form half filled in, it threw the typing away without a word (a
stranger's walk, seventeenth round). A screen holding typing says so: a form by
``has_changes()`` (kit/form.py), another screen by ``unsaved_typing()``, which returns what
would be lost in a sentence, or None.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.screen import Screen

from bounceback_tui.ui.kit.confirm import ConfirmScreen


class QuitConfirmScreen(ConfirmScreen):
    """ "Quit and throw away what you typed?"; a second ctrl+q on it quits."""


def unsaved_typing(screen: Screen[Any]) -> str | None:
    """What ``screen`` holds that quitting would lose, in a sentence, or None."""
    said = getattr(screen, "unsaved_typing", None)
    if callable(said):
        text = said()
        return text if isinstance(text, str) and text else None
    changed = getattr(screen, "has_changes", None)
    if callable(changed) and changed():
        return "Nothing in the form has been saved yet."
    return None


class AsksBeforeQuitting(App[Any]):
    """The app's quit (q, ctrl+q, the palette's Quit) asks first when typing would be lost."""

    async def action_quit(self) -> None:
        if isinstance(self.screen, QuitConfirmScreen):
            self.exit()  # asked already: a second ctrl+q is a yes
            return
        for screen in reversed(self.screen_stack):
            lost = unsaved_typing(screen)
            if lost is not None:
                self._ask_before_quitting(lost, screen)
                return
        self.exit()

    def _ask_before_quitting(self, lost: str, holder: Screen[Any]) -> None:
        focused = self.screen.focused
        # A screen that can show what it holds when it is out of sight (a pane behind
        # another pane): `n` goes there, not back to the pane the person was on.
        back = getattr(holder, "go_back_to_typing", None)

        def answered(quit_now: bool | None) -> None:
            if quit_now:
                self.exit()
            elif callable(back) and back():
                pass
            elif focused is not None and focused.is_attached:
                focused.focus()

        self.push_screen(
            QuitConfirmScreen(
                "Quit and throw away what you typed?",
                f"{lost} n or Escape goes back to it.",
                confirm_label="Quit",
                cancel_label="Keep editing",
            ),
            answered,
        )
