"""Quitting with typing not yet kept: asked first, as Escape asks in the same form.

`q` types a letter in a form, but ctrl+q (Textual's quit, a priority key) quits from
anywhere: from a form half filled in, it threw the typing away without a word (a
stranger's walk, seventeenth round). A screen holding typing says so: a form by
``has_changes()`` (kit/form.py), another screen by ``unsaved_typing()``, which returns what
would be lost in a sentence, or None.

A screen that keeps its typing for next time (the Pipeline's new application, kept as a
draft) says so with ``keep_on_quitting()``: it writes what is typed at once (not after the
pause in typing it waits for otherwise) and returns, in a sentence, what brings it back, or
None when it could not keep it (then it is asked about as any typing). Kept, there is
nothing to ask: the app quits at once, and the terminal's line after it says what is kept
and which key brings it back (``said_on_leaving``, printed by commands/run_app.py). Asking
"Quit? What you typed is kept as a draft." stood between the person and a quit that loses
nothing.
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.content import Content
from textual.screen import Screen

from bounceback_tui.ui.kit.confirm import ConfirmScreen, no_keys


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


def kept_typing(screen: Screen[Any]) -> str | Content | None:
    """What brings back the typing ``screen`` has just kept for next time, in a sentence, or
    None (it keeps nothing that way, or could not keep it now)."""
    keep = getattr(screen, "keep_on_quitting", None)
    if not callable(keep):
        return None
    said = keep()
    return said if isinstance(said, str | Content) and said else None


class AsksBeforeQuitting(App[Any]):
    """The app's quit (q, ctrl+q, the palette's Quit) asks first when typing would be lost."""

    # What the terminal is told once the app has quit (typing kept as a draft), or None.
    said_on_leaving: str | None = None

    async def action_quit(self) -> None:
        if isinstance(self.screen, QuitConfirmScreen):
            self.exit()  # asked already: a second ctrl+q is a yes
            return
        # Said once the app has quit, here or after the question below (typing beneath the
        # kept draft asked about first): a yes there quit without saying the draft was kept.
        self.said_on_leaving = None
        for screen in reversed(self.screen_stack):
            if (brings_back := kept_typing(screen)) is not None:
                self.said_on_leaving = self.said_on_leaving or str(brings_back)
                continue
            lost = unsaved_typing(screen)
            if lost is not None:
                self._ask_before_quitting(lost, screen)
                return
        self.exit()

    def _ask_before_quitting(self, lost: str | Content, holder: Screen[Any]) -> None:
        """``lost``: what quitting would throw away."""
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
                Content.assemble(lost, f" {no_keys(self)} goes back to it."),
                confirm_label="Quit",
                cancel_label="Keep editing",
            ),
            answered,
        )
