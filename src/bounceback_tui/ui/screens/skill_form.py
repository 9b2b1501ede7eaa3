"""The add / edit form for a Skills item: the shared FormScreen with the item's fields."""

from __future__ import annotations

from dataclasses import dataclass

from bounceback_tui.domain.dates import DATE_HINT
from bounceback_tui.domain.skills import ResourceInput, SkillKind, format_resources
from bounceback_tui.ui.screens.form import FieldSpec

KIND_OPTIONS: tuple[tuple[str, str], ...] = tuple((k.label, k.value) for k in SkillKind)
RESOURCES_HELP = "One per line: a link with a note after it, or just a note."


@dataclass(frozen=True)
class SkillFormValues:
    """What the form starts with (empty for a new item typed by hand)."""

    title: str = ""
    kind: str = SkillKind.TECHNICAL.value
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
        FieldSpec(
            "title",
            "Skill",
            required=True,
            value=v.title,
            placeholder="e.g. Tell a teamwork story in two minutes",
        ),
        FieldSpec("kind", "Kind", kind="select", options=KIND_OPTIONS, required=True, value=v.kind),
        FieldSpec(
            "why",
            "Why it matters",
            kind="multiline",
            value=v.why,
            placeholder="What you noticed, and what it would change",
        ),
        FieldSpec(
            "target_date", "Target date", kind="date", value=v.target_date, placeholder=DATE_HINT
        ),
        FieldSpec(
            "resources",
            "Links and notes",
            kind="multiline",
            value=v.resources,
            help=RESOURCES_HELP,
        ),
        FieldSpec("notes", "Notes", kind="multiline", value=v.notes),
    ]
