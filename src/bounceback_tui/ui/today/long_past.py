"""The review of follow-ups from a while back (``domain.due.LONG_PAST_DAYS``), opened from
Today's one line for them: it lists them and lets them all go, or moves them all on a
week, together; Escape leaves them as they are. Shaped as the Pipeline's ghosted question
(`r`): a short message, its buttons and their keys. Every follow-up is listed, in a list
that scrolls (focus starts in it; j/k and the arrows move it): it named six and counted
"and 10 more", so the person let go of ten they never saw. `u` on Today brings them back."""

from __future__ import annotations

from datetime import date
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.wording import plural
from bounceback_tui.services.long_past import LongPastFollowUp
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import plain

LongPastAnswer = Literal["let_go", "move_on"]


def _line(follow_up: LongPastFollowUp) -> Content:
    said = app_name(follow_up.name, follow_up.detail)  # a person's, with their company
    return plain(f"• {said}") + plain(f"  {follow_up.day.isoformat()}", "dim")


class LongPastList(VerticalScroll):
    """Every follow-up of the review, one a line; it scrolls when they do not fit."""

    DEFAULT_CSS = """
    LongPastList { height: auto; max-height: 10; }
    """


class LongPastScreen(ModalScreen[LongPastAnswer | None]):
    """Let them go (`l`), move them on a week (`w`), or leave them for later (Escape)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("l", "choose('let_go')", "Let them go", id="long_past.let_go"),
        Binding("w", "choose('move_on')", "In a week", id="long_past.move_on"),
        Binding("escape", "choose('later')", "Later", id="long_past.later"),
        Binding("j", "scroll_list('down')", "Down", show=False, id="long_past.down"),
        Binding("k", "scroll_list('up')", "Up", show=False, id="long_past.up"),
    ]
    DEFAULT_CLASSES = "confirm-screen pipeline-choice"

    def __init__(
        self, follow_ups: list[LongPastFollowUp], moved_to: date, heading: str = ""
    ) -> None:
        super().__init__()
        self.follow_ups = follow_ups
        self.moved_to = moved_to
        # As Today's line names them: "3 follow-ups due before you were away".
        self.heading = heading or f"{plural(len(follow_ups), 'follow-up')} from a while back"

    def compose(self) -> ComposeResult:
        day = f"{self.moved_to:%a} {self.moved_to.day} {self.moved_to:%b}"
        said = plain(
            "Their days passed a while back; that happens. Let them go: they leave Today, "
            f"and the applications and people stay as they are. In a week: they all come "
            f"back on {day}. Either way, {key_of(self.app, 'today.undo', 'u')} on Today brings "
            "them back as they were."
        )
        with Vertical(classes="confirm-box pipeline-choice-box"):
            yield Static(plain(self.heading), classes="confirm-question")
            with LongPastList(id="long-past-list"):
                yield Static(Content("\n").join(_line(f) for f in self.follow_ups))
            yield Static(said, classes="confirm-detail")
            with ButtonRow(classes="form-buttons"):
                yield Button("Let them go", id="let_go", variant="warning", compact=True)
                yield Button("In a week", id="move_on", variant="default", compact=True)

    def on_mount(self) -> None:
        self.query_one(LongPastList).focus()

    def action_scroll_list(self, way: str) -> None:
        listed = self.query_one(LongPastList)
        listed.action_scroll_down() if way == "down" else listed.action_scroll_up()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.action_choose(event.button.id or "")

    def action_choose(self, choice: str) -> None:
        self.dismiss("let_go" if choice == "let_go" else "move_on" if choice == "move_on" else None)
