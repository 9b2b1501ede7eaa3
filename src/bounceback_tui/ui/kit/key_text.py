"""App-written text that names keys as the person's keymap has them.

Its own module, not the empty state's: Today's welcome uses it on the first screen, and
``EmptyState`` (a widget class: Textual's ``__init_subclass__`` walks its whole MRO, about
0.15 ms) is only needed once another pane is shown.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui.ui.kit.text import display_text

if TYPE_CHECKING:
    from textual.binding import Binding

# "{pipeline.add|a}" in a hint: the key of that binding as the person's keymap has it
# (the text after | is the usual key, used when the keymap leaves it alone);
# "{boards.close|escape|Esc}": the usual key as a sentence says it, as ``key_word`` has it.
# Compiled when first used, not at import: the confirm dialog's module (on the first paint's
# path) imports this one (tests/test_first_paint_imports.py).
_KEY_PLACEHOLDER = r"\{([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\|([^}|]+)(?:\|([^}|]+))?\}"


def with_keys(markup: str, app: object, **values: object) -> Content:
    """App-written ``markup`` with each ``{binding.id|default}`` placeholder showing the key
    in use. A key's label comes from the person's keymap, so it goes in as plain text (a
    template value), never as markup: a "[" or a trailing backslash stays what it is.
    ``values`` fill ``$name`` slots the same way (keys already looked up, a count)."""
    labels: dict[str, str] = {name: display_text(str(value)) for name, value in values.items()}

    def slot(match: re.Match[str]) -> str:
        if match[3]:
            label = key_word(app, match[1], match[2], match[3])
        else:
            label = key_of(app, match[1], match[2])
        name = f"_key{len(labels)}"
        labels[name] = display_text(str(label))
        return f"${{{name}}}"

    template = re.sub(_KEY_PLACEHOLDER, slot, markup)
    return Content.from_markup(template, **labels)


def key_of(app: object, binding_id: str, default: str) -> str:
    """The key of ``binding_id`` as the person's keymap has it, as text to show ("R", "+",
    "ctrl+↑"); ``default`` (the usual key) without an app, as in a test of the text alone.
    Every hint that names a key in app-written text asks here (or through ``with_keys``):
    a hint that wrote the usual letter kept saying it after the keymap moved the key."""
    key_label = getattr(app, "key_label", None)
    return str(key_label(binding_id, default)) if key_label is not None else default


def keys_of(app: object, prefix: str, **usual: str) -> dict[str, str]:
    """``key_of`` for several bindings of one screen at once: name -> the key of
    ``prefix.name`` as bound (``usual[name]`` while the keymap leaves it), for ``markup_with``.
    """
    return {name: key_of(app, f"{prefix}.{name}", key) for name, key in usual.items()}


def key_word(app: object, binding_id: str, usual: str, word: str) -> str:
    """``word``, the usual key as a sentence says it ("Escape"), while the person's keymap
    leaves ``binding_id`` on ``usual``; else the key as bound ("^l"). "Escape clears the
    filter" stayed after a keymap moved the clearing to ctrl+l (a stranger's walk)."""
    key_label = getattr(app, "key_label", None)
    if key_label is None:
        return word
    shown = str(key_label(binding_id, usual))
    return word if shown == str(key_label("", usual)) else shown


# How a keys line writes Escape while the keymap leaves it ("n/Esc no", "Esc cancel"): one
# spelling for every dialog and form (a form's line read "esc cancel" under "n/Esc no").
ESC = "Esc"
# How every key named by a word is written where Textual writes it in lower case: "Space
# Tick" beside "Esc Cancel" (the key bar read "space Tick", a reviewer's walk).
SPACE = "Space"


def key_written(binding: Binding, textual: str) -> str:
    """How the app writes ``binding``'s key wherever it names one (the key bar, the `?`
    screen, a hint asked of ``key_label``): as Textual writes it (``textual``: "^s", "⏎",
    "↑"), but Escape as every keys line writes it (``ESC``) and Space capitalised alike
    (``SPACE``, "^Space" with a modifier). The app's ``get_key_display`` asks here: the key
    bar read "esc Cancel" under a form whose own line read "Esc cancel", and "space Tick"."""
    if binding.key_display:
        return textual
    modifiers, key = binding.parse_key()
    if key == "escape" and not modifiers:
        return ESC
    if key == "space" and textual.endswith("space"):
        return textual.removesuffix("space") + SPACE
    return textual


def esc_of(app: object, binding_id: str, usual: str = "escape") -> str:
    """``key_word`` for a binding whose usual key is Escape: "Esc", or the key as bound."""
    return key_word(app, binding_id, usual, ESC)


def keys_shown(app: object, binding_id: str, usual: str, words: tuple[str, ...]) -> list[str]:
    """``key_word`` for a binding with several keys (``usual`` "n,escape", ``words``
    ("n", "Esc")): ``words`` while the keymap leaves the binding on its usual keys, else
    every key it has now, each as shown. A dialog's "n/Esc no" kept its Esc after a keymap
    gave the no to x alone, and Escape no longer said no."""
    keys_in_use = getattr(app, "keys_in_use", None)
    key_label = getattr(app, "key_label", None)
    if keys_in_use is None or key_label is None:
        return list(words)
    from bounceback_tui.ui.keymap import normalize_keys

    bound = keys_in_use.get(binding_id)
    if not bound or normalize_keys(bound) == normalize_keys(usual):
        return list(words)
    return keys_named([str(key_label("", key)) for key in normalize_keys(bound).split(",")])


def keys_named(keys: list[str]) -> list[str]:
    """Which of a binding's keys (as shown, its first first) a dialog's keys line and the key
    bar under it name: the first, and Escape too when the binding has it ("n/Esc no"), the
    way out of every dialog. Another key of several (q beside Escape) is left to `?`. The
    bar read "n No" under the line "n/Esc no" (one helper for both)."""
    return [*keys[:1], ESC] if ESC in keys[1:] else keys[:1]


# Between the keys of one binding, on a keys line and the key bar ("n/Esc").
KEYS_APART = "/"


def keys_joined(keys: list[str]) -> str:
    """``keys`` as one, ``KEYS_APART`` between them ("n/Esc")."""
    return KEYS_APART.join(keys)
