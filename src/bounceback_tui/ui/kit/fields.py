"""Text fields that never send what they hold to the terminal raw.

A stored value can hold control characters or bidi overrides (a hand-edited store, an older
export, a paste). Textual's Input and TextArea draw their text as it is (Rich drops a few
controls, such as BEL, and passes ESC on), so an escape sequence in a field would reach the
terminal. These two draw each such character as U+FFFD (``domain.text.display_text``, one
character for one, so the cursor stays in step), like everywhere else; the value itself is
kept exactly, and the form's validator says what to remove before it saves.

``PlainInput`` is also the one one-line field every screen builds (never a bare ``Input``, a
test checks): a multi-line paste keeps every line, joined with spaces
(``domain.text.one_line``), where Textual's Input keeps only the first; a tab in a paste (cells
copied from a spreadsheet, "Jane<TAB>Doe") becomes a space, where it was kept, shown as blank
and refused on save as a control character the person could not see.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import events
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.widgets.input import Selection as InputSelection
from textual.widgets.text_area import EditResult, Location, Selection

from bounceback_tui.domain.graphemes import step_left, step_right
from bounceback_tui.domain.text import display_text, one_line
from bounceback_tui.ui.kit.pane_release import stop_watching
from bounceback_tui.ui.kit.suggest import INSTEAD, taken


class PlainInput(Input):
    """An Input whose text is shown without control characters or bidi overrides, and
    which keeps every line of a multi-line paste."""

    @property
    def _value(self) -> Text:
        # Input builds the Text it draws here (textual 8.x); a password stays dots.
        if self.password:
            return super()._value
        text = Text(display_text(self.value), no_wrap=True, overflow="ignore", end="")
        return self.highlighter(text) if self.highlighter is not None else text

    def _on_paste(self, event: events.Paste) -> None:
        several = len(event.text.splitlines()) >= 2 or "\t" in event.text
        if not several and not self.max_length:
            return  # one line: Input's own handler pastes it
        # Instead of Input's, which keeps the first line only, and pastes nothing at all when
        # the whole would not fit in ``max_length`` (here what fits is pasted, and the field
        # says it is full: ``with_full_note``).
        event.prevent_default()
        event.stop()
        if several:
            text = one_line(event.text.replace("\t", " "))
        else:
            text = next(iter(event.text.splitlines()), "")
        selection = self.selection
        start, end = sorted(selection) if not selection.is_empty else (self.cursor_position,) * 2
        if self.max_length:
            text = text[: max(0, self.max_length - len(self.value) + (end - start))]
        if text:
            self.replace(text, start, end)

    def _on_focus(self, event: events.Focus) -> None:
        # Input's own handler, after this one, drops the completion shown before; it is asked
        # for again, so a field the cursor comes back to (Tab, or a refusal putting it there:
        # "Press the right arrow to take it.") shows what the right arrow would take.
        if self.suggester is not None and self.value:
            self.call_later(self._suggest_again)

    async def _suggest_again(self) -> None:
        if self.suggester is not None and self.value and self.has_focus:
            await self.suggester._get_suggestion(self, self.value)

    # Backspace, Delete and the arrows take a whole character as a reader sees it: half a flag
    # or a family (a joiner left over, a lone regional indicator) was left behind, one code
    # point at a time (``domain.graphemes``).
    def action_delete_left(self) -> None:
        if not self.selection.is_empty:
            super().action_delete_left()
        elif self.cursor_position > 0:
            self.delete(step_left(self.value, self.cursor_position), self.cursor_position)

    def action_delete_right(self) -> None:
        if not self.selection.is_empty:
            super().action_delete_right()
        elif self.cursor_position < len(self.value):
            self.delete(self.cursor_position, step_right(self.value, self.cursor_position))

    def action_cursor_left(self, select: bool = False) -> None:
        start, end = self.selection
        if select:
            self.selection = InputSelection(start, step_left(self.value, end))
        elif self.selection.is_empty:
            self.cursor_position = step_left(self.value, self.cursor_position)
        else:
            self.cursor_position = min(start, end)

    def action_cursor_right(self, select: bool = False) -> None:
        # A name offered in place of the text ("EST → New York", kit/suggest.py) is taken
        # alone; Input's own would take the arrow and the text before it too.
        if not select and self.cursor_at_end and INSTEAD in self._suggestion:
            self.value = taken(self._suggestion)
            self.cursor_position = len(self.value)
            return
        start, end = self.selection
        if select:
            self.selection = InputSelection(start, step_right(self.value, end))
        elif self.selection.is_empty and not (self.cursor_at_end and self._suggestion):
            self.cursor_position = step_right(self.value, self.cursor_position)
        else:
            super().action_cursor_right()  # a completion taken, or a selection left

    @property
    def is_full(self) -> bool:
        """It holds as many characters as it takes (``max_length``): the next are not taken."""
        limit = self.max_length
        return limit is not None and limit > 0 and len(self.value) >= limit

    def on_unmount(self) -> None:
        stop_watching(self)  # or its screen keeps it (kit/pane_release.py)


class PlainTextArea(TextArea):
    """A TextArea whose lines are shown without control characters or bidi overrides, and
    which survives its wrapped lines falling behind its document.

    ``max_length`` (Textual's TextArea has none) stops typing and pasting at the limit the
    save checks, as PlainInput's does: a paste keeps what fits. Text put in by the app
    (``load_text``, a reload) is not cut; the save says what is too long."""

    max_length: int | None = None

    def _replace_via_keyboard(
        self, insert: str, start: Location, end: Location
    ) -> EditResult | None:
        limit = self.max_length
        if limit:
            replaced = len(self.get_text_range(*sorted((start, end))))
            insert = insert[: max(0, limit - len(self.text) + replaced)]
            if not insert and start == end:
                return None
        return super()._replace_via_keyboard(insert, start, end)

    @property
    def is_full(self) -> bool:
        """It holds as many characters as it takes (``max_length``): the next are not taken."""
        limit = self.max_length
        return limit is not None and limit > 0 and len(self.text) >= limit

    def get_line(self, line_index: int) -> Text:
        return Text(display_text(self.document.get_line(line_index)), end="", no_wrap=True)

    # Textual (8.2) places the cursor on screen from its wrapped copy of the document's lines.
    # When that copy falls behind the document (seed 2114's long walk, step 5,042: a redo in
    # Reframe's text, "The document line index 1 is out of bounds. The document contains 1
    # lines."), it raised ValueError and the app closed with the person's text unsaved. The
    # field now wraps its lines again from the document and places the cursor as before.
    def _recompute_cursor_offset(self) -> None:
        self._in_step(super()._recompute_cursor_offset)

    def record_cursor_width(self) -> None:
        self._in_step(super().record_cursor_width)

    def _in_step(self, place: Callable[[], object]) -> None:
        try:
            place()
        except ValueError:
            self.wrapped_document.wrap(self.wrap_width, self.indent_width)
            if self.cursor_location > self.document.end:
                self.selection = Selection.cursor(self.document.end)
            place()

    def on_unmount(self) -> None:
        stop_watching(self)  # or the app's theme and the screen keep it (kit/pane_release.py)


def full_note(field: Widget) -> str:
    """While ``field`` is full (``max_length``) a sentence saying so, else "": the keys typed
    on are not taken, and without a word that looked like the keyboard had stopped."""
    if not isinstance(field, PlainInput | PlainTextArea) or not field.is_full:
        return ""
    return f"Full: {field.max_length:,} characters at most."


def with_full_note(note: Content, field: Widget) -> Content:
    """``note``, and while ``field`` is full the sentence saying so (``full_note``)."""
    full = full_note(field)
    return Content.assemble(note, " ", full) if full else note
