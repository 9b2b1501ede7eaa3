"""Where each part of Today's board stands: a plan of its rows, and the due list's cursor.

The board (ui/today/board.py) draws, in this order: the top line (the date, the check-in),
a blank line, the next step (its title, then why it is next), the coping card and
suggestions, a blank line and the people strip, the due list beside the figures (two
boxes) and the trends (a box).
How a short terminal shares its height is ui/today/layout.py's; this module turns that
into rows. Below ``STACK_BELOW`` columns the due list beside the figures' 36 would be a
sliver (11 cells at 48 columns): the due list takes the whole width, and the figures and
then the trends come under it, each only where it fits whole with at least five due
items above it (``STACKED_DUE_MIN``); the strips above share what the five items and the
figures leave, in layout.py's order. On a board shorter than all that, the boxes end at its
bottom (the trends only where they fit whole): the due list shows the items that fit, its
cursor on a line in sight, and its bottom edge counts those below ("+15 more").
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from collections.abc import Callable
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style
from textual.content import Content

from bounceback_tui.ui.kit.cells import cut_at_word, cut_content
from bounceback_tui.ui.today.layout import CARDS_MIN_LINES, TOP_LINES, TRENDS_LINES, fit_today

FIGURES_WIDTH = 36  # the figures box, borders included
CARDS_GAP = 1  # columns between the due list's box and the figures'
DUE_MIN_WIDTH = 30  # the due list's box beside the figures, at the least
STACK_BELOW = FIGURES_WIDTH + CARDS_GAP + DUE_MIN_WIDTH
# Narrower than this, the next step's title and its key are cut as one line.
MIN_TITLE_CELLS = 12
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
STACKED_DUE_MIN = 7  # the due list's box over the figures: five items and its border
BOX_MIN_LINES = 3  # a box with one line in it: what the due list keeps on the shortest board


# A due item's words, made by ui/today/text.due_prompt: what is due, how late it is, what is
# due in its shorter forms, the cells of the name in it and what is due with that name cut
# to a number of cells, with its day or without it (None: no name to cut) and the cells a
# shorter title saves it before how late, and how late in fewer cells ("  3d late", then
# "  overdue"; none where it is not overdue).
Named = tuple[int, Callable[[int, bool], Content], int]
DueWords = tuple[Content, Content, tuple[Content, ...], Named | None, tuple[Content, ...]]


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

    __slots__ = ("_content", "_make", "_named", "_shorter", "_what", "_when", "_when_words")

    def __init__(self, make: Callable[[], DueWords]) -> None:
        self._make: Callable[[], DueWords] | None = make
        self._content: Content | None = None
        self._what = self._when = Content("")
        self._shorter: tuple[Content, ...] = ()
        self._when_words: tuple[Content, ...] = ()
        self._named: Named | None = None

    @property
    def made(self) -> bool:
        return self._make is None

    @property
    def content(self) -> Content:
        if self._make is not None:
            made = self._make()
            self._what, self._when, self._shorter, self._named, self._when_words = made
            self._content, self._make = self._what + self._when, None
        assert self._content is not None
        return self._content

    def fitted(self, width: int) -> Content:
        """The words on a line ``width`` cells wide: what is due, in the longest of its
        forms that fits, before how late it is. A form is cut instead where the next one
        begins it and it keeps ``CUT_BEYOND_CELLS`` more ("Lumen Health (Data An…"), and the
        shortest where nothing else fits. A name in the words is cut first (``named``). How
        late it is ends at the line's right edge, on every line, so it reads as a column (a
        line cut at a word's end put it a cell to the left of one cut inside a word)."""
        content = self.content
        room = width - self._when.cell_length
        if content.cell_length <= width:
            return self._before_when(self._what, room) if self._when else content
        named = self.named(width)
        if named is not None:
            return named
        forms = (self._what, *self._shorter)
        if not self._when or room < DUE_MIN_CELLS:  # the line is cut at its end
            form = next((form for form in forms if form.cell_length <= room), None)
            if form is None and self._when and self._named is None and room >= LATE_MIN_CELLS:
                # The shortest form (a company alone) cut, how late kept whole: at 68 to 79
                # columns a follow-up read "✉ Lumen Health  overdue …", its days cut away.
                form = cut_content(forms[-1], room)
            return self._before_when(forms[-1] if form is None else form, room)
        for form, after in zip(forms, (*self._shorter, None), strict=True):
            if form.cell_length <= room:
                return self._before_when(form, room)
            if after is None or (
                form.plain.startswith(after.plain) and room >= after.cell_length + CUT_BEYOND_CELLS
            ):
                # Cut at a word's end where one is there: "Ask Riverstone…", not
                # "Riverstone …"; never inside a flag or a joined emoji.
                return self._before_when(cut_content(form, room), room)
        raise AssertionError("the last form is cut")  # pragma: no cover

    def named(self, width: int) -> Content | None:
        """The words with their name cut to fit ``width`` whole ("? Ask Riverst… for
        feedback  overdue 24 days"), then before how late in fewer cells ("…  3d late",
        then "…  overdue"), the name keeping ``NAME_MIN_CELLS`` at the least; then without
        how late or the day ("? Ask Ri… for feedback"), the name keeping
        ``NAME_LEAST_CELLS``; None without a name, or with less room."""
        if self._named is None:
            return None
        name, cut, spare = self._named
        for when in (self._when, *self._when_words):
            over = self._what.cell_length + when.cell_length - width
            if over <= 0:
                return self._what.pad_right(-over) + when
            if name + spare - over >= NAME_MIN_CELLS:
                # A cut at a word's end drops the space before it: padded back to the edge.
                words = cut(name - over, True)
                return words.pad_right(max(0, width - when.cell_length - words.cell_length)) + when
        over = cut(name, False).cell_length - width
        if over <= 0:
            return cut(name, False)
        if name - over >= NAME_LEAST_CELLS:
            return cut(name - over, False)
        return None

    def _before_when(self, what: Content, room: int) -> Content:
        """``what``, padded to ``room`` cells when it is shorter, then how late it is."""
        if not self._when:
            return what
        return what.pad_right(max(0, room - what.cell_length)) + self._when

    def __str__(self) -> str:
        return str(self.content)


class DueLine(NamedTuple):  # not a dataclass: made for every due item before the first paint
    """One line of the due list: what it says, the item's index (as text) or None."""

    prompt: object  # Content, a DuePrompt, or a plain str (never read as markup)
    id: str | None = None
    disabled: bool = False


class BoardRows(NamedTuple):
    """The board's rows, top to bottom: (part, line of that part) each."""

    rows: tuple[tuple[str, int], ...]
    cards_top: int  # the row of the boxes' top edge
    cards_height: int  # the due list's and the figures' boxes, borders included
    care_squeezed: bool  # the card has fewer lines than it needs: one line each, cut
    people_squeezed: bool
    stacked: bool = False  # the due list across the whole width, the figures under it

    def first(self, part: str) -> int | None:
        """The row of ``part``'s first line (None: not on the board)."""
        for y, (name, line) in enumerate(self.rows):
            if name == part and line == 0:
                return y
        return None

    def count(self, part: str) -> int:
        return sum(1 for name, _ in self.rows if name == part)

    @property
    def due_rows(self) -> int:
        """Lines inside the due list's box."""
        return max(0, self.cards_height - 2)


def plan_rows(
    height: int,
    *,
    care: int,
    people: int,
    figures: int,
    width: int = STACK_BELOW,
    trends: bool = True,
    due: int = CARDS_MIN_LINES,
    reason: int = 1,
    kept: int = 0,
    reason_first: bool = False,
) -> BoardRows:
    """The board's rows for a board ``height`` lines tall and ``width`` wide (the pane).
    ``trends``: whether a chart fits that width (under the due list, an empty box is left
    out); ``due``: the due list's lines (beside the figures, its box claims what they need,
    layout.py); ``reason``: the lines why the next step is next takes, wrapped; ``kept``: the
    people strip's lines that always stay (the next interview, layout.py); ``reason_first``:
    the reason's first line before the card's (a return's welcome, layout.py)."""
    stacked = width < STACK_BELOW
    figures_box = figures + 2
    # Stacked, the strips share what the due list's least (five items, or as few as it has)
    # and the figures leave (the trends wait). Figures that do not fit beside the strips'
    # first lines make way for them: they held those rows and were not drawn either, and a
    # hard day's card went while the due list had rows to spare (a stranger's walk, 60x20).
    due_least = max(BOX_MIN_LINES, min(due + 2, STACKED_DUE_MIN))
    firsts = min(care, 1) + min(people, max(kept, 1))  # the next interview, else the ask
    fits_under = height - TOP_LINES - 1 - firsts - due_least >= figures_box
    below = due_least + (figures_box if fits_under else 0) if stacked else None
    fit = fit_today(
        height,
        care=care,
        people=people,
        figures=figures,
        below=below,
        due=due,
        reason=reason,
        kept=kept,
        reason_first=reason_first,
    )
    care_short, people_short = fit.squeezed(care, people)
    rows: list[tuple[str, int]] = [("top", line) for line in range(TOP_LINES)]
    rows += [("gap", 0)] * fit.gap
    rows += [("next", line) for line in range(fit.next_lines)]
    rows += [("care", line) for line in range(fit.care_lines)]
    rows += [("gap", 0)] * fit.people_gap
    rows += [("people", line) for line in range(fit.people_lines)]
    cards_top = len(rows)
    # The boxes end at the board's bottom however short it is (their bottom edges in sight,
    # the due list's cursor on a line it shows), with one due item at the least.
    left = height - cards_top
    if not stacked:
        # The trends only where they fit whole under the boxes' least, never cut.
        trends_lines = TRENDS_LINES if left - TRENDS_LINES >= fit.cards_min else 0
        cards = max(left - trends_lines, BOX_MIN_LINES)
        rows += [("cards", line) for line in range(cards)]
        rows += [("trends", line) for line in range(trends_lines)]
        return BoardRows(tuple(rows), cards_top, cards, care_short, people_short)
    under: list[tuple[str, int]] = []
    for part, lines in (("figures", figures_box), ("trends", TRENDS_LINES if trends else 0)):
        if not lines or left - len(under) - lines < due_least:
            break
        under += [(part, line) for line in range(lines)]
    cards = max(left - len(under), BOX_MIN_LINES)
    rows += [("cards", line) for line in range(cards)]
    return BoardRows(tuple(rows + under), cards_top, cards, care_short, people_short, True)


def people_rows(order: tuple[int, ...], count: int) -> list[int]:
    """The people strip's lines shown on ``count`` rows, in their order: the first ``count``
    of ``order`` (the next interview before the ask, ui/today/text.py), or of the lines as
    they come if it is empty."""
    return sorted(order[:count]) if order else list(range(count))


def reason_lines(step: Content | None, width: int) -> list[Content]:
    """Why the next step is next (the line under its title in ``step``), wrapped at
    ``width``: none without a next step."""
    if step is None:
        return []
    lines = step.split("\n", allow_blank=True)
    return lines[1].wrap(width) if len(lines) > 1 else []


def fitting_reason(step: Content, width: int, shown: int) -> list[Content]:
    """Why the next step is next, wrapped at ``width``: in its fewer words (a third line in
    ``step``, ``NextStep.short_reason``) where the whole takes more than the ``shown`` rows
    the plan gives it and those take fewer."""
    lines = reason_lines(step, width)
    parts = step.split("\n", allow_blank=True)
    if len(lines) > shown and len(parts) > 2:
        short = parts[2].wrap(width)
        return short if len(short) < len(lines) else lines
    return lines


def reason_row(wrapped: list[Content], line: int, shown: int, width: int) -> Content | None:
    """What the reason's ``line`` (1 for its first) shows on the ``shown`` rows the plan
    gives it: the last of them holds the rest of the sentence, cut with an ellipsis at a
    word's end where it is too long ("a gentle start…", not "a gentle sta…")."""
    if line > min(len(wrapped), shown):
        return None
    if line < shown:
        return wrapped[line - 1]
    return cut_at_word(Content(" ").join(wrapped[line - 1 :]), width)


def next_row(
    step: Content, key: Content | None, line: int, width: int, shown: int
) -> Content | None:
    """The next step's ``line`` at ``width``: its title (0), then why it is next on the
    ``shown`` rows the plan gives it. The title keeps its key ("(n)") whole at the end: a
    title too long is cut with an ellipsis before it, not the key after it."""
    if line >= 1:
        return reason_row(fitting_reason(step, width, shown), line, shown, width)
    title = step.split("\n", allow_blank=True)[0]
    return title if key is None else with_key(title, key, width)


def with_key(words: Content, key: Content, width: int) -> Content:
    """``words`` and the key that acts on them ("  (n)") on a line ``width`` cells wide:
    words too long are cut with an ellipsis before the key, which stays whole (where at
    least ``MIN_TITLE_CELLS`` of them are left; narrower, the line is cut at its end)."""
    room = width - key.cell_length
    if words.cell_length <= room or room < MIN_TITLE_CELLS:
        return words + key
    # No space before the ellipsis: "Thu…", not "Thu …".
    kept = words.truncate(room - 1).rstrip().cell_length
    return words.truncate(kept + 1, ellipsis=True) + key


def counted_edge(width: int, label: str, box: Style, style: Style) -> list[Segment]:
    """The due box's bottom edge with ``label`` (app-written: "+15 more") where a title
    would be, or a plain edge where it does not fit. Three segments, not a ``Content``
    drawn as a title is: it is on the first frame, where that cost 0.09 ms more."""
    rest = width - 5 - len(label)
    if rest < 1:
        return [Segment(f"╰{'─' * max(0, width - 2)}╯", box)]
    return [Segment("╰─ ", box), Segment(f"{label} ", style), Segment(f"{'─' * rest}╯", box)]


def next_enabled(options: list[DueLine], anchor: int | None, direction: int) -> int | None:
    """The next line from ``anchor`` that is not disabled, going ``direction`` and wrapping
    round (the first or last such line without an anchor), as an OptionList moves."""
    count = len(options)
    if not count:
        return None
    start = (-1 if direction > 0 else count) if anchor is None else anchor
    for step in range(1, count + 1):
        line = (start + direction * step) % count
        if not options[line].disabled:
            return line
    return anchor


def page_target(options: list[DueLine], anchor: int, direction: int, page: int) -> int | None:
    """About a page from ``anchor``, to the nearest line that can take the cursor that way
    (or back)."""
    target = max(0, min(anchor + direction * page, len(options) - 1))
    for step in (direction, -direction):
        line = target
        while 0 <= line < len(options):
            if not options[line].disabled:
                return line
            line += step
    return None
