"""The friendly message a pane shows before it holds any data."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static

from bounceback_tui.ui.kit.key_text import with_keys
from bounceback_tui.ui.kit.text import plain


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
