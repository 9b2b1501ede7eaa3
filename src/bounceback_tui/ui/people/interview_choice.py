"""What to do with the interview (or log line) picked: edit it (`e`) or delete it (`d`), or
Escape.

A letter each, as the confirm dialog's `y`/`n`; the list takes the arrows and Enter too.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui.ui.kit.choice_lists import ChoiceList
from bounceback_tui.ui.kit.key_text import esc_of, key_of, key_word
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.text import markup_with

Choice = Literal["edit", "delete"]


class InterviewChoiceScreen(ModalScreen[Choice | None]):
    """Returns "edit", "delete", or None when cancelled. ``title`` and ``detail``: the
    caller's Content (markup_with: the person's text in it is shown, never parsed)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("e", "choose('edit')", "Edit", id="interview_choice.edit"),
        Binding("d", "choose('delete')", "Delete", id="interview_choice.delete"),
        Binding("escape", "cancel", "Cancel", id="interview_choice.cancel"),
    ]
    DEFAULT_CLASSES = "confirm-screen"

    def __init__(
        self,
        title: Content,
        detail: Content,
        *,
        can_undo: bool,
        edit_words: str = "the time, kind, place, notes",
    ) -> None:
        """``edit_words``: what an edit changes (a log line's: what happened, when, the
        line; ui/people/log_edits.py)."""
        super().__init__()
        self.title_text = title
        self.detail = detail
        self.can_undo = can_undo
        self.edit_words = edit_words

    def compose(self) -> ComposeResult:
        keys = {
            "edit": key_of(self.app, "interview_choice.edit", "e"),
            "delete": key_of(self.app, "interview_choice.delete", "d"),
            "cancel": esc_of(self.app, "interview_choice.cancel"),
            "choose": key_word(self.app, "choices.choose", "enter", "Enter"),
        }
        delete = (
            markup_with(
                "[b]$delete[/b]  Delete it  [dim]asks first; [b]$undo[/b] brings it back[/dim]",
                undo=key_of(self.app, "people.undo", "u"),
                **keys,
            )
            if self.can_undo
            else markup_with("[b]$delete[/b]  Delete it  [dim]asks first[/dim]", **keys)
        )
        with Vertical(classes="confirm-box -invitation", id="interview-choice-box"):
            yield Static(self.title_text, classes="confirm-question")
            yield Static(self.detail, classes="confirm-detail")
            yield ChoiceList(
                Option(
                    markup_with(
                        "[b]$edit[/b]  Edit it  [dim]$what[/dim]", what=self.edit_words, **keys
                    ),
                    id="edit",
                ),
                Option(delete, id="delete"),
                id="interview-choices",
                compact=True,
            )
            yield KeysHint(
                markup_with(
                    "[b]$edit[/b] Edit  [b]$delete[/b] Delete  [b]$choose[/b] Choose  "
                    "[b]$cancel[/b] Cancel",
                    **keys,
                ),
                classes="form-keys",
            )

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        choices.highlighted = 0
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id in ("edit", "delete"):
            self.dismiss("edit" if event.option.id == "edit" else "delete")

    def action_choose(self, what: Choice) -> None:
        self.dismiss(what)

    def action_cancel(self) -> None:
        self.dismiss(None)
