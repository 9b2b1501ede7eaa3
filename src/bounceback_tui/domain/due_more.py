"""What Today's due list leaves out, said by kind: "and 2 more: 1 quiet application, 1
Reframe draft". Some kinds are listed only up to a few (the quiet applications and the
drafts three each, the skill targets and the skills in progress five; more quiet ones where
the box has rows to spare, ui/today/due_room.py) and the list stops at forty; the line under
it said "and 2 more" and nothing of what or where (a stranger's walk at 160x45)."""

from __future__ import annotations

from collections.abc import Iterable

from bounceback_tui.domain.due import DueItem, DueKind
from bounceback_tui.domain.wording import plural

# Each kind's noun and its plural, as the line counts them.
_NOUNS: dict[DueKind, tuple[str, str]] = {
    DueKind.FOLLOW_UP: ("follow-up", "follow-ups"),
    DueKind.PERSON_FOLLOW_UP: ("person to follow up", "people to follow up"),
    DueKind.FEEDBACK_REQUEST: ("feedback request", "feedback requests"),
    DueKind.RECOVERY_STEP: ("recovery step", "recovery steps"),
    DueKind.SKILL_TARGET: ("skill target", "skill targets"),
    DueKind.GHOSTED: ("quiet application", "quiet applications"),
    DueKind.LONG_PAST_FOLLOW_UPS: ("review of old follow-ups", "reviews of old follow-ups"),
    DueKind.THOUGHT_DRAFT: ("Reframe draft", "Reframe drafts"),
    DueKind.SKILL_IN_PROGRESS: ("skill in progress", "skills in progress"),
}


def more_text(unlisted: Iterable[tuple[DueKind, int]]) -> str:
    """The line under the list for the items it leaves out, by kind in the list's order;
    "" when it leaves none out."""
    counts = [(kind, count) for kind, count in unlisted if count > 0]
    if not counts:
        return ""
    total = sum(count for _, count in counts)
    kinds = ", ".join(plural(count, *_NOUNS[kind]) for kind, count in counts)
    return f"and {total:,} more: {kinds}"


def left_out(
    cut: Iterable[DueItem], unlisted: Iterable[tuple[DueKind, int]]
) -> list[tuple[DueKind, int]]:
    """The counts by kind of what a shorter list leaves out: the listed items it ``cut`` (the
    printed `today` shows a dozen) and those the list never held, kinds in the order met."""
    counts: dict[DueKind, int] = {}
    for item in cut:
        counts[item.kind] = counts.get(item.kind, 0) + 1
    for kind, count in unlisted:
        counts[kind] = counts.get(kind, 0) + count
    return list(counts.items())
