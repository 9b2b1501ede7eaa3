"""The friendly message a pane shows before it holds any data."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

# "{pipeline.add|a}" in a hint: the key of that binding as the person's keymap has it
# (the text after | is the usual key, used when the keymap leaves it alone).
_KEY_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\|([^}]+)\}")


class EmptyState(Vertical):
    """A title, what the pane is for, and the key that gets started."""

    DEFAULT_CLASSES = "empty-state"

    def __init__(self, title: str, body: str, hint: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._title = title
        self._body = body
        self._hint = hint

    def compose(self) -> ComposeResult:
        yield Static(self._title, classes="empty-title")
        yield Static(self._body, classes="empty-body")
        yield Static(with_keys(self._hint, self.app), classes="empty-hint")


def with_keys(markup: str, app: object) -> str:
    """Replace ``{binding.id|default}`` placeholders with the key in use (markup-safe)."""

    def key(match: re.Match[str]) -> str:
        key_label = getattr(app, "key_label", None)
        label = key_label(match[1], match[2]) if key_label else match[2]
        return str(label).replace("[", "\\[")

    return _KEY_PLACEHOLDER.sub(key, markup)
