"""A pane's key that has nothing to act on says why, in a short note.

The key bar dims such a key (``check_action`` None) or leaves it out (False), and Textual
then lets the key go by: `]` at Accepted, `x` on an application already rejected and `u`
with nothing to undo did nothing at all, without a word (a new user's walk). A pane (or a
modal screen with keys of its own: the job boards, the answer bank) says why in its
``refused_key_note(action, parameters)``; this finds, when a key reaches it, whether one of
its own bindings for it was refused and nothing else on the screen takes the key, and
returns that note. Keys typed into a text box never get here
(the box takes them), and a note already on screen is not raised again while a key is held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, TypeGuard, cast

from textual.actions import ActionError, parse
from textual.content import Content

if TYPE_CHECKING:
    from textual.dom import DOMNode
    from textual.widget import Widget

    from bounceback_tui.ui.kit.text import ContentNotify


class SaysWhy(Protocol):
    """A pane or screen that says why a key of its own did nothing."""

    def refused_key_note(
        self, action: str, parameters: tuple[object, ...]
    ) -> str | Content | None: ...


# How long the note stays: long enough to read a short sentence.
NOTE_SECONDS = 3.0


def refused_note(pane: Widget, key: str) -> str | Content | None:
    """The pane's note for ``key`` if one of its bindings for it was refused and no other
    binding on the screen would run; else None."""
    if not _may_be_the_panes(pane, key):
        return None
    note: str | Content | None = None
    chain: list[tuple[DOMNode, Any]] = pane.screen._modal_binding_chain
    for namespace, bindings in chain:
        for binding in bindings.key_to_bindings.get(key, ()):
            if binding.priority:
                continue  # ran (or was refused) before the key reached the pane
            try:
                destination, action, parameters = parse(binding.action)
            except ActionError:
                continue
            if destination:
                return None  # another namespace's action ("app.quit"): it may well run
            if namespace.check_action(action, parameters):
                return None  # the key does something after all
            if namespace is pane and note is None and _says_why(pane):
                note = pane.refused_key_note(action, parameters)
    return note


def _says_why(node: object) -> TypeGuard[SaysWhy]:
    return callable(getattr(node, "refused_key_note", None))


def _may_be_the_panes(pane: Widget, key: str) -> bool:
    """Whether ``key`` may be bound to one of the pane's actions (as declared, or in the
    keymap in force): a cheap look first, as every key that comes up through the pane passes
    here (the binding chain costs about 50 µs to build)."""
    if key in pane._bindings.key_to_bindings:
        return True
    keymap: dict[str, str] = getattr(pane.app, "_keymap", {})
    return any(key in keys.split(",") for keys in keymap.values())


def say_refused(pane: Widget, key: str) -> bool:
    """Show the note for ``key`` (see ``refused_note``) unless the same note is on screen
    already; True if there was one."""
    note = refused_note(pane, key)
    if not note:
        return False
    say_note(pane, note)
    return True


def say_note(pane: Widget, note: str | Content) -> None:
    """Show ``note`` as a refused key's note is shown, unless it is on screen already (a key
    held): also for a key that runs and finds nothing to do (Skills' `K` on the first item)."""
    if str(note) not in {str(shown.message) for shown in pane.app._notifications}:
        # A pane and such a screen are ContentNotify: the note may be Content (kit/text.py).
        cast("ContentNotify", pane).notify(note, timeout=NOTE_SECONDS)
