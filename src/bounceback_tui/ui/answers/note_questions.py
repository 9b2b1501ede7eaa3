"""The questions a note gave, before any joins the bank: each ticked to keep or left.

A question that reads as one asked of oneself ("Is this even worth it?") starts unticked
(``domain.note_questions``); one the bank holds already, or one longer than it keeps (shown
refused, with the limit, never cut), cannot be ticked. Space ticks or
unticks, ctrl+s adds the ticked ones, Escape goes back to the note as it was typed; on again,
each question still in the note is ticked as the person left it (``choices``).

The bank's "From a note" shows it, and so does the recovery step "Which questions would I
answer differently now?" for the questions of its answer (ui/recovery/redo_questions.py):
each says what "add" does (``add``) and what the text is called (``written_in``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar, TypeVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from bounceback_tui.domain.answers import question_key
from bounceback_tui.domain.note_questions import NoteQuestion, with_choices
from bounceback_tui.domain.text import clip_name
from bounceback_tui.domain.wording import plural
from bounceback_tui.errors import BouncebackError
from bounceback_tui.ui.answers.bank import SHORT_BELOW
from bounceback_tui.ui.kit.choice_lists import TickList
from bounceback_tui.ui.kit.help_key import HELP_KEY
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.text import ContentNotify, plain, toast_with

Added = TypeVar("Added")

# How much of a question a line shows (the whole one is what is added).
SHOWN = 200


def _prompt(found: NoteQuestion) -> Content:
    text = plain(clip_name(found.text, SHOWN))
    if found.refused:  # first: the line is cut at the list's edge
        return plain(f"Too long to add ({found.refused}): ", "$text-warning") + text
    if found.held:
        return text + plain("  in the bank already", "$text-muted")
    if found.to_yourself:
        return text + plain("  a question to yourself?", "$text-muted")
    return text


class NoteQuestionsScreen(ContentNotify, ModalScreen[Added | None]):
    """Dismisses with what ``add`` returned for the ticked questions (it adds them; a
    ``BouncebackError`` it raises is shown, and the screen stays), or None to go back to the
    text. ``choices`` holds what the person ticked or left (by ``question_key``): what an
    earlier preview of the text held, given back to the next, and this one's added on leaving."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "add", "Add the ticked", id="note_questions.add"),
        Binding("escape", "back", "Back to the text", id="note_questions.back"),
        HELP_KEY,
    ]
    HELP_TITLE = "Questions from a note"  # `?` (ui/app_screens.show_help); ``title``
    DEFAULT_CLASSES = "form-screen"

    def __init__(
        self,
        found: list[NoteQuestion],
        add: Callable[[list[str]], Added],
        *,
        choices: Mapping[str, bool] | None = None,
        written_in: str = "note",
        lead: str = "The ticked ones join the bank, to practise.",
        title: str = "",
        unsaved: str = "",
    ) -> None:
        super().__init__()
        self.HELP_TITLE = title or self.HELP_TITLE
        self.add = add
        self.choices = dict(choices or {})
        self.found = with_choices(found, self.choices)
        self.written_in = written_in
        self.lead = lead
        # The text the questions came from, where nothing else on screen holds it (the
        # bank's note form closed to show them): what quitting from here would lose.
        self.unsaved = unsaved

    def compose(self) -> ComposeResult:
        with Vertical(id="note-questions-box", classes="form"):
            yield Static(
                plain(f"{plural(len(self.found), 'question')} in your {self.written_in}"),
                classes="form-title",
            )
            yield Static(self._intro(), classes="form-intro")
            yield TickList[int](
                *(
                    Selection(_prompt(found), index, found.ticked, disabled=not found.can_add)
                    for index, found in enumerate(self.found)
                ),
                id="note-questions-list",
                compact=True,
            )
            yield KeysHint(
                keys_line(
                    self.app,
                    ("{ticks.toggle|space|Space}", "keep or leave"),
                    ("{note_questions.add|ctrl+s}", "add the ticked"),
                    ("{note_questions.back|escape|Esc}", "back to your "),
                )
                + plain(self.written_in),
                classes="form-keys",
            )

    def _intro(self) -> Content:
        intro = plain(self.lead)
        if any(found.to_yourself and found.can_add for found in self.found):
            intro += plain(
                " One that reads like a question you asked yourself, not one you were asked, "
                "is left unticked: tick it if it is one to practise."
            )
        if any(found.refused for found in self.found):
            intro += plain(
                " A question longer than the bank keeps is not added: shorten it in your "
                f"{self.written_in}, or add it in the bank with a and put the rest in the "
                "question's own answer."
            )
        return intro

    def on_mount(self) -> None:
        self.query_one("#note-questions-list").focus()

    def on_resize(self, event: events.Resize) -> None:
        # As the bank's own (SHORT_BELOW): a short terminal keeps the list's rows.
        self.set_class(event.size.height < SHORT_BELOW, "-short")

    def focus_target(self) -> Widget:
        return self.query_one("#note-questions-list")

    def unsaved_typing(self) -> str | None:
        """What ctrl+q would lose from here (ui/kit/quit_guard.py), or None."""
        return self.unsaved or None

    @property
    def kept(self) -> list[str]:
        ticked = set(self.query_one("#note-questions-list", SelectionList).selected)
        return [f.text for i, f in enumerate(self.found) if i in ticked and f.can_add]

    def _keep_choices(self) -> None:
        ticked = set(self.query_one("#note-questions-list", SelectionList).selected)
        self.choices.update(
            (question_key(found.text), index in ticked)
            for index, found in enumerate(self.found)
            if found.can_add
        )

    def action_add(self) -> None:
        self._keep_choices()
        try:
            added = self.add(self.kept)
        except BouncebackError as exc:
            self.notify(
                toast_with("Nothing was added. $error", error=str(exc)),
                severity="warning",
                title="Nothing added",
            )
            return
        self.dismiss(added)

    def action_back(self) -> None:
        self._keep_choices()
        self.dismiss(None)
