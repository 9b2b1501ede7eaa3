"""The detail panel: every field of the selected application and its stage timeline."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from bounceback_tui.domain.applications import (
    SalaryPeriod,
    Source,
    WorkMode,
    excitement_stars,
    format_salary,
)
from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.applications import ApplicationDetail
from bounceback_tui.ui.widgets.pipeline_text import markup_safe

NOTES_SHOWN = 2_000  # characters of notes in the panel; the edit form has them all


def _label(kind: type[WorkMode] | type[Source] | type[SalaryPeriod], value: str | None) -> str:
    if not value:
        return ""
    try:
        return str(kind(value).label)  # type: ignore[union-attr]
    except (ValueError, AttributeError):
        return value


def _stage_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        return Stage(value).label
    except ValueError:
        return value


def _when(day: date, today: date) -> str:
    delta = (day - today).days
    relative = (
        describe_relative(day, today)
        if abs(delta) <= 1
        else (f"in {delta}d" if delta > 0 else f"{-delta}d ago")
    )
    return f"{day.isoformat()} [dim]{relative}[/dim]"


def detail_markup(detail: ApplicationDetail, today: date) -> str:
    """The panel's text as Rich markup; everything the person typed is escaped."""
    app = detail.application
    stage = _stage_label(app.stage)
    lines = [f"[b]{markup_safe(app.company)}[/b]", markup_safe(app.role)]
    days = None if detail.in_stage_since is None else (today - detail.in_stage_since).days
    since = ""
    if days is not None:
        since = "since today" if days <= 0 else "for 1 day" if days == 1 else f"for {days} days"
    lines.append(f"[b $text-accent]{stage}[/] [dim]{since}[/dim]")
    if detail.quiet:
        lines += [
            "",
            f"[$text-warning]No reply in {days} days. It may have gone quiet: "
            "[b]r[/b] to decide.[/]",
        ]
    facts: list[tuple[str, str]] = []
    if app.date_applied:
        facts.append(("Applied", _when(app.date_applied, today)))
    if app.next_follow_up:
        facts.append(("Follow up", _when(app.next_follow_up, today)))
    where = " · ".join(p for p in (markup_safe(app.location), _label(WorkMode, app.work_mode)) if p)
    if where:
        facts.append(("Where", where))
    salary = format_salary(app.salary_min, app.salary_max, app.salary_currency, app.salary_period)
    if salary:
        facts.append(("Salary", markup_safe(salary)))
    if app.source:
        facts.append(("Source", _label(Source, app.source)))
    if app.excitement:
        facts.append(("Excitement", f"[$text-warning]{excitement_stars(app.excitement)}[/]"))
    contact = " ".join(
        p
        for p in (
            markup_safe(app.contact_name),
            f"<{markup_safe(app.contact_email)}>" * bool(app.contact_email),
        )
        if p
    )
    if contact:
        facts.append(("Contact", contact))
    if app.link:
        facts.append(("Link", f"[dim]{markup_safe(app.link)}[/dim]"))
    if facts:
        lines.append("")
        lines += [f"[dim]{name:<10}[/dim] {value}" for name, value in facts]

    lines += ["", "[b]Timeline[/b]"]
    previous: date | None = None
    for entry in detail.history:
        gap = ""
        if previous is not None and entry.changed_on >= previous:
            gap = f" [dim]+{(entry.changed_on - previous).days}d[/dim]"
        marker = "●" if entry is detail.history[-1] else "○"
        lines.append(
            f"{marker} {entry.changed_on.isoformat()}  {_stage_label(entry.to_stage)}{gap}"
        )
        previous = entry.changed_on
    for rejection in detail.rejections:
        lines.append("")
        reached = _stage_label(rejection.stage_reached)
        lines.append(
            f"[b]Rejected[/b] {rejection.rejected_on.isoformat()}"
            + (f" [dim]after {reached}[/dim]" if reached else "")
        )
        if rejection.reason:
            lines.append(f"[dim]Reason given:[/dim] {markup_safe(rejection.reason)}")
    if app.notes:
        notes = app.notes
        if len(notes) > NOTES_SHOWN:
            notes = notes[:NOTES_SHOWN] + "…"
        lines += ["", "[b]Notes[/b]", markup_safe(notes)]
    return "\n".join(lines)


class PipelineDetail(VerticalScroll, can_focus=False):
    """Shows one application; empty when nothing is selected."""

    def compose(self) -> ComposeResult:
        yield Static(id="pipeline-detail-body")

    def show(self, detail: ApplicationDetail | None, today: date) -> None:
        body = self.query_one("#pipeline-detail-body", Static)
        if detail is None:
            body.update("[dim]Nothing selected.[/dim]")
        else:
            body.update(detail_markup(detail, today))
        self.scroll_home(animate=False)
