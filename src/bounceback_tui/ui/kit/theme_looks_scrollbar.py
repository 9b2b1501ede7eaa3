"""The scroll bar's thumb in 16 colours (TERM=xterm), told from its track.

In 16 colours the terminal shows each colour as the nearest of its sixteen, and
textual-light's thumb (#7994a9) and track (#cacaca) both came out white: grey on grey,
1.0:1 in xterm's default palette, with nothing to say where in a long list the person was.
A thumb (as it is, hovered, dragged) that reads below ``LEAST_CONTRAST`` (WCAG's 3:1 for
what is not text) on its track takes the nearest of the sixteen that reads on it: bright
black, as textual-dark's thumb is there (kit/theme_looks.py moves the text colours and
lines the same way).
"""

from rich._palettes import STANDARD_PALETTE
from textual.color import Color

from bounceback_tui.ui.kit.theme_looks import (
    _XTERM,
    LEAST_CONTRAST,
    _distance,
    contrast_ratio,
    sixteen_index,
)

# Each of the thumb's colours, and the track it is drawn on.
_THUMB_ON = {
    "scrollbar": "scrollbar-background",
    "scrollbar-hover": "scrollbar-background-hover",
    "scrollbar-active": "scrollbar-background-active",
}


def sixteen_colour_scrollbar(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` with each thumb colour of ``_THUMB_ON`` that would read below
    ``LEAST_CONTRAST`` on its track in 16 colours replaced by the nearest of the sixteen that
    reads on it (unchanged where one is not a plain colour: the ANSI themes')."""
    changed = dict(variables)
    for thumb, track in _THUMB_ON.items():
        shown = sixteen_index(variables.get(thumb, ""))
        ground = sixteen_index(variables.get(track, ""))
        if shown is None or ground is None:
            continue

        def reads(index: int, ground: int = ground) -> bool:
            return contrast_ratio(Color(*_XTERM[index]), Color(*_XTERM[ground])) >= LEAST_CONTRAST

        if reads(shown):
            continue
        wanted = Color.parse(variables[thumb].split()[0])
        readable = [index for index in range(16) if reads(index)]
        if readable:
            nearest = min(readable, key=lambda i: _distance(Color(*STANDARD_PALETTE[i]), wanted))
            changed[thumb] = Color(*STANDARD_PALETTE[nearest]).hex
    return changed
