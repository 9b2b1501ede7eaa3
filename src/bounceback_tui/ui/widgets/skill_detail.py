"""What the Skills pane shows around its lists: the selected item's details and a suggestion."""

from __future__ import annotations

from datetime import date

from textual.markup import escape
from textual.widgets import Static

from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.skills import SkillStatus, SourceKind, is_overdue
from bounceback_tui.services.skills import SkillRow, SoftSkillSuggestion
from bounceback_tui.ui.widgets.cells import clip

_SHOWN_RESOURCES = 2
# The keys the footer has no room for, shown in the detail box's bottom border.
KEY_HINT = (
    "[b]\\[ ][/b] status  [b]K J[/b] order  [b]o[/b] link  [b]s[/b] source  "
    "[b]d[/b] delete  [b]?[/b] keys"
)


def _one_line(text: str, limit: int = 160) -> str:
    return escape(clip(text, limit))


def status_phrase(row: SkillRow) -> str:
    if row.status is SkillStatus.DONE:
        done = row.finished_at.date().isoformat() if row.finished_at else "?"
        started = f", started {row.started_at.date().isoformat()}" if row.started_at else ""
        return f"Done on {done}{started}"
    if row.status is SkillStatus.DOING:
        since = row.started_at.date().isoformat() if row.started_at else "?"
        return f"Doing since {since}"
    added = f", added {row.created_at.date().isoformat()}" if row.created_at else ""
    return f"To do{added}"


def source_phrase(row: SkillRow) -> str:
    """Where the item came from, with the key that opens it when there is something to open."""
    if row.source_kind is SourceKind.MANUAL:
        return "Typed by hand"
    if row.rejection_id is None:
        return f"From {row.source_kind.label}; that rejection has since been deleted"
    where = f"[b]{escape(row.company)}[/b] ({escape(row.role)})"
    lead = {
        SourceKind.REJECTION: "From the no at",
        SourceKind.FEEDBACK: "From feedback after",
        SourceKind.REFLECTION: "From your reflection on",
    }[row.source_kind]
    return f"{lead} {where}  [dim]·[/dim] [b]s[/b] opens it"


def resource_lines(row: SkillRow) -> list[str]:
    lines = []
    first_link = _first_link_index(row)
    for index, resource in enumerate(row.resources[:_SHOWN_RESOURCES]):
        parts = []
        if resource.url:
            parts.append(f"[$text-primary]{_one_line(resource.url, 90)}[/]")
        if resource.note:
            parts.append(_one_line(resource.note, 90))
        line = "  ".join(parts)
        if index == first_link:
            line += "  [dim]·[/dim] [b]o[/b] opens it"
        lines.append(f"• {line}")
    if len(row.resources) > _SHOWN_RESOURCES:
        lines.append(
            f"[dim]+ {len(row.resources) - _SHOWN_RESOURCES} more ([b]e[/b] to see all)[/dim]"
        )
    return lines


def _first_link_index(row: SkillRow) -> int:
    return next((i for i, r in enumerate(row.resources) if r.url), -1)


def detail_markup(row: SkillRow, today: date) -> str:
    """The selected item, most useful lines first (a short terminal cuts the last ones)."""
    meta = [row.kind.label, status_phrase(row)]
    if row.target_date is not None:
        when = describe_relative(row.target_date, today)
        if is_overdue(row.target_date, row.status, today):
            meta.append(
                f"[$text-warning]overdue: target was {row.target_date.isoformat()} ({when})[/]"
            )
        else:
            meta.append(f"target {row.target_date.isoformat()} ({when})")
    lines = [f"[b]{_one_line(row.title)}[/b]", "  [dim]·[/dim]  ".join(meta), source_phrase(row)]
    lines += resource_lines(row)
    if row.why:
        lines.append(f"[dim]Why:[/dim] {_one_line(row.why)}")
    if row.notes:
        lines.append(f"[dim]Notes:[/dim] {_one_line(row.notes)}")
    if not row.resources:
        lines.append("[dim]No links or notes to learn from yet; [b]e[/b] adds them.[/dim]")
    return "\n".join(lines)


class SkillDetail(Static):
    """The selected item, under the board or the list."""

    def on_mount(self) -> None:
        self.border_subtitle = KEY_HINT

    def show(self, row: SkillRow | None, today: date) -> None:
        self.display = row is not None
        if row is not None:
            # The box has a fixed height (the board does not jump as the cursor moves),
            # so a new item needs no relayout, which a cursor move should not pay for.
            self.update(detail_markup(row, today), layout=False)


def suggestion_markup(suggestion: SoftSkillSuggestion, position: int, count: int) -> str:
    """Two lines: what the reflection said, then the choice (a narrow screen cuts the ends)."""
    quote = _one_line(suggestion.answer, 110)
    more = f"  [dim]{position} of {count}[/dim]" if count > 1 else ""
    return (
        f"[b $text-accent]Suggestion[/] [dim]·[/dim] your reflection on "
        f"[b]{escape(suggestion.company)}[/b]: “{quote}”\n"
        f"Add a soft-skill item to practise that?  [b]A[/b] add it  [b]X[/b] not for this one"
        f"{more}"
    )


class SkillSuggestionBar(Static):
    """A soft-skill item the person might want: suggested, never created on its own."""

    def show(self, suggestions: list[SoftSkillSuggestion]) -> None:
        self.display = bool(suggestions)
        if suggestions:
            self.update(suggestion_markup(suggestions[0], 1, len(suggestions)))
