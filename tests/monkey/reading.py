"""What the walk reads off the screen: whether a field takes text, the key that presses a
binding id here, whether a key leaves, a form's title, the palette's actions."""

from __future__ import annotations

import re
from typing import Any

from textual.command import CommandPalette
from textual.keys import key_to_character
from textual.widgets import Input, TextArea

from bounceback_tui.ui.app import BouncebackApp
from tests.monkey.moves import Move

# Palette actions that end the app: the walk quits once, at the end, with its key.
ENDING_PALETTE_WORDS = ("quit",)
# A line every text field takes (a required one filled, so Escape can leave); a field
# whose placeholder asks for a number ("0-100", "1 to 5") gets FILLER_NUMBER instead.
FILLER_TEXT = "I always fail"
FILLER_NUMBER = "50"


def _on_main(app: BouncebackApp) -> bool:
    return app.screen is app.screen_stack[0]


def _key_for(active: dict[str, Any], binding_id: str) -> str:
    for key, entry in active.items():
        if entry.binding.id == binding_id:
            return key
    raise KeyError(binding_id)


def _press(app: BouncebackApp, binding_id: str) -> Move | None:
    """The move that presses ``binding_id`` where the walk is, if it applies there (a
    character key typed into a field is text, not that binding)."""
    for key, entry in app.screen.active_bindings.items():
        if entry.binding.id == binding_id and entry.enabled:
            character = key_to_character(key)
            typed = _typing_target(app) and character is not None and character.isprintable()
            if typed and not entry.binding.priority and entry.node is not app.focused:
                return None
            return Move("key", key)
    return None


def _palette_to(app: BouncebackApp, title: str) -> Move | None:
    """The next move towards running the palette's action ``title`` (the way out of a
    field that holds the keys, as a person would take it)."""
    screen = app.screen
    if isinstance(screen, CommandPalette):
        box = screen.query_one(Input)
        if box.value == title:
            return Move("key", "enter")
        if box.value:
            return Move("key", "ctrl+u")
        return Move("type", title)
    return _press(app, "app.palette")


def _leaves(app: BouncebackApp, key: str) -> bool:
    """Whether ``key`` closes the dialog it is pressed on (or cancels, or goes back)."""
    entry = app.screen.active_bindings.get(key)
    if entry is None or not entry.binding.id:
        return False
    word = entry.binding.id.rpartition(".")[2]
    return word in ("close", "cancel", "back", "later", "discard") or key == "escape"


def _form_title(screen: Any) -> str:
    """A form's title as plain text (the form keeps it as Content)."""
    title = screen.form_title
    return str(getattr(title, "plain", title))


def _filler_for(field: object) -> str:
    """What a person would type to get out of ``field``: a number where its placeholder
    asks for one (a rating, "0-100"), a sentence anywhere else."""
    placeholder = str(getattr(field, "placeholder", ""))
    return FILLER_NUMBER if re.fullmatch(r"\d+ ?(-|to) ?\d+", placeholder) else FILLER_TEXT


def _typing_target(app: BouncebackApp) -> bool:
    focused = app.screen.focused
    if isinstance(focused, Input):
        return not focused.disabled
    if isinstance(focused, TextArea):
        return not focused.read_only and not focused.disabled
    return False


def _palette_titles(app: BouncebackApp) -> list[str]:
    from bounceback_tui.ui.palette_actions import app_actions

    stack = app.screen_stack
    under = stack[-2] if len(stack) > 1 else stack[0]
    titles = [action.title for action in app_actions(app, under)]
    return [t for t in titles if not any(word in t.lower() for word in ENDING_PALETTE_WORDS)]
