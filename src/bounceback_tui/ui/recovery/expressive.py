"""The optional expressive-writing step: a private page with a countdown."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.timer import Timer
from textual.widgets import Static, TextArea

from bounceback_tui.domain.recovery import EXPRESSIVE_MINUTES
from bounceback_tui.domain.wording import plural
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.text import markup_with, toast_with
from bounceback_tui.ui.recovery.answer import AnswerScreen

if TYPE_CHECKING:
    from bounceback_tui.services.store_access import Database


def format_seconds(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60:02d}:{whole % 60:02d}"


class ExpressiveWritingScreen(AnswerScreen):
    """The optional expressive-writing step: a countdown and a private page.

    The countdown starts with the first keystroke, pauses with ctrl+t, and when it ends
    says so quietly; writing can go on as long as the person wants.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+t", "toggle_timer", "Pause or resume the timer", id="writing.timer"),
    ]
    DEFAULT_CLASSES = "form-screen answer-screen writing-screen"

    def __init__(
        self,
        db: Database,
        step: StepView,
        context: str,
        minutes: int = EXPRESSIVE_MINUTES,
    ) -> None:
        super().__init__(db, step, context)
        self.minutes = minutes
        self.total_seconds = minutes * 60
        self.elapsed = 0.0
        self.running = False
        self.finished = False
        self._started_at: float | None = None
        self._ticker: Timer | None = None

    def compose_extra(self) -> ComposeResult:
        yield Static(self._timer_text(), id="writing-timer")

    def keys_hint(self) -> Content:
        pause = self.key("writing.timer", "ctrl+t")
        save, close = self.key("answer.save", "ctrl+s"), self.close_key()
        return keys_line(
            self.app,
            ("$pause", "pause"),
            ("$save", "save"),
            ("$close", "close, kept"),
            pause=pause,
            save=save,
            close=close,
        )

    def on_mount(self) -> None:
        super().on_mount()
        self._ticker = self.set_interval(1.0, self._tick, pause=True)

    @property
    def remaining(self) -> float:
        running_for = time.monotonic() - self._started_at if self._started_at else 0.0
        return max(0.0, self.total_seconds - self.elapsed - running_for)

    def _timer_text(self) -> Content:
        if self.finished:
            words = markup_with(
                "Time is up. You can stop here, or keep going for as long as it helps."
            )
        elif self.running:
            words = markup_with("Keep writing; nobody else will read this.")
        elif self.elapsed > 0:
            pause = self.key("writing.timer", "ctrl+t")
            words = Content.assemble("Paused. ", (pause, "bold"), " carries on.")
        else:
            words = markup_with("The timer starts when you start writing.")
        return markup_with("[b]$clock[/b]  ", clock=format_seconds(self.remaining)) + words

    def _show_timer(self) -> None:
        self.query_one("#writing-timer", Static).update(self._timer_text())

    def start_timer(self) -> None:
        if self.running or self.finished:
            return
        self.running = True
        self._started_at = time.monotonic()
        if self._ticker is not None:
            self._ticker.resume()
        self._show_timer()

    def pause_timer(self) -> None:
        if not self.running:
            return
        if self._started_at is not None:
            self.elapsed += time.monotonic() - self._started_at
        self._started_at = None
        self.running = False
        if self._ticker is not None:
            self._ticker.pause()
        self._show_timer()

    def action_toggle_timer(self) -> None:
        if self.running:
            self.pause_timer()
        else:
            self.start_timer()

    def _tick(self) -> None:
        if self.running and self.remaining <= 0:
            self.pause_timer()
            self.finished = True
            self.notify(
                toast_with(
                    "$minutes $verb up. Stop whenever you like.",
                    minutes=plural(self.minutes, "minute"),
                    verb="is" if self.minutes == 1 else "are",
                ),
                title="Writing",
            )
        self._show_timer()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        super().on_text_area_changed(event)
        if self.text != self.initial_text:
            self.start_timer()
