"""The add / edit form for a Skills item: the shared FormScreen with the item's fields.

For an item typed by hand the kind follows the title's words (``domain.skill_prefill.guess_kind``:
"Public speaking" is a soft skill) until the person picks a kind themselves. A new item with the
title of an open one (to do or doing, case and spacing left out) is asked about before it is
saved, as the add-application form asks about an application already in the Pipeline
(``ui/kit/ask_again.py``): no, or Escape, keeps the form as typed and saves nothing. An edit
that gives an item another open one's title is asked about the same way (``EDIT_ASKED``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from textual.content import Content
from textual.widgets import Input, Select

from bounceback_tui.domain.dates import LATER_DATE_HINT
from bounceback_tui.domain.skill_prefill import guess_kind
from bounceback_tui.domain.skills import (
    TITLE_LIMIT,
    WHY_LIMIT,
    ResourceInput,
    SkillKind,
    format_resources,
    long_note,
)
from bounceback_tui.domain.text import LONG_TEXT_LIMIT
from bounceback_tui.ui.kit.ask_again import SavesAgainOnYes, ask_before_saving_again
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, Reload, SaveGuard, ValuesNow
from bounceback_tui.ui.kit.stored_field import stored_field
from bounceback_tui.ui.kit.text import markup_with

KIND_OPTIONS: tuple[tuple[str, str], ...] = tuple((k.label, k.value) for k in SkillKind)
RESOURCES_HELP = "One per line: a link with a note after it, or just a note."
# Asked on saving a new item with an open one's title; its title fills $title.
ASKED = "“$title” is already one of your open skills. Add another?"
# Asked on saving an edit that gives the item another open one's title.
EDIT_ASKED = "“$title” is already one of your open skills. Give this one that title too?"
KEPT_OPEN = "Not saved yet: “$title” is already one of your open skills."
# What saving does, and its button: for an item saved as new, and for an edit.
_ADD_WORDS = ("Saving adds it as an item of its own.", "Add another")
_EDIT_WORDS = ("Saving keeps both, under the same title.", "Save it too")
# The title of the open item a new (or edited) one's values repeat, or None (also for values
# that do not check out: saving them says why).
SameOpen = Callable[[dict[str, str]], str | None]


@dataclass(frozen=True)
class SkillFormValues:
    """What the form starts with (empty for a new item typed by hand)."""

    title: str = ""
    # Nothing to guess from yet; typing a title moves it (SkillFormScreen).
    kind: str = SkillKind.OTHER.value
    why: str = ""
    target_date: str = ""
    resources: str = ""
    notes: str = ""

    @classmethod
    def of(
        cls,
        *,
        title: str,
        kind: str,
        why: str,
        target_date: str,
        resources: tuple[ResourceInput, ...],
        notes: str,
    ) -> SkillFormValues:
        return cls(title, kind, why, target_date, format_resources(resources), notes)


def skill_fields(values: SkillFormValues | None = None) -> list[FieldSpec]:
    v = values or SkillFormValues()
    return [
        stored_field(
            "skill.title",
            "Skill",
            required=True,
            value=v.title,
            placeholder="e.g. Tell a teamwork story in two minutes",
            max_length=TITLE_LIMIT,
        ),
        FieldSpec("kind", "Kind", kind="select", options=KIND_OPTIONS, required=True, value=v.kind),
        stored_field(
            "skill.why",
            "Why it matters",
            value=v.why,
            placeholder="What you noticed, and what it would change",
            max_length=WHY_LIMIT,
        ),
        FieldSpec(
            "target_date",
            "Target date",
            kind="date",
            value=v.target_date,
            placeholder=LATER_DATE_HINT,
        ),
        FieldSpec(
            "resources",
            "Links and notes",
            kind="multiline",
            value=v.resources,
            help=RESOURCES_HELP,
            max_length=LONG_TEXT_LIMIT,
            as_typed=long_note,  # a note's limit, said as the line is typed
        ),
        stored_field("skill.notes", "Notes", value=v.notes, max_length=LONG_TEXT_LIMIT),
    ]


class SkillFormScreen(SavesAgainOnYes, FormScreen[Any]):
    """The shared form; with ``follow_title`` the kind is guessed from the title as it is
    typed, and stops following once the person has picked a kind. With ``same_open`` saving
    asks first when the item would repeat an open one's title (in an edit's words while
    ``editing()``: an edit saved as new, the item deleted elsewhere, is an add)."""

    def __init__(
        self,
        title: str,
        fields: Sequence[FieldSpec],
        submit: Callable[[dict[str, str]], Any],
        *,
        intro: str | Content = "",
        follow_title: bool = False,
        guard: SaveGuard | None = None,
        reload: Reload | None = None,
        values_now: ValuesNow | None = None,
        same_open: SameOpen | None = None,
        editing: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__(
            title, fields, submit, intro=intro, guard=guard, reload=reload, values_now=values_now
        )
        self._same_open = same_open
        self._editing = editing
        self._follow_title = follow_title
        start = next((f.value for f in fields if f.name == "kind"), "")
        # The value this screen last put in the kind field: anything else was picked.
        self._guessed = start

    def on_input_changed(self, event: Input.Changed) -> None:
        if not self._follow_title or event.input.id != "field-title":
            return
        kind = self.query_one("#field-kind", Select)
        if kind.value != self._guessed:
            self._follow_title = False  # the person chose; leave it
            return
        self._guessed = guess_kind(event.value).value
        kind.value = self._guessed

    def action_save(self) -> None:
        if self._asked_again or self._same_open is None:
            super().action_save()
            return
        same = self._same_open(self.values())
        if same is None:
            super().action_save()
            return
        editing = self._editing()
        asked = markup_with(EDIT_ASKED, title=same) if editing else markup_with(ASKED, title=same)
        detail, label = _EDIT_WORDS if editing else _ADD_WORDS
        ask_before_saving_again(
            self,
            asked,
            detail,
            markup_with(KEPT_OPEN, title=same),
            self._save_again,
            confirm_label=label,
        )
