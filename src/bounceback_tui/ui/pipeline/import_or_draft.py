"""`i` with a new application's draft left over: import a posting, carry on, or back.

`i` used to ask `a`'s question ("You were adding Zeta. Start empty instead?"), which said
nothing of the import: Escape opened the draft's form (neither the import nor the list), and
yes threw the draft away at once, even when the import was then given up, so the next `a`
opened an empty form. Here each answer says what it does: yes imports a posting and keeps
the draft for `a` (the import's own form never writes over it, ``KEPT_ELSEWHERE``), "Carry
on" (`c`) opens the draft's form as `a` does, and no (Escape too) goes back to the list
with nothing changed. `i` never throws a draft away. Carry on had no key while the other two
buttons had theirs on the keys line: the way on a stranger would take took Tab and Enter.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with

QUESTION = (
    "You were adding $app (not saved). Import a posting instead, keeping that draft for "
    "later ([b]$add[/b] opens it)?"
)
DETAIL = "Carry on opens the draft now, as you left it; Back leaves everything as it was."


class ImportOrDraftScreen(ConfirmScreen):
    """Yes (`y`) imports a posting, no (`n`, Escape) goes back; the middle button (`c`)
    carries on with the draft: then ``carry_on`` is True (the answer given is False)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Import", id="confirm.yes"),
        Binding("c", "carry_on", "Carry on", id="import_or_draft.carry_on"),
        Binding("n,escape", "answer(False)", "Back", id="confirm.no"),
    ]
    DEFAULT_CLASSES = "confirm-screen import-or-draft-screen"

    def __init__(self, app_named: str, app: object) -> None:
        super().__init__(
            markup_with(QUESTION, app=app_named, add=key_of(app, "pipeline.add", "a")),
            DETAIL,
            confirm_label="Import a posting",
            cancel_label="Back",
            danger=False,
        )
        self.carry_on = False

    def compose(self) -> ComposeResult:
        with Vertical(classes="confirm-box -invitation"):
            yield Static(self.question, classes="confirm-question")
            yield Static(self.detail, classes="confirm-detail")
            with ButtonRow(classes="form-buttons"):
                yield Button(self.confirm_label, variant="primary", id="yes", compact=True)
                yield Button("Carry on", id="carry_on", compact=True)
                yield Button(self.cancel_label, id="no", compact=True)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        event.prevent_default()  # ConfirmScreen's own handler answers no more
        if event.button.id == "carry_on":
            self.action_carry_on()
        else:
            self.dismiss(event.button.id == "yes")

    def action_carry_on(self) -> None:
        self.carry_on = True
        self.dismiss(False)
