"""Writing on a step: an answer, a feedback reply, or the timed expressive-writing session.

What is typed is kept as the step's draft a moment after each pause in typing, and
again when the screen closes, so neither Escape nor a crash loses it. Ctrl+s saves
it as the answer (its own transaction) and ticks the step when something is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.timer import Timer
from textual.widgets import Checkbox, Static, TextArea

from bounceback_tui.domain.recovery import StepKind
from bounceback_tui.domain.recovery_forms import ANSWER_LIMIT
from bounceback_tui.errors import BouncebackError, ConflictError
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.services.kept_edits import answer_kept
from bounceback_tui.services.recovery_steps import TickResult
from bounceback_tui.services.recovery_views import StepView
from bounceback_tui.ui.kit.button import Button
from bounceback_tui.ui.kit.button_rows import ButtonRow
from bounceback_tui.ui.kit.fields import PlainTextArea, full_note
from bounceback_tui.ui.kit.kept_note import NOTHING_CHANGED, kept_step_note
from bounceback_tui.ui.kit.key_lines import keys_line
from bounceback_tui.ui.kit.key_text import esc_of
from bounceback_tui.ui.kit.keys_hint import KeysHint
from bounceback_tui.ui.kit.text import ContentNotify, after_colon, markup_with, plain
from bounceback_tui.ui.kit.tick_box import TickBox
from bounceback_tui.ui.kit.type_ahead import TypeAhead
from bounceback_tui.ui.recovery import answer_room as room
from bounceback_tui.ui.recovery.answer_kept import KEPT, close_words, say_draft_kept
from bounceback_tui.ui.recovery.answer_room import SHORT_BELOW, AnswerStatus, fit_answer

if TYPE_CHECKING:
    from textual.widgets.text_area import EditResult, Location

    from bounceback_tui.services.store_access import Database

# Seconds of quiet after a keystroke before the draft is written.
DRAFT_DELAY = 0.6
# The title of the warning that the text could not be kept: it goes once the text is.
NOT_KEPT_TITLE = "Not kept"
PLACEHOLDERS = {
    StepKind.ANSWER: "Write your answer. It is kept as you type.",
    StepKind.CHECK: "A note, if you like: what you did, what you noticed.",
    StepKind.REPLY: "What they said, in a few words. Or tick the box below.",
    StepKind.EXPRESSIVE: "Start anywhere. Nobody else will read this.",
}


# What may follow a written answer without a space: the typing adds to the sentence.
_NO_SPACE_BEFORE = ".,;:!?)]}…'’\"”"


class AnswerArea(PlainTextArea):
    """The answer's box. Reopened on something written, its cursor waits at the end, and the
    first thing typed there is set off from it by a space: "Need numbers." and then
    "Generic cover letter" read "Need numbers.Generic cover letter" (a stranger's
    fortnight). A newline, a space or a stop typed first is taken as it is, as is anything
    typed elsewhere in the text."""

    spaced_once = False  # set on opening with text: the next edit at the end is spaced

    def _replace_via_keyboard(
        self, insert: str, start: Location, end: Location
    ) -> EditResult | None:
        if self.spaced_once:
            self.spaced_once = False
            at_end = start == end == self.document.end
            last, first = self.text[-1:], insert[:1]
            after_word = bool(last) and not last.isspace()
            if at_end and after_word and first.strip() and first not in _NO_SPACE_BEFORE:
                insert = " " + insert
        return super()._replace_via_keyboard(insert, start, end)


class AnswerScreen(ContentNotify, TypeAhead, room.DetailReading, ModalScreen[TickResult | None]):
    """Dismisses with the TickResult of a save, or None when closed (the draft is kept)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="answer.save"),
        Binding("escape", "close", KEPT, id="answer.close"),
        Binding("ctrl+down", "read_detail", "Read on", id="answer.detail"),  # answer_room.py
    ]
    DEFAULT_CLASSES = "form-screen answer-screen"
    draft_kept = True  # whether the last draft written was kept (answer_kept.py)

    def __init__(self, db: Database, step: StepView, context: str, offered: str = "") -> None:
        super().__init__()
        self.db = db
        self.step = step
        self.context = context
        # On a blank step, text to start from (the no's reason on "Note what came back"): kept
        # once saved or changed like anything typed; "Nothing came back" saves without it.
        blank = not (step.answer or step.answer_draft or step.nothing_came_back)
        self.offered = offered.strip() if blank else ""
        self.initial_text = step.answer_draft if step.answer_draft is not None else step.answer
        self.initial_text = self.initial_text or self.offered
        self._saved_draft = step.answer_draft
        self._draft_timer: Timer | None = None
        self._close_anyway = False
        # The step's version this screen read; each draft kept moves it on.
        self._version: int | None = step.version
        # Another window changed or removed the step and the person has not chosen yet
        # what to do: drafts are not written meanwhile, and ctrl+s or Escape asks.
        self._unsettled: ConflictError | None = None
        self._asking = False

    def compose(self) -> ComposeResult:
        with Vertical(id="answer-box", classes="form"):
            yield Static(plain(self.step.title), classes="form-title")
            yield Static(plain(self.context), classes="answer-context")
            if self.step.detail:  # it scrolls where it gives way (answer_room.py)
                with room.DetailScroll(id="answer-detail", can_focus=False):
                    yield Static(plain(self.step.detail), classes="form-intro")
                yield Static("", id="answer-more", classes="answer-more")  # "↓ more · …"
            yield from self.compose_extra()
            area = AnswerArea(
                self.initial_text,
                id="answer-text",
                soft_wrap=True,
                placeholder=PLACEHOLDERS.get(
                    StepKind(self.step.kind), PLACEHOLDERS[StepKind.ANSWER]
                ),
            )
            area.show_line_numbers = False
            area.max_length = ANSWER_LIMIT  # the save's (validate_answer), as a form's box stops
            yield area
            if self.step.kind == StepKind.REPLY:
                yield TickBox(
                    "Nothing came back (that is common, and not about you)",
                    self.step.nothing_came_back,
                    id="answer-nothing",
                    compact=True,
                )
            yield AnswerStatus(self.initial_status(), id="answer-status")
            with ButtonRow(classes="form-buttons"):
                yield KeysHint(self.keys_hint(), classes="form-keys")
                yield Button("Save", variant="primary", id="save", compact=True)
                yield Button("Close", id="close", compact=True)

    def compose_extra(self) -> ComposeResult:
        yield from ()

    def on_resize(self, event: events.Resize) -> None:
        # Short of rows, the parts give way so the box keeps its lines (answer_room.py).
        self.set_class(event.size.height < SHORT_BELOW, "-short")
        self.call_after_refresh(fit_answer, self)

    def key(self, binding_id: str, default: str) -> str:
        """How the key of ``binding_id`` is written, as the key bar writes it ("^s", "^t"):
        the hint said "ctrl+s" beside a bar saying "^s", and was cut at 80x24 ("Esc close,
        draft ke…")."""
        label = getattr(self.app, "key_label", None)
        return label(binding_id, default) if label else default

    def close_key(self) -> str:
        """The close's key as the other dialogs' keys lines write Escape ("Esc"), the key as
        bound once a keymap moves it: the writing screens said "esc close" beside "Esc back"."""
        return esc_of(self.app, "answer.close")

    def keys_hint(self) -> Content:
        save, close = self.key("answer.save", "ctrl+s"), self.close_key()
        said = ("$save", "save and tick"), ("$close", close_words(self.draft_kept))
        return keys_line(self.app, *said, save=save, close=close)

    def initial_status(self) -> str:
        if self.step.answer_draft is not None and self.step.answer_draft != self.step.answer:
            return "Your draft from last time is back, as you left it."
        return "The reason they gave when they said no, to keep or change." if self.offered else ""

    def on_mount(self) -> None:
        area = self.query_one("#answer-text", AnswerArea)
        area.focus()
        area.move_cursor(area.document.end)
        area.spaced_once = bool(area.text)

    @property
    def text(self) -> str:
        return self.query_one("#answer-text", TextArea).text

    def _status(self, message: str | Content, *, error: bool = False) -> None:
        status = self.query_one("#answer-status", Static)
        status.update(message if isinstance(message, Content) else plain(message))
        status.set_class(error, "-error")

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if full := full_note(event.text_area):  # the keys past the limit are not taken
            self._status(full)
        if self._draft_timer is not None:
            self._draft_timer.stop()
        self._draft_timer = self.set_timer(DRAFT_DELAY, self.save_draft)

    def save_draft(self) -> bool:
        """Write the draft if it changed; False (with a message) if it could not be."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        text = self.text
        draft = None if text in (self.step.answer, self.offered or None) else text
        if draft == self._saved_draft:
            return True
        if self._unsettled is not None:
            return False
        try:
            self._version = step_service.save_draft(
                self.db, self.step.id, draft, expected_version=self._version
            )
        except ConflictError as exc:
            # Written after a pause in typing: no dialog opens under the person's fingers
            # (its keys are letters). The line says it; ctrl+s or Escape asks.
            self._unsettled = exc
            save = self.key("answer.save", "ctrl+s")
            self._status(
                f"Not kept: {after_colon(exc)} {save} or Escape asks what to do.", error=True
            )
            return False
        except BouncebackError as exc:
            said = markup_with("Your draft could not be kept: $error", error=after_colon(exc))
            self._status(said, error=True)
            say_draft_kept(self, False)  # Escape no longer says "draft kept"
            return False
        self._saved_draft = draft
        say_draft_kept(self, True)
        full = full_note(self.query_one("#answer-text", TextArea))
        self._status(f"{'Draft kept.' if draft is not None else ''} {full}".strip())
        self._kept_after_all("Your draft is kept.")
        return True

    def _kept_after_all(self, said: str) -> None:
        """A save went through after this screen said the text could not be kept: that
        warning goes (it had stayed over the saved answer), and ``said`` says it is kept."""
        from bounceback_tui.ui.kit.toast_room import notes_titled_go

        if not self._close_anyway:
            return
        self._close_anyway = False  # a later refusal warns again before Escape closes
        notes_titled_go(self.app, NOT_KEPT_TITLE)
        self.app.notify(said)

    def action_close(self) -> None:
        if self._unsettled is None and self.save_draft():
            self.dismiss(None)
            return
        if self._unsettled is not None:
            self._ask(self._unsettled, then=self.action_close)
            return
        if self._close_anyway:
            self.dismiss(None)
            return
        # Never trap the person here (a read-only disk would refuse every save): say what
        # happened, and let a second Escape close without keeping the text.
        self._close_anyway = True
        self.notify(
            "Your text could not be kept. Copy it or fix what the message says; press Escape "
            "again to close without keeping it.",
            severity="error",
            title=NOT_KEPT_TITLE,
        )

    def action_save(self) -> None:
        self.save_answer(None)

    def save_answer(self, bank_questions: list[str] | None) -> None:
        """Save the text; ``bank_questions``: as ``recovery_steps.save_answer`` takes them."""
        if self._draft_timer is not None:
            self._draft_timer.stop()
        nothing: bool | None = None
        if self.step.kind == StepKind.REPLY:
            nothing = self.query_one("#answer-nothing", Checkbox).value
        text = "" if nothing and self.text == self.offered else self.text
        # No question would join the bank: none kept ([]), or None ("every one its answer
        # holds") on a step whose answer feeds no bank. None on the step that does wrote
        # nothing, and questions deleted from the bank since did not come back.
        adds_none = bank_questions == [] or (
            bank_questions is None and self.step.template_key != step_service.REDO_QUESTIONS_KEY
        )
        try:
            # Saved as it opened (and no question to add to the bank): nothing is written,
            # as the other forms (services/kept_edits.py); the step stays at its version.
            if adds_none and answer_kept(self.db, self.step.id, text, nothing, self._version):
                self._kept_after_all("Your answer is kept as it was.")
                self.notify(kept_step_note(self.step.title), title=NOTHING_CHANGED)
                self.dismiss(None)
                return
            result = step_service.save_answer(
                self.db,
                self.step.id,
                text,
                nothing_came_back=nothing,
                bank_questions=bank_questions,
                expected_version=self._version,
            )
        except ConflictError as exc:
            self._ask(exc, then=lambda: self.save_answer(bank_questions))
            return
        except BouncebackError as exc:
            self._status(markup_with("Nothing was saved. $error", error=exc), error=True)
            return
        if result.step.done_at is not None:
            self._kept_after_all("Saved: your answer is kept, and the step is ticked.")
        else:
            self._kept_after_all("Saved: your answer is kept.")
        self.dismiss(result)

    # --- the step changed or went in another window ---------------------------------------

    def _ask(self, exc: ConflictError, *, then: Callable[[], None]) -> None:
        """The choice every form offers: reload (drop my text) or save mine over it; a
        step whose plan is gone can only be discarded (or copied first). ``then`` is what
        the person was doing (saving, closing), done again once they chose to keep theirs."""
        from bounceback_tui.ui.kit.conflict import ConflictScreen

        self._unsettled = exc
        self._status(f"Not saved: {after_colon(exc)}", error=True)
        if self._asking:
            return
        self._asking = True

        def chosen(choice: str | None) -> None:
            self._asking = False
            self._conflict_chosen(choice, exc, then, seen)

        there, seen = ("", None) if exc.deleted else self._there_now()
        self.app.push_screen(
            ConflictScreen(
                str(exc), deleted=exc.deleted, can_save_as_new=False, changed_there=there
            ),
            chosen,
        )

    def _there_now(self) -> tuple[str, int | None]:
        """What the other window changed (``changed_there``: the tick, the answer…), for
        the person to weigh against their own text, and the version that is: "save mine
        over it" names it. The conflict may be older (a draft refused while typing, asked
        about on Escape): saving over its version met the other window's later save, and
        the same dialog came back."""
        from bounceback_tui.ui.recovery.changed_there import changed_there

        try:
            fresh = step_service.get_step(self.db, self.step.id)
        except BouncebackError:
            return "", None
        if fresh is None:
            return "", None
        return changed_there(self.step, self._saved_draft, fresh), fresh.version

    def _conflict_chosen(
        self, choice: str | None, exc: ConflictError, then: Callable[[], None], seen: int | None
    ) -> None:
        if choice == "discard":
            self.dismiss(None)  # nothing of this screen is written; the other window's stands
            return
        if choice == "overwrite":
            self._unsettled = None
            self._version = exc.current_version if seen is None else seen
            then()
            return
        if choice == "reload":
            self._reload()
        self.query_one("#answer-text", TextArea).focus()  # None: back to the text as typed

    def _reload(self) -> None:
        """Show the step as it is stored now; the next save names that version."""
        fresh = step_service.get_step(self.db, self.step.id)
        if fresh is None:  # gone meanwhile as well: the pane shows what is there
            self.dismiss(None)
            return
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None
        self.step = fresh
        self._version = fresh.version
        self._saved_draft = fresh.answer_draft
        self._unsettled = None
        area = self.query_one("#answer-text", TextArea)
        area.load_text(fresh.answer_draft if fresh.answer_draft is not None else fresh.answer)
        area.move_cursor(area.document.end)
        if fresh.kind == StepKind.REPLY:
            self.query_one("#answer-nothing", Checkbox).value = fresh.nothing_came_back
        self._status("Reloaded: this is what is saved now.")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "save":
            self.action_save()
        else:
            self.action_close()
