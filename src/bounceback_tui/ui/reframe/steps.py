"""The steps of the guided thought record, one widget each: the base, the text steps and the
thinking traps here, the two rating steps (feelings, re-rate) in rating_steps.py.

Every step view can ``load`` itself from a RecordDraft and ``read_into`` one, returning
the fields it refused (a rating of 150, a feeling without a name). The draft stays the
one source of truth; these widgets only show and edit it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.errors import FieldError
from bounceback_tui.reframe import TRAP_KEYS, TRAPS, TRAPS_BY_KEY, suggest_traps
from bounceback_tui.reframe.record import RecordDraft, Step, evidence_prompts
from bounceback_tui.ui.kit.bursts import OncePerBurst
from bounceback_tui.ui.kit.choice_lists import TickList
from bounceback_tui.ui.kit.fields import PlainTextArea, full_note
from bounceback_tui.ui.kit.text import markup_with, plain


class StepView(Vertical):
    """Base for a step: load from a draft, read back into it."""

    DEFAULT_CLASSES = "rf-step"
    refused: Widget | None = None  # the first field the last read_into refused
    # Being loaded (ReframeExercise.show_step): its boxes may still hold the last record's
    # answers, or rows on their way out, so it is not read until loaded. Loading the re-rate
    # step emptied the belief's box; the change it sent read the last record's re-ratings
    # into the new one, by position, and saved them (a stranger's walk).
    loading = False
    # What the store holds (set before each read): a refused rating keeps its value from
    # here, not the last keystroke's ("15" on the way to "150" was never meant).
    saved: RecordDraft = RecordDraft()
    # The rows its fields keep however short the pane: the lines above give way first
    # (step_room.py). A text box of five rows shows three lines; a list, five choices; the
    # ratings (they scroll) a feeling, the belief and what it was, wrapped at 40 columns.
    FIELD_ROWS: ClassVar[int] = 5
    # Whether its intro keeps a line before the hint does (the evidence questions say more
    # than their hint; "Space ticks a trap" says more than the trap suggestions).
    INTRO_FIRST: ClassVar[bool] = False

    def __init__(self, step: Step, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.step = step

    def intro(self) -> Widget | None:
        """What the step shows above its fields that may give way (it scrolls), if any."""
        found = self.query(".rf-intro")
        return found.first() if found else None

    def field_rows(self, width: int) -> int:
        """The rows the step keeps below its intro at ``width`` cells (FIELD_ROWS)."""
        return self.FIELD_ROWS

    def _note(self, widget: Widget, errors: list[FieldError], before: int) -> None:
        """``widget`` is the first refused field if reading it added to ``errors``."""
        if len(errors) > before and self.refused is None:
            self.refused = widget

    def focus_refused(self) -> None:
        """The cursor to the first field the last read refused (after Escape, ctrl+n or
        ctrl+b wait for it), where the message says the fix is."""
        if self.refused is not None and self.refused.is_attached:
            self.refused.focus()

    async def load(self, draft: RecordDraft) -> None:
        """Show the draft's answers (awaits any rows it mounts, so a read right after
        sees them)."""
        raise NotImplementedError

    def read_into(self, draft: RecordDraft) -> list[FieldError]:
        raise NotImplementedError

    def allow_focus(self) -> bool:
        # A step with nothing to fill in (re-rate with no feelings rated) takes focus
        # itself, so its navigation keys (ctrl+n, ctrl+b, Tab, Escape) work at once.
        return not self.fields()

    def fields(self) -> list[Widget]:
        """The step's answer widgets, in Tab order (scroll containers are not stops)."""
        return [
            w
            for w in self.query("Input, TextArea, SelectionList")
            if w.focusable and w.display and not w.disabled
        ]


class TextStep(StepView):
    """One free-text answer (situation, thought, evidence, balanced thought)."""

    INTRO_FIRST = True

    def __init__(
        self,
        step: Step,
        attribute: str,
        *,
        prompts: str = "",
        placeholder: str = "",
        **kwargs: object,
    ) -> None:
        super().__init__(step, **kwargs)
        self.attribute = attribute
        self.placeholder = placeholder
        self.prompt_side = prompts  # "for"/"against": questions tailored to the chosen traps
        self._notes: OncePerBurst[TextArea] = OncePerBurst(self, self._show_full)

    def compose(self) -> ComposeResult:
        if self.prompt_side:
            with VerticalScroll(classes="rf-intro", can_focus=False):
                yield Static("", classes="rf-prompts")
        area = PlainTextArea(soft_wrap=True, placeholder=self.placeholder, classes="rf-text")
        area.show_line_numbers = False
        area.max_length = LONG_TEXT_LIMIT  # reframe/record.validate's, as a form's box stops
        yield area
        full = Static("", classes="rf-full")
        full.display = False
        yield full

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        # Not stopped: the exercise saves on it. Under the box while it is full, the form's
        # "Full: N characters at most.", or the keys past the limit looked lost: once for a
        # burst of keys (a paste without bracketed paste), as it reads the whole text.
        self._notes.ask(event.text_area)

    def _show_full(self, area: TextArea) -> None:
        note = self.query_one(".rf-full", Static)
        full = full_note(area)
        note.update(full)
        note.display = bool(full)

    async def load(self, draft: RecordDraft) -> None:
        area = self.query_one(TextArea)
        value = getattr(draft, self.attribute)
        if area.text != value:
            area.load_text(value)
            area.move_cursor(area.document.end)
        if self.prompt_side:
            prompts = evidence_prompts(draft.traps, self.prompt_side)
            self.query_one(".rf-prompts", Static).update(
                plain("\n".join(f"• {p}" for p in prompts))
            )

    def read_into(self, draft: RecordDraft) -> list[FieldError]:
        setattr(draft, self.attribute, self.query_one(TextArea).text)
        return []


TRAP_DETAIL_FROM = 54  # the list's 34 cells and 20 for the explanation


class TrapsStep(StepView):
    """The catalogue as a multi-select, suggested traps first and starred with their cue words."""

    # `q` stays in the exercise, as on every other step (where it is typed): with the list
    # focused it was the app's Quit, on the bar and closing the app mid-record.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "stay", "Stay in the record", show=False, id="reframe.traps_q"),
    ]

    def action_stay(self) -> None:
        """Nothing: `q` is not the app's Quit inside the exercise."""

    def compose(self) -> ComposeResult:
        with VerticalScroll(classes="rf-intro", can_focus=False):
            yield Static("", classes="rf-suggested")
        with Horizontal(classes="rf-traps-body"):
            yield TickList[str](classes="rf-trap-list", compact=True)
            yield Static("", classes="rf-trap-detail")

    def on_resize(self, event: events.Resize) -> None:
        # Beside the 34-cell list at 40 columns the explanation had four cells, a letter a
        # line ("S h o u l": a helper's walk, nineteenth round); below 54 it is left out.
        self.query_one(".rf-trap-detail", Static).display = event.size.width >= TRAP_DETAIL_FROM

    async def load(self, draft: RecordDraft) -> None:
        suggestions = suggest_traps(draft.thought, limit=3)
        suggested = {s.key: s for s in suggestions}
        line = self.query_one(".rf-suggested", Static)
        if suggestions:
            hints = Content("   ").join(
                markup_with("[b]'$cue'[/b] → $trap", cue=s.cues[0], trap=TRAPS_BY_KEY[s.key].name)
                if s.cues
                else plain(TRAPS_BY_KEY[s.key].name)
                for s in suggestions
            )
            if suggestions[0].guess:
                line.update(
                    plain("Only a guess, from your words: ") + hints + plain(". See if it fits.")
                )
            else:
                line.update(plain("Your words suggest: ") + hints)
        else:
            line.update("No trap stands out in the wording; look through the list anyway.")
        ordered = [TRAPS_BY_KEY[s.key] for s in suggestions] + [
            t for t in TRAPS if t.key not in suggested
        ]
        chosen = set(draft.traps)
        selection = self.query_one(SelectionList)
        selection.clear_options()
        selection.add_options(
            [
                Selection(
                    f"★ {trap.name}" if trap.key in suggested else f"  {trap.name}",
                    trap.key,
                    trap.key in chosen,
                )
                for trap in ordered
            ]
        )
        selection.highlighted = 0
        self._show_detail(ordered[0].key, suggested.get(ordered[0].key))
        self._suggested = suggested

    def on_selection_list_selection_highlighted(
        self, event: SelectionList.SelectionHighlighted[str]
    ) -> None:
        event.stop()
        key = event.selection.value
        self._show_detail(key, getattr(self, "_suggested", {}).get(key))

    def _show_detail(self, key: str, suggestion: object | None) -> None:
        trap = TRAPS_BY_KEY[key]
        text = markup_with(
            "[b]$name[/b]\n$explanation\n\n[i]$example[/i]",
            name=trap.name,
            explanation=trap.explanation,
            example=trap.example,
        )
        cues = getattr(suggestion, "cues", ())
        if cues:
            quoted = ", ".join(f"'{c}'" for c in cues)
            label = "A guess, from" if getattr(suggestion, "guess", False) else "Suggested by"
            text += markup_with("\n\n[b]$label:[/b] $quoted", label=label, quoted=quoted)
        self.query_one(".rf-trap-detail", Static).update(text)

    def read_into(self, draft: RecordDraft) -> list[FieldError]:
        # In the catalogue's order, as the store keeps them, not the order they were ticked.
        ticked = set(self.query_one(SelectionList).selected)
        draft.traps = [key for key in TRAP_KEYS if key in ticked]
        return []
