"""Ask before doing something that cannot be taken back (or only with `u`)."""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.key_text import keys_shown
from bounceback_tui.ui.kit.text import plain


class ConfirmScreen(ModalScreen[bool]):
    """Returns True only for an explicit yes (`y`, or the confirm button).

    ``question`` and ``detail`` given as ``str`` are shown as plain text, whatever they hold;
    for app-written markup with a person's text in it pass ``markup_with(...)`` (ui/kit/text).

    No keys line of its own: the buttons say each choice, and the key bar under the dialog
    names their keys, as bound, with the buttons' words in their order (kit/bar_bindings.py).
    The line read "y yes  n/Esc no" over the buttons Delete, Keep it and the bar's
    "y Delete  n/Esc Keep it": two wordings of one choice.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm.no"),
    ]
    DEFAULT_CLASSES = "confirm-screen"

    def __init__(
        self,
        question: str | Content,
        detail: str | Content = "",
        *,
        confirm_label: str = "Yes",
        cancel_label: str = "No",
        danger: bool = True,
    ) -> None:
        """``cancel_label`` says what no does ("Keep it", "Keep editing", "Not now"): a
        "Cancel" over a form with a Cancel of its own read as the form's (a newcomer's walk)."""
        super().__init__()
        self.question = question if isinstance(question, Content) else plain(question)
        self.detail = detail if isinstance(detail, Content) else plain(detail)
        self.confirm_label = confirm_label
        self.cancel_label = cancel_label
        # A destructive question gets a red "yes"; an invitation a calm one.
        self.danger = danger

    def compose(self) -> ComposeResult:
        with Vertical(classes="confirm-box" if self.danger else "confirm-box -invitation"):
            yield Static(self.question, classes="confirm-question")
            if self.detail:
                yield Static(self.detail, classes="confirm-detail")
            with ButtonRow(classes="form-buttons"):
                yield Button(
                    self.confirm_label,
                    variant="error" if self.danger else "primary",
                    id="yes",
                    compact=True,
                )
                yield Button(self.cancel_label, id="no", compact=True)

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "yes")

    def on_key(self, event: events.Key) -> None:
        """A key the person's keymap moved away (`y` after "confirm.yes" = "Y") says where
        it went, once a session, as on the panes (kit/refused_keys.moved_note): it did
        nothing here without a word."""
        from bounceback_tui.ui.kit.refused_keys import say_refused

        say_refused(self, event.key)

    def action_answer(self, answer: bool) -> None:
        self.dismiss(answer)


def no_keys(app: object) -> str:
    """The question's no as the keymap binds it ("n or Escape" on the usual keys, "^g" once
    ``confirm.no`` is ctrl+g), for a detail that says how to go back: it said "n or Escape"
    over a bar reading "^g Keep editing", and neither key did anything."""
    return " or ".join(keys_shown(app, "confirm.no", "n,escape", ("n", "Escape")))


def ask_before_throwing_away(screen: Screen[Any], unsaved: str) -> None:
    """ "Throw away what you typed?" over ``screen``: yes dismisses it with None; no (or
    Escape) gives the focus back where it was. ``unsaved`` says what has not been kept."""
    focused = screen.focused

    def answered(discard: bool | None) -> None:
        if discard:
            screen.dismiss(None)
        elif focused is not None and focused.is_attached:
            focused.focus()

    screen.app.push_screen(
        ConfirmScreen(
            "Throw away what you typed?",
            unsaved,
            confirm_label="Throw away",
            cancel_label="Keep editing",
        ),
        answered,
    )
