"""Text fields that never send what they hold to the terminal raw.

A stored value can hold control characters or bidi overrides (a hand-edited store, an older
export, a paste). Textual's Input and TextArea draw their text as it is, so an escape
sequence in a field would reach the terminal. These two draw each such character as U+FFFD
(``domain.text.display_text``, one character for one, so the cursor stays in step); the value
itself is kept exactly, and the form's validator says what to remove before it saves.
"""

from __future__ import annotations

from rich.highlighter import Highlighter
from rich.text import Text
from textual.widgets import Input, TextArea

from bounceback_tui.domain.text import display_text


class _Neutral(Highlighter):
    """Input's hook for restyling its text, used to neutralise it for display."""

    def highlight(self, text: Text) -> None:
        shown = display_text(text.plain)
        if shown != text.plain:
            text.plain = shown


NEUTRAL = _Neutral()


class PlainInput(Input):
    """An Input whose text is shown without control characters or bidi overrides."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("highlighter", NEUTRAL)
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]


class PlainTextArea(TextArea):
    """A TextArea whose lines are shown without control characters or bidi overrides."""

    def get_line(self, line_index: int) -> Text:
        line = super().get_line(line_index)
        shown = display_text(line.plain)
        if shown != line.plain:
            line.plain = shown
        return line
