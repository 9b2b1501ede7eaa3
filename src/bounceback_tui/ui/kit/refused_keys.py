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
from weakref import WeakKeyDictionary

from textual.actions import ActionError, parse
from textual.content import Content

if TYPE_CHECKING:
    from textual.binding import Binding
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
    return refusal(pane, key)[1]


def refusal(pane: Widget, key: str) -> tuple[bool, str | Content | None]:
    """Whether one of the pane's bindings for ``key`` is refused now and no other binding on
    the screen would run, and the pane's note for it (None: none)."""
    if not _may_be_the_panes(pane, key):
        return False, None
    refused, note = False, None
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
                return False, None  # another namespace's action ("app.quit"): it may well run
            if namespace.check_action(action, parameters):
                return False, None  # the key does something after all
            if namespace is pane:
                refused = True
                if note is None and _says_why(pane):
                    note = pane.refused_key_note(action, parameters)
    return refused, note


def runs_now(pane: Widget, key: str) -> bool:
    """Whether ``key`` would do something now on the pane's screen: a binding for it, from
    the widget with focus up, whose action applies (or is another namespace's)."""
    chain: list[tuple[DOMNode, Any]] = pane.screen._modal_binding_chain
    return any(
        _another_namespaces(binding.action) or _applies(namespace, binding.action)
        for namespace, bindings in chain
        for binding in bindings.key_to_bindings.get(key, ())
    )


def _another_namespaces(action_text: str) -> bool:
    try:
        return bool(parse(action_text)[0])
    except ActionError:
        return False


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


# Per app (a session): the (binding id, old key) pairs whose move was said once already.
_MOVES_SAID: WeakKeyDictionary[object, set[tuple[str, str]]] = WeakKeyDictionary()


def moved_note(pane: Widget, key: str) -> Content | None:
    """ "Your keymap has Delete on x now, not d.": ``key`` is the usual key of a binding
    of the widget with focus (a pane's list), the pane, a screen above it or the app that
    the person's keymap moved away, and it does nothing here now. Said once a session per
    binding and key: after a remap the old letter did nothing, without a word. None when
    the key means something now (another binding's, by the keymap or as declared) or when
    it was said already."""
    keymap: dict[str, str] = getattr(pane.app, "_keymap", {})
    # From the widget with focus up, as the keys go: a list's keys are the list's, not its
    # pane's (after `"list.down" = "k"` Down in the Pipeline's list did nothing, no note).
    if not keymap or not any(
        key in node._bindings.key_to_bindings
        for node in (pane.screen.focused or pane).ancestors_with_self
    ):
        return None  # the cheap look first: no binding here ever had this key
    chain: list[tuple[DOMNode, Any]] = pane.screen._modal_binding_chain
    if any(key in bindings.key_to_bindings for _namespace, bindings in chain):
        return None  # it does something now (or its refusal says why)
    moved: list[tuple[DOMNode, Binding]] = [
        (namespace, binding)
        for namespace, _bindings in chain
        for binding in namespace._bindings.key_to_bindings.get(key, ())
        if binding.id and binding.id in keymap and key not in keymap[binding.id].split(",")
    ]
    if not moved:
        return None
    # The one the key would have run: the innermost whose action applies now.
    namespace, binding = next(((n, b) for n, b in moved if _applies(n, b.action)), moved[0])
    said = _MOVES_SAID.setdefault(pane.app, set())
    if (str(binding.id), key) in said:
        return None
    said.add((str(binding.id), key))
    from bounceback_tui.ui.kit.bar_bindings import button_words
    from bounceback_tui.ui.kit.key_text import key_of
    from bounceback_tui.ui.kit.text import markup_with

    # On a dialog its button's words, as the bar gives them: the note said "Yes" of Delete.
    words = button_words(pane.screen, binding) if namespace is pane.screen else None
    what = words or binding.description or binding.action.partition("(")[0].replace("_", " ")
    return markup_with(
        "Your keymap has $what on [b]$new[/b] now, not $old.",
        what=what,
        new=key_of(pane.app, str(binding.id), key),
        old=key_of(pane.app, "", key),
    )


def _applies(namespace: DOMNode, action_text: str) -> bool:
    try:
        destination, action, parameters = parse(action_text)
    except ActionError:
        return False
    return not destination and bool(namespace.check_action(action, parameters))


def say_refused(pane: Widget, key: str) -> bool:
    """Show the note for ``key`` (see ``refused_note``, and ``moved_note`` for a key the
    person's keymap moved away) unless the same note is on screen already; True if there
    was one."""
    note = refused_note(pane, key) or moved_note(pane, key)
    if not note:
        return False
    say_note(pane, note)
    return True


def say_moved(node: Widget, key: str) -> None:
    """Show ``moved_note`` for ``key`` where ``node`` (the widget with focus, or a screen)
    is, unless it was said already: the app's own look at every key, for the screens that
    do not say why their keys did nothing (``say_refused``)."""
    note = moved_note(node, key)
    if note:
        say_note(node, note)


def say_note(pane: Widget, note: str | Content) -> None:
    """Show ``note`` as a refused key's note is shown, unless it is on screen already (a key
    held): also for a key that runs and finds nothing to do (Skills' `K` on the first item)."""
    if str(note) not in {str(shown.message) for shown in pane.app._notifications}:
        # A pane and such a screen are ContentNotify: the note may be Content (kit/text.py).
        cast("ContentNotify", pane).notify(note, timeout=NOTE_SECONDS)
