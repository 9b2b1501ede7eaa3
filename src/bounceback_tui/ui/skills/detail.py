"""What the Skills pane shows around its lists: the selected item's details and a suggestion."""

from __future__ import annotations

from datetime import date

from textual.content import Content
from textual.widgets import Static

from bounceback_tui.domain.dates import describe_relative
from bounceback_tui.domain.skills import SkillStatus, SourceKind, is_overdue, late_words
from bounceback_tui.domain.text import app_name
from bounceback_tui.domain.unreadable import UNREADABLE_DAY
from bounceback_tui.services.skill_suggestions import SoftSkillSuggestion
from bounceback_tui.services.skills import SkillRow
from bounceback_tui.ui.kit.cells import clip, clip_app_name
from bounceback_tui.ui.kit.key_text import key_of
from bounceback_tui.ui.kit.text import markup_with, plain

_SHOWN_RESOURCES = 2
# The keys the footer has no room for, shown in the detail box's bottom border: "o link" and
# "s source" only for an item that has one (a newcomer pressed them on one typed by hand).
# Each key as the person's keymap has it (a remapped key showed its old letter here).
_HINT_KEYS = (
    (("skills.status_back", "["), ("skills.status_forward", "]"), "status"),
    (("skills.priority_up", "K"), ("skills.priority_down", "J"), "order"),
    (("skills.open_link", "o"), None, "link"),
    (("skills.open_source", "s"), None, "source"),
    (("skills.delete", "d"), None, "delete"),
    (("app.help", "?"), None, "keys"),
)


def key_hint(row: SkillRow | None, app: object = None, *, link_shown: bool = True) -> Content:
    """The detail box's footer: "[ ] status  K J order  …  ? keys", with the keys in use;
    "o link" only where the link it opens is in sight (``link_shown``): at 80x24 the box's
    last lines are cut, and it offered a link nobody could see (a tester's note)."""
    parts = []
    for first, second, what in _HINT_KEYS:
        if what == "link" and row is not None and not (row.first_link and link_shown):
            continue
        if what == "source" and row is not None and row.rejection_id is None:
            continue
        keys = key_of(app, *first) + (f" {key_of(app, *second)}" if second else "")
        parts.append(markup_with("[b]$keys[/b] $what", keys=keys, what=what))
    return Content("  ").join(parts)


_DOT = markup_with("  [dim]·[/dim]  ")


def _one_line(text: str, limit: int = 160) -> str:
    """``text`` on one line, cut to ``limit`` cells: its lines joined, a lone carriage return
    among them (``clip``'s ``screen_line``), not shown as U+FFFD."""
    return clip(text, limit)


def status_phrase(row: SkillRow) -> str:
    if row.status is SkillStatus.DONE:
        done = row.finished_at.date().isoformat() if row.finished_at else "?"
        done = UNREADABLE_DAY if row.finished_unreadable else done  # written over elsewhere
        started = f", started {row.started_at.date().isoformat()}" if row.started_at else ""
        return f"Done on {done}{started}"
    if row.status is SkillStatus.DOING:
        since = row.started_at.date().isoformat() if row.started_at else "?"
        return f"Doing since {since}"
    added = f", added {row.created_at.date().isoformat()}" if row.created_at else ""
    return f"To do{added}"


def source_phrase(row: SkillRow, app: object = None) -> Content:
    """Where the item came from, with the key that opens it when there is something to open."""
    if row.source_kind is SourceKind.MANUAL:
        return plain("Typed by hand")
    if row.rejection_id is None:
        return markup_with(
            "From $kind; that rejection has since been deleted", kind=row.source_kind.label
        )
    lead = {
        SourceKind.REJECTION: "From the no at",
        SourceKind.FEEDBACK: "From feedback after",
        SourceKind.REFLECTION: "From your reflection on",
    }[row.source_kind]
    # "Company (Role)", the company alone without a role (it read "Acme ()").
    return markup_with(
        "$lead [b]$app[/b]  [dim]·[/dim] [b]$key[/b] opens it",
        lead=lead,
        key=key_of(app, "skills.open_source", "s"),
        app=app_name(row.company, row.role),
    )


def resource_lines(row: SkillRow, app: object = None) -> list[Content]:
    lines = []
    first_link = _first_link_index(row)
    for index, resource in enumerate(row.resources[:_SHOWN_RESOURCES]):
        parts = []
        if resource.url:
            parts.append(plain(_one_line(resource.url, 90), "$text-primary"))
        if resource.note:
            parts.append(plain(_one_line(resource.note, 90)))
        line = Content("  ").join(parts)
        if index == first_link:
            line += markup_with(
                "  [dim]·[/dim] [b]$key[/b] opens it", key=key_of(app, "skills.open_link", "o")
            )
        lines.append(plain("• ") + line)
    if len(row.resources) > _SHOWN_RESOURCES:
        lines.append(
            markup_with(
                "[dim]+ $more more ([b]$key[/b] to see all)[/dim]",
                more=len(row.resources) - _SHOWN_RESOURCES,
                key=key_of(app, "skills.edit", "e"),
            )
        )
    return lines


def _first_link_index(row: SkillRow) -> int:
    return next((i for i, r in enumerate(row.resources) if r.url), -1)


def detail_content(row: SkillRow, today: date, app: object = None) -> Content:
    """The selected item, most useful lines first (a short terminal cuts the last ones)."""
    return Content("\n").join(detail_lines(row, today, app))


def detail_lines(row: SkillRow, today: date, app: object = None) -> list[Content]:
    """The selected item's lines, most useful first (``fitted`` says what a short box cuts)."""
    meta = [plain(row.kind.label), plain(status_phrase(row))]
    if row.target_unreadable:  # written over elsewhere: said, as the lists say it
        meta.append(plain(f"target {UNREADABLE_DAY}", "$text-warning"))
    if row.target_date is not None:
        when = describe_relative(row.target_date, today)
        if is_overdue(row.target_date, row.status, today):
            late = late_words(row.target_date, row.status, today)
            # How late first, as Today says it: a narrow detail cuts the day, not the days.
            meta.append(plain(f"{late}: target {row.target_date.isoformat()}", "$text-warning"))
        else:
            meta.append(plain(f"target {row.target_date.isoformat()} ({when})"))
    lines = [plain(_one_line(row.title), "bold"), _DOT.join(meta), source_phrase(row, app)]
    lines += resource_lines(row, app)
    if row.why:
        lines.append(markup_with("[dim]Why:[/dim] $why", why=_one_line(row.why)))
    if row.notes:
        lines.append(markup_with("[dim]Notes:[/dim] $notes", notes=_one_line(row.notes)))
    if not row.resources:
        lines.append(
            markup_with(
                "[dim]No links to learn from yet; [b]$key[/b] adds them.[/dim]",
                key=key_of(app, "skills.edit", "e"),
            )
        )
    return lines


def more_sign(app: object = None) -> Content:
    """What the last line of a box too short for the item ends with: that more is there, and
    the key that shows it all (the edit form), as bound."""
    return markup_with(
        "[dim]↓ more · [b]$key[/b] shows all[/dim]", key=key_of(app, "skills.edit", "e")
    )


def fitted(lines: list[Content], rows: int, width: int, app: object = None) -> list[Content]:
    """``lines`` as a box of ``rows`` lines of ``width`` cells shows them: all of them where
    they fit; else the first ``rows``, the last cut to end with ``more_sign``. At 80x24 the
    box showed three lines, and its link, Why and notes were cut with no sign of them."""
    if rows <= 0 or len(lines) <= rows:
        return lines
    sign = more_sign(app)
    last = lines[rows - 1]
    room = width - sign.cell_length - 2
    if room < 8:  # too narrow for both: the sign alone
        return [*lines[: rows - 1], sign]
    if last.cell_length > room:
        last = last.truncate(room, ellipsis=True)
    return [*lines[: rows - 1], last.pad_right(width - sign.cell_length - last.cell_length) + sign]


class SkillDetail(Static):
    """The selected item, under the board or the list."""

    _row: SkillRow | None = None
    _today: date | None = None

    def on_mount(self) -> None:
        self.border_subtitle = key_hint(None, self.app)

    def show(self, row: SkillRow | None, today: date) -> None:
        self.display = row is not None
        self._row, self._today = row, today
        if row is None:
            return
        lines = detail_lines(row, today, self.app)
        size = self.content_region.size
        shown = fitted(lines, size.height, size.width, self.app) if size.area else lines
        cut = len(shown) < len(lines) or shown[-1] is not lines[len(shown) - 1]
        # The link's line in sight: the first resource with a URL, among those listed
        # (title, kind and source come before them), and not on a line the box cuts.
        index = _first_link_index(row)
        at = 3 + index
        link_shown = index < _SHOWN_RESOURCES and (not cut or at < len(shown) - 1)
        hint = key_hint(row, self.app, link_shown=link_shown)
        if hint.markup != self.border_subtitle:
            self.border_subtitle = hint  # only when it changes: a cursor move repaints no more
        # The box has a fixed height (the board does not jump as the cursor moves),
        # so a new item needs no relayout, which a cursor move should not pay for.
        self.update(Content("\n").join(shown), layout=False)

    def on_resize(self) -> None:
        """What fits the box's new size: the compact layout gives it fewer lines."""
        if self._row is not None and self._today is not None:
            self.show(self._row, self._today)


# What the suggestion's first line says before the no's name, and after it, in cells; and
# the room its quote keeps beside a long name ("“Mostly technical. I never…").
_LEAD_CELLS = len("Suggestion · your reflection on ") + len(": “")
_QUOTE_CELLS = 18


def _no_named(suggestion: SoftSkillSuggestion, width: int | None) -> str:
    """The no the suggestion comes from, "Company (Role)" as the notes name it: two noes at
    one company told apart. On a narrow line it is cut part by part (``clip_app_name``) to
    leave its quote room, or to half the line's room when that is less."""
    if width is None:
        return app_name(suggestion.company, suggestion.role)
    room = width - _LEAD_CELLS
    return clip_app_name(suggestion.company, suggestion.role, max(room - _QUOTE_CELLS, room // 2))


# The suggestion's question and its keys' words, longest first: the first that fits is
# shown, so the words go before a key is cut (at 60x20 the line ended "A add it  X n…",
# and the key bar names neither key).
_CHOICES = (
    ("Add a soft-skill item to practise that?", "add it", "not for this one"),
    ("Add a soft-skill item to practise that?", "add it", "not now"),
    ("Practise that as a skill?", "add it", "not now"),
    ("Practise that?", "add", "no"),
    ("", "add", "no"),
)


def suggestion_content(
    suggestion: SoftSkillSuggestion,
    position: int,
    count: int,
    app: object = None,
    width: int | None = None,
) -> Content:
    """Two lines: what the reflection said (cut at its end where it is too long), then the
    choice in the first of its forms that fits ``width`` cells (``_CHOICES``)."""
    more = (
        markup_with("  [dim]$position of $count[/dim]", position=position, count=count)
        if count > 1
        else Content("")
    )
    said = markup_with(
        "[b $text-accent]Suggestion[/] [dim]·[/dim] your reflection on [b]$company[/b]: “$quote”",
        company=_no_named(suggestion, width),
        quote=_one_line(suggestion.answer, 110),
    )
    keys = {
        "add": key_of(app, "skills.accept_suggestion", "A"),
        "dismiss": key_of(app, "skills.dismiss", "X"),
    }
    choices = [
        markup_with(
            "$question[b]$add[/b] $yes  [b]$dismiss[/b] $no",
            question=f"{question}  " if question else "",
            yes=yes,
            no=no,
            **keys,
        )
        + more
        for question, yes, no in _CHOICES
    ]
    choice = next(
        (line for line in choices if width is None or line.cell_length <= width), choices[-1]
    )
    return Content("\n").join([said, choice])


class SkillSuggestionBar(Static):
    """A soft-skill item the person might want: suggested, never created on its own."""

    _suggestions: list[SoftSkillSuggestion] = []  # noqa: RUF012  # replaced, never changed
    _width = 0

    def show(self, suggestions: list[SoftSkillSuggestion]) -> None:
        self.display = bool(suggestions)
        self._suggestions = suggestions
        self._width = self.content_region.width
        if suggestions:
            self.update(
                suggestion_content(
                    suggestions[0], 1, len(suggestions), self.app, self._width or None
                )
            )

    def on_resize(self) -> None:
        """The choice's words fit the new width."""
        if self.content_region.width != self._width:
            self.show(self._suggestions)
