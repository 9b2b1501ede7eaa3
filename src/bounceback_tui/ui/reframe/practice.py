"""Practice, "spot the trap": a short round of example thoughts; the person picks the trap,
the app says which it was and why."""

from __future__ import annotations

import random
from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui.reframe import TRAPS
from bounceback_tui.reframe.practice import PracticeExample, check_answer, practice_round
from bounceback_tui.ui.kit.choice_lists import ChoiceList
from bounceback_tui.ui.kit.focus_box import FocusBox
from bounceback_tui.ui.kit.key_text import with_keys
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.list_fit import fit_list_soon, keep_list_fitted
from bounceback_tui.ui.kit.text import markup_with, plain


class PracticeScreen(ModalScreen[None]):
    """Enter picks a trap; after the answer, Enter (or n) goes on; Escape leaves."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="practice.close"),
        Binding("n", "next", "Next thought", id="practice.next"),
    ]
    DEFAULT_CLASSES = "form-screen"

    def __init__(
        self, examples: list[PracticeExample] | None = None, seed: int | None = None
    ) -> None:
        super().__init__()
        self.examples = examples or practice_round(rng=random.Random(seed))
        self.position = 0
        self.right = 0
        self.answered = False

    def compose(self) -> ComposeResult:
        with FocusBox(id="practice-box", classes="form"):
            yield Static("Spot the trap", classes="form-title")
            yield Static(id="practice-progress", classes="form-intro")
            yield Static(id="practice-thought")
            # Above the list, so it is seen on a short terminal too.
            yield Static(id="practice-feedback")
            yield ChoiceList(
                *(Option(trap.name, id=trap.key) for trap in TRAPS),
                id="practice-options",
                compact=True,
            )
            yield KeysHint(id="practice-keys", classes="form-keys")

    def on_mount(self) -> None:
        self._show()
        # Room for the thought, the answer's explanation and the keys, and the app's key bar
        # under the box (at 80x24 the explanation pushed the box over it): the list scrolls.
        keep_list_fitted(self, *self._fitted())

    def on_resize(self) -> None:
        fit_list_soon(self, *self._fitted())

    def _fitted(self) -> tuple[FocusBox, OptionList, int]:
        box = self.query_one("#practice-box", FocusBox)
        return box, self.query_one("#practice-options", OptionList), len(TRAPS)

    @property
    def current(self) -> PracticeExample:
        return self.examples[self.position]

    def _show(self) -> None:
        self.answered = False
        count = len(self.examples)
        self.query_one("#practice-progress", Static).update(
            markup_with(
                "Thought $number of $count. Which thinking trap is in it?",
                number=self.position + 1,
                count=count,
            )
        )
        self.query_one("#practice-thought", Static).update(
            markup_with("“$thought”", thought=self.current.thought)
        )
        feedback = self.query_one("#practice-feedback", Static)
        feedback.update("")
        feedback.set_classes("")
        feedback.display = False
        options = self.query_one("#practice-options", OptionList)
        options.disabled = False
        options.highlighted = 0
        options.focus()
        self.query_one("#practice-keys", Static).update(
            with_keys(
                "[b]↑↓[/b] Choose  [b]{choices.choose|enter|Enter}[/b] Answer  "
                "[b]{practice.close|escape|Esc}[/b] Close",
                self.app,
            )
        )

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if self.answered or event.option.id is None:
            return
        self.answered = True
        feedback = check_answer(self.current, event.option.id)
        self.right += feedback.correct
        box = self.query_one("#practice-feedback", Static)
        box.set_classes("-right" if feedback.correct else "-wrong")
        box.update(plain(feedback.message))
        box.display = True
        options = self.query_one("#practice-options", OptionList)
        options.highlighted = options.get_option_index(self.current.key)  # the right one
        options.disabled = True
        last = self.position == len(self.examples) - 1
        if last:
            total = len(self.examples)
            box.update(
                plain(feedback.message)
                + markup_with(
                    "\n\n[b]You spotted $right of $total.[/b] "
                    "Spotting a trap gets easier with practice, in your own thoughts too.",
                    right=self.right,
                    total=total,
                )
            )
        self.query_one("#practice-keys", Static).update(
            with_keys(
                "[b]Enter[/b]/[b]{practice.close|escape|Esc}[/b] Close"
                if last
                else "[b]{practice.next|n}[/b]/[b]Enter[/b] Next thought  "
                "[b]{practice.close|escape|Esc}[/b] Close",
                self.app,
            )
        )
        # The box holds focus (a screen cannot), so Enter goes to this screen's next and
        # not to the disabled list.
        self.query_one("#practice-box", FocusBox).focus()

    def key_enter(self, event: events.Key) -> None:
        if not self.answered:
            return
        # Handled here: left to bubble, the same Enter would reach the app's bindings after
        # the next thought has focused its list, and answer it with the first option.
        event.stop()
        event.prevent_default()
        if self.position < len(self.examples) - 1:
            self.action_next()
        else:
            self.action_close()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return self.answered and self.position < len(self.examples) - 1
        return True

    def action_next(self) -> None:
        if not self.answered:
            return
        if self.position < len(self.examples) - 1:
            self.position += 1
            self._show()
        self.refresh_bindings()

    def action_close(self) -> None:
        self.dismiss(None)
