"""Where each part of Today's board stands: a plan of its rows, and the due list's cursor.

The board (ui/today/board.py) draws, in this order: the top line (the date, the check-in),
a blank line, the next step (its title, then why it is next), the coping card and
suggestions, a blank line and the people strip, the due list beside the figures (two
boxes) and the trends (a box).
How a short terminal shares its height is ui/today/layout.py's; this module turns that
into rows. Below ``STACK_BELOW`` (80) columns the due list beside the figures' 36 would be
cut to fragments (31 cells at 72 columns, 11 at 48): the due list takes the whole width, and
the figures come under it wherever they fit whole over one due item and the lines that
always stay (a person sees their figures at 60x20), then the strips' first lines, then up
to five due items (``STACKED_DUE_MIN``); the trends only with those five above them. The
strips share what is left, in layout.py's order. On a board shorter than all that, the boxes
end at its bottom (the trends only where they fit whole): the due list shows the items that
fit, its cursor on a line in sight, and its bottom edge counts those below ("+15 more").
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from typing import NamedTuple

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from textual.content import Content

from bounceback_tui.domain.text import NAME_CELLS
from bounceback_tui.ui.kit.cells import clip_app_name, cut_at_word
from bounceback_tui.ui.kit.text import plain_line
from bounceback_tui.ui.today.due_fit import DuePrompt, DueWords, Named
from bounceback_tui.ui.today.layout import CARDS_MIN_LINES, TOP_LINES, TRENDS_LINES, fit_today

FIGURES_WIDTH = 36  # the figures box, borders included
CARDS_GAP = 1  # columns between the due list's box and the figures'
# The due list's box beside the figures, at the least (41 cells at 80 columns, a board 78
# wide): at 72 columns (33 cells) its lines read "◌ Acme… (Bac…  sent 35d ago"; narrower
# than 80 columns it takes the whole width.
DUE_MIN_WIDTH = 41
STACK_BELOW = FIGURES_WIDTH + CARDS_GAP + DUE_MIN_WIDTH
# Narrower than this, the next step's title and its key are cut as one line.
MIN_TITLE_CELLS = 12
STACKED_DUE_MIN = 7  # the due list's box over the figures: five items and its border
BOX_MIN_LINES = 3  # a box with one line in it: what the due list keeps on the shortest board

__all__ = ["DuePrompt", "DueWords", "Named"]  # a due item's line: ui/today/due_fit.py


class DueLine(NamedTuple):  # not a dataclass: made for every due item before the first paint
    """One line of the due list: what it says, the item's key (ui/today/due_room.due_key)
    or None."""

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
    # The lines kept whatever the height (the next interview, the ask), as many as leave the
    # due list one item under them: at 60x10 two ran the board past its bottom.
    kept = min(kept, max(1, height - TOP_LINES - 1 - BOX_MIN_LINES))
    # Stacked, the strips share what the due list's least (five items, or as few as it has)
    # and the figures leave (the trends wait). Figures that do not fit beside the strips'
    # first lines make way for them: they held those rows and were not drawn either, and a
    # hard day's card went while the due list had rows to spare (a stranger's walk, 60x20).
    due_least = max(BOX_MIN_LINES, min(due + 2, STACKED_DUE_MIN))
    # The figures come whole wherever they fit over a due list of one item, under the top
    # line, the next step's title and the lines that always stay: at 60x20 a large store's
    # card and five due items filled the pane, and a person had no way to see their figures.
    # The strips' first lines come next, then the due list's other items (up to five).
    kept_lines = min(kept, people)
    firsts = min(care, 1) + min(people, max(kept, 1))  # the kept lines, else the strip's first
    fits_under = height - TOP_LINES - 1 - kept_lines - BOX_MIN_LINES >= figures_box
    due_room = due_least
    if fits_under:
        room = height - TOP_LINES - 1 - firsts - figures_box
        due_room = max(BOX_MIN_LINES, min(due_least, room))
    below = due_room + (figures_box if fits_under else 0) if stacked else None
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
    parts = (
        ("figures", figures_box, due_room),
        ("trends", TRENDS_LINES if trends else 0, due_least),
    )
    for part, lines, least in parts:
        if not lines or left - len(under) - lines < least:
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
    step: Content,
    key: Content | None,
    line: int,
    width: int,
    shown: int,
    named: tuple[str, str, str] | tuple[()] = (),
) -> Content | None:
    """The next step's ``line`` at ``width``: its title (0), then why it is next on the
    ``shown`` rows the plan gives it. The title keeps its key ("(n)") whole at the end: a
    title too long is cut with an ellipsis before it, not the key after it. An application
    it names (``named``: the words, company and role) is cut part by part first, its
    closing bracket kept ("Follow up with Riverstone… (Site Reliability…)"), where that
    leaves it ``MIN_NAME_CELLS``."""
    if line >= 1:
        if named and len(fitting_reason(step, width, shown)) > shown:
            step = _name_cut_all(step, named)  # its words first, not its long name
        return reason_row(fitting_reason(step, width, shown), line, shown, width)
    title = step.split("\n", allow_blank=True)[0]
    if key is None:
        return title
    if named and title.cell_length + key.cell_length > width:
        title = _name_cut_in(title, named, width - key.cell_length)
    return with_key(title, key, width)


# The next step's application keeps this much, cut part by part ("Acme (Data…)").
MIN_NAME_CELLS = 12


def _name_cut_in(title: Content, named: tuple[str, str, str], room: int) -> Content:
    """``title`` in ``room`` cells with the application in it cut part by part, or as it is
    where it does not name it or that would leave the name too little."""
    words, company, role = named
    said = plain_line(words).plain
    start = title.plain.rfind(said)
    others = title.cell_length - cell_len(said)
    if start < 0 or room - others < MIN_NAME_CELLS:
        return title
    cut = plain_line(clip_app_name(company, role, room - others, words=True), "bold")
    return title[:start] + cut + title[start + len(said) :]


def _name_cut_all(step: Content, named: tuple[str, str, str]) -> Content:
    """``step`` with the application it names cut to ``NAME_CELLS`` part by part wherever
    it is named: a sentence names it in full (``domain.text.app_name``), and a reason with
    one row at 80 columns lost what it said after a long name ("… said no today. Today's…")."""
    words, company, role = named
    said = plain_line(words).plain
    cut = plain_line(clip_app_name(company, role, NAME_CELLS))
    start = step.plain.find(said)
    while start >= 0 and cut.plain != said:
        step = step[:start] + cut + step[start + len(said) :]
        start = step.plain.find(said, start + len(cut.plain))
    return step


def with_key(words: Content, key: Content, width: int) -> Content:
    """``words`` and the key that acts on them ("  (n)") on a line ``width`` cells wide:
    words too long are cut at a word's end with an ellipsis before the key, which stays
    whole (where at least ``MIN_TITLE_CELLS`` of them are left; narrower, the line is cut
    at its end)."""
    room = width - key.cell_length
    if words.cell_length <= room or room < MIN_TITLE_CELLS:
        return words + key
    # At a word's end ("…phone screen with Lumen…", not "…with L…"); no space before the
    # ellipsis: "Thu…", not "Thu …".
    return cut_at_word(words, room) + key


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
