"""The scroll bar's thumb, told from its track in every list, text area and pane.

Textual draws a thumb in the theme's ``$scrollbar``, its primary at 40% on the track, and in
most themes that read below WCAG's 3:1 for what is not text: textual-dark's at 1.55:1 on its
black track, the light themes' at 1.5 to 1.9:1, so a long list gave little sign of where in
it the person was (the pickers' thumb, worse still on their list, was fixed first, in their
own rule). Every thumb is now the text's colour at 85% on its track, the full text colour
hovered (``thumb_variables``); dragged it is the theme's (its primary), moved toward the text
colour as far as it needs to read at 3:1 on its track, as a true-colour and a 256-colour
terminal show both (``dragged_thumb``: in four light themes it read at 2.4 to 2.9:1 in 256
colours, rose-pine-dawn's and solarized-light's below 3:1 in any). The theme's variables
are changed, not a rule, so every scrolling widget and the bars drawn in code (Today's due
list) take it, at no cost to the stylesheet (kit/focus_styles.py). The ANSI themes' thumbs
(blue on the terminal's black or white) are theirs.

In 16 colours the terminal shows each colour as the nearest of its sixteen, and
textual-light's thumb (#7994a9) and track (#cacaca) both came out white: grey on grey,
1.0:1 in xterm's default palette, with nothing to say where in a long list the person was.
A thumb (as it is, hovered, dragged) that reads below ``LEAST_CONTRAST`` (WCAG's 3:1 for
what is not text) on its track takes the nearest of the sixteen that reads on it: bright
black, as textual-dark's thumb is there (kit/theme_looks.py moves the text colours and
lines the same way).
"""

from rich._palettes import STANDARD_PALETTE
from rich.color import ColorSystem
from textual.color import Color, ColorParseError

from bounceback_tui.ui.kit.theme_looks import (
    _XTERM,
    LEAST_CONTRAST,
    _distance,
    contrast_ratio,
    sixteen_index,
)

# The thumb's colours and the share of the text colour each is (dragged: the theme's).
THUMB = {"scrollbar": 0.85, "scrollbar-hover": 1.0}
# Each of the thumb's colours, and the track it is drawn on.
_THUMB_ON = {
    "scrollbar": "scrollbar-background",
    "scrollbar-hover": "scrollbar-background-hover",
    "scrollbar-active": "scrollbar-background-active",
}


def thumb_variables(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` with each thumb colour of ``THUMB`` the text colour at its share laid
    over its track, and the dragged thumb one that reads on its track (``dragged_thumb``);
    unchanged where one is not a plain colour: the ANSI themes'."""
    changed = dict(variables)
    for thumb, share in THUMB.items():
        try:
            text = Color.parse(variables["foreground"].split()[0])
            track = Color.parse(variables[_THUMB_ON[thumb]].split()[0])
        except (ColorParseError, IndexError, KeyError):
            continue
        if any(color.ansi is not None or color.a < 1 for color in (text, track)):
            continue
        changed[thumb] = (track + text.with_alpha(share)).hex
    try:
        text, track, dragged = (
            Color.parse(variables[name].split()[0])
            for name in ("foreground", _THUMB_ON["scrollbar-active"], "scrollbar-active")
        )
    except (ColorParseError, IndexError, KeyError):
        return changed
    if all(color.ansi is None and color.a == 1 for color in (text, track, dragged)):
        changed["scrollbar-active"] = dragged_thumb(dragged, text, track).hex
    return changed


def dragged_thumb(theirs: Color, text: Color, track: Color) -> Color:
    """The dragged thumb: the theme's colour ``theirs``, moved toward the text colour only as
    far as it needs to read at ``LEAST_CONTRAST`` on ``track`` as a true-colour and a
    256-colour terminal show them (the text colour itself where nothing short of it does)."""
    for step in range(21):
        color = theirs.blend(text, step / 20)
        if all(
            contrast_ratio(shown(color), shown(track)) >= LEAST_CONTRAST
            for shown in (_as_is, _eight_bit)
        ):
            return color
    return text


def _as_is(color: Color) -> Color:
    return color


def _eight_bit(color: Color) -> Color:
    """``color`` as a 256-colour terminal shows it."""
    return Color(*color.rich_color.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())


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
