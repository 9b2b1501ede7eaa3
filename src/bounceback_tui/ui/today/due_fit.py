"""A due item's line on Today's due list, fitted to its box: what is due, cut or in a
shorter form, and when it is due, whole at the line's end (one column for every line).
ui/today/text.due_prompt makes its words; ui/today/board_rows.py plans the board's rows."""

# Annotations are evaluated (no `from __future__ import annotations`), as in board_rows.py.
from collections.abc import Callable, Iterable

from textual.content import Content

from bounceback_tui.ui.kit.cells import cut_content
from bounceback_tui.ui.today.due_words import (
    cut_words,
    day_of,
    no_more,
    says_day,
    widest,
)

# A due item's words cut before how late it is keep this much at the least (an icon and
# about fourteen letters, "? Ask Riverstone"); with less room the line is cut at its end.
DUE_MIN_CELLS = 16
# Fewer than that, the shortest words are cut to keep how late whole while this much is
# left (an icon and a name's first letters, "✉ Lum…"); with less the line is cut at its end.
LATE_MIN_CELLS = 6
# A due item's words cut where a shorter form of them would fit whole keep this much more
# (" (Dat…": a role's first letters after the company).
CUT_BEYOND_CELLS = 6
# A name cut inside a due item's words keeps this much, its ellipsis included ("River…").
NAME_MIN_CELLS = 6
# ... and this much where how late it is (or its day) has given way ("Ri…"): below 34
# cells "? Ask Riverston…  overdue 21 days" had lost what to do.
NAME_LEAST_CELLS = 3
# The cells a line keeps for when it is due as it picks which of its words' forms to take
# ("  12 days late"), so that its form does not change from day to day.
WHEN_CELLS = 14
SHORT_WHEN_CELLS = 10  # and in fewer cells ("  12d late", "  tomorrow")
# A due item's words cut to fewer cells than this beside its day in full take its fewer
# ("3d late") and keep more of themselves.
ROOMY_CELLS = 24


# A due item's words, made by ui/today/text.due_prompt: what is due, how late it is, what is
# due in its shorter forms, the cells of the name in it and what is due with that name cut
# to a number of cells, with its day or without it (None: no name to cut) and the cells a
# shorter title saves it before how late, and the cells the name keeps at the least before
# how late is said in fewer cells (0: ``NAME_MIN_CELLS``; a plan's name and step more), asked
# only of a line too long for its box (at a company another line names, working it out cost
# a 10,000 store's first frame about 100M instructions, for lines that fitted whole); and
# how late in fewer cells ("  3d late", then "  late"; none where it is not late).
# A plan's words also say how many of its steps are open where its step is left out ("5
# steps open"; "" for another item): its "(+4 more)" is then not said again. Last, where what
# the words say to do is kept before when it is due (a feedback request's "Ask … for
# feedback"; None for another item), the whole words with their name cut to a number of
# cells, and the cells the name keeps in them at the least (asked only of a line too long,
# as above). And where another line is at its company, its words in a number of cells
# without their day, told apart from that line (None where they cannot be; a quiet
# application's: its day gives way before its role).
Kept = tuple[Callable[[int], Content], Callable[[], int]]
Apart = Callable[[int], Content | None]
Named = tuple[
    int, Callable[[int, bool], Content], int, Callable[[], int], str, Kept | None, Apart | None
]
# Last, the words a box leaves out of every line of its kind where one line leaves them out
# ("Skill target: ", "Working on: "; "" for none): its first shorter form is the rest.
DueWords = tuple[Content, Content, tuple[Content, ...], Named | None, tuple[Content, ...], str]


class DuePrompt:
    """A due item's words (``Content``), made the first time they are drawn or read: the
    due list holds up to 40 items and the first frame draws those its box shows (about
    20 on a 40-row terminal). ``str()`` is the words' text, as a ``Content``'s is.

    The words come in two parts: what is due, and how late it is ("  overdue 24 days"; empty
    for an item that is not overdue, whose line is cut at its end). A line too long for its
    box cuts what is due with an ellipsis and keeps how late whole (at 80 columns "overdue
    24 days" was what went first), as long as ``DUE_MIN_CELLS`` of it are left. What is due
    may come shorter too (a follow-up without its role, then its company alone): a form too
    long gives way to the next, so the company is the last thing cut (at 80 columns "✉
    Follow up with L…" kept the words and lost who to follow up with). An item that names
    someone inside its words (a feedback request) cuts the name and keeps the words around
    it, with how late in fewer cells if the days leave too little of the name ("3d late",
    then "overdue"), and with neither how late nor the day where even that leaves too
    little: at 80 columns "? Ask Riverstone…  overdue 24 days" had lost what to do,
    narrower still a line not yet overdue was cut at its end, and then "? Ask Rivers… for
    feedback  overdue" lost how many days, which the follow-ups below it kept."""

    __slots__ = (
        "_bare",
        "_content",
        "_keeps_lead",
        "_lead",
        "_least",
        "_lines",
        "_make",
        "_named",
        "_short",
        "_shorter",
        "_takes_short",
        "_what",
        "_when",
        "_when_words",
    )

    def __init__(self, make: Callable[[], DueWords], least: int = WHEN_CELLS) -> None:
        self._make: Callable[[], DueWords] | None = make
        self._content: Content | None = None
        self._what = self._when = Content("")
        self._shorter: tuple[Content, ...] = ()
        self._when_words: tuple[Content, ...] = ()
        self._named: Named | None = None
        self._least = least  # the cells kept for when it is due as a form is chosen
        self._short: DuePrompt | None = None
        self._takes_short: tuple[int, bool] | None = None
        self._lead = ""
        self._bare: DuePrompt | None = None
        self._keeps_lead: tuple[int, bool, bool] | None = None
        # The lines made at one width, by (short, bare): a box asks a line in view for its
        # line twice or three times a frame (``takes_short``, ``keeps_lead``, drawn).
        self._lines: tuple[int, dict[tuple[bool, bool], Content]] = (0, {})

    @property
    def made(self) -> bool:
        return self._make is None

    @property
    def content(self) -> Content:
        if self._make is not None:
            made = self._make()
            self._what, self._when, self._shorter, self._named, self._when_words, self._lead = made
            self._content, self._make = self._what + self._when, None
        assert self._content is not None
        return self._content

    @property
    def lead(self) -> str:
        """The words a box leaves out of every line of this kind where one leaves them out
        ("Skill target: "; "" for none)."""
        _ = self.content
        return self._lead

    def fitted(self, width: int, short: bool = False, bare: bool = False) -> Content:
        """The words on a line ``width`` cells wide: what is due, in the longest of its
        forms that fits, before how late it is. A form is cut instead where the next one
        begins it and it keeps ``CUT_BEYOND_CELLS`` more ("Lumen Health (Data An…"), and the
        shortest where nothing else fits. A name in the words is cut first (``named``). How
        late it is ends at the line's right edge, on every line, so it reads as a column (a
        line cut at a word's end put it a cell to the left of one cut inside a word).
        ``short``: when it is due in fewer cells from the start ("3d late"), as every line
        of a box says it where one of them does (``takes_short``). ``bare``: without its
        ``lead`` ("Skill target: "), as every line of a box with one says it where one of
        them leaves it out (``said_bare``)."""
        at, lines = self._lines
        if at != width:
            at, lines = width, {}
            self._lines = (at, lines)
        line = lines.get((short, bare))
        if line is None:
            line = lines[(short, bare)] = self._fitted(width, short, bare)
        return line

    def _fitted(self, width: int, short: bool, bare: bool) -> Content:
        content = self.content
        if bare and self._lead and self._shorter:
            if self._bare is None:
                forms = (self._shorter[0], self._when, self._shorter[1:], self._named)
                self._bare = DuePrompt(lambda: (*forms, self._when_words, ""), self._least)
            return self._bare.fitted(width, short)
        if short and self._when_words:
            if self._short is None:
                words = (self._what, self._when_words[0], self._shorter, self._named)
                rest = (self._when_words[1:], self._lead)
                self._short = DuePrompt(lambda: (*words, *rest), SHORT_WHEN_CELLS)
            return self._short.fitted(width)
        # Which form a line takes does not hang on how long its day is: "✉ Follow up with
        # Hooli  today" one day read "✉ Hooli  1 day late" the next.
        if not self._when and content.cell_length <= width:
            return content
        if (
            self._when
            and self._what.cell_length + max(self._when.cell_length, self._least) <= width
        ):
            return self._before_when(self._what, width - self._when.cell_length)
        named = self.named(width)
        if named is not None:
            return named
        if not self._when:
            return self._fit(width, self._when)[0]
        line, whole = self._fit(width, self._when, self._least)
        if whole or not self._when_words:
            return line
        # Cut, it says when in fewer cells ("3d late") where that keeps its words whole, or
        # leaves them fewer than ``ROOMY_CELLS`` (at 80x24 a skill's target read "Skill
        # target: Talk…", a plan's step "Riversto… (+5 more)"), never cutting its day.
        fewer, fewer_whole = self._fit(width, self._when_words[0], SHORT_WHEN_CELLS)
        cramped = width - self._when.cell_length < ROOMY_CELLS
        return fewer if fewer_whole or cramped else line

    def keeps_lead(self, width: int, short: bool) -> bool:
        """Whether the line at ``width`` (``short``: as ``fitted``) says its ``lead`` whole
        (True for a line with none)."""
        if self._keeps_lead is None or self._keeps_lead[:2] != (width, short):
            lead = self.lead
            icon = self._what.plain.partition(" ")[0]
            kept = not lead or self.fitted(width, short).plain.startswith(f"{icon} {lead}")
            self._keeps_lead = (width, short, kept)
        return self._keeps_lead[2]

    def takes_short(self, width: int) -> bool:
        """Whether the line at ``width`` says when it is due in fewer cells than its whole
        words ("76d late", "sent 11mo ago"), or not at all, where it has fewer cells to say."""
        if self._takes_short is None or self._takes_short[0] != width:
            line = self.fitted(width).plain
            said = self._when.plain
            fewer = any(words.plain != said for words in self._when_words)
            self._takes_short = (width, fewer and not line.endswith(said[said.rfind("  ") :]))
        return self._takes_short[1]

    def _fit(self, width: int, when: Content, least: int = 0) -> tuple[Content, bool]:
        """The line with ``when`` at its end, and whether a form of the words is whole. The
        form is chosen for the room ``least`` cells for when leave, or ``when`` itself if
        it is longer: a line's words take the same form whichever day it is due."""
        room = edge = width - when.cell_length
        choose = width - max(when.cell_length, least)
        forms = (self._what, *self._shorter)
        if not when or room < DUE_MIN_CELLS:  # the line is cut at its end
            form = next((form for form in forms if form.cell_length <= room), None)
            if form is None and when and room >= LATE_MIN_CELLS:
                # The shortest form (a company alone) cut, how late kept whole: at 68 to 79
                # columns a follow-up read "✉ Lumen Health  overdue …", its days cut away.
                # A name in it is cut part by part first ("✉ Lu… (Da…)"), never drawn whole
                # past the line's edge.
                form = cut_content(self._name_cut_to(room) or forms[-1], room)
            return self._before_when(forms[-1] if form is None else form, edge, when), False
        for form, after in zip(forms, (*self._shorter, None), strict=True):
            if form.cell_length <= choose:
                return self._before_when(form, edge, when), True
            if after is None or (
                form.plain.startswith(after.plain)
                and choose >= after.cell_length + CUT_BEYOND_CELLS
            ):
                # Cut at a word's end where one is there: "Ask Riverstone…", not
                # "Riverstone …"; never inside a flag or a joined emoji.
                return self._before_when(cut_words(form, room), edge, when), False
        raise AssertionError("the last form is cut")  # pragma: no cover

    def named(self, width: int) -> Content | None:
        """The words with their name cut to fit ``width`` whole ("? Ask Riverst… for
        feedback  overdue 24 days"), then before how late in fewer cells ("…  3d late",
        then "…  overdue"), the name keeping ``NAME_MIN_CELLS`` at the least; then without
        how late or the day ("? Ask Ri… for feedback"), the name keeping
        ``NAME_LEAST_CELLS``; None without a name, or with less room. Words that keep what
        to do (``Named``'s last) keep it, its name keeping its least, before a shorter title
        is taken."""
        if self._named is None:
            return None
        name, cut, spare, least_of, steps_open, keep, apart = self._named
        if keep is not None:
            # What to do kept before the words give way to the name (at 70x24 "? Harbor
            # Freight Tech (Frontend Developer)  was due 26 Nov" had lost "Ask … for
            # feedback"): its day in fewer cells first ("due 26 Nov"), then its name cut,
            # then how late in its fewest cells ("11d late", "late"), then none: at 80x24 a
            # bare "due" read as due today.
            keep_cut, least_kept = keep
            fewest = least_kept()
            whens = (self._when, *self._when_words)
            dated = [w for w in whens if w is self._when or says_day(w.plain)]
            undated = [w for w in whens if all(w is not said for said in dated)]
            fits = [*((when, name) for when in dated), (dated[-1], fewest)]
            for when, keeps in (*fits, *((when, fewest) for when in (*undated, Content("")))):
                over = self._what.cell_length + when.cell_length - width
                if over <= 0 or name - over >= keeps:
                    room = width - when.cell_length
                    words = self._what if over <= 0 else widest(keep_cut, name - over, room)
                    # The cells a cut at a word's end leaves say its day in more words where
                    # they fit: at 66 cells "? Ask Ironbark Security (Machine…) for feedback"
                    # stood seven cells short of "due 23 Feb", room for "was due 23 Feb".
                    left = width - words.cell_length
                    when = next((w for w in whens if w.cell_length <= left), when)
                    return self._before_when(words, width - when.cell_length, when)
        least: int | None = None
        whens = (self._when, *self._when_words)
        for when in whens:
            over = self._what.cell_length + when.cell_length - width
            if over <= 0:
                return self._before_when(self._what, width - when.cell_length, when)
            if least is None:
                least = least_of()
            if name + spare - over >= (least or NAME_MIN_CELLS):
                # A cut at a word's end drops the space before it: padded back to the edge
                # (after a plan's "(+5 more)", which stays with its words).
                room = width - when.cell_length
                words = widest(lambda cells: cut(cells, True), name - over, room)
                if steps_open and no_more(words.plain, steps_open):
                    # A plan's name alone, or "5 steps open", says no "(+4 more)": its cells
                    # are the words' ("Lumen Health (Engineering…)", not "Lumen…
                    # (…Manager)" and a gap).
                    more = when[: max(0, when.plain.rfind("  "))].cell_length
                    wider = cut(name - over + more, True)
                    words = wider if no_more(wider.plain, steps_open) else words
                # The cells a cut at a word's end leaves say how many more are due in more
                # words where they fit, its day as it is: "☐ Sunny Labs: Let… (+11)" stood
                # beside seven empty cells where its "(+11 more)" fits (the name's least was
                # asked of its room before its cut).
                left, day = width - words.cell_length, day_of(when.plain)
                when = next(
                    (w for w in whens if w.cell_length <= left and day_of(w.plain) == day), when
                )
                return self._before_when(words, width - when.cell_length, when)
        if apart is not None and (told := apart(width)) is not None:
            return told  # its day given way, not what tells it apart
        over = cut(name, False).cell_length - width
        if over <= 0:
            return cut(name, False)
        if name - over >= NAME_LEAST_CELLS:
            return widest(lambda cells: cut(cells, False), name - over, width)
        return None

    def _name_cut_to(self, room: int) -> Content | None:
        """The shortest form of the words with their name cut to fit ``room`` cells (None
        without a name): the name's cells in the title less what the rest takes."""
        if self._named is None:
            return None
        name, cut, spare, _least, _open, _keep, _apart = self._named
        cells = name + room + spare - self._what.cell_length
        return cut(max(1, cells), True) if cells >= 1 else None

    def _before_when(self, what: Content, room: int, when: Content | None = None) -> Content:
        """``what``, padded to ``room`` cells when it is shorter, then when it is due."""
        when = self._when if when is None else when
        if not when:
            return what
        # A plan's "(+5 more)" stays with its words, the padding after it.
        at = when.plain.rfind("  ")
        steps_open = self._named[4] if self._named is not None else ""
        if at > 0 and steps_open and no_more(what.plain, steps_open):
            # "5 steps open" says its "(+4 more)"; a plan's name alone says no step to count
            # more of ("☐ Riverstone Legal  25d late", not "… (+4)"). Its cells padded:
            # how late stays at the line's end ("5 steps open  25d late" stood apart).
            room += when[:at].cell_length
            when, at = when[at:], 0
        pad = Content(" " * max(0, room - what.cell_length))
        return what + when[:at] + pad + when[at:] if at > 0 else what + pad + when

    def __str__(self) -> str:
        return str(self.content)


def said_bare(prompts: Iterable[object], width: int, short: bool) -> bool:
    """Whether a box of due lines leaves out their leads ("Skill target: ", "Working on: "):
    where any of ``prompts`` (those in view) has to at ``width``. One form in a box: at 100x30
    "↑ Talking through trade-offs out loud" stood above "↑ Skill target: System design
    interviews", and at 80x24 "↑ System design…" above "↑ Working on…"."""
    return any(
        isinstance(prompt, DuePrompt) and not prompt.keeps_lead(width, short) for prompt in prompts
    )


def said_short(prompts: Iterable[object], width: int) -> bool:
    """Whether a box of due lines says when each is due in fewer cells ("3d late", "sent
    11mo ago"): where any of ``prompts`` (those in view) has to at ``width``. One form in a
    box: at 80x24 "24d late" stood beside "7 days late"."""
    return any(isinstance(prompt, DuePrompt) and prompt.takes_short(width) for prompt in prompts)
