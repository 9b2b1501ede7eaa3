"""The cursor's row told by a mark, not only by colour, where colour is not shown.

Every list shows its cursor as a background colour (and bold). With ``NO_COLOR`` set, or on
a terminal that shows no colour (``TERM=xterm-mono``), that is gone: Reframe's records,
Recovery's steps and Today's "Due now" read the same wherever the cursor was, and space,
`d` or `e` acted on a row nobody could see (a stranger's walk, reading the screen as text).
There, the first cell of the cursor's row is ``CURSOR_MARK``; in colour, nothing changes.
Every list of the kit draws its cursor row through ``marked_row``.
"""

from __future__ import annotations

import os
from typing import Any
from weakref import WeakKeyDictionary

from rich.segment import Segment
from textual.strip import Strip

CURSOR_MARK = "›"

# Terminal names that say "no colour": terminfo's "-m" and "-mono" endings (xterm-mono,
# linux-m). Textual reads only NO_COLOR; Rich takes such a terminal for one of 16 colours.
_MONO_ENDINGS = ("-m", "-mono")


def mono_terminal(term: str | None = None) -> bool:
    """True if ``term`` (the environment's TERM when None) names a terminal without colour."""
    name = (os.environ.get("TERM", "") if term is None else term).strip().lower()
    return name.endswith(_MONO_ENDINGS)


# Per app: whether its terminal (TERM, read once, at the app's first look) has no colour.
# Asked several times for each line a list draws: TERM was read and lowercased every time.
_MONO_OF: WeakKeyDictionary[Any, bool] = WeakKeyDictionary()


def colourless(app: Any) -> bool:
    """True if the app's colours are not shown: NO_COLOR (Textual's ``App.no_color``, read
    when the app is made) or a terminal without colour (read once for the app)."""
    if getattr(app, "no_color", False):
        return True
    try:
        return _MONO_OF[app]
    except KeyError:
        mono = _MONO_OF[app] = mono_terminal()
        return mono
    except TypeError:  # not an app (nothing to keep it on): read now
        return mono_terminal()


def marked_row(strip: Strip) -> Strip:
    """``strip`` (the cursor's row) with ``CURSOR_MARK`` in its first cell, in that cell's
    style: over a blank cell (the lists' gutter), or before the row's first letter, the row
    cut one cell shorter at its end, so no word loses a letter."""
    width = strip.cell_length
    if width < 1:
        return strip
    first = strip.crop(0, 1)
    style = next((segment.style for segment in first), None)
    rest = strip.crop(1, width) if first.text.strip() == "" else strip.crop(0, width - 1)
    return Strip([Segment(CURSOR_MARK, style), *rest], width)


def mark_if_colourless(app: Any, strip: Strip) -> Strip:
    """``marked_row(strip)`` where colour is not shown, else ``strip`` as it is."""
    return marked_row(strip) if colourless(app) else strip
