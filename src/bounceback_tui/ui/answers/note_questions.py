"""The questions a note gave, before any joins the bank: each ticked to keep or left.

A question that reads as one asked of oneself ("Is this even worth it?") starts unticked
(``domain.note_questions``); one the bank holds already, or one longer than it keeps (shown
refused, with the limit, never cut), cannot be ticked. Space ticks or
unticks, ctrl+s adds the ticked ones, Escape goes back to the note as it was typed; on again,
each question still in the note is ticked as the person left it (``choices``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, ClassVar

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
from bounceback_tui.services.answer_notes import add_kept
from bounceback_tui.services.answers import QuestionRow
from bounceback_tui.ui.answers.bank import SHORT_BELOW
from bounceback_tui.ui.kit.choice_lists import TickList
from bounceback_tui.ui.kit.help_key import HELP_KEY
from bounceback_tui.ui.kit.text import ContentNotify, plain, toast_with

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import Database

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


class NoteQuestionsScreen(ContentNotify, ModalScreen[list[QuestionRow] | None]):
    """Dismisses with the questions added (maybe none), or None to go back to the note.
    ``choices`` holds what the person ticked or left (by ``question_key``): what an earlier
    preview of the note held, given back to the next, and this one's added on leaving."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "add", "Add the ticked", id="note_questions.add"),
        Binding("escape", "back", "Back to the note", id="note_questions.back"),
        HELP_KEY,
    ]
    HELP_TITLE: ClassVar[str] = "Questions from a note"  # `?` (ui/app_screens.show_help)
    DEFAULT_CLASSES = "form-screen"

    def __init__(
        self,
        db: Database,
        found: list[NoteQuestion],
        asked_at: str = "",
        *,
        choices: Mapping[str, bool] | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.choices = dict(choices or {})
        self.found = with_choices(found, self.choices)
        self.asked_at = asked_at

    def compose(self) -> ComposeResult:
        with Vertical(id="note-questions-box", classes="form"):
            yield Static(
                plain(f"{plural(len(self.found), 'question')} in your note"), classes="form-title"
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
            yield Static(
                "[b]Space[/b] keep or leave  [b]ctrl+s[/b] add the ticked  "
                "[b]Esc[/b] back to your note",
                classes="form-keys",
            )

    def _intro(self) -> Content:
        intro = plain("The ticked ones join the bank, to practise.")
        if any(found.to_yourself and found.can_add for found in self.found):
            intro += plain(
                " One that reads like a question you asked yourself, not one you were asked, "
                "is left unticked: tick it if it is one to practise."
            )
        if any(found.refused for found in self.found):
            intro += plain(
                " A question longer than the bank keeps is not added: shorten it in your "
                "note, or add it with a and put the rest in its answer."
            )
        return intro

    def on_mount(self) -> None:
        self.query_one("#note-questions-list").focus()

    def on_resize(self, event: events.Resize) -> None:
        # As the bank's own (SHORT_BELOW): a short terminal keeps the list's rows.
        self.set_class(event.size.height < SHORT_BELOW, "-short")

    def focus_target(self) -> Widget:
        return self.query_one("#note-questions-list")

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
            added = add_kept(self.db, self.kept, asked_at=self.asked_at)
        except BouncebackError as exc:
            self.notify(toast_with("Nothing was added. $error", error=str(exc)), severity="warning")
            return
        self.dismiss(added)

    def action_back(self) -> None:
        self._keep_choices()
        self.dismiss(None)
