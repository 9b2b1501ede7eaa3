"""A field's completion as it is typed, from a list read only when first needed.

Textual's ``SuggestFromList`` takes its list when the field is built; the interview form's
time zones come from the zone database (a few hundred files' names), which the form need not
read unless the person types in that field. ``LaterSuggestions`` asks for the list at the
first keystroke and keeps it. The suggestion is shown after the cursor, dimmed; the right
arrow at the end of the text takes it (Textual's Input), and so does saving the form while it
shows (``take_shown_suggestion``): the field read "chicago", Enter saved the "chi" typed and
refused it (a stranger's walk, sixteenth round). Accents fold as the filters fold them: "são"
completes to Sao Paulo.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.dom import DOMNode
from textual.suggester import Suggester
from textual.widgets import Input


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
        from bounceback_tui.domain.fuzzy import fold

        if self._items is None:
            self._items = [(fold(item), item) for item in self._read()]
        begun = fold(value)
        return next((item for folded, item in self._items if folded.startswith(begun)), None)


def take_shown_suggestion(screen: DOMNode) -> None:
    """The focused field's completion, if it shows one, becomes its text, as the right arrow
    would make it (without a change message: the form is about to read its fields)."""
    field = screen.app.focused if screen.app.screen is screen else None
    if not isinstance(field, Input) or field.suggester is None:
        return
    shown = field._suggestion
    if len(shown) > len(field.value) and field.cursor_at_end:
        with field.prevent(Input.Changed):
            field.value = shown
            field.cursor_position = len(shown)
