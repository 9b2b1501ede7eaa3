"""The friendly message a pane shows before it holds any data."""

from __future__ import annotations

import re

from textual.content import Content
from textual.widgets import Static

# "{pipeline.add|a}" in a hint: the key of that binding as the person's keymap has it
# (the text after | is the usual key, used when the keymap leaves it alone).
_KEY_PLACEHOLDER = re.compile(r"\{([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)\|([^}]+)\}")


class EmptyState(Static):
    """A title, what the pane is for, and the key that gets started.

    One widget drawing three paragraphs (rather than a container of three) keeps
    the first paint of a pane cheap.
    """

    DEFAULT_CLASSES = "empty-state"

    def __init__(self, title: str, body: str, hint: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.title_text = title
        self._body = body
        self._hint = hint

    def on_mount(self) -> None:
        # The hint names keys as the person's keymap has them, known once mounted.
        self.update(
            Content("\n\n").join(
                [
                    Content.styled(self.title_text, "bold $text-accent"),
                    Content.from_markup(self._body),
                    Content.from_markup(with_keys(self._hint, self.app)).stylize("$text-muted"),
                ]
            )
        )


def with_keys(markup: str, app: object) -> str:
    """Replace ``{binding.id|default}`` placeholders with the key in use (markup-safe)."""

    def key(match: re.Match[str]) -> str:
        key_label = getattr(app, "key_label", None)
        label = key_label(match[1], match[2]) if key_label else match[2]
        return str(label).replace("[", "\\[")

    return _KEY_PLACEHOLDER.sub(key, markup)
