"""The friendly message a pane shows before it holds any data."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static


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
        yield Static(self._hint, classes="empty-hint")
