"""Which keys type a character: a printable one, or a zero-width joiner or non-joiner.

A light module (no widget imports): the app's key queue (``keys_in_order``) and the scroll
that brings a field into sight (``focus.typing_in_sight``) ask it before the first paint, and
the fields (``fields.py``) and the pickers' lists (``people/pick.py``) ask it too, so all of
them agree on what typing is.
"""

from __future__ import annotations

from textual import events

# A zero-width joiner and non-joiner are part of what a person writes (an emoji family, a
# Persian word), but they do not print, and Textual's fields take a key only when its
# character prints: typed key by key, a family fell apart into three people and a Persian word
# was saved spelled otherwise (pasted, they were kept). The fields take these two keys; a bidi
# control typed (U+202A-U+202E, U+2066-U+2069) is still dropped, as a paste drops it.
JOINERS = frozenset("\u200c\u200d")


def types_a_character(event: events.Key) -> bool:
    """Whether ``event`` types a character into a text field: a printable key, or a joiner
    (``JOINERS``), which a field takes though it does not print."""
    return (event.is_printable and event.character is not None) or event.character in JOINERS


def with_a_modifier(event: events.Key) -> bool:
    """Whether ``event`` was pressed with ctrl, alt, meta, super or hyper ("alt+s"). Textual
    gives alt and a letter the letter for its character, so it prints like the letter."""
    *modifiers, _base = event.key.split("+")
    return any(modifier != "shift" for modifier in modifiers)
