"""Today's people strip: the interviews ahead (and what to prepare), how one went, people to
follow up; each line fitted to the strip's width."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content

from bounceback_tui import clock
from bounceback_tui.domain.dates import near_day_time
from bounceback_tui.domain.text import app_name, to_word_end
from bounceback_tui.ui.kit.cells import clip_app_name, cut_content
from bounceback_tui.ui.kit.text import plain, plain_line

if TYPE_CHECKING:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    # Imported by the read with the due list (ui/today/people_part.py), not by this module.
    from bounceback_tui.services.today_people import InterviewSoon, PeopleToday

# What an application's name keeps on a line too long for it, before the line is cut at
# its end instead ("Lumen Health (Da…)": fewer cells tell nothing apart).
NAME_MIN_CELLS = 12


def when_text(item: InterviewSoon) -> str:
    """ "today 14:00", "tomorrow 15:00", "Wed 20 Jan 10:00" (``near_day_time``)."""
    return near_day_time(item.local_start(), clock.today())


class PeopleLines:
    """The people strip's lines, and which of them a short board keeps. (A plain class:
    this module is imported before the first paint, a NamedTuple's annotations are not.)

    Each line in three parts: its words, the key that acts on it ("  (h)", or nothing) and
    what may follow ("  prepare: …"). A line too long for the strip keeps its key whole and
    cuts its words before it: at 60 columns "How did it go? Phone screen at Lumen Health,
    Thu 3 Dec…" lost its "(h)", and nothing on screen said which key answers it."""

    __slots__ = (
        "_fitted",
        "ahead",
        "apps",
        "bare",
        "kept",
        "lines",
        "order",
        "plainer",
        "shorter",
        "text",
    )

    def __init__(
        self,
        lines: tuple[tuple[Content, Content, Content], ...],
        order: tuple[int, ...] = (),
        kept: int = 0,
        ahead: tuple[tuple[int, ...], int] = ((), 0),
        shorter: dict[int, Content] | None = None,
        bare: dict[int, Content] | None = None,
        apps: dict[int, tuple[str, str]] | None = None,
        plainer: dict[int, tuple[Content, ...]] | None = None,
    ) -> None:
        self.lines = lines
        # An interview's plainer words, each taken in turn while the line would keep fewer
        # than NAME_MIN_CELLS of the company: without the other zone's time, then without the
        # kind too. At 40 columns "today 10:30 (Sat 16…  (N)" read as a date and named no
        # company (a tester's walk).
        self.plainer = plainer or {}
        # A line's words without the interview's own time, where even the shorter words are
        # too long: the ask at 80 columns read "Fri 13 Mar 08:30 (09:30…  (h)".
        self.bare = bare or {}
        # The company and role a line names, "Company (Role)" (``app_name``): a line still too
        # long cuts them part by part (``clip_app_name``) before its day or time, so two
        # applications at one company stay told apart and the day stays whole.
        self.apps = apps or {}
        # A line's shorter words, taken when the line is too long for its strip (before its
        # words or what to prepare is cut): an interview's own time with its zone's place
        # ("(10:00 New York)") in place of the zone's full name.
        self.shorter = shorter or {}
        self.text = Content("\n").join(Content.assemble(*line) for line in lines)  # every line
        self.order = order or tuple(range(len(lines)))  # kept longest first
        self.kept = kept  # the first of ``order`` always shown (the next interview, the ask)
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
            for n, plainer in self.plainer.items():
                words, key, after = lines[n]
                room = width - (key + (tail if more and n == more_on else Content(""))).cell_length
                fewer = next((w for w in plainer if self._names_app(n, w, room)), plainer[-1])
                lines[n] = (words if self._names_app(n, words, room) else fewer, key, after)
            if more and 0 <= more_on < len(lines):
                words, key, after = lines[more_on]
                whole = (words + key + after + tail).cell_length <= width
                # After what to prepare if it all fits; else in its place, kept as the key is.
                told = key + after + tail if whole else key + tail
                lines[more_on] = (words, told, Content(""))
            found = self._fitted[(width, more_on, more)] = Content("\n").join(
                words + key + _prepare_cut(after, width - (words + key).cell_length)
                if (words + key).cell_length <= width
                else with_key(self._named_in(n, words, width - key.cell_length), key, width)
                for n, (words, key, after) in enumerate(lines)
            )
        return found

    def _names_app(self, line: int, words: Content, room: int) -> bool:
        """Whether ``words`` in ``room`` cells keep NAME_MIN_CELLS of the application they
        name, or all of it."""
        if words.cell_length <= room or line not in self.apps:
            return True
        others = words.cell_length - plain_line(str(app_name(*self.apps[line]))).cell_length
        return room - others >= NAME_MIN_CELLS

    def _named_in(self, line: int, words: Content, room: int) -> Content:
        """``words`` in ``room`` cells where they fit with the application they name cut part
        by part ("Phone screen at Lumen Health (Data…), Fri 13 Mar 08:30"); else as they are
        (the caller cuts them at their end)."""
        if line not in self.apps:
            return words
        company, role = self.apps[line]
        name = str(app_name(company, role))
        start = words.plain.rfind(name)
        others = words.cell_length - plain_line(name).cell_length
        if start < 0 or room - others < NAME_MIN_CELLS:
            return words
        cut = clip_app_name(company, role, room - others, words=True)  # never "(Pla…)"
        return words[:start] + plain_line(cut) + words[start + len(name) :]


def _own_time(starts_at: datetime, zone: str, viewer: ZoneInfo, *, short: bool = False) -> str:
    """``domain/zone_time.own_time``, imported once there is an interview to show: with
    none, the first paint does without that module (its time zones, its patterns)."""
    from bounceback_tui.domain.zone_time import own_time

    return own_time(starts_at, zone, viewer, short=short)


def people_text(
    people: PeopleToday, how_key: str = "h", change_key: str = "N", again_key: str = "ctrl+r"
) -> PeopleLines:
    """The interviews ahead (and what to prepare), how one went, people to follow up. The
    first interview ahead names the key that changes one (on the key bar too, while it
    lists an interview). On a board too short for them
    all, the next interview (in the next ``UPCOMING_DAYS`` days) and the ask about one over
    are kept first (layout.py gives them a line each whatever the height), then the lines in
    their order. Interviews that could not be read are said so, with why and the key that
    reads again (``again_key``), kept whatever the height: never no line, as if none."""
    if people.unread:
        unread = plain("Your interviews could not be read: ", "bold $text-warning")
        again = plain(f"  ({again_key} reads again)", "$text-muted")
        return PeopleLines(((unread + plain_line(people.unread), again, Content("")),), (0,), 1)
    lines: list[tuple[Content, Content, Content]] = []  # words, key, what follows
    shorter: dict[int, Content] = {}
    bare: dict[int, Content] = {}
    plainer: dict[int, tuple[Content, ...]] = {}
    none = Content("")
    kept: int | None = None
    if people.awaiting:  # first: the box shows four lines at most
        item = people.awaiting[0]
        asked = plain("How did it go? ", "bold $text-accent")
        said = f"{item.kind.label} at {app_name(item.company, item.role)}, {when_text(item)}"
        # The others waiting, which `today` lists each of and `h` asks about in turn (the
        # next once this one is noted): the strip asked of one and said nothing of them.
        others = people.awaiting_more  # all of them, not the few read
        waiting = plain(f" (and {others:,} more)", "$text-muted") if others else none
        words = asked + plain(said) + waiting
        theirs = _own_time(item.starts_at, item.zone, clock.zone())
        if theirs:  # its own time too, as the interviews ahead have it
            words = asked + plain(f"{said} ({theirs})") + waiting
            short = _own_time(item.starts_at, item.zone, clock.zone(), short=True)
            shorter[len(lines)] = asked + plain(f"{said} ({short})") + waiting
            bare[len(lines)] = asked + plain(said) + waiting
        lines.append((words, plain(f"  ({how_key})", "$text-muted"), none))
    apps = {n: (item.company, item.role) for n, item in enumerate(people.awaiting[:1])}
    ahead: list[int] = []
    for place, item in enumerate(people.upcoming[:2]):
        ahead.append(len(lines))
        apps[len(lines)] = (item.company, item.role)
        what = plain_line(f"{item.kind.label}: {app_name(item.company, item.role)}")
        words = plain(f"{when_text(item)}  ", "bold") + what
        theirs = _own_time(item.starts_at, item.zone, clock.zone())
        if theirs:  # the time they gave, as People's detail shows it: "(10:00 America/New_York)"
            bold = plain(f"{when_text(item)} ", "bold")
            words = bold + plain(f"({theirs})  ") + what
            short = _own_time(item.starts_at, item.zone, clock.zone(), short=True)
            shorter[len(lines)] = bold + plain(f"({short})  ") + what
        when = plain(f"{when_text(item)}  ", "bold")
        plainer[len(lines)] = (
            when + what,
            when + plain_line(str(app_name(item.company, item.role))),
        )
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
    # An interview whose time was overwritten (another program): said, kept whatever the
    # height, never left out as if there were none; any others counted.
    unread_at = len(lines) if people.unreadable else None
    for overwritten in people.unreadable[:1]:
        others = people.unreadable_more  # all of them, not the ten read
        more = plain(f" (and {others:,} more like it)", "$text-muted") if others else none
        lines.append((plain_line(overwritten.said(), "$text-warning") + more, none, none))
    if people.upcoming_count > 2:
        # Interviews in the next UPCOMING_DAYS days, not this Monday-to-Sunday week (the
        # figures' "This week" is that): "and 8 more this week" counted the one, beside the other.
        left = people.upcoming_count - 2  # all of them, not the ten read
        more = plain(f"and {left:,} more in the next 7 days", "$text-muted")
        ahead.append(len(lines))
        lines.append((more, none, none))
    # Kept whatever the height, in this order where even they do not all fit: the next
    # interview (the one coming), then the ask about one over (waiting for its note, best
    # written while it is fresh: at 80x24 a kept card or a welcome back took its row, and at
    # 60x20 it had none). ui/today/layout.py says what comes after them.
    firsts = [n for n in (kept, 0 if people.awaiting else None, unread_at) if n is not None]
    order = firsts + [n for n in range(len(lines)) if n not in firsts]
    return PeopleLines(
        tuple(lines),
        tuple(order),
        len(firsts),
        (tuple(ahead), people.upcoming_count),
        shorter,
        bare,
        apps,
        plainer,
    )


def _prepare_cut(after: Content, room: int) -> Content:
    """What to prepare ("  prepare: Re-read the posting") in ``room`` cells, cut at a word's
    end ("  prepare: Re-read the…", not "…the postin…"), or left out where no whole word of
    it fits (at 100x30 "prepare…" said nothing)."""
    if after.cell_length <= room:
        return after
    label = after.plain.find(": ") + 2
    cut = cut_content(after, room)
    said = to_word_end(after.plain, cut.plain)
    if label < 2 or len(said) - 1 <= label:
        return Content("")
    return Content(said, list(after[: len(said)].spans), strip_control_codes=False)
