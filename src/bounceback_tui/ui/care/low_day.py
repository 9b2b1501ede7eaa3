"""What a low check-in offers, once that day: grounding (paced breathing or 5-4-3-2-1),
talking it through with someone close, a reframe, and for the lowest mood the way to the
"If you are struggling" screen. Gentle: one choice is "Not now", and Escape is the same."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widget import Widget
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui.domain.care import (
    BREATHING_SECONDS,
    SENSES_STEPS,
    LowDayOffer,
    breath_bar,
    breath_phase,
)
from bounceback_tui.ui.kit.choice_lists import ChoiceList
from bounceback_tui.ui.kit.help_key import HELP_KEY
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.text import markup_with, plain


class _Box(Vertical, can_focus=True):
    """A box that holds the keys: these screens have nothing to type into."""


class LowDayScreen(ModalScreen[str | None]):
    """Returns the chosen offer's id ("breathe", "senses", "talk", "reframe", "help"), or
    None for "Not now"."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Not now", id="lowday.close"),
    ]
    DEFAULT_CLASSES = "form-screen"

    def __init__(self, offer: LowDayOffer) -> None:
        super().__init__()
        self.offer = offer

    def compose(self) -> ComposeResult:
        options = (
            []
            if self.offer.help_only
            else [
                Option("Breathe slowly for two minutes", id="breathe"),
                Option("5-4-3-2-1: notice what is around you", id="senses"),
                Option("Talk it through with someone close", id="talk"),
                Option("Write the hard thought down and reframe it", id="reframe"),
            ]
        )
        if self.offer.show_crisis_link:
            options.append(Option("If you are struggling: where to find help", id="help"))
        options.append(Option("Not now", id="none"))
        with Vertical(id="lowday-box", classes="form"):
            yield Static("Thank you for saying how today is", classes="form-title")
            yield Static(
                "If today feels like more than a bad day, you do not have to carry it alone."
                if self.offer.help_only
                else "Hard days happen, more so in a job search. If you like, one small thing "
                "might help a little:",
                classes="form-intro",
            )
            yield ChoiceList(*options, id="lowday-options", compact=True)
            yield KeysHint(
                keys_line(
                    self.app,
                    ("↑↓", "choose"),
                    ("{choices.choose|enter|Enter}", "open"),
                    ("{lowday.close|escape|Esc}", "not now"),
                ),
                classes="form-keys",
            )

    def on_mount(self) -> None:
        self.query_one("#lowday-options").focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id
        self.dismiss(None if choice in (None, "none") else choice)

    def action_close(self) -> None:
        self.dismiss(None)


class BreathingScreen(ModalScreen[None]):
    """In for 4, out for 6, for two minutes; a bar fills and empties. Escape stops, and
    after the two minutes closes (the box and the bar said "stop" still: a new user's walk).
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Stop", id="breathing.close"),
        Binding("escape,q", "done", "Close", id="breathing.done"),
        HELP_KEY,
    ]
    HELP_TITLE: ClassVar[str] = "Breathing"  # `?` names it (ui/app_screens.show_help)
    DEFAULT_CLASSES = "form-screen"
    BAR_WIDTH = 40

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        super().__init__()
        self._clock = clock
        self._started = clock()
        self.finished = False

    def compose(self) -> ComposeResult:
        with _Box(id="breathing-box", classes="form"):
            yield Static("Breathe", classes="form-title")
            yield Static(
                "Breathe in through your nose while the bar fills, out slowly while it "
                "empties. Your eyes can close.",
                classes="form-intro",
            )
            yield Static(id="breathing-word")
            yield Static(id="breathing-bar")
            yield Static(id="breathing-left", classes="form-intro")
            yield KeysHint(
                keys_line(self.app, ("{breathing.close|escape,q|Esc}", "stop")),
                id="breathing-keys",
                classes="form-keys",
            )

    def on_mount(self) -> None:
        self.query_one("#breathing-box").focus()
        self.tick()
        self._timer = self.set_interval(0.2, self.tick)

    def tick(self) -> None:
        phase = breath_phase(self._clock() - self._started)
        self.query_one("#breathing-word", Static).update(plain(phase.word))
        self.query_one("#breathing-bar", Static).update(
            plain(breath_bar(phase, self.BAR_WIDTH), "$accent")
        )
        if phase.word == "Done":
            self._timer.stop()
            self.finished = True
            self.query_one("#breathing-left", Static).update(
                plain("Two minutes. Well done for taking them.")
            )
            self.query_one("#breathing-keys", Static).update(
                keys_line(self.app, ("{breathing.done|escape,q|Esc}", "close"))
            )
            self.refresh_bindings()
        else:
            minutes, seconds = divmod(phase.remaining, 60)
            self.query_one("#breathing-left", Static).update(
                markup_with(
                    "$left left of $total",
                    left=f"{minutes}:{seconds:02d}",
                    total=f"{BREATHING_SECONDS // 60}:00",
                )
            )

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "close":
            return not self.finished
        if action == "done":
            return self.finished
        return True

    def help_while_refused(self, action: str, parameters: tuple[object, ...]) -> str | None:
        """`?` leaves out the one of Stop and Close the keys are not on now (ui/screens/help.py):
        it listed both on the same keys (a tester's walk)."""
        return None

    def focus_target(self) -> Widget:
        return self.query_one("#breathing-box")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_done(self) -> None:
        self.dismiss(None)


class SensesScreen(ModalScreen[None]):
    """5-4-3-2-1, one prompt at a time: Enter for the next, Escape to stop. After the last,
    Enter is "done" (the last page said "Enter next", with nothing next: a tester's walk)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,n", "next", "Next", id="senses.next"),
        Binding("enter,n", "done", "Done", id="senses.done"),
        Binding("escape,q", "close", "Stop", id="senses.close"),
        HELP_KEY,
    ]
    HELP_TITLE: ClassVar[str] = "5-4-3-2-1"
    DEFAULT_CLASSES = "form-screen"

    def __init__(self) -> None:
        super().__init__()
        self.step = 0

    def compose(self) -> ComposeResult:
        with _Box(id="breathing-box", classes="form"):
            yield Static("5-4-3-2-1", classes="form-title")
            yield Static(
                "Slowly, and out loud if you can. There are no wrong answers.",
                classes="form-intro",
            )
            yield Static(id="breathing-word")
            yield KeysHint(id="senses-keys", classes="form-keys")

    def on_mount(self) -> None:
        self.query_one("#breathing-box").focus()
        self._show()

    @property
    def finished(self) -> bool:
        return self.step >= len(SENSES_STEPS)

    def _show(self) -> None:
        word = self.query_one("#breathing-word", Static)
        keys = self.query_one("#senses-keys", Static)
        if not self.finished:
            count, what = SENSES_STEPS[self.step]
            word.update(markup_with("Name $count $what.", count=count, what=what))
            keys.update(
                keys_line(
                    self.app,
                    ("{senses.next|enter,n|Enter}", "next"),
                    ("{senses.close|escape,q|Esc}", "stop"),
                )
            )
        else:
            word.update(plain("That's all five. Take one more slow breath."))
            keys.update(keys_line(self.app, ("{senses.done|enter,n|Enter}", "done")))
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "next":
            return not self.finished
        if action == "done":
            return self.finished
        return True

    def help_while_refused(self, action: str, parameters: tuple[object, ...]) -> str | None:
        """`?` leaves out the one of Next and Done the keys are not on now: it listed "⏎ / n
        Done" while `n` went on to the next step (a tester's walk)."""
        return None

    def focus_target(self) -> Widget:
        return self.query_one("#breathing-box")

    def action_next(self) -> None:
        if self.finished:
            self.dismiss(None)
            return
        self.step += 1
        self._show()

    def action_done(self) -> None:
        self.dismiss(None)

    def action_close(self) -> None:
        self.dismiss(None)
