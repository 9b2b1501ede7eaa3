"""The friendly message a pane shows before it holds any data."""

from __future__ import annotations

import re

from textual.content import Content
from textual.widgets import Static

from bounceback_tui.ui.kit.text import display_text, plain

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
        """``title`` is plain text; ``body`` and ``hint`` are app-written markup (literals:
        tests/test_markup_guard.py checks every caller), the hint with key placeholders."""
        super().__init__(id=id)
        self.title_text = title
        self._body = body
        self._hint = hint

    def on_mount(self) -> None:
        # The hint names keys as the person's keymap has them, known once mounted.
        self.update(
            Content("\n\n").join(
                [
                    plain(self.title_text, "bold $text-accent"),
                    Content.from_markup(self._body),
                    with_keys(self._hint, self.app).stylize("$text-muted"),
                ]
            )
        )


def with_keys(markup: str, app: object) -> Content:
    """App-written ``markup`` with each ``{binding.id|default}`` placeholder showing the key
    in use. A key's label comes from the person's keymap, so it goes in as plain text (a
    template value), never as markup: a "[" or a trailing backslash stays what it is."""
    labels: dict[str, str] = {}

    def slot(match: re.Match[str]) -> str:
        key_label = getattr(app, "key_label", None)
        label = key_label(match[1], match[2]) if key_label else match[2]
        name = f"key{len(labels)}"
        labels[name] = display_text(str(label))
        return f"${{{name}}}"

    template = _KEY_PLACEHOLDER.sub(slot, markup)
    return Content.from_markup(template, **labels)
