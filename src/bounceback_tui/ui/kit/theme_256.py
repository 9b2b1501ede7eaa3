"""The theme's text colours in 256 colours (TERM=xterm-256color), kept readable.

In 256 colours the terminal shows each colour as one of xterm's 256 (Rich picks it: the
nearest of the 6x6x6 cube or the grey ramp), and a text colour and its ground may land
closer than they were: textual-light's warning and accent (#7e4a00, 5.55 to 4.75:1 in
truecolor) become #875f00 on #dadada to #c6c6c6, 4.1 to 3.35:1, and its key letters
(#0055aa) #005faf, 4.2 to 3.8:1. Each text colour that reads at ``CURSOR_CONTRAST``
(WCAG's 4.5:1 for text) on its grounds in truecolor and below it once both are shown in
256 colours takes the colour of the 256 nearest to it that reads at 4.5:1 on them all, as
shown, the way the 16-colour path picks its nearest (kit/theme_looks.py). A colour that
reads below 4.5:1 in truecolor too is left as it is.
"""

from rich.color import Color as RichColor
from rich.color import ColorParseError, ColorSystem
from textual.color import Color

from bounceback_tui.ui.kit.theme_looks import CURSOR_CONTRAST, _luminance, contrast_ratio

_GROUNDS = ("background", "surface", "panel")
# Each text colour, and the grounds it is drawn on.
_TEXT_ON = {
    "foreground": _GROUNDS,
    "text-primary": _GROUNDS,
    "text-secondary": _GROUNDS,
    "text-success": _GROUNDS,
    "text-error": _GROUNDS,
    "text-warning": _GROUNDS,
    "text-accent": _GROUNDS,
    "footer-key-foreground": ("footer-background",),
}


def _shown(color: Color) -> Color:
    """``color`` as a 256-colour terminal shows it."""
    shown = RichColor.from_triplet(color.rich_color.get_truecolor())
    return Color(*shown.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())


def _palette() -> list[Color]:
    """The 256's colours past the first sixteen (which a terminal may change) that show as
    themselves."""
    from rich._palettes import EIGHT_BIT_PALETTE

    colours = [Color(*EIGHT_BIT_PALETTE[index]) for index in range(16, 256)]
    return [color for color in colours if _shown(color) == color]


def _plain(spec: str) -> Color | None:
    """``spec`` as one opaque colour (None: "auto 87%", an ANSI colour, a transparent one)."""
    from textual.color import ColorParseError as TextualParseError

    try:
        color = Color.parse(spec.split()[0])
    except (TextualParseError, ColorParseError, IndexError):
        return None
    return None if color.ansi is not None or color.a < 1 else color


def eight_bit_colour_variables(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` with each text colour of ``_TEXT_ON`` that reads at 4.5:1 on its grounds
    in truecolor but not in 256 colours replaced by the nearest of the 256 that does."""
    changed = dict(variables)
    for name, ground_names in _TEXT_ON.items():
        text = _plain(variables.get(name, ""))
        grounds = [_plain(variables.get(ground, "")) for ground in ground_names]
        plain_grounds = [ground for ground in grounds if ground is not None]
        if text is None or len(plain_grounds) < len(grounds):
            continue
        if _luminance(text) > _luminance(plain_grounds[0]):
            continue  # a dark theme's colours are as its theme made them
        if min(contrast_ratio(text, ground) for ground in plain_grounds) < CURSOR_CONTRAST:
            continue
        shown_grounds = [_shown(ground) for ground in plain_grounds]

        def reads(color: Color, grounds: list[Color] = shown_grounds) -> bool:
            return min(contrast_ratio(color, ground) for ground in grounds) >= CURSOR_CONTRAST

        if reads(_shown(text)):
            continue
        grey = _is_grey(text)  # a grey stays a grey; a hue takes a hue
        readable = [color for color in _palette() if reads(color) and _is_grey(color) == grey]
        if readable:
            changed[name] = min(readable, key=lambda color: _distance(color, text)).hex
    return changed


def _is_grey(color: Color) -> bool:
    return max(color.rgb) - min(color.rgb) < 40


def _distance(one: Color, other: Color) -> int:
    return sum((a - b) ** 2 for a, b in zip(one.rgb, other.rgb, strict=True))
