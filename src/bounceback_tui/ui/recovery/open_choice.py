"""Recovery's `n` for a company with an application open in the Pipeline: is the no for
that one? Mark it rejected (Enter on it: the Pipeline's `x`), record a separate no (`s`, or
Enter on the last choice), or keep editing (Escape).

Shaped as the interview's choice (ui/people/interview_choice.py): a question, a list to
choose from with the arrows or j/k, and a letter for the other way.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_month
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import app_name
from bounceback_tui.services.open_applications import OpenApplication, likely_ended
from bounceback_tui.ui.kit.cells import TITLE_NAME_CELLS, clip_app_name
from bounceback_tui.ui.kit.choice_lists import OpenChoiceList
from bounceback_tui.ui.kit.key_text import key_of, with_keys
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.text import markup_with, plain

SEPARATE: Literal["separate"] = "separate"
SHORT = 20  # rows under which the question leaves out its detail, for the list's room
OpenAnswer = OpenApplication | Literal["separate"]


class OpenApplicationChoiceScreen(ModalScreen[OpenAnswer | None]):
    """Returns the application to mark rejected, "separate" for a no of its own, or None
    (Escape: back to the form, nothing saved)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("s", "separate", "Separate no", id="open_choice.separate"),
        Binding("escape", "cancel", "Keep editing", id="open_choice.cancel"),
    ]
    DEFAULT_CLASSES = "confirm-screen"

    def __init__(self, found: list[OpenApplication], *, changed: str = "") -> None:
        """``changed``: what another window did to the one chosen before, said first when
        the question is asked again as things are now (``found`` may then be empty)."""
        super().__init__()
        self.found = found
        self.changed = changed

    def compose(self) -> ComposeResult:
        if not self.found:
            yield from self._none_left()
            return
        first = self.found[0]
        if len(self.found) == 1:
            question = markup_with(
                "$app is open in the Pipeline. Is this no for it?",
                app=app_name(first.company, first.role),
            )
        else:
            question = markup_with(
                "$company has $count applications open in the Pipeline. Is this no for one "
                "of them?",
                company=first.company,
                count=len(self.found),
            )
        detail = markup_with(
            "Choose $which to mark it rejected: it moves to Rejected there, its follow-up goes, "
            "and this no and its plan are linked to it, as [b]$reject[/b] in the Pipeline does.",
            which="it" if len(self.found) == 1 else "one",
            reject=key_of(self.app, "pipeline.reject", "x"),
        )
        with Vertical(classes="confirm-box -invitation", id="open-choice-box"):
            if self.changed:
                yield Static(plain(self.changed), classes="confirm-question", id="open-changed")
            yield Static(question, classes="confirm-question")
            yield Static(detail, classes="confirm-detail")
            yield self._choices(
                [self._option(index, app) for index, app in enumerate(self.found)],
                "A different one: record a separate no",
            )
            yield self._keys()

    def _none_left(self) -> ComposeResult:
        """Asked again with nothing open left there: a separate no only if the person says."""
        with Vertical(classes="confirm-box -invitation", id="open-choice-box"):
            yield Static(plain(self.changed), classes="confirm-question", id="open-changed")
            yield Static(
                "Nothing is saved yet. Record this no separately as well, or keep editing.",
                classes="confirm-detail",
            )
            yield self._choices([], "Record a separate no as well")
            yield self._keys()

    def _choices(self, found: list[Option], separate: str) -> OpenChoiceList:
        """The list to choose from: ``found``, then the separate no, said as ``separate``."""
        key = key_of(self.app, "open_choice.separate", "s")
        return OpenChoiceList(
            *found,
            Option(markup_with("[b]$key[/b]  $separate", key=key, separate=separate), id=SEPARATE),
            id="open-choices",
            compact=True,
        )

    def _keys(self) -> Static:
        return KeysHint(
            with_keys(
                "[b]{open_choice.choose|enter|Enter}[/b] Choose  "
                "[b]{open_choice.separate|s}[/b] A separate no  "
                "[b]{open_choice.cancel|escape|Esc}[/b] Keep editing",
                self.app,
            ),
            classes="form-keys",
        )

    @staticmethod
    def _option(index: int, app: OpenApplication) -> Option:
        """ "Northwind (Platform Engineer)  Applied 10 Mar, follow-up 20 Mar", or "…
        Interviewing, applied 10 Mar": two rows of one company and role read apart by the
        day each was applied."""
        today = clock.today()
        note = app.stage.label
        if app.date_applied is not None:
            applied = day_month(app.date_applied, today)
            note += f" {applied}" if app.stage == Stage.APPLIED else f", applied {applied}"
        if app.next_follow_up is not None:
            note += f", follow-up {day_month(app.next_follow_up, today)}"
        # Cut only when the name must be: a line of the list (not each part to 24 cells,
        # "Lumen Health (Machine Learning Engine…)" with the line half empty).
        named = clip_app_name(app.company, app.role, TITLE_NAME_CELLS)
        return Option(plain(named) + plain(f"  {note}", "dim"), id=f"app-{index}")

    def on_mount(self) -> None:
        # Enter starts on the application this no most likely ends (``likely_ended``: one
        # sent and waiting, never an offer), else on "A different one" (what the form would
        # record without the Pipeline, and `u` takes it back).
        choices = self.query_one(OptionList)
        likely = likely_ended(self.found)
        choices.highlighted = len(self.found) if likely is None else likely
        choices.focus()

    def on_resize(self) -> None:
        # At 80x12 the question showed its first application alone: the list ran on under
        # the screen's edge with the highlight, and the key line was never seen. Short of
        # room, the detail goes and the list gets the rows left, scrolling to its highlight.
        self.set_class(self.size.height < SHORT, "-short")
        self.call_after_refresh(self._fit_list)

    def _fit_list(self) -> None:
        box = self.query_one("#open-choice-box")
        choices = self.query_one(OptionList)
        shown = [child for child in box.children if child.display]
        beside = sum(child.outer_size.height for child in shown if child is not choices)
        beside += sum(child.styles.margin.height for child in shown)
        docked = sum(child.outer_size.height for child in self.children if child is not box)
        room = self.size.height - docked - box.styles.gutter.height - beside
        # The rows the screen leaves it (at 120x40 it kept to six, three entries of two
        # lines, its first scrolled away for the highlighted last).
        choices.styles.max_height = max(1, room)
        choices.call_after_refresh(self._first_and_highlight_in_view)

    def _first_and_highlight_in_view(self) -> None:
        """The list from its top, scrolled only as far as the highlighted entry needs: the
        first entry stays in sight with it whenever both fit."""
        choices = self.query_one(OptionList)
        choices.scroll_to(y=0, animate=False, immediate=True)
        choices.scroll_to_highlight()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = event.option.id or ""
        if chosen == SEPARATE:
            self.dismiss(SEPARATE)
        elif chosen.startswith("app-"):
            self.dismiss(self.found[int(chosen.removeprefix("app-"))])

    def action_separate(self) -> None:
        self.dismiss(SEPARATE)

    def action_cancel(self) -> None:
        self.dismiss(None)
