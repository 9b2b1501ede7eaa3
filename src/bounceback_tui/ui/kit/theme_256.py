"""The theme's text colours in 256 colours (TERM=xterm-256color), kept readable.

In 256 colours the terminal shows each colour as one of xterm's 256 (Rich picks it: the
nearest of the 6x6x6 cube or the grey ramp), and a text colour and its ground may land
closer than they were: textual-light's warning and accent (#7e4a00, 5.55 to 4.75:1 in
truecolor) become #875f00 on #dadada to #c6c6c6, 4.1 to 3.35:1, and its key letters
(#0055aa) #005faf, 4.2 to 3.8:1. Each text colour that reads at ``CURSOR_CONTRAST``
(WCAG's 4.5:1 for text) on its grounds in truecolor and below it once both are shown in
256 colours takes the colour of the 256 nearest to it that reads at 4.5:1 on them all, as
shown, the way the 16-colour path picks its nearest (kit/theme_looks.py). A colour that
reads below 4.5:1 in truecolor too is left as it is, but for the body text and the key
bar's letters and words: those read at 4.5:1 in 256 colours in every theme.

A dark theme fared worse. The cube's first step is from 0 to 95, and Rich rounds a channel
between 48 and 94 up to 95: catppuccin-frappe's background (#303446) was shown as #5f5f5f,
far lighter, nord's (#2e3440) as teal #005f5f; nord's body text read at 4.4:1 and
tokyo-night's at 3.0:1, catppuccin's muted text at 2.7 to 3.0:1, nord's key letters at
2.8:1. A dark theme's ground that Rich shows lighter than it is takes the grey of the 256
as light as it is (the cube holds no dark tint to keep), and its text colours are then held
as a light theme's are, a light text staying lighter than its grounds. Where no text colour
reads on a one-colour bar (the cursor row, the key bar: solarized's light words on its
blue), the bar takes the nearest of the 256 its text reads on.
"""

from functools import cache

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
    "footer-description-foreground": ("footer-background",),
    "block-cursor-foreground": ("block-cursor-background",),
}
# Read at 4.5:1 whatever they read at in truecolor: the body text, the key bar's letters
# and words.
_ALWAYS = frozenset(("foreground", "footer-key-foreground", "footer-description-foreground"))
# The bars of one colour, which may move when no text colour reads on them.
_BARS = ("footer-background", "block-cursor-background")


@cache
def _shown(color: Color) -> Color:
    """``color`` as a 256-colour terminal shows it."""
    shown = RichColor.from_triplet(color.rich_color.get_truecolor())
    return Color(*shown.downgrade(ColorSystem.EIGHT_BIT).get_truecolor())


@cache
def _palette() -> tuple[tuple[Color, Color], ...]:
    """Each colour past the 256's first sixteen (which a terminal may change) a 256-colour
    terminal shows, as (a colour it is shown for, the colour shown). Rich shows a grey as
    the ramp's step below its own (#dadada as #d0d0d0), so a light grey is reached through
    the one above it."""
    from rich._palettes import EIGHT_BIT_PALETTE

    colours = [Color(*EIGHT_BIT_PALETTE[index]) for index in range(16, 256)]
    greys = [Color(level, level, level) for level in range(256)]
    shown = {_shown(color): color for color in reversed(greys)}
    shown.update({color: color for color in colours if _shown(color) == color})
    return tuple((value, color) for color, value in shown.items() if color in colours)


def _plain(spec: str) -> Color | None:
    """``spec`` as one opaque colour (None: "auto 87%", an ANSI colour, a transparent one)."""
    from textual.color import ColorParseError as TextualParseError

    try:
        color = Color.parse(spec.split()[0])
    except (TextualParseError, ColorParseError, IndexError):
        return None
    return None if color.ansi is not None or color.a < 1 else color


def _text_on(spec: str, ground: Color) -> Color | None:
    """The text colour ``spec`` as drawn on ``ground``: ``auto N%`` is the colour that
    contrasts with it at N% (as Textual works it out), laid over it."""
    words = spec.split()
    if words[:1] != ["auto"]:
        return _plain(spec)
    alpha = float(words[1][:-1]) / 100 if len(words) > 1 and words[1].endswith("%") else 1.0
    return ground + ground.get_contrast_text(alpha)


def eight_bit_colour_variables(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` as they read in 256 colours: a dark theme's grounds shown as light as
    they are, and each text colour of ``_TEXT_ON`` that should read at 4.5:1 on its grounds
    (``_ALWAYS``, or it does in truecolor) and does not, as shown, replaced by the nearest
    of the 256 that does, on the same side of them (else its bar moved, for a one-colour
    bar)."""
    changed = _dark_grounds(variables)
    short = []
    for name, ground_names in _TEXT_ON.items():
        grounds = [_plain(variables.get(ground, "")) for ground in ground_names]
        plain_grounds = [ground for ground in grounds if ground is not None]
        if name not in variables or len(plain_grounds) < len(grounds):
            continue
        drawn = [_text_on(variables[name], ground) for ground in plain_grounds]
        truecolor = [text for text in drawn if text is not None]
        if len(truecolor) < len(drawn):
            continue
        if name not in _ALWAYS and min(map(contrast_ratio, truecolor, plain_grounds)) < (
            CURSOR_CONTRAST
        ):
            continue
        shown_grounds = [_shown(Color.parse(changed[ground].split()[0])) for ground in ground_names]
        if _reads(changed[name], shown_grounds):
            continue
        text = _plain(variables[name])
        if text is None:  # "auto": its bar moves
            short.append(name)
            continue
        grey = _is_grey(text)  # a grey stays a grey; a hue takes a hue
        lighter = _luminance(text) > _luminance(plain_grounds[0])  # and light text light
        readable = [
            (value, shown)
            for value, shown in _palette()
            if _is_grey(shown) == grey
            and all(
                (_luminance(shown) > _luminance(ground)) == lighter
                and contrast_ratio(shown, ground) >= CURSOR_CONTRAST
                for ground in shown_grounds
            )
        ]
        if not readable:
            short.append(name)
            continue
        changed[name] = min(readable, key=lambda pair: _distance(pair[1], text))[0].hex
    for bar in _BARS:
        if any(_TEXT_ON[name] == (bar,) for name in short):
            changed = _moved_bar(changed, bar)
    return changed


def _reads(spec: str, grounds: list[Color]) -> bool:
    """Whether the text colour ``spec`` reads at 4.5:1 on each of ``grounds`` (as shown)."""
    texts = [_text_on(spec, ground) for ground in grounds]
    return all(
        text is not None and contrast_ratio(_shown(text), ground) >= CURSOR_CONTRAST
        for text, ground in zip(texts, grounds, strict=True)
    )


def _moved_bar(variables: dict[str, str], bar: str) -> dict[str, str]:
    """``variables`` with ``bar`` the nearest of the 256 that each text drawn on it (of
    ``_TEXT_ON``) reads on at 4.5:1 (unchanged where none is)."""
    wanted = _plain(variables[bar])
    texts = [name for name, grounds in _TEXT_ON.items() if grounds == (bar,)]
    if wanted is None:
        return variables
    fitting = [
        (value, shown)
        for value, shown in _palette()
        if _is_grey(shown) == _is_grey(wanted)
        and all(_reads(variables[name], [shown]) for name in texts if name in variables)
    ]
    if not fitting:
        return variables
    nearest = min(fitting, key=lambda pair: _distance(pair[1], wanted))[0]
    return {**variables, bar: nearest.hex}


def _dark_grounds(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` with each ground of a dark theme that a 256-colour terminal shows
    lighter than it is as the grey of the 256 nearest to it in lightness."""
    text, base = _plain(variables.get("foreground", "")), _plain(variables.get("background", ""))
    if text is None or base is None or _luminance(text) <= _luminance(base):
        return dict(variables)
    changed = dict(variables)
    for name in (*_GROUNDS, "footer-background"):
        ground = _plain(variables.get(name, ""))
        if ground is None:
            continue
        grey = min(_dark_greys(), key=lambda grey: contrast_ratio(grey, ground))
        if _luminance(_shown(ground)) > _luminance(grey):
            changed[name] = grey.hex
    return changed


@cache
def _dark_greys() -> tuple[Color, ...]:
    """Black and the grey ramp's steps up to #949494, each shown as itself."""
    greys = [Color(level, level, level) for level in (0, *range(8, 0x95, 10))]
    return tuple(grey for grey in greys if _shown(grey) == grey)


def _is_grey(color: Color) -> bool:
    return max(color.rgb) - min(color.rgb) < 40


def _distance(one: Color, other: Color) -> int:
    return sum((a - b) ** 2 for a, b in zip(one.rgb, other.rgb, strict=True))
