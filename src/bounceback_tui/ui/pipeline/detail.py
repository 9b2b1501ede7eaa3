"""The detail panel: every field of the selected application and its stage timeline."""

from __future__ import annotations

from datetime import date

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.applications import (
    SalaryPeriod,
    Source,
    WorkMode,
    company_size_label,
    excitement_stars,
)
from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.due_said import follow_up_said
from bounceback_tui.domain.interviews import when_text
from bounceback_tui.domain.salary import format_salary
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import cut_near_word
from bounceback_tui.domain.unreadable import UNREADABLE_DAY, day_or_unreadable
from bounceback_tui.domain.wording import plural
from bounceback_tui.services.application_detail import ApplicationDetail
from bounceback_tui.ui.kit.one_pass import OnePassStatic
from bounceback_tui.ui.kit.text import markup_with, plain, plain_line

# A fact's value starts after its label's 10 cells and a space.
_VALUE_AT = 11
NOTES_SHOWN = 2_000  # characters of notes in the panel; the edit form has them all
LOG_SHOWN = 5  # the newest lines of an application's log


def _label(kind: type[WorkMode] | type[Source] | type[SalaryPeriod], value: str | None) -> str:
    if not value:
        return ""
    try:
        return str(kind(value).label)  # type: ignore[union-attr]  # Source has none: AttributeError below
    except (ValueError, AttributeError):
        return value


def _sending_facts(detail: ApplicationDetail) -> list[tuple[str, Content]]:
    """Company size, the posting's date and what went with the application: the facts
    What's working compares, each only when said."""
    app = detail.application
    facts: list[tuple[str, Content]] = []
    if app.company_size:
        facts.append(("Size", plain(company_size_label(app.company_size))))
    if detail.unreadable_day("posted_on"):
        facts.append(("Posted", _UNREADABLE))
    elif app.posted_on:
        posted = plain(app.posted_on.isoformat())
        if app.date_applied and app.date_applied >= app.posted_on:
            days = (app.date_applied - app.posted_on).days
            gap = "applied the same day" if days == 0 else f"{plural(days, 'day')} before applying"
            posted += plain(f" · {gap}", "dim")
        facts.append(("Posted", posted))
    sent = [
        part
        for value, yes, no in (
            (app.cover_letter, "a cover letter", "no cover letter"),
            (app.tailored_resume, "a tailored resume", "the usual resume"),
        )
        if value is not None
        for part in (yes if value else no,)
    ]
    if sent:
        facts.append(("Sent with", plain(" · ".join(sent))))
    return facts


# A day another program wrote over ("[b]garbage[/]"), said in its place as every list says it.
_UNREADABLE = plain(UNREADABLE_DAY, "$text-warning")


def _stage_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        return Stage(value).label
    except ValueError:
        return value


def _when(day: date, today: date) -> Content:
    delta = (day - today).days
    relative = (
        describe_relative(day, today)
        if abs(delta) <= 1
        else (f"in {delta}d" if delta > 0 else f"{-delta}d ago")
    )
    return markup_with("$day [dim]$relative[/dim]", day=day.isoformat(), relative=relative)


def _follow_up(day: date, today: date, width: int | None) -> Content:
    """A follow-up's day said as Today and People say it ("3 days late", not "3d ago":
    ``domain/due_said.follow_up_said``), on the line under the day, in the value's column,
    when the two do not fit the panel's ``width`` (None: on one line)."""
    relative = follow_up_said(day, today)
    if width is not None and _VALUE_AT + len(f"{day.isoformat()} {relative}") > width:
        under = _VALUE_AT if _VALUE_AT + len(relative) <= width else 0  # else whole, at the left
        return plain(day.isoformat()) + plain(f"\n{' ' * under}{relative}", "dim")
    return plain(day.isoformat()) + plain(f" {relative}", "dim")


def detail_content(
    detail: ApplicationDetail,
    today: date,
    change_key: str = "N",
    quiet_key: str = "r",
    width: int | None = None,
) -> Content:
    """The panel's text; everything the person typed is plain text, never markup.
    ``width``: the panel's, which a follow-up's day is fitted to."""
    app = detail.application
    stage = _stage_label(app.stage)
    lines = [plain_line(app.company, "bold"), plain_line(app.role)]
    days = None if detail.in_stage_since is None else (today - detail.in_stage_since).days
    since = ""
    if days is not None:
        since = "since today" if days <= 0 else f"for {plural(days, 'day')}"
    lines.append(
        markup_with("[b $text-accent]$stage[/] [dim]$since[/dim]", stage=stage, since=since)
    )
    if detail.quiet:
        lines += [
            Content(""),
            markup_with(
                "[$text-warning]No reply in $days. It may have gone quiet: [b]$key[/b] to "
                "decide.[/]",
                days=plural(days or 0, "day"),
                key=quiet_key,
            ),
        ]
    facts: list[tuple[str, Content]] = []
    if detail.unreadable_day("date_applied"):
        facts.append(("Applied", _UNREADABLE))
    elif app.date_applied:
        facts.append(("Applied", _when(app.date_applied, today)))
    if detail.unreadable_day("next_follow_up"):
        facts.append(("Follow up", _UNREADABLE))
    elif detail.follow_up:
        facts.append(("Follow up", _follow_up(detail.follow_up, today, width)))
    where = " · ".join(p for p in (app.location, _label(WorkMode, app.work_mode)) if p)
    if where:
        facts.append(("Where", plain(where)))
    salary = format_salary(app.salary_min, app.salary_max, app.salary_currency, app.salary_period)
    if salary:
        facts.append(("Salary", plain(salary)))
    if app.source:
        facts.append(("Source", plain(_label(Source, app.source))))
    if app.excitement:
        facts.append(("Excitement", plain(excitement_stars(app.excitement), "$text-warning")))
    facts += _sending_facts(detail)
    for number, person in enumerate(detail.people):
        who = plain_line(person.name) + plain(f" {person.kind.label}", "dim")
        if person.email:
            who += plain(f" <{person.email}>")
        facts.append(("People" if number == 0 else "", who))
    if app.link:
        facts.append(("Link", plain(app.link, "dim")))
    if facts:
        lines.append(Content(""))
        lines += [plain(f"{name:<10}", "dim") + plain(" ") + value for name, value in facts]

    if detail.interviews or detail.unreadable_interviews:
        # The key that changes one, beside the heading: the key bar does not show it.
        heading = markup_with("[b]Interviews[/b]") + plain(f"  {change_key} changes one", "dim")
        lines += [Content(""), heading]
        zone = clock.zone()
        for interview in detail.interviews:
            when = when_text(interview.starts_at, interview.zone, zone, clock.today())
            lines.append(plain(f"{when}  {interview.kind.label}"))
        for unread in detail.unreadable_interviews:  # its time overwritten: said, as Today
            lines.append(plain_line(unread.said(), "$text-warning"))

    if detail.interactions:
        lines += [Content(""), markup_with("[b]Log[/b]")]
        for entry in detail.interactions[:LOG_SHOWN]:
            day = day_or_unreadable(entry.happened_on)  # written over elsewhere: "unreadable"
            line = plain(f"{day}  ") + plain(entry.kind.label, "bold")
            if entry.contact_name:
                line += plain_line(f"  {entry.contact_name}", "dim")
            if entry.note:
                line += plain_line(f"  {entry.note}")
            lines.append(line)
        if len(detail.interactions) > LOG_SHOWN:
            earlier = len(detail.interactions) - LOG_SHOWN
            lines.append(plain(f"and {earlier} earlier", "dim"))

    lines += [Content(""), markup_with("[b]Timeline[/b]")]
    previous: date | None = None
    for entry in detail.history:
        gap = Content("")
        moved = entry.changed_on  # None: written over elsewhere, said "unreadable"
        if previous is not None and moved is not None and moved >= previous:
            gap = markup_with(" [dim]+${days}d[/dim]", days=(moved - previous).days)
        marker = "●" if entry is detail.history[-1] else "○"
        lines.append(
            plain(f"{marker} {day_or_unreadable(moved)}  {_stage_label(entry.to_stage)}") + gap
        )
        previous = moved if moved is not None else previous
    for rejection in detail.rejections:
        lines.append(Content(""))
        reached = _stage_label(rejection.stage_reached)
        lines.append(
            markup_with("[b]Rejected[/b] $day", day=day_or_unreadable(rejection.rejected_on))
            + (
                markup_with(" [dim]after $reached[/dim]", reached=reached)
                if reached
                else Content("")
            )
        )
        if rejection.reason:
            lines.append(markup_with("[dim]Reason given:[/dim] $reason", reason=rejection.reason))
    if app.notes:
        notes = cut_near_word(app.notes, NOTES_SHOWN)
        lines += [Content(""), markup_with("[b]Notes[/b]"), plain(notes)]
    return Content("\n").join(lines)


class PipelineDetail(VerticalScroll, can_focus=False):
    """Shows one application; empty when nothing is selected."""

    def compose(self) -> ComposeResult:
        yield OnePassStatic(id="pipeline-detail-body")

    def show(self, detail: ApplicationDetail | None, today: date) -> None:
        body = self.query_one("#pipeline-detail-body", Static)
        if detail is None:
            content = markup_with("[dim]Nothing selected.[/dim]")
        else:
            key = getattr(self.app, "key_label", lambda _id, default: default)
            content = detail_content(
                detail,
                today,
                key("pipeline.edit_interview", "N"),
                key("pipeline.review_quiet", "r"),
                self._width(),
            )
        body.update(content, layout=self._resizes(body, content))
        self.scroll_home(animate=False)

    def _width(self) -> int | None:
        """The body's width, a scrollbar's room aside whether one shows or not. Before the
        first layout (the first details are shown then) the width the stylesheet gives the
        panel (styles/pipeline.tcss), its border and padding aside; None if it gives none
        in cells."""
        width = self.content_region.width
        if not width and (wanted := self.styles.width) is not None and wanted.is_cells:
            width = int(wanted.value) - self.styles.gutter.width
        width -= self.styles.scrollbar_size_vertical
        return width if width > 0 else None

    def _resizes(self, body: Static, content: Content) -> bool:
        """Whether showing ``content`` changes the body's height. The body is at least
        as tall as the panel (styles/pipeline.tcss), so one application's details after
        another's, both shorter than the panel, need no layout pass: a filter keystroke
        that puts the cursor on another application then repaints the panel alone."""
        width, height = body.content_size.width, body.size.height
        if not width or not height:
            return True
        lines = content.get_height(body.styles, width)  # type: ignore[arg-type]  # as Widget does
        wanted = max(lines, self.scrollable_content_region.height)
        return wanted != height
