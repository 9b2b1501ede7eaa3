"""Today's words: a due item's line, the people strip and the check-in (the figures' are
ui/today/figures.py's)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.dates import day_time
from bounceback_tui.domain.due import DueItem, DueKind, urgency
from bounceback_tui.domain.due_said import (
    as_said,
    days_late,
    describe_due,
    describe_due_short,
    has_day,
)
from bounceback_tui.domain.moods import MOODS
from bounceback_tui.ui.kit.cells import clip, clip_app_name
from bounceback_tui.ui.kit.text import plain, plain_line

if TYPE_CHECKING:
    from bounceback_tui.services.today import TodaySummary

    # Read after the first paint (services/today_people): not imported before it.
    from bounceback_tui.services.today_people import InterviewSoon, PeopleToday
    from bounceback_tui.ui.today.due_fit import DueWords, Named

MOOD_WORDS = dict(MOODS)
_ICONS = {
    DueKind.FOLLOW_UP: "✉",
    DueKind.PERSON_FOLLOW_UP: "✉",
    DueKind.FEEDBACK_REQUEST: "?",
    DueKind.RECOVERY_STEP: "☐",  # a box to tick: still to do
    DueKind.SKILL_TARGET: "↑",  # the Skills pane's, as for a skill in progress
    DueKind.LONG_PAST_FOLLOW_UPS: "✉",
    DueKind.GHOSTED: "◌",  # an empty, dotted circle: no word (not "…", which reads as a cut)
    DueKind.THOUGHT_DRAFT: "✎",
    DueKind.SKILL_IN_PROGRESS: "↑",
}


def when_text(item: InterviewSoon) -> str:
    return day_time(item.local_start(), clock.today())


class PeopleLines:
    """The people strip's lines, and which of them a short board keeps. (A plain class:
    this module is imported before the first paint, a NamedTuple's annotations are not.)

    Each line in three parts: its words, the key that acts on it ("  (h)", or nothing) and
    what may follow ("  prepare: …"). A line too long for the strip keeps its key whole and
    cuts its words before it: at 60 columns "How did it go? Phone screen at Lumen Health,
    Thu 3 Dec…" lost its "(h)", and nothing on screen said which key answers it."""

    __slots__ = ("_fitted", "ahead", "bare", "kept", "lines", "order", "shorter", "text")

    def __init__(
        self,
        lines: tuple[tuple[Content, Content, Content], ...],
        order: tuple[int, ...] = (),
        kept: int = 0,
        ahead: tuple[tuple[int, ...], int] = ((), 0),
        shorter: dict[int, Content] | None = None,
        bare: dict[int, Content] | None = None,
    ) -> None:
        self.lines = lines
        # A line's words without the interview's own time, where even the shorter words are
        # too long: the ask at 80 columns read "Fri 13 Mar 08:30 (09:30…  (h)".
        self.bare = bare or {}
        # A line's shorter words, taken when the line is too long for its strip (before its
        # words or what to prepare is cut): an interview's own time with its zone's place
        # ("(10:00 New York)") in place of the zone's full name.
        self.shorter = shorter or {}
        self.text = Content("\n").join(Content.assemble(*line) for line in lines)  # every line
        self.order = order or tuple(range(len(lines)))  # kept longest first
        self.kept = kept  # the first of ``order`` always shown (the next interview)
        # The lines of interviews ahead (and the "and N more" line last, if there is one),
        # and how many interviews are ahead in all.
        self.ahead = ahead
        self._fitted: dict[tuple[int, int, int], Content] = {}

    def unshown(self, rows: list[int]) -> tuple[int, int]:
        """For the lines ``rows`` shows, the last interview's line shown and how many
        interviews ahead no line shown names, to say "+N more" on it: at 80x24 the strip
        showed one interview and no word of the eight others (a stranger's walk). (-1, 0)
        when every one is named, or none is shown to say it on."""
        lines, total = self.ahead
        named = [line for line in lines[:2] if line in rows]
        if not named or (len(lines) > 2 and lines[2] in rows):
            return -1, 0
        return named[-1], total - len(named)

    def fitted(self, width: int, more_on: int = -1, more: int = 0) -> Content:
        """Every line for a strip ``width`` cells wide: one too long with its words cut
        before its key, what follows the key cut at the line's end (the strip's ellipsis);
        line ``more_on`` saying "+``more`` more" after its key, kept whole as the key is."""
        found = self._fitted.get((width, more_on, more))
        if found is None:
            from bounceback_tui.ui.today.board_rows import with_key

            tail = plain(f"  +{more} more", "$text-muted")
            told = tail if more else Content("")
            # The shorter words when the line is too long with "+N more" on it too: measured
            # without it, the zone's full name stayed and the company was cut at 80x24.
            # One rule for every line: where one names its zone by its place, they all do
            # ("(10:00 Kolkata)" stood over "(09:00 Asia/Kathmandu)").
            short = any(
                (words + key + after + (told if n == more_on else Content(""))).cell_length > width
                for n, (words, key, after) in enumerate(self.lines)
                if n in self.shorter
            )
            lines = [
                (self.shorter[n], key, after)
                if short and n in self.shorter
                else (words, key, after)
                for n, (words, key, after) in enumerate(self.lines)
            ]
            lines = [
                (self.bare[n], key, after)
                if n in self.bare and (words + key + after).cell_length > width
                else (words, key, after)
                for n, (words, key, after) in enumerate(lines)
            ]
            if more and 0 <= more_on < len(lines):
                words, key, after = lines[more_on]
                whole = (words + key + after + tail).cell_length <= width
                # After what to prepare if it all fits; else in its place, kept as the key is.
                told = key + after + tail if whole else key + tail
                lines[more_on] = (words, told, Content(""))
            found = self._fitted[(width, more_on, more)] = Content("\n").join(
                words + key + after
                if (words + key).cell_length <= width
                else with_key(words, key, width)
                for words, key, after in lines
            )
        return found


def people_text(people: PeopleToday, how_key: str = "h", change_key: str = "N") -> PeopleLines:
    """The interviews ahead (and what to prepare), how one went, people to follow up. The
    first interview ahead names the key that changes one (on the key bar too, while it
    lists an interview). On a board too short for them
    all, the next interview (in the next ``UPCOMING_DAYS`` days) is kept first (layout.py
    gives it a line whatever the height), then the lines in their order."""
    from bounceback_tui.domain.interviews import own_time

    lines: list[tuple[Content, Content, Content]] = []  # words, key, what follows
    shorter: dict[int, Content] = {}
    bare: dict[int, Content] = {}
    none = Content("")
    kept: int | None = None
    if people.awaiting:  # first: the box shows four lines at most
        item = people.awaiting[0]
        asked = plain("How did it go? ", "bold $text-accent")
        said = f"{item.kind.label} at {item.company}, {when_text(item)}"
        words = asked + plain(said)
        theirs = own_time(item.starts_at, item.zone, clock.zone())
        if theirs:  # its own time too, as the interviews ahead have it
            words = asked + plain(f"{said} ({theirs})")
            short = own_time(item.starts_at, item.zone, clock.zone(), short=True)
            shorter[len(lines)] = asked + plain(f"{said} ({short})")
            bare[len(lines)] = asked + plain(said)
        lines.append((words, plain(f"  ({how_key})", "$text-muted"), none))
    ahead: list[int] = []
    for place, item in enumerate(people.upcoming[:2]):
        ahead.append(len(lines))
        what = plain_line(f"{item.kind.label}: {item.company}")
        words = plain(f"{when_text(item)}  ", "bold") + what
        theirs = own_time(item.starts_at, item.zone, clock.zone())
        if theirs:  # the time they gave, as People's detail shows it: "(10:00 America/New_York)"
            bold = plain(f"{when_text(item)} ", "bold")
            words = bold + plain(f"({theirs})  ") + what
            short = own_time(item.starts_at, item.zone, clock.zone(), short=True)
            shorter[len(lines)] = bold + plain(f"({short})  ") + what
        key = after = none
        if place == 0:
            key = plain(f"  ({change_key})", "$text-muted")
            # The next interview this week is kept whatever the height: at 80x24 a busy
            # due list left the strip one line, the ask, and no word of it.
            kept = len(lines)
        if item.prep_notes.strip():
            first = item.prep_notes.strip().splitlines()[0]
            after = plain(f"  prepare: {first}", "$text-muted")
        lines.append((words, key, after))
    if len(people.upcoming) > 2:
        # Interviews in the next UPCOMING_DAYS days, not this Monday-to-Sunday week (the
        # figures' "This week" is that): "and 8 more this week" counted the one, beside the other.
        more = plain(f"and {len(people.upcoming) - 2:,} more in the next 7 days", "$text-muted")
        ahead.append(len(lines))
        lines.append((more, none, none))
    order = list(range(len(lines)))
    if kept is not None:
        order.remove(kept)
        order.insert(0, kept)
    return PeopleLines(
        tuple(lines),
        tuple(order),
        int(kept is not None),
        (tuple(ahead), len(people.upcoming)),
        shorter,
        bare,
    )


def mood_text(summary: TodaySummary, check_in_key: str = "c") -> Content:
    if summary.check_in is None:
        return Content.assemble(
            ("No check-in yet today · ", "$text-muted"), plain(check_in_key, "bold $text-muted")
        )
    mood, note = summary.check_in
    parts: list[Content | tuple[str, str]] = [
        ("Mood today: ", "$text-muted"),
        (f"{mood}/5", "bold"),
        (f" ({MOOD_WORDS[mood]})", "$text-muted"),
    ]
    if note:
        parts.append(plain(f" · {note}", "$text-muted"))
    return Content.assemble(*parts)


def due_prompt(item: DueItem, summary: TodaySummary, *, hard: bool = False) -> DueWords:
    """A due item's line in two parts: what is due, and how late when it is flagged
    ("  3 days late"; empty otherwise, the day then in the first part, in the same words
    for an item past its day not flagged); the first part with each of the item's shorter
    titles; the cells of the name in the title and the first part with that name cut to a
    number of cells ("Ask Riverst… for feedback"), with its day or without it (an item not
    flagged), and the cells a shorter title saves it; and how late in fewer cells ("  3d
    late", then "  late"; none when not flagged). A line too long for its box cuts the
    name, or takes the first of the shorter forms that fits, or cuts the last, before the
    second part (due_fit.DuePrompt). On a ``hard`` day (``TodaySummary.hard_day``) an
    item past its day reads as one not yet flagged ("8 days late", muted): no warning
    colour (``domain/due_said.as_said``, as the `today` command says it)."""
    item = as_said(item, hard)
    # Content (not Rich Text) so the theme's $variables colour it in any theme.
    style = {0: "bold", 1: "", 2: "$text-muted", 3: ""}[urgency(item)]
    when = describe_due(item, summary.today)
    # When an item with a day is due stands at the line's end, one column for every line,
    # flagged or not ("today", "3 days late", "in 4 days"), in the warning colour when it
    # is flagged; a plan's "+5 more" with it. A line too long cuts its words before it: at
    # 80x24 "✉ Globex Corporation International…" had lost its "today", and a step its
    # "(+5 more)" and its day. (Drafts, quiet applications and skills in progress say their
    # day inline: they are never late.)
    warn = "$text-warning" if item.flagged else "$text-muted"
    more = Content.styled(f" (+{item.more:,} more)", "$text-muted") if item.more else Content("")
    late = more + Content.styled(f"  {when}", warn) if has_day(item) and when else None
    late_by = days_late(item, summary.today)
    forms = [t.removesuffix(f" (+{item.more:,} more)") for t in (item.title, *item.shorter)]

    def what(title: str, dated: bool = True) -> Content:
        return Content.assemble(
            (f"{_ICONS[item.kind]} ", "bold $text-warning" if item.flagged else "$text-muted"),
            plain(title, style),
            (f"  {when}" if dated and when and late is None else "", "$text-muted"),
        )

    named: Named | None = None
    if item.name and item.name in item.title:
        # How late stays whole where a shorter title leaves the name room (two follow-ups
        # at one company: "Acme (Machine…)  4 days late", not "…  4d late").
        titles = [cell_len(t) for t in item.shorter if item.name in t]
        spare = cell_len(item.title) - min(titles) if titles and late is not None else 0
        named = (
            cell_len(item.name),
            lambda cells, dated: what(_name_cut(item, cells), dated),
            spare,
        )
    late_words: tuple[Content, ...] = ()
    if late is not None:  # "3d late" as the Pipeline's column says it, "in 4d", then "late"
        short = describe_due_short(item, summary.today)
        fewer = (short, "late") if late_by and named is not None else (short,)
        late_words = tuple(more + Content.styled(f"  {words}", warn) for words in fewer)
    return (
        what(forms[0]),
        late or Content(""),
        tuple(map(what, forms[1:])),
        named,
        late_words,
    )


def _name_cut(item: DueItem, cells: int) -> str:
    """``item``'s title with its name in ``cells`` cells, or in a shorter title that keeps
    the name whole, given the cells the title's other words leave ("Quarry & Co (Support
    Engineer): ghosted?" before "No word from Quarry &…: ghosted?"); an application's
    company and role cut part by part (``clip_app_name``)."""
    titles = [t for t in (item.title, *item.shorter) if item.name in t]
    for title in titles:
        room = cells + cell_len(item.title) - cell_len(title)
        if cell_len(item.name) <= room or title == titles[-1]:
            break
    before, _, after = title.partition(item.name)
    name = clip_app_name(*item.parts, room) if item.parts is not None else clip(item.name, room)
    return before + name + after
