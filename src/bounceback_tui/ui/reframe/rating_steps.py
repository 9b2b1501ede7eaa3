"""The two rating steps of the guided thought record: the feelings (step 3), each rated
0-100 with the belief in the thought, and the re-rating of them all (step 8).

Like the other steps (steps.py), each loads itself from a RecordDraft and reads back into
one, returning the fields it refused; a refused rating keeps what the store holds.
"""

from __future__ import annotations

from dataclasses import replace

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static

from bounceback_tui.errors import FieldError
from bounceback_tui.reframe.record import (
    MAX_FEELINGS,
    PRESET_FEELINGS,
    Feeling,
    RecordDraft,
    clean_feeling_name,
    looks_like_rating,
    name_left,
    parse_rating,
)
from bounceback_tui.ui.kit.cells import clip
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.focus import FieldsScroll
from bounceback_tui.ui.kit.key_text import with_keys
from bounceback_tui.ui.kit.text import markup_with, plain
from bounceback_tui.ui.reframe.feeling_rows import FeelingRow
from bounceback_tui.ui.reframe.step_room import text_lines
from bounceback_tui.ui.reframe.steps import StepView

# The belief's name on both rating steps and in what refuses its rating.
BELIEF = "Belief in the thought"
# A feeling's name on the re-rate step, in cells: "(was 100)" stays on its line beside it in
# the label's 33 cells (styles/reframe.tcss); a 40-character name left it on a line of its own.
RERATE_NAME_CELLS = 23


def belief_row(input_id: str) -> ComposeResult:
    """The belief's label and rating box, on the feelings step and the re-rate step alike."""
    with Horizontal(classes="rf-feeling-row rf-belief-row"):
        yield Label(BELIEF, classes="rf-feeling-name rf-belief-name")
        yield PlainInput(
            placeholder="0-100", id=input_id, classes="rf-rating", compact=True, max_length=5
        )


def _read_belief(
    view: StepView, field: str, saved: int | None, errors: list[FieldError]
) -> int | None:
    """The belief in its box (``field``: belief_before or belief_after); a refused one keeps
    what the store holds."""
    box = view.query_one(f"#rf-{field.replace('_', '-')}", Input)
    rating = parse_rating(box.value, field, BELIEF, errors)
    view._note(box, errors, 0)
    return saved if rating is None and box.value.strip() else rating


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
            # Named as a refusal names it ("Belief in the thought: ratings go from 0 to 100").
            yield from belief_row("rf-belief-before")

    async def load(self, draft: RecordDraft) -> None:
        self.query_one("#rf-belief-before", Input).value = (
            "" if draft.belief_before is None else str(draft.belief_before)
        )
        by_name = {f.name.casefold(): f for f in draft.feelings}
        # The re-ratings, by name: a rating box emptied on the way to another number ("80",
        # backspace, "85") read the feeling as gone, and its re-rating went with it, without
        # a word (the fourth stranger, nineteenth round).
        self._afters = {key: f.after for key, f in by_name.items() if f.after is not None}
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
        if not isinstance(event.input.parent, FeelingRow):
            return
        self._tidy_rows()
        if "rf-custom-name" in event.input.classes and looks_like_rating(event.value):
            self.call_after_refresh(self._show_belief)

    def _tidy_rows(self) -> None:
        """One row to write one's own feeling in: another opens once every row has a name,
        and an emptied row's spare goes (a name cleared left two empty rows: a new user's
        walk, twenty-second round). A number is not a name: the belief's "85" typed one box
        off opened a row under it and pushed the belief's row off the screen."""
        rows = [row for row in self.query(FeelingRow) if not row.leaving]
        unnamed = [row for row in rows if not _a_name(row.values()[0])]
        if not unnamed:
            if len(rows) < MAX_FEELINGS:
                self.query_one("#rf-custom-rows", Vertical).mount(FeelingRow())
            return
        spare = [
            row
            for row in unnamed
            if not any(text.strip() for text in row.values()) and not row.has_focus_within
        ]
        for row in spare[max(0, len(spare) - (len(unnamed) - 1)) :]:
            row.leaving = True
            row.remove()

    def on_resize(self) -> None:
        # A message shown under the step takes a row from the scroll: the belief stays in view.
        self.call_after_refresh(self._show_belief)

    def _show_belief(self) -> None:
        """A number in a feeling's name box is the belief's rating typed one box off: the
        belief's row is brought into view (the cursor stays), under what the message says."""
        focused = self.screen.focused if self.is_attached else None
        if (
            isinstance(focused, Input)
            and "rf-custom-name" in focused.classes
            and looks_like_rating(focused.value)
        ):
            self.query_one(".rf-belief-row").scroll_visible(animate=False)

    def read_into(self, draft: RecordDraft) -> list[FieldError]:
        errors: list[FieldError] = []
        self.refused = None
        draft.belief_before = _read_belief(self, "belief_before", self.saved.belief_before, errors)
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
                after = previous[name].after if name in previous else self._after(name)
                feelings.append(Feeling(name, rating, after))
        for row in self.query(FeelingRow):
            name_text, rating_text = row.values()
            name_box, rating_box = row.name_box(), row.rating_box()
            before = len(errors)
            name = clean_feeling_name(name_text, "feelings", errors)
            self._note(name_box, errors, before)
            if not name and not rating_text.strip():
                continue
            if looks_like_rating(name):
                errors.append(
                    FieldError(
                        "feelings",
                        f"'{name}' looks like a rating; the name goes first, then its "
                        f"rating. {BELIEF} has its own row, below the feelings.",
                    )
                )
                self._note(name_box, errors, before)
                if name.casefold() in kept:
                    feelings.append(kept[name.casefold()])
                continue
            if not name_left(name):  # "" or "...": no name
                if len(errors) == before:  # not after "the limit is 40" (the fourth stranger)
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
            after = earlier.after if earlier else self._after(name.casefold())
            feelings.append(Feeling(name, rating, after))
        draft.feelings = feelings
        return errors

    def _after(self, key: str) -> int | None:
        """A re-rating the draft no longer holds, from when the step was shown."""
        return getattr(self, "_afters", {}).get(key)


def _a_name(text: str) -> bool:
    """Whether ``text`` in a feeling's name box names a feeling (a number does not)."""
    return bool(name_left(text)) and not looks_like_rating(text)


class AfterBox(PlainInput):
    """A re-rating's box on the re-rate step, named by the feeling it re-rates."""

    feeling = ""  # the feeling's name, casefolded (set as the step loads)


class RerateStep(StepView):
    """Each feeling from step 3 again, with its first rating shown, then the belief."""

    def field_rows(self, width: int) -> int:
        # The note over the rows (nothing rated in step 3) stays whole above them.
        note = self.query_one(".rf-rerate-empty", Static)
        return self.FIELD_ROWS + (text_lines(note, width) if note.display else 0)

    def compose(self) -> ComposeResult:
        yield Static("", classes="rf-rerate-empty")
        with FieldsScroll(classes="rf-rerate-rows", can_focus=False):
            yield Vertical(id="rf-rerate-feelings")
            # Under the feelings, as on the feelings step (below the scroll, it sat ten blank
            # lines under them at 80x24).
            yield from belief_row("rf-belief-after")

    async def load(self, draft: RecordDraft) -> None:
        self.query_one(".rf-belief-name", Label).update(
            markup_with("$name [dim](was $before)[/dim]", name=BELIEF, before=draft.belief_before)
            if draft.belief_before is not None
            else plain(BELIEF)
        )
        self.query_one("#rf-belief-after", Input).value = (
            "" if draft.belief_after is None else str(draft.belief_after)
        )
        empty = self.query_one(".rf-rerate-empty", Static)
        empty.display = not draft.feelings
        empty.update(  # the keys as the key bar writes them ("^b"), as bound
            with_keys(
                "No feelings were rated in step 3, so only the belief is left to re-rate. "
                "Go back with {reframe.previous|ctrl+b} to add some, or carry on with "
                "{reframe.next|ctrl+n}."
                if draft.belief_before is not None
                else "Nothing was rated in step 3, so there is no shift to show. Go back with "
                "{reframe.previous|ctrl+b} to rate how you felt at the start, or carry on "
                "with {reframe.next|ctrl+n}.",
                self.app,
            )
        )
        rows = self.query_one("#rf-rerate-feelings", Vertical)
        existing = list(rows.query(".rf-feeling-row"))
        if len(existing) != len(draft.feelings):
            await rows.remove_children()
            await rows.mount_all(
                [
                    Horizontal(
                        Label("", classes="rf-feeling-name"),
                        AfterBox(
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
                    name=clip(feeling.name.capitalize(), RERATE_NAME_CELLS),
                    before=feeling.before,
                )
            )
            box = row.query_one(AfterBox)
            box.feeling = feeling.name.casefold()
            box.value = "" if feeling.after is None else str(feeling.after)

    def read_into(self, draft: RecordDraft) -> list[FieldError]:
        errors: list[FieldError] = []
        self.refused = None
        draft.belief_after = _read_belief(self, "belief_after", self.saved.belief_after, errors)
        kept = {f.name.casefold(): f.after for f in self.saved.feelings}
        # By the feeling each box re-rates, never by position: boxes by position gave a new
        # record the last one's re-ratings (a stranger's walk).
        boxes = {box.feeling: box for box in self.query(AfterBox)}
        for feeling in draft.feelings:
            box = boxes.get(feeling.name.casefold())
            if box is None:  # not on the step: its re-rating stays as the draft has it
                continue
            before = len(errors)
            rating = parse_rating(box.value, "rerate", feeling.name.capitalize(), errors)
            self._note(box, errors, before)
            refused = rating is None and box.value.strip()
            feeling.after = kept.get(feeling.name.casefold()) if refused else rating
        return errors
