"""A click on Today's people strip does what the line's key does there.

The strip (the interview to ask about, the interviews ahead) did nothing when clicked, though
each of its lines names its key, as the next step names `n`, which a click follows. Now, as
with the next step, one click on a line does what its key does for that line: "How did it
go? …  (h)" asks how it went; an interview ahead opens what `N` offers for that one (change
it or delete it), straight away, as the click picked it; "and N more in the next 7 days"
opens `N`'s pick of them all. A double-click does it once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bounceback_tui.ui.today.pane import TodayPane
    from bounceback_tui.ui.today.people_lines import PeopleLines


def follow_people_line(pane: TodayPane, lines: PeopleLines | None, line: int) -> None:
    """Do for the strip's line ``line`` (of ``lines``, as drawn) what its key does."""
    people = pane.people
    if people is None or lines is None:
        return
    if people.awaiting and line == 0:  # the ask comes first
        pane.action_how_it_went()
        return
    ahead, _count = lines.ahead  # the interviews' lines, then "and N more" if there is one
    place = ahead.index(line) if line in ahead else len(ahead)
    if place < min(2, len(people.upcoming)):
        pane.edit_interview(people.upcoming[place].id)
    else:
        pane.edit_interview()
