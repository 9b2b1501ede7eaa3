"""The detail panel of a person: who they are, their applications, interviews and log.

Beside the list it shows the first few applications, those still in play first, and "+11
more" for the rest, so a person linked to many keeps their interviews and log in sight
(Sam, on sixteen, filled the panel at 120x40 and nothing reached the rest). Up to five, as
many as leave that line in the panel: at 80x24 Sam's five took its last rows and the line
saying how to see them all was below them, never seen. `t` (as the Pipeline's details) or
Tab moves focus into it: then it shows every application and scrolls with the list keys
(`j`/`k`, PgUp/PgDn, `g`/`G`), so what is below the screen is reached at any size (80x24 hid
even a one-application person's log); Escape or `t` goes back to the list, as Tab does past
the panel.

An email address or a link, which has no space to wrap at, is broken after an @ or a / and
before a dot when it is wider than the panel ("zoe@cafe-zurich" over ".example"), not
mid-word ("zoe@cafe-zurich.e" over "xample", at 60 columns).
"""

from __future__ import annotations

import re
from datetime import date
from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import Static

from bounceback_tui import clock
from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.due_said import follow_up_said
from bounceback_tui.domain.interviews import CALLED_OFF, is_called_off, when_text
from bounceback_tui.domain.stages import CLOSED_STAGES
from bounceback_tui.domain.text import app_name, cut_near_word
from bounceback_tui.domain.unreadable import UNREADABLE_DAY, day_or_unreadable
from bounceback_tui.services.people import ContactDetail
from bounceback_tui.ui.kit.cells import clip
from bounceback_tui.ui.kit.scroll_text import ScrollText
from bounceback_tui.ui.kit.text import markup_with, plain, plain_line

NOTES_SHOWN = 2_000
LOG_SHOWN = 30
APPLICATIONS_SHOWN = 5  # beside the list; with focus in the panel, all of them


# Where an address or a link may break: after an @ or a /, before a dot.
_BREAKS = re.compile(r"(?<=[@/])|(?=\.)")


def unbroken(text: str, width: int | None, style: str = "") -> Content:
    """An address or a link on as many lines of ``width`` cells as it needs (whole when it
    fits), broken only where ``_BREAKS`` allows; a piece wider still is cut with an
    ellipsis. ``width`` None: as it is."""
    if width is None or cell_len(text) <= width:
        return plain_line(text, style)  # a line break an older store holds: a space
    lines = [""]
    for piece in filter(None, _BREAKS.split(text)):
        if lines[-1] and cell_len(lines[-1] + piece) > width:
            lines.append("")
        lines[-1] += piece
    return Content("\n").join(plain(clip(line, width), style) for line in lines)


def whole_words(text: str, width: int | None, style: str = "") -> Content:
    """``text`` on lines of ``width`` cells broken at spaces only; a word wider than that is
    cut with an ellipsis ("Brightpa…"), never carried over mid-word ("Brightpat" over "h
    Talent" at 40 columns). ``width`` None: as it is."""
    if width is None or cell_len(text) <= width:
        return plain_line(text, style)  # a line break an older store holds: a space
    lines: list[str] = []
    for word in text.split():
        if lines and cell_len(lines[-1]) + 1 + cell_len(word) <= width:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return Content("\n").join(plain(clip(line, width), style) for line in lines)


def said_by_kind(role: str, kind: str) -> bool:
    """Whether every word of ``role`` is a word of ``kind`` ("Recruiter", "In-house
    recruiter"), case aside."""
    words = set(role.casefold().split())
    return bool(words) and words <= set(kind.casefold().split())


# A fact's value starts after its label's 13 cells and a space.
_VALUE_AT = 14


def _day(day: date, today: date, width: int | None = None, *, due: bool = False) -> Content:
    """The day and how far it is from today, on the next line under the day (whole) when
    the two do not fit the panel's line: "2025-11-03 398 days" left "ago" alone below. A
    day something is ``due`` on is said as Today says a follow-up ("5 days late", not "5
    days ago": ``domain/due_said.follow_up_said``)."""
    relative = follow_up_said(day, today) if due else describe_relative(day, today)
    if width is not None and _VALUE_AT + len(f"{day.isoformat()} {relative}") > width:
        under = _VALUE_AT if _VALUE_AT + len(relative) <= width else 0  # else whole, at the left
        return plain(day.isoformat()) + plain(f"\n{' ' * under}{relative}", "dim")
    return plain(day.isoformat()) + plain(f" {relative}", "dim")


def head_lines(detail: ContactDetail, today: date, width: int | None) -> list[Content]:
    """Who they are and how to reach them: the lines above their applications. ``width``:
    the panel's, which an address or a link is broken to fit."""
    c = detail.contact
    lines: list[Content] = [whole_words(c.name, width, "bold")]
    # Their role and company on a line of their own, then the kind: side by side they
    # wrapped mid-way in a narrow detail ("Recruiter ·" over "Northstar Search"). A role
    # the kind says already is said once ("Recruiter" over "In-house recruiter").
    role = "" if said_by_kind(c.role, c.kind.label) else c.role
    title = " · ".join(p for p in (role, c.company) if p)
    if title:
        lines.append(whole_words(title, width))
    lines.append(whole_words(c.kind.label, width, "$text-accent"))
    facts: list[tuple[str, Content]] = []
    if c.email:
        facts.append(("Email", unbroken(c.email, width)))
    if c.phone:
        facts.append(("Phone", plain_line(c.phone)))
    if c.link:
        facts.append(("Link", unbroken(c.link, width, "dim")))
    facts.append(
        (
            "Last in touch",
            _day(c.last_contacted, today, width)
            if c.last_contacted
            # Logged with, on days written over elsewhere: said, as the log says it.
            else plain(UNREADABLE_DAY, "$text-warning")
            if c.last_unreadable
            else plain("not yet", "dim"),
        )
    )
    if c.follow_up_unreadable:  # written over elsewhere: said, as the lists say it
        facts.append(("Follow up", plain(UNREADABLE_DAY, "$text-warning")))
    if c.next_follow_up:
        due = _day(c.next_follow_up, today, width, due=True)
        facts.append(
            ("Follow up", due.stylize("$text-warning") if c.next_follow_up <= today else due)
        )
    lines.append(Content(""))
    lines += [plain(f"{name:<13}", "dim") + plain(" ") + value for name, value in facts]
    return lines


def application_lines(
    detail: ContactDetail, applications_shown: int | None, details_key: str, link_key: str = "l"
) -> list[Content]:
    """The Applications heading, the first ``applications_shown`` (None: all) of them, those
    still in play first, and the line saying which key shows the rest."""
    lines = [Content(""), markup_with("[b]Applications[/b]")]
    if not detail.applications:
        return [
            *lines,
            markup_with("[dim]None linked yet: [b]$key[/b] links one.[/dim]", key=link_key),
        ]
    applications = sorted(detail.applications, key=lambda a: a.stage in CLOSED_STAGES)
    shown = applications if applications_shown is None else applications[:applications_shown]
    lines += [
        plain_line(f"• {app_name(a.company, a.role)}")  # "Company (Role)", as elsewhere
        + plain(f"  {a.stage.label}", "dim")
        for a in shown
    ]
    if not shown:  # a panel with no room for one (60x20)
        lines.append(
            markup_with(
                "[dim]$count linked · [b]$key[/b] shows them[/dim]",
                count=len(applications),
                key=details_key,
            )
        )
    elif len(shown) < len(applications):
        more = len(applications) - len(shown)
        lines.append(
            markup_with(
                "[dim]+$more more · [b]$key[/b] shows all[/dim]", more=more, key=details_key
            )
        )
    return lines


def called_off_mark() -> Content:
    """ " · called off" in the warning colour: how the details and `N`'s list (and its
    dialog) mark an interview still ahead for an application that said no or was withdrawn
    (``domain.interviews.is_called_off``)."""
    return plain(f" · {CALLED_OFF}", "$text-warning")


def person_content(
    detail: ContactDetail,
    today: date,
    *,
    applications_shown: int | None = None,
    details_key: str = "t",
    change_key: str = "N",
    link_key: str = "l",
    log_key: str = "i",
    width: int | None = None,
) -> Content:
    """Everything about one person, each of their words plain; of their applications, the
    first ``applications_shown`` (None: all), those still in play first, and the key that
    shows the rest. ``width``: the panel's, which an address or a link is broken to fit."""
    lines = head_lines(detail, today, width)
    lines += application_lines(detail, applications_shown, details_key, link_key)
    if detail.interviews:
        # The key that changes one, beside the heading, as on the Pipeline: the bar leaves it off.
        heading = markup_with("[b]Interviews[/b]") + plain(f"  {change_key} changes one", "dim")
        lines += [Content(""), heading]
        zone = clock.zone()
        # One still ahead for an application that said no or was withdrawn is called off,
        # as the calendar marks it and Today leaves it out: it was listed here as still on.
        stages = {a.id: a.stage.value for a in detail.applications}
        now = clock.now_utc()
        for interview in detail.interviews:
            # The time on a line of its own, what and where under it: on one line they
            # wrapped wherever the width ran out, the kind cut in two ("Phone" / "screen").
            when = when_text(interview.starts_at, interview.zone, zone, clock.today())
            lines.append(plain(when))
            # "Company (Role)": two interviews at one company told apart.
            named = app_name(interview.company, interview.role)
            line = plain(f"  {interview.kind.label}: ") + plain_line(named)
            stage = interview.stage or stages.get(interview.application_id, "")
            if is_called_off(stage, interview.starts_at, interview.length_minutes, now):
                line += called_off_mark()
            lines.append(line)
    lines += [Content(""), markup_with("[b]Log[/b]")]
    if detail.interactions:
        for entry in detail.interactions[:LOG_SHOWN]:
            day = day_or_unreadable(entry.happened_on)  # written over elsewhere: "unreadable"
            line = plain(f"{day}  ") + plain(entry.kind.label, "bold")
            if entry.company:
                line += plain_line(f" · {app_name(entry.company, entry.role)}", "dim")
            if entry.note:
                line += plain_line(f"  {entry.note}")
            lines.append(line)
        if len(detail.interactions) > LOG_SHOWN:
            lines.append(plain(f"and {len(detail.interactions) - LOG_SHOWN:,} earlier", "dim"))
    else:
        lines.append(
            markup_with("[dim]Nothing logged yet: [b]$key[/b] adds a line.[/dim]", key=log_key)
        )
    notes = detail.contact.notes
    if notes:
        notes = cut_near_word(notes, NOTES_SHOWN)
        lines += [Content(""), markup_with("[b]Notes[/b]"), plain(notes)]
    return Content("\n").join(lines)


class PersonDetail(ScrollText, can_focus=True):
    """The selected person; Tab brings focus here, and then the list keys scroll it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,t", "back", "Back", id="people.back"),
    ]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._detail: ContactDetail | None = None
        self._all = False  # every application (focus is here), or the first few

    def compose(self) -> ComposeResult:
        yield Static(id="people-detail-body")

    def show(self, detail: ContactDetail | None) -> None:
        before = self._detail.contact.id if self._detail is not None else None
        self._detail = detail
        self._draw()
        if (detail.contact.id if detail is not None else None) != before:
            self.scroll_home(animate=False)  # another person: from their name

    def _draw(self) -> None:
        body = self.query_one("#people-detail-body", Static)
        if self._detail is None:
            body.update(markup_with("[dim]Nobody selected.[/dim]"))
        else:
            key = getattr(self.app, "key_label", lambda _id, default: default)
            details_key = key("people.details", "t")
            shown = None if self._all else self._fitting(self._detail, details_key, body)
            content = person_content(
                self._detail,
                clock.today(),
                applications_shown=shown,
                details_key=details_key,
                change_key=key("people.edit_interview", "N"),
                link_key=key("people.link", "l"),
                log_key=key("people.log", "i"),
                width=self._width(),
            )
            body.update(content)

    def _fitting(self, detail: ContactDetail, details_key: str, body: Static) -> int:
        """How many applications beside the list: up to ``APPLICATIONS_SHOWN``, and no more
        than leave the "+11 more" line in the panel's height (none in a panel with no room
        for one: then the line says how many there are)."""
        width, height = self._width(), self.scrollable_content_region.height
        if width is None or height <= 0 or len(detail.applications) <= APPLICATIONS_SHOWN:
            return APPLICATIONS_SHOWN
        head = head_lines(detail, clock.today(), width)
        rules = body.styles  # wrapped as the body wraps them
        for shown in range(APPLICATIONS_SHOWN, 0, -1):
            link_key = getattr(self.app, "key_label", lambda _id, default: default)(
                "people.link", "l"
            )
            lines = Content("\n").join(
                head + application_lines(detail, shown, details_key, link_key)
            )
            if lines.get_height(rules, width) <= height:  # type: ignore[arg-type]  # as Widget does
                return shown
        return 0

    def _width(self) -> int | None:
        """The body's width, a scrollbar's room aside whether one shows or not (None before
        the first layout)."""
        width = self.content_region.width - self.styles.scrollbar_size_vertical
        return width if width > 0 else None

    # The width and height last drawn at: the lines are broken to the one, and as many
    # applications shown as the other leaves room for.
    _drawn_size: tuple[int | None, int] | None = None

    def on_resize(self, _event: events.Resize) -> None:
        size = (self._width(), self.scrollable_content_region.height)
        if size != self._drawn_size:
            self._drawn_size = size
            self._draw()

    def on_focus(self, _event: events.Focus) -> None:
        self._all = True
        self._draw()

    def on_blur(self, _event: events.Blur) -> None:
        self._all = False
        self._draw()
        self.scroll_home(animate=False)

    def action_back(self) -> None:
        """Escape or `t`: focus back on the list (a filter stays: Escape again clears it)."""
        if self.parent is not None:
            self.parent.query_one("#people-list").focus()
