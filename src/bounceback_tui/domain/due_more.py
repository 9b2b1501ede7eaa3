"""What Today's due list leaves out, said by kind: "and 2 more: 1 quiet application, 1
Reframe draft". Some kinds are listed only up to a few (the quiet applications and the
drafts three each, the skill targets and the skills in progress five; more quiet ones where
the box has rows to spare, ui/today/due_room.py) and the list stops at forty; the line under
it said "and 2 more" and nothing of what or where (a stranger's walk at 160x45)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from bounceback_tui.domain.due import DueItem, DueKind, order_due
from bounceback_tui.domain.due_alike import told_apart
from bounceback_tui.domain.wording import plural

Unlisted = tuple[tuple[DueKind, int], ...]

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


def due_in_room(
    due: Sequence[DueItem],
    extra: Sequence[DueItem],
    total: int,
    unlisted: Unlisted,
    room: int,
) -> tuple[tuple[DueItem, ...], Unlisted, int]:
    """The items to list in ``room`` lines, the counts by kind they leave out, and how many
    that is: the list ``due`` (of ``total`` items, ``unlisted`` counting by kind those it
    leaves out), with as many of the quiet applications after it (``extra``, the longest
    silent first) as the lines take, one line kept for "and N more" while some are left out.
    Today's due box (ui/today/due_room.py) and the printed `today` (commands/today.py) both
    list this way, so that they list the same applications first and count the rest alike."""
    more = total - len(due)
    if len(due) + len(extra) <= room and len(extra) == more:
        take = len(extra)  # all of them, and no line for the rest
    else:
        take = max(0, min(len(extra), room - len(due) - 1))
    if not take:
        return tuple(due), unlisted, more
    left = tuple(
        (kind, count - take if kind is DueKind.GHOSTED else count)
        for kind, count in unlisted
        if kind is not DueKind.GHOSTED or count > take
    )
    # Told apart with the lines listed: two older ones at one company read alike ("◌
    # Samecorp: ghosted?" twice) where the summary's own list had told its lines apart.
    listed = told_apart(order_due([*due, *extra[:take]]))
    return tuple(listed), left, more - take
