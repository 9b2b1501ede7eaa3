"""The detail panel of a person: who they are, their applications, interviews and log."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.interviews import when_text
from bounceback_tui.services.people import ContactDetail
from bounceback_tui.ui.kit.text import markup_with, plain

NOTES_SHOWN = 2_000
LOG_SHOWN = 30


def _day(day: date, today: date) -> Content:
    return plain(day.isoformat()) + plain(f" {describe_relative(day, today)}", "dim")


def person_content(detail: ContactDetail, today: date) -> Content:
    """Everything about one person, each of their words plain."""
    c = detail.contact
    lines: list[Content] = [plain(c.name, "bold")]
    # Their role and company on a line of their own, then the kind: side by side they
    # wrapped mid-way in a narrow detail ("Recruiter ·" over "Northstar Search").
    title = " · ".join(p for p in (c.role, c.company) if p)
    if title:
        lines.append(plain(title))
    lines.append(plain(c.kind.label, "$text-accent"))
    facts: list[tuple[str, Content]] = []
    if c.email:
        facts.append(("Email", plain(c.email)))
    if c.phone:
        facts.append(("Phone", plain(c.phone)))
    if c.link:
        facts.append(("Link", plain(c.link, "dim")))
    facts.append(
        (
            "Last in touch",
            _day(c.last_contacted, today) if c.last_contacted else plain("not yet", "dim"),
        )
    )
    if c.next_follow_up:
        due = _day(c.next_follow_up, today)
        facts.append(
            ("Follow up", due.stylize("$text-warning") if c.next_follow_up <= today else due)
        )
    lines.append(Content(""))
    lines += [plain(f"{name:<13}", "dim") + plain(" ") + value for name, value in facts]

    lines += [Content(""), markup_with("[b]Applications[/b]")]
    if detail.applications:
        lines += [
            plain(f"• {a.company}") + plain(f" — {a.role}") + plain(f"  {a.stage.label}", "dim")
            for a in detail.applications
        ]
    else:
        lines.append(markup_with("[dim]None linked yet: [b]l[/b] links one.[/dim]"))
    if detail.interviews:
        lines += [Content(""), markup_with("[b]Interviews[/b]")]
        zone = clock.zone()
        for interview in detail.interviews:
            # The time on a line of its own, what and where under it: on one line they
            # wrapped wherever the width ran out, the kind cut in two ("Phone" / "screen").
            when = when_text(interview.starts_at, interview.zone, zone, clock.today())
            lines.append(plain(when))
            lines.append(plain(f"  {interview.kind.label}: ") + plain(interview.company))
    lines += [Content(""), markup_with("[b]Log[/b]")]
    if detail.interactions:
        for entry in detail.interactions[:LOG_SHOWN]:
            line = plain(f"{entry.happened_on.isoformat()}  ") + plain(entry.kind.label, "bold")
            if entry.company:
                line += plain(f" · {entry.company}", "dim")
            if entry.note:
                line += plain(f"  {entry.note}")
            lines.append(line)
        if len(detail.interactions) > LOG_SHOWN:
            lines.append(plain(f"and {len(detail.interactions) - LOG_SHOWN} earlier", "dim"))
    else:
        lines.append(markup_with("[dim]Nothing logged yet: [b]i[/b] adds a line.[/dim]"))
    if c.notes:
        notes = c.notes if len(c.notes) <= NOTES_SHOWN else c.notes[:NOTES_SHOWN] + "…"
        lines += [Content(""), markup_with("[b]Notes[/b]"), plain(notes)]
    return Content("\n").join(lines)


class PersonDetail(VerticalScroll, can_focus=False):
    def compose(self) -> ComposeResult:
        yield Static(id="people-detail-body")

    def show(self, detail: ContactDetail | None) -> None:
        body = self.query_one("#people-detail-body", Static)
        if detail is None:
            body.update(markup_with("[dim]Nobody selected.[/dim]"))
        else:
            body.update(person_content(detail, clock.today()))
