"""A note raised in a plan leaves the step under the cursor in sight.

Textual draws a note (a toast) in the bottom right corner, over the pane, for some seconds.
At 80x24 a plan's steps take the lower right of the screen, and each tick, skip or removal's
note sat over the step just acted on (a new user's walk). Once the note is drawn, the list
scrolls as far as it can to put the cursor's row above it.
"""

from __future__ import annotations

from textual.widgets import OptionList
from textual.widgets._toast import Toast

# How many refreshes to wait for the note to be laid out before giving up.
_TRIES = 4


def keep_cursor_above_notes(steps: OptionList, tries: int = _TRIES) -> None:
    """Scroll ``steps`` so its highlighted row is above the notes on screen, once they are
    drawn (after a refresh or a few); as far as the list scrolls."""
    if not steps.is_mounted or steps.highlighted is None:
        return
    region = steps.content_region
    notes = [
        toast.region
        for toast in steps.screen.query(Toast)
        if toast.region.height and toast.region.x < region.right
    ]
    if not notes:
        if tries > 0:
            steps.call_after_refresh(keep_cursor_above_notes, steps, tries - 1)
        return
    index = steps.highlighted
    line = steps._index_to_line.get(index)
    height = steps._heights.get(index)
    if line is None or height is None:
        return
    top_of_notes = min(note.y for note in notes)
    last = region.y - round(steps.scroll_offset.y) + line + height - 1
    below = last - top_of_notes + 1
    if below <= 0:
        return
    # Not above the list's own top: the cursor's first row stays in view.
    room = line - round(steps.scroll_offset.y)
    steps.scroll_to(
        y=min(steps.scroll_offset.y + min(below, room), steps.max_scroll_y),
        animate=False,
        immediate=True,
    )
