"""The friendly message a pane shows before it holds any data."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import Static


class EmptyState(Static):
    """A title, what the pane is for, and the key that gets started.

    One widget drawing three paragraphs (rather than a container of three) keeps
    the first paint of a pane cheap.
    """

    DEFAULT_CLASSES = "empty-state"

    def __init__(self, title: str, body: str, hint: str, *, id: str | None = None) -> None:
        content = Content("\n\n").join(
            [
                Content.styled(title, "bold $accent"),
                Content.from_markup(body),
                Content.from_markup(hint).stylize("$text-muted"),
            ]
        )
        super().__init__(content, id=id)
        self.title_text = title
