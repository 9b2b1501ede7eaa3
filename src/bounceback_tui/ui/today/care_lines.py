"""Today's coping card and What's working's suggestions, fitted to the lines they are given.

A stranger's 100,000 store: the card and two suggestions of two lines each needed five
lines, the board gave four, and the second suggestion stopped mid-sentence with no mark
("… 113 in 5,069:" and then nothing; the advice was the part lost). Now each part is shown
whole or not at all: where the lines run out, the suggestions that do not fit give way to
one line saying how many more What's working holds. Only where not even that fits is each
part cut to a line of its own, ending in "…" at a word's end.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from textual.content import Content

from bounceback_tui.ui.kit.cells import cut_at_word
from bounceback_tui.ui.kit.text import plain


def more_line(count: int, key: str = "w") -> Content:
    """The line standing for the suggestions that had no room; ``key`` opens What's working
    (as the person's keymap has it: ui/kit/key_text.key_of)."""
    return plain(f"+{count} more in What's working ({key})", "$text-muted")


@lru_cache(maxsize=16)
def care_fitted(
    parts: tuple[Content, ...], width: int, lines: int, key: str = "w"
) -> tuple[Content, bool]:
    """``parts`` (the card first, then each suggestion) within ``lines`` lines of ``width``
    cells, and whether each line is to be cut rather than wrapped: every part whole, or the
    first ones whole and a line for the rest; if even that has no room, a line each, cut."""
    sizes = [len(part.wrap(width)) for part in parts]
    if sum(sizes) <= lines:
        return Content("\n").join(parts), False
    kept = _whole(sizes, lines - 1)
    if kept:
        shown = [*parts[:kept], more_line(len(parts) - kept, key)]
        return Content("\n").join(shown), False
    # Each cut at a word's end ("… Coming back…", not "… Coming bac…").
    return Content("\n").join(cut_at_word(part, width) for part in parts[:lines]), True


def _whole(sizes: Sequence[int], room: int) -> int:
    """How many of the first parts fit whole in ``room`` lines."""
    used = 0
    for count, size in enumerate(sizes):
        used += size
        if used > room:
            return count
    return len(sizes)
