"""A widget part's style worked out from the theme's variables, as a component class's.

A component class (``Widget > .part { color: $text-muted; }``) costs the first paint its
rule set: parsed, then matched against every widget as it is styled, about a million
instructions each (docs/performance.md, "First paint, fp6's round"). The bars on the first
screen (the tab bar, the key bar) work out the same style from the theme's variables
instead, the way Textual resolves a component's (``DOMNode.rich_style``): the part's
background laid over the widget's, its colour laid over that (``auto N%``: the text colour
that contrasts with it, at N%), its text style added to the widget's.
"""

from collections.abc import Callable

from rich.color import Color as RichColor
from rich.segment import Segment
from rich.style import Style
from textual.color import Color
from textual.strip import Strip


def theme_color(variables: dict[str, str], spec: str) -> tuple[Color, bool]:
    """``spec`` ("primary 40%": a theme variable, then an opacity) as a colour, and whether
    it is ``auto`` (the text colour that contrasts with the background, at its alpha)."""
    name, _, percent = spec.partition(" ")
    words = variables[name].split()
    alpha = 1.0
    for word in words[1:] + ([percent] if percent else []):
        if word.endswith("%"):
            alpha *= float(word[:-1]) / 100
    if words[0] == "auto":
        return Color(255, 255, 255, alpha), True
    return Color.parse(words[0]).multiply_alpha(alpha), False


def part_style(
    base: Style,
    background: Color,
    variables: dict[str, str],
    color: str,
    *,
    back: str | None = None,
    bold: bool = False,
) -> Style:
    """The rich style of a part whose CSS was ``color: $<color>`` (and ``background:
    $<back>``, ``text-style: bold``), in a widget whose rich style is ``base`` over
    ``background`` (``Widget.background_colors[1]``)."""
    under = background if back is None else background + theme_color(variables, back)[0]
    shade, auto = theme_color(variables, color)
    if auto:
        shade = under.get_contrast_text(shade.a)
    shown = (under + shade).rich_color if (under.a or shade.a) else None
    style = base + Style(bold=True) if bold else base
    return style + Style.from_color(shown, under.rich_color if under.a else None)


# The least contrast text is drawn with on a highlighted row (WCAG 2's ratio; 3:1 is its
# floor for large or bold text). A theme's own cursor colours fall short in some themes
# (gruvbox's cream on sage, 2.4:1); there the cursor's text is black or white instead.
LEAST_CONTRAST = 3.0


def _luminance(color: Color) -> float:
    """WCAG 2's relative luminance."""

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(color.r) + 0.7152 * linear(color.g) + 0.0722 * linear(color.b)


def contrast_ratio(one: Color, other: Color) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(foreground: Color, background: Color) -> Color:
    """``foreground`` (already laid over ``background``) if it reads on ``background`` at
    ``LEAST_CONTRAST``, else black or white, whichever contrasts more."""
    if contrast_ratio(foreground, background) >= LEAST_CONTRAST:
        return foreground
    black, white = Color(0, 0, 0), Color(255, 255, 255)
    return max((black, white), key=lambda color: contrast_ratio(color, background))


# In 16 colours (TERM=xterm) the terminal shows each colour as the nearest of its sixteen
# (Rich picks the nearest by its standard palette), and some of a theme's pairs land close:
# textual-light's warning (#a86d1c) becomes yellow on its light greys, its key letters
# cyan on grey; textual-dark's key letters bright red on bright black. Each of these text
# colours that lands below LEAST_CONTRAST on one of its grounds, measured in xterm's
# default palette, is moved to the nearest colour (not a grey) of the sixteen that reads on
# them all: red, blue, bright yellow...
_TEXT_ON = {
    "text-warning": ("background", "surface", "panel"),
    "text-accent": ("background", "surface", "panel"),
    "footer-key-foreground": ("footer-background",),
}
_XTERM = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip
_GREYS = frozenset((0, 7, 8, 15))


def sixteen_index(spec: str) -> int | None:
    """Which of the sixteen a colour variable is shown as (None: not a plain colour)."""
    from rich.color import Color as RichColor
    from rich.color import ColorParseError, ColorSystem

    try:
        return RichColor.parse(spec.split()[0]).downgrade(ColorSystem.STANDARD).number
    except (ColorParseError, IndexError):  # "auto 87%", "transparent": not one colour
        return None


def sixteen_colour_variables(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` with each text colour of ``_TEXT_ON`` that would read below
    ``LEAST_CONTRAST`` on one of its grounds in 16 colours replaced by the nearest of the
    sixteen that reads on them all (unchanged where none does)."""
    from rich._palettes import STANDARD_PALETTE

    changed = dict(variables)
    for name, ground_names in _TEXT_ON.items():
        grounds = [sixteen_index(variables.get(ground, "")) for ground in ground_names]
        shown = sixteen_index(variables.get(name, ""))
        if shown is None:
            continue

        def reads(index: int, grounds: list[int | None] = grounds) -> bool:
            return all(
                g is None
                or contrast_ratio(Color(*_XTERM[index]), Color(*_XTERM[g])) >= LEAST_CONTRAST
                for g in grounds
            )

        if reads(shown):
            continue
        wanted = Color.parse(variables[name].split()[0])
        readable = [index for index in range(16) if index not in _GREYS and reads(index)]
        if readable:
            nearest = min(readable, key=lambda i: _distance(Color(*STANDARD_PALETTE[i]), wanted))
            changed[name] = Color(*STANDARD_PALETTE[nearest]).hex
    return _sixteen_colour_lines(_cursor_ground(changed))


# A list's cursor row is its text (``auto``: white or black, whichever Textual finds the more
# contrasting) on ``block-cursor-background``. In 16 colours textual-dark's blue cursor is
# cyan, and the white words on it read at 2:1 in xterm's palette; there the cursor takes
# the nearest of the sixteen (not a grey) its text reads on at 4.5:1 (WCAG's floor for text).
CURSOR_CONTRAST = 4.5


def _cursor_text_on(index: int, text_spec: str) -> int | None:
    """Which of the sixteen the cursor's text is shown as on colour ``index``."""
    from rich._palettes import STANDARD_PALETTE

    words = text_spec.split()
    if not words or words[0] != "auto":
        return sixteen_index(text_spec)
    alpha = float(words[1][:-1]) / 100 if len(words) > 1 and words[1].endswith("%") else 1.0
    ground = Color(*STANDARD_PALETTE[index])
    return sixteen_index((ground + ground.get_contrast_text(alpha)).hex)


def _cursor_ground(variables: dict[str, str]) -> dict[str, str]:
    from rich._palettes import STANDARD_PALETTE

    shown = sixteen_index(variables.get("block-cursor-background", ""))
    text_spec = variables.get("block-cursor-foreground", "")
    if shown is None or not text_spec:
        return variables

    def reads(index: int) -> bool:
        text = _cursor_text_on(index, text_spec)
        return text is not None and (
            contrast_ratio(Color(*_XTERM[text]), Color(*_XTERM[index])) >= CURSOR_CONTRAST
        )

    if reads(shown):
        return variables
    wanted = Color.parse(variables["block-cursor-background"].split()[0])
    readable = [index for index in range(16) if index not in _GREYS and reads(index)]
    if not readable:
        return variables
    nearest = min(readable, key=lambda i: _distance(Color(*STANDARD_PALETTE[i]), wanted))
    return {**variables, "block-cursor-background": Color(*STANDARD_PALETTE[nearest]).hex}


def _distance(one: Color, other: Color) -> int:
    return sum((a - b) ** 2 for a, b in zip(one.rgb, other.rgb, strict=True))


# The lines between and around panes and boxes (a card's frame, a details pane's edge, Skills'
# columns, Recovery's plan, the rule under the tabs) are a theme colour at some opacity,
# faint on purpose. The stylesheets and the bars drawn in code name them by these variables
# (``border: round $card-line``), each the colour at its opacity as ``$primary 40%`` was.
LINES = {
    "card-line": "primary 40%",  # a .card, a details pane's edge, Today's boxes
    "quiet-line": "primary 30%",  # Skills' columns, Recovery's plan and its rules
    "empty-line": "secondary 50%",  # an empty state's box, Today's welcome, Skills' detail
    "done-line": "success 60%",  # a finished plan's edge
    "keys-line": "foreground 30%",  # the Keys panel's edge
    "tab-line": "panel-lighten-2",  # the rule under the tab bar
    "focus-line": "primary",  # the box that has focus (Today's due list)
}


def line_variables(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` with each of ``LINES``: its colour at its opacity."""
    lines = {}
    for name, spec in LINES.items():
        color, _, opacity = spec.partition(" ")
        lines[name] = f"{variables[color]} {opacity}".rstrip()
    return {**variables, **lines}


# In 16 colours textual-light's lines land on white or bright white, the colours of the
# grounds they are drawn on, and vanish (1.0 to 1.26:1 in xterm's palette). A line that
# reads below ``LEAST_CONTRAST`` (WCAG's floor for what is not text) on one of its grounds
# takes the grey of the sixteen nearest to it that reads on them all: bright black, as
# textual-dark's lines are there. A line's hue says nothing in 16 colours.
_LINES_ON = ("background", "surface")


def _sixteen_colour_lines(variables: dict[str, str]) -> dict[str, str]:
    from rich._palettes import STANDARD_PALETTE
    from textual.color import ColorParseError

    try:
        grounds = [Color.parse(variables[name]) for name in _LINES_ON]
    except (ColorParseError, KeyError):
        return variables
    shown_grounds = [sixteen_index(ground.hex) for ground in grounds]
    if any(g.ansi is not None or g.a < 1 for g in grounds) or None in shown_grounds:
        return variables

    def reads(index: int | None, ground: int | None) -> bool:
        if index is None or ground is None:
            return False
        return contrast_ratio(Color(*_XTERM[index]), Color(*_XTERM[ground])) >= LEAST_CONTRAST

    changed = dict(variables)
    for name in LINES.keys() - {"focus-line"}:
        try:
            line, auto = theme_color(variables, name)
        except (ColorParseError, KeyError):
            continue
        if auto or line.ansi is not None:
            continue
        shown = [sixteen_index((ground + line).hex) for ground in grounds]
        if all(map(reads, shown, shown_grounds)):
            continue
        greys = [i for i in _GREYS if all(reads(i, ground) for ground in shown_grounds)]
        if greys:
            wanted = grounds[0] + line
            nearest = min(greys, key=lambda i: _distance(Color(*STANDARD_PALETTE[i]), wanted))
            changed[name] = Color(*STANDARD_PALETTE[nearest]).hex
    return _sixteen_colour_focus(changed, shown_grounds, reads)


# The box that has focus is told from the others by its line alone. In textual-light's 16
# colours its primary (#004578) was bright black, as every other line is there: nothing
# said which box had focus. A focus line that reads below ``LEAST_CONTRAST`` on a ground,
# or shows as one of the other lines, takes the nearest of the sixteen (not a grey) that
# reads on them all and is none of them: blue, for textual-light.
def _sixteen_colour_focus(
    variables: dict[str, str],
    grounds: list[int | None],
    reads: Callable[[int | None, int | None], bool],
) -> dict[str, str]:
    from rich._palettes import STANDARD_PALETTE

    base = Color.parse(variables["background"])
    focus, auto = theme_color(variables, "focus-line")
    if auto or focus.ansi is not None:
        return variables
    others = {
        sixteen_index((base + theme_color(variables, name)[0]).hex)
        for name in LINES.keys() - {"focus-line"}
    }

    def fits(index: int | None) -> bool:
        return index not in others and all(reads(index, ground) for ground in grounds)

    if fits(sixteen_index((base + focus).hex)):
        return variables
    fitting = [index for index in range(16) if index not in _GREYS and fits(index)]
    if not fitting:
        return variables
    nearest = min(fitting, key=lambda i: _distance(Color(*STANDARD_PALETTE[i]), base + focus))
    return {**variables, "focus-line": Color(*STANDARD_PALETTE[nearest]).hex}


# In any colour system the key bar's letters read on the bar: in textual-light they were
# its blue on light grey at 2.9:1 (a stranger's walk), and several other themes' were lower
# still. Below ``LEAST_CONTRAST`` the letters are darkened (on a light bar) or lightened (on
# a dark one) a step at a time, their hue kept, until they read at ``CURSOR_CONTRAST``.
# The warning colour is text too ("overdue 2 days", "1 quiet (r)", a filter refused): in
# textual-light its amber read at 3.0 to 3.3:1 on the light greys, below WCAG's 4.5:1 for
# text, and it is darkened the same way till it reads at 4.5:1 on them all, still amber
# (catppuccin-latte's, rose-pine-dawn's and atom-one-light's with it; no dark theme's
# reads below 4.5:1). The accent colour is text as well (a sorted column's "Applied ▼", a
# card's title, "How did it go?"): textual-light's amber read at 2.8 to 3.3:1, and it is
# darkened the same way; only on a light theme, where it is darkened (atom-one-light's and
# catppuccin-latte's with it): a dark theme's accent is kept as its theme made it. Each
# colour: the grounds it is drawn on, the least it may read at, and whether only a light
# theme's is lifted.
_LIFTED = {
    "footer-key-foreground": (("footer-background",), LEAST_CONTRAST, False),
    "text-warning": (("background", "surface", "panel"), CURSOR_CONTRAST, False),
    "text-accent": (("background", "surface", "panel"), CURSOR_CONTRAST, True),
}


def lifted_variables(variables: dict[str, str]) -> dict[str, str]:
    """``variables`` with each text colour of ``_LIFTED`` that reads below its least on one
    of its grounds made to read at ``CURSOR_CONTRAST`` on them all (unchanged where one is
    not one plain colour: the ANSI themes')."""
    from textual.color import ColorParseError

    changed = dict(variables)
    for name, (ground_names, least, light_only) in _LIFTED.items():
        try:
            text = Color.parse(variables[name].split()[0])
            grounds = [Color.parse(variables[ground].split()[0]) for ground in ground_names]
        except (ColorParseError, IndexError, KeyError):
            continue
        if any(color.ansi is not None or color.a < 1 for color in (text, *grounds)):
            continue
        if light_only and _luminance(grounds[0]) < _luminance(text):
            continue
        if min(contrast_ratio(text, ground) for ground in grounds) < least:
            lifted = _readable_shade(text, grounds)
            changed[name] = lifted.hex if lifted is not None else variables[name]
    return changed


def _readable_shade(text: Color, grounds: list[Color]) -> Color | None:
    """``text`` darkened on lighter ``grounds`` (else lightened), or the other way if that
    falls short, till it reads at ``CURSOR_CONTRAST`` on each; None if neither way does."""
    darker_first = _luminance(grounds[0]) > _luminance(text)
    for darker in (darker_first, not darker_first):
        shade = text
        for _ in range(50):
            shade = shade.darken(0.02) if darker else shade.lighten(0.02)
            if min(contrast_ratio(shade, ground) for ground in grounds) >= CURSOR_CONTRAST:
                return shade
    return None


def _as_shown(color: RichColor, sixteen: bool) -> Color:
    """``color`` as the terminal shows it: itself, or in 16 colours the nearest of the
    sixteen (as Rich picks it) in xterm's default palette."""
    if sixteen:
        from rich.color import ColorSystem

        index = color.downgrade(ColorSystem.STANDARD).number
        return Color(*_XTERM[index or 0])
    return Color(*color.get_truecolor())


def readable_line(strip: Strip, own: RichColor | None, *, sixteen: bool = False) -> Strip:
    """A highlighted row's ``strip`` with each piece of text that reads below
    ``LEAST_CONTRAST`` on its background drawn in ``own`` (the row's own colour) instead:
    on the cursor the row's own colour wins, as on Today's due list."""
    if own is None or own.is_default:
        return strip
    segments = list(strip)
    changed = False
    for index, (text, style, control) in enumerate(segments):
        if style is None or style.color is None or style.bgcolor is None or not text.strip():
            continue
        if style.color.is_default or style.bgcolor.is_default:
            continue
        ground = _as_shown(style.bgcolor, sixteen)
        if contrast_ratio(_as_shown(style.color, sixteen), ground) < LEAST_CONTRAST:
            segments[index] = Segment(text, style + Style(color=own), control)
            changed = True
    return Strip(segments, strip.cell_length) if changed else strip
