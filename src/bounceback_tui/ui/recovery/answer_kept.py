"""What the answer form's Escape says of the draft: kept, or not kept when it could not be.

A tester dropped `recovery_step.answer_draft` with the form open: the form said "Your draft
could not be kept: …" while its keys line and the key bar still said "Esc close, draft
kept". The label of Escape (`answer.close`, as bound) now follows the last draft written.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from bounceback_tui.ui.kit.keys_hint import KeysHint

CLOSE_ID = "answer.close"
KEPT, NOT_KEPT = "Close, draft kept", "Close (draft NOT kept)"


def close_words(kept: bool) -> str:
    """The keys line's words after Escape's key."""
    return KEPT if kept else NOT_KEPT


def say_draft_kept(screen: Any, kept: bool) -> None:
    """Escape's label on the key bar and the keys line say whether the draft is kept."""
    if getattr(screen, "draft_kept", True) == kept:
        return
    screen.draft_kept = kept
    label = KEPT if kept else NOT_KEPT
    table = screen._bindings.key_to_bindings
    for key, bindings in table.items():
        table[key] = [
            replace(binding, description=label) if binding.id == CLOSE_ID else binding
            for binding in bindings
        ]
    for hint in screen.query(".form-keys").results(KeysHint):
        hint.update(screen.keys_hint())
    screen.refresh_bindings()
