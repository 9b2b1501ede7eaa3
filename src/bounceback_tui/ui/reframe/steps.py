"""The eight steps of the guided thought record, one widget each.

Every step view can ``load`` itself from a RecordDraft and ``read_into`` one, returning
the fields it refused (a rating of 150, a feeling without a name). The draft stays the
one source of truth; these widgets only show and edit it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Label, SelectionList, Static, TextArea
from textual.widgets.selection_list import Selection

from bounceback_tui.errors import FieldError
from bounceback_tui.reframe import TRAP_KEYS, TRAPS, TRAPS_BY_KEY, suggest_traps
from bounceback_tui.reframe.record import (
    MAX_FEELINGS,
    PRESET_FEELINGS,
    Feeling,
    RecordDraft,
    Step,
    clean_feeling_name,
    evidence_prompts,
    parse_rating,
)
from bounceback_tui.ui.kit.choice_lists import TickList
from bounceback_tui.ui.kit.fields import PlainInput, PlainTextArea
from bounceback_tui.ui.kit.focus import FieldsScroll
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.reframe.feeling_rows import FeelingRow


class StepView(Vertical):
    """Base for a step: load from a draft, read back into it."""

    DEFAULT_CLASSES = "rf-step"
    refused: Widget | None = None  # the first field the last read_into refused
    # What the store holds (set before each read): a refused rating keeps its value from
    # here, not the last keystroke's ("15" on the way to "150" was never meant).
    saved: RecordDraft = RecordDraft()

    def __init__(self, step: Step, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.step = step

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

    def compose(self) -> ComposeResult:
        if self.prompt_side:
            yield Static("", classes="rf-prompts")
        area = PlainTextArea(soft_wrap=True, placeholder=self.placeholder, classes="rf-text")
        area.show_line_numbers = False
        yield area

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


class FeelingsStep(StepView):
    """The five usual feelings with a rating box each, then rows for the person's own."""

    def compose(self) -> ComposeResult:
        with FieldsScroll(classes="rf-feelings", can_focus=False):
            for index, name in enumerate(PRESET_FEELINGS):
                with Horizontal(classes="rf-feeling-row"):
                    yield Label(name.capitalize(), classes="rf-feeling-name")
                    yield PlainInput(
                        placeholder="0-100",
                        id=f"rf-preset-{index}",
                        classes="rf-rating",
                        compact=True,
                        max_length=5,
                    )
            yield Vertical(id="rf-custom-rows")
            # Belief, not only feeling: how true the thought seems, rated again at the end.
            with Horizontal(classes="rf-feeling-row rf-belief-row"):
                yield Label("Belief in it", classes="rf-feeling-name rf-belief-name")
                yield PlainInput(
                    placeholder="0-100",
                    id="rf-belief-before",
                    classes="rf-rating",
                    compact=True,
                    max_length=5,
                )

    async def load(self, draft: RecordDraft) -> None:
        self.query_one("#rf-belief-before", Input).value = (
            "" if draft.belief_before is None else str(draft.belief_before)
        )
        by_name = {f.name.casefold(): f for f in draft.feelings}
        for index, name in enumerate(PRESET_FEELINGS):
            feeling = by_name.get(name)
            self.query_one(f"#rf-preset-{index}", Input).value = (
                str(feeling.before) if feeling else ""
            )
        custom = [f for f in draft.feelings if f.name.casefold() not in PRESET_FEELINGS]
        wanted = [(f.name, str(f.before)) for f in custom] + [("", "")]
        existing = list(self.query(FeelingRow))
        built = [boxes for row in existing if (boxes := row.boxes())]
        if len(built) == len(existing) == len(wanted):
            # Mounting is the slow part of a step change: reuse the rows when they fit.
            for (name_box, rating_box), (name, rating) in zip(built, wanted, strict=True):
                name_box.value, rating_box.value = name, rating
            return
        rows = self.query_one("#rf-custom-rows", Vertical)
        await rows.remove_children()
        await rows.mount_all([FeelingRow(name, rating) for name, rating in wanted])

    def on_input_changed(self, event: Input.Changed) -> None:
        # Typing a name into the last blank row opens another one.
        if "rf-custom-name" not in event.input.classes or not event.value.strip():
            return
        rows = list(self.query(FeelingRow))
        if rows and event.input.parent is rows[-1] and len(rows) < MAX_FEELINGS:
            self.query_one("#rf-custom-rows", Vertical).mount(FeelingRow())

    def read_into(self, draft: RecordDraft) -> list[FieldError]:
        errors: list[FieldError] = []
        self.refused = None
        belief = self.query_one("#rf-belief-before", Input)
        rating = parse_rating(belief.value, "belief_before", "Belief in the thought", errors)
        self._note(belief, errors, 0)
        refused = rating is None and belief.value.strip()
        draft.belief_before = self.saved.belief_before if refused else rating
        previous = {f.name.casefold(): f for f in draft.feelings}
        kept = {f.name.casefold(): replace(f) for f in self.saved.feelings}  # copies
        feelings: list[Feeling] = []
        for index, name in enumerate(PRESET_FEELINGS):
            box, before = self.query_one(f"#rf-preset-{index}", Input), len(errors)
            rating = parse_rating(box.value, "feelings", name.capitalize(), errors)
            self._note(box, errors, before)
            if rating is None and box.value.strip():
                # Refused: keep what was saved before rather than losing the feeling.
                if name in kept:
                    feelings.append(kept[name])
                continue
            if rating is not None:
                after = previous[name].after if name in previous else None
                feelings.append(Feeling(name, rating, after))
        for row in self.query(FeelingRow):
            name_text, rating_text = row.values()
            name_box, rating_box = row.name_box(), row.rating_box()
            before = len(errors)
            name = clean_feeling_name(name_text, "feelings", errors)
            self._note(name_box, errors, before)
            if not name and not rating_text.strip():
                continue
            if not name:
                errors.append(FieldError("feelings", "Give your own feeling a name."))
                self._note(name_box, errors, before)
                continue
            rating = parse_rating(rating_text, "feelings", name, errors)
            if rating is None:
                if not rating_text.strip():
                    errors.append(FieldError("feelings", f"Rate '{name}' from 0 to 100."))
                self._note(rating_box, errors, before)
                if name.casefold() in kept:
                    feelings.append(kept[name.casefold()])
                continue
            if any(f.name.casefold() == name.casefold() for f in feelings):
                errors.append(FieldError("feelings", f"'{name}' is listed twice."))
                self._note(name_box, errors, before)
                continue
            earlier = previous.get(name.casefold())
            feelings.append(Feeling(name, rating, earlier.after if earlier else None))
        draft.feelings = feelings
        return errors


class TrapsStep(StepView):
    """The catalogue as a multi-select, suggested traps first and starred with their cue words."""

    def compose(self) -> ComposeResult:
        yield Static("", classes="rf-suggested")
        with Horizontal(classes="rf-traps-body"):
            yield TickList[str](classes="rf-trap-list", compact=True)
            yield Static("", classes="rf-trap-detail")

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


class RerateStep(StepView):
    """Each feeling from step 3 again, with its first rating shown."""

    def compose(self) -> ComposeResult:
        yield Static("", classes="rf-rerate-empty")
        yield FieldsScroll(classes="rf-rerate-rows", can_focus=False)
        with Horizontal(classes="rf-feeling-row rf-belief-row"):
            yield Label("Belief in it", classes="rf-feeling-name rf-belief-name")
            yield PlainInput(
                placeholder="0-100",
                id="rf-belief-after",
                classes="rf-rating",
                compact=True,
                max_length=5,
            )

    async def load(self, draft: RecordDraft) -> None:
        self.query_one(".rf-belief-name", Label).update(
            markup_with(
                "Belief in the thought [dim](was $before)[/dim]", before=draft.belief_before
            )
            if draft.belief_before is not None
            else plain("Belief in the thought")
        )
        self.query_one("#rf-belief-after", Input).value = (
            "" if draft.belief_after is None else str(draft.belief_after)
        )
        empty = self.query_one(".rf-rerate-empty", Static)
        empty.display = not draft.feelings
        empty.update(
            "No feelings were rated in step 3, so only the belief is left to re-rate. "
            "Go back with ctrl+b to add some, or carry on with ctrl+n."
            if draft.belief_before is not None
            else "Nothing was rated in step 3, so there is no shift to show. Go back with "
            "ctrl+b to rate how you felt at the start, or carry on with ctrl+n."
        )
        rows = self.query_one(".rf-rerate-rows", VerticalScroll)
        existing = list(rows.query(".rf-feeling-row"))
        if len(existing) != len(draft.feelings):
            await rows.remove_children()
            await rows.mount_all(
                [
                    Horizontal(
                        Label("", classes="rf-feeling-name"),
                        PlainInput(
                            placeholder="0-100",
                            classes="rf-rating rf-after",
                            compact=True,
                            max_length=5,
                        ),
                        classes="rf-feeling-row",
                    )
                    for _ in draft.feelings
                ]
            )
            existing = list(rows.query(".rf-feeling-row"))
        for row, feeling in zip(existing, draft.feelings, strict=True):
            row.query_one(Label).update(
                markup_with(
                    "$name [dim](was $before)[/dim]",
                    name=feeling.name.capitalize(),
                    before=feeling.before,
                )
            )
            row.query_one(Input).value = "" if feeling.after is None else str(feeling.after)

    def read_into(self, draft: RecordDraft) -> list[FieldError]:
        errors: list[FieldError] = []
        self.refused = None
        belief = self.query_one("#rf-belief-after", Input)
        rating = parse_rating(belief.value, "belief_after", "Belief in the thought", errors)
        self._note(belief, errors, 0)
        refused = rating is None and belief.value.strip()
        draft.belief_after = self.saved.belief_after if refused else rating
        kept = {f.name.casefold(): f.after for f in self.saved.feelings}
        boxes = list(self.query(".rf-after").results(Input))
        for feeling, box in zip(draft.feelings, boxes, strict=False):
            before = len(errors)
            rating = parse_rating(box.value, "rerate", feeling.name.capitalize(), errors)
            self._note(box, errors, before)
            refused = rating is None and box.value.strip()
            feeling.after = kept.get(feeling.name.casefold()) if refused else rating
        return errors
