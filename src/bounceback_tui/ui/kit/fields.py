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

Both take a zero-width joiner or non-joiner typed as a key (``JOINERS``), as they take one
pasted; a bidi control typed is still not taken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.content import Content
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Input, TextArea
from textual.widgets.input import Selection as InputSelection
from textual.widgets.text_area import EditResult, Location, Selection

from bounceback_tui.domain.graphemes import step_left, step_right
from bounceback_tui.domain.text import display_line, display_text, one_line
from bounceback_tui.domain.text_fit import box_length, fitting, without_bidi_controls
from bounceback_tui.errors import FieldError
from bounceback_tui.ui.kit.pane_release import stop_watching
from bounceback_tui.ui.kit.suggest import INSTEAD, taken
from bounceback_tui.ui.kit.typed_keys import (
    JOINERS,  # the joiners typed: taken as keys
    with_a_modifier,
)


@dataclass(frozen=True)
class PasteCut:
    """A paste a field took only in part: how long it was and how much of it was kept
    (counted as the save counts them: ``box_length``), and the field's text right after."""

    pasted: int
    kept: int
    text: str

    @property
    def left_out(self) -> int:
        return self.pasted - self.kept


class PlainInput(Input):
    """An Input whose text is shown without control characters or bidi overrides, and
    which keeps every line of a multi-line paste.

    ``paste_cut``: the last paste cut to fit ``max_length``, kept until the field is emptied
    or its whole text is replaced (by a paste over it all, or by the app): a link field
    refuses to save while it holds one (``cut_link_problem``)."""

    paste_cut: PasteCut | None = None
    _replacing = False

    @property
    def _value(self) -> Text:
        # Input builds the Text it draws here (textual 8.x); a password stays dots.
        if self.password:
            return super()._value
        text = Text(display_line(self.value), no_wrap=True, overflow="ignore", end="")
        return self.highlighter(text) if self.highlighter is not None else text

    def _on_paste(self, event: events.Paste) -> None:
        several = len(event.text.splitlines()) >= 2 or "\t" in event.text
        # Instead of Input's, which keeps the first line only, and pastes nothing at all when
        # the whole would not fit in ``max_length`` (here what fits is pasted, ``replace``,
        # and the field says it is full: ``with_full_note``). A bidi override is dropped, as
        # it is when typed (``without_bidi_controls``).
        event.prevent_default()
        event.stop()
        if several:
            text = one_line(event.text.replace("\t", " "))
        else:
            text = next(iter(event.text.splitlines()), "")
        text = without_bidi_controls(text)
        selection = self.selection
        start, end = sorted(selection) if not selection.is_empty else (self.cursor_position,) * 2
        if text:
            self.replace(text, start, end)

    async def _on_key(self, event: events.Key) -> None:
        if bound_above(self, event):
            return
        # Before Input's own, which takes a key only when it prints (``JOINERS``).
        if event.character in JOINERS:
            event.stop()
            event.prevent_default()
            self._restart_blink()
            selection = self.selection
            start, end = (
                sorted(selection) if not selection.is_empty else (self.cursor_position,) * 2
            )
            self.replace(event.character, start, end)

    def _watch_value(self, value: str) -> None:
        if not self._replacing or not value:
            self.paste_cut = None  # put in by the app (a reload, a completion), or emptied
        super()._watch_value(value)

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
        """It holds as many characters as it takes (``max_length``, counted as the save
        counts them: ``box_length``): the next are not taken."""
        limit = self.max_length
        return limit is not None and limit > 0 and box_length(self.value) >= limit

    def replace(self, text: str, start: int, end: int) -> None:
        # Every key and paste comes here: what is taken is cut to the room left as the save
        # counts it, between whole clusters (``domain.text_fit.fitting``); Input's own check
        # counts code points, and refused a paste that did not fit whole.
        limit = self.max_length
        value = self.value
        start, end = sorted((max(0, start), min(len(value), end)))
        given = text
        if limit:
            text = fitting(value[:start], text, value[end:], limit)
            if not text and start == end:
                self.restricted()
                return
        if start == 0 and end == len(value):
            self.paste_cut = None  # the whole text replaced: a cut before it is gone
        self._replacing = True
        try:
            super().replace(text, start, end)
        finally:
            self._replacing = False
        if text != given and self.value:
            self.paste_cut = PasteCut(box_length(given), box_length(text), self.value)

    def on_unmount(self) -> None:
        stop_watching(self)  # or its screen keeps it (kit/pane_release.py)


class PlainTextArea(TextArea):
    """A TextArea whose lines are shown without control characters or bidi overrides, and
    which survives its wrapped lines falling behind its document.

    ``max_length`` (Textual's TextArea has none) stops typing and pasting at the limit the
    save checks, as PlainInput's does: a paste keeps what fits. ``line_limit`` does the same
    for each line, where the save checks each line (a skill's links and notes). Text put in
    by the app (``load_text``, a reload) is not cut; the save says what is too long."""

    max_length: int | None = None
    line_limit: int | None = None
    paste_cut: PasteCut | None = None  # as PlainInput's, said under the field

    def _replace_via_keyboard(
        self, insert: str, start: Location, end: Location
    ) -> EditResult | None:
        start, end = sorted((start, end))
        # Line breaks as the box keeps them: a terminal sends a pasted line break as CR
        # (tmux, most terminals), and one turned into LF on the way is not a character
        # left out ("0 of the 19 characters pasted were left out.", a tester's paste).
        given = line_breaks(without_bidi_controls(insert))
        insert = self._fitting(given, start, end)
        if not insert and start == end:
            return None
        whole = start == (0, 0) and end == self.document.end
        result = super()._replace_via_keyboard(insert, start, end)
        if insert != given:
            self.paste_cut = PasteCut(box_length(given), box_length(insert), self.text)
        elif whole or self.document.end == (0, 0):  # replaced whole, or emptied
            self.paste_cut = None
        return result

    async def _on_key(self, event: events.Key) -> None:
        if bound_above(self, event):
            return
        # Before TextArea's own, which takes a key only when it prints (``JOINERS``).
        if event.character in JOINERS and not self.read_only:
            event.stop()
            event.prevent_default()
            self._restart_blink()
            self._replace_via_keyboard(event.character, *self.selection)

    def load_text(self, text: str) -> None:
        self.paste_cut = None  # put in by the app: nothing of it was cut
        super().load_text(text)

    def _fitting(self, insert: str, start: Location, end: Location) -> str:
        """What of ``insert`` the box takes in place of ``start``-``end``: within
        ``line_limit`` each line, then ``max_length`` in all, counted as the save counts
        them and cut between whole clusters (``domain.text_fit``)."""
        if self.line_limit and insert:
            lines = line_breaks(insert).split("\n")
            head = self.document.get_line(start[0])[: start[1]]
            tail = self.document.get_line(end[0])[end[1] :]
            last = len(lines) - 1
            insert = "\n".join(
                fitting(
                    head if number == 0 else "",
                    line,
                    tail if number == last else "",
                    self.line_limit,
                )
                for number, line in enumerate(lines)
            )
        limit = self.max_length
        if limit and insert:
            before = self.get_text_range((0, 0), start)
            after = self.get_text_range(end, self.document.end)
            insert = fitting(before, insert, after, limit)
        return insert

    @property
    def is_full(self) -> bool:
        """It holds as many characters as it takes (``max_length``, counted as the save
        counts them: ``box_length``): the next are not taken."""
        limit = self.max_length
        return limit is not None and limit > 0 and box_length(self.text) >= limit

    @property
    def line_is_full(self) -> bool:
        """A line holds as many characters as a line takes (``line_limit``): said after a
        paste cut one, wherever the cursor ends."""
        limit = self.line_limit
        if not limit:
            return False
        return any(box_length(line) >= limit for line in self.document.lines)

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


def bound_above(field: Widget, event: events.Key) -> bool:
    """Whether ``event`` is a key pressed with alt (or ctrl, meta...) that a binding heard in
    ``field`` has, as the person's keymap can give one (`"form.save" = "alt+s"`): then it is
    not typed (its default is prevented) and goes on up to that binding. Textual's fields
    typed the letter of alt and a letter, so the form's save never heard its key and Company
    read "Foo Bars" (a power user's walk). Alt and a letter no binding has is typed, as before."""
    if not (event.is_printable and with_a_modifier(event)):
        return False
    if event.key not in field.screen.active_bindings:
        return False
    event.prevent_default()
    return True


def line_breaks(text: str) -> str:
    """``text`` with each line break as a text box keeps it: CR LF and a lone CR as LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text


def full_note(field: Widget) -> str:
    """While ``field`` is full (``max_length``) a sentence saying so, else "": the keys typed
    on are not taken, and without a word that looked like the keyboard had stopped. While it
    holds what a cut paste left, untouched since, how much of the paste was left out too:
    "Full" alone did not say that most of a 500-character paste never arrived."""
    if not isinstance(field, PlainInput | PlainTextArea):
        return ""
    cut = field.paste_cut
    text = field.text if isinstance(field, PlainTextArea) else field.value
    left = ""
    if cut is not None and cut.text == text and cut.left_out > 0:
        left = f"{cut.left_out:,} of the {cut.pasted:,} characters pasted were left out."
    if isinstance(field, PlainTextArea) and not field.is_full and field.line_is_full:
        return f"Full: {field.line_limit:,} characters a line at most. {left}".strip()
    if not field.is_full:
        return left
    return f"Full: {field.max_length:,} characters at most. {left}".strip()


def cut_link_problem(field: Widget) -> str:
    """Why a link field's text cannot be saved, when a paste into it was cut to fit (a link
    missing its end does not open), else ""."""
    if not isinstance(field, PlainInput) or (cut := field.paste_cut) is None:
        return ""
    return (
        f"The link pasted was {cut.pasted:,} characters long, and a link takes "
        f"{field.max_length:,} at most, so it was cut and would not open. Clear the box and "
        "paste a shorter link."
    )


def cut_link_errors(screen: DOMNode, names: Iterable[str]) -> list[FieldError]:
    """For each of the link fields ``names`` (``#field-<name>`` on ``screen``) that a cut
    paste left its text in, the refusal saying so: checked before the form's own save."""
    errors = []
    for name in names:
        found = screen.query(f"#field-{name}")
        if found and (problem := cut_link_problem(found.first())):
            errors.append(FieldError(name, problem))
    return errors


def with_full_note(note: Content, field: Widget) -> Content:
    """``note``, and while ``field`` is full the sentence saying so (``full_note``)."""
    full = full_note(field)
    return Content.assemble(note, " ", full) if full else note
