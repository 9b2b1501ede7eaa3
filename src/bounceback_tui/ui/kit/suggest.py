"""A field's completion as it is typed, from a list read only when first needed.

Textual's ``SuggestFromList`` takes its list when the field is built; the interview form's
time zones come from the zone database (a few hundred files' names), which the form need not
read unless the person types in that field. ``LaterSuggestions`` asks for the list at the
first keystroke and keeps it. The suggestion is shown after the cursor, dimmed; the right
arrow at the end of the text takes it (Textual's Input).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.suggester import Suggester


class LaterSuggestions(Suggester):
    """The first of ``read()``'s items that starts with what is typed, ignoring case; the
    items in the order to prefer them."""

    def __init__(self, read: Callable[[], Sequence[str]]) -> None:
        super().__init__(use_cache=True, case_sensitive=False)
        self._read = read
        self._items: list[tuple[str, str]] | None = None

    async def get_suggestion(self, value: str) -> str | None:
        if not value:
            return None
        if self._items is None:
            self._items = [(item.casefold(), item) for item in self._read()]
        return next((item for folded, item in self._items if folded.startswith(value)), None)
