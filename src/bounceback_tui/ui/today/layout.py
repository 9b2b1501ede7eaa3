"""How Today shares a short terminal's height: what always stays, what gives way first.

Always on screen, from 80x24 up: the top line, the next step's title, the next interview
in the coming week (its line in the people strip), "How did it go?" for an interview over
and waiting for its note (the ask: the line after it), the due list beside the figures
(every figure, never cut) and the trends. At 80x24 the demo's two rows left went to the ask
about last week's interview and to the reason, and the phone screen that evening was not
shown; later, with 23 items due, the interview two days on was not shown either. The ask has
a clock on it too (a note is best written while the interview is fresh): it gave its row to
a kept card on a hard day and to the welcome back's line on a return, and at 60x20 it had
none; it now comes before them, and on a narrow board before the figures (below). The
due list's box claims the rows its items need, up to eight, and never fewer than the
figures' box beside it: one due item does not hold seven empty rows while the people strip
has lines to show. The rest takes what height is left, in this order: the first line of
the coping card (a hard day's), the people strip's next line (its first, where it keeps
none), the line saying why the next step is next, the card's other lines, the people strip's other
lines (the next interviews and what to prepare, then people to follow up), the reason's
second and third lines where it is too long for one (up to ``REASON_MAX_LINES``; it was cut
at 120x40 with the due list's box half empty), and only then the blank lines between the
parts. What is still left goes to the due list.

Where there truly is no room, what gives way goes from the bottom of that order: the
blank lines first, then the reason's second and third lines (the last line shown ends in
"…"), the people strip's last lines (a follow-up before the next interview), the card's,
the reason; the first lines of the card and of the people strip
stay while the pane has the rows for them. Narrower than 80 columns the due list takes the
whole width and the figures come under it, whole over one due item where they fit under the
lines that always stay (a person sees their figures at 60x20; with an interview ahead and
one to ask about as well, a large store's eight figures wait for a row more, 60x21, or for
the note: what has a day on it before a look back): ui/today/board_rows.py. On a return
(Today's welcome back) the reason's first line comes before the card's: it says how long it
has been and what to do first, and at 80x24 the card's line took its one row.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.

from typing import NamedTuple

TOP_LINES = 1  # the date and the check-in
TRENDS_LINES = 6  # a label and three rows of bars, inside a border
CARDS_MIN_LINES = 10  # eight due items inside the due list's border, at the most claimed
STRIP_MAX_LINES = 4  # the people strip
# The coping card and two suggestions of two lines each: with four, the second suggestion
# stopped mid-sentence (a 100,000 store's); where fewer are given, ui/today/care_lines.py.
CARE_MAX_LINES = 5
REASON_MAX_LINES = 3  # why the next step is next, wrapped where there is room


class TodayFit(NamedTuple):  # not a dataclass: imported before the first paint
    gap: int  # blank lines above the next step (0 or 1)
    next_lines: int  # the next step's title, then why it is next (1 to 1 + REASON_MAX_LINES)
    care_lines: int  # the coping card and suggestions (0 hides them)
    people_gap: int  # blank lines above the people strip (0 or 1)
    people_lines: int  # interviews and people to follow up (0 hides them)
    cards_min: int  # the due list and the figures, borders included, at the least

    def squeezed(self, care: int, people: int) -> tuple[bool, bool]:
        """Whether the card and the people strip have fewer lines than they need."""
        return (
            self.care_lines < min(care, CARE_MAX_LINES),
            self.people_lines < min(people, STRIP_MAX_LINES),
        )


def fit_today(
    height: int,
    *,
    care: int,
    people: int,
    figures: int,
    below: int | None = None,
    due: int = CARDS_MIN_LINES,
    reason: int = 1,
    kept: int = 0,
    reason_first: bool = False,
) -> TodayFit:
    """Share ``height`` (the pane's lines) among Today's parts.

    ``care`` and ``people``: the lines each strip would take (0 when it has nothing to
    say; at most ``CARE_MAX_LINES`` and ``STRIP_MAX_LINES`` are given); ``figures``: the
    figures card's lines;
    ``below``: the lines the boxes under the strips need at the least (by default the due
    list beside the figures, and the trends; a narrow board stacks them, board_rows.py);
    ``due``: the due list's lines (eight or more by default: its box claims ten rows);
    ``reason``: the lines why the next step is next takes wrapped (at most ``REASON_MAX_LINES``
    are given); ``kept``: the people strip's lines that stay whatever the height (the
    next interview, the ask about one over), given before anything is shared;
    ``reason_first``: the reason's first line comes before the card's (a return's welcome,
    whose reason says how long it has been and what to do first: at 80x24 the card's line
    took its one row)."""
    care, people = min(care, CARE_MAX_LINES), min(people, STRIP_MAX_LINES)
    kept = min(kept, people)
    cards = max(min(due + 2, CARDS_MIN_LINES), figures + 2)
    spare = height - TOP_LINES - 1 - kept - (cards + TRENDS_LINES if below is None else below)

    def take(wanted: int) -> int:
        nonlocal spare
        given = max(0, min(wanted, spare))
        spare -= given
        return given

    reason_lines = take(1) if reason_first else 0
    care_lines = take(min(care, 1))
    people_lines = kept + take(min(people - kept, 1))
    reason_lines = reason_lines or take(1)
    care_lines += take(care - care_lines) if care_lines else 0
    people_lines += take(people - people_lines) if people_lines else 0
    wanted = min(reason, REASON_MAX_LINES)
    reason_lines += take(wanted - reason_lines) if reason_lines else 0
    gap = take(1)  # blank lines come last: a line that says something goes first
    people_gap = take(1) if people_lines else 0
    return TodayFit(
        gap=gap,
        next_lines=1 + reason_lines,
        care_lines=care_lines,
        people_gap=people_gap,
        people_lines=people_lines,
        cards_min=cards,
    )
