"""The colours Today's board draws in, worked out from the theme's variables.

The board (ui/today/board.py) could take them from component classes (``.x { color:
$primary 40%; }``), as the widgets it replaced did; but Textual styles every component
class of a widget again whenever the widget's styles are updated, and focus does that
(at every pane switch, twice before the first frame): thirteen classes cost about 12M
instructions of the first paint. So the board asks the theme for the same variables and
works out what the stylesheet would: a colour with a percentage is that colour at that
opacity, ``auto N%`` is the text colour that contrasts with the background at N%
opacity, a background with some transparency is laid over the board's, and what is
drawn over it is blended as Textual blends it (``Style.rich_style``).

Only Today's board uses this; everything else in the app takes its colours from CSS.
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.
from typing import NamedTuple

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.color import Color
from textual.strip import Strip
from textual.style import Style

from bounceback_tui.ui.kit.theme_looks import readable_on, theme_color

# What each of the board's looks was in CSS (the widgets' rules it replaces): a colour and a
# background (theme variables, optionally with an opacity), and a text style (a variable).
# None keeps the board's own.
_LOOKS: dict[str, tuple[str | None, str | None, str | None]] = {
    "box": ("primary 40%", None, None),  # a .card's round border
    "welcome-box": ("secondary 50%", None, None),  # an .empty-state's (the welcome's)
    "box-focused": ("primary", None, None),  # the due list's, while it has focus
    "title": ("text", None, None),  # border-title-color: $text
    "next": (None, "boost", None),  # the next step's background
    "next-bar": ("accent", "boost", None),  # its thick left bar
    "people-bar": ("secondary", None, None),
    "cursor": ("foreground", "block-cursor-blurred-background", None),
    "cursor-focused": (
        "block-cursor-foreground",
        "block-cursor-background",
        "block-cursor-text-style",
    ),
    "disabled": ("text-disabled", None, None),
    "hover": (None, "block-hover-background", None),
    "trends--label": ("text-muted", None, None),
    "trends--sent": ("text-success", None, None),
    "trends--rejected": ("text-error", None, None),
    "trends--single": ("text-accent", None, None),
}


class _Spec(NamedTuple):
    color: Color
    auto: bool  # "auto": the contrast of whatever it is drawn on, at color.a


def _parse(variables: dict[str, str], spec: str) -> _Spec:
    """``spec`` ("primary 40%": a variable, then an opacity) as a colour."""
    return _Spec(*theme_color(variables, spec))


def board_styles(base: Style, variables: dict[str, str]) -> dict[str, Style]:
    """Each of the board's looks as a style over ``base`` (the board's own: its background
    and text colour), the way the stylesheet would have resolved it."""
    styles: dict[str, Style] = {}
    background = base.background or Color(0, 0, 0)
    for name, (color, back, text_style) in _LOOKS.items():
        under = background
        if back is not None:
            under = background + _parse(variables, back).color
        foreground = base.foreground
        if color is not None:
            spec = _parse(variables, color)
            foreground = under.get_contrast_text(spec.color.a) if spec.auto else spec.color
            if name.startswith("cursor") and foreground is not None:  # readable in any theme
                foreground = readable_on(under + foreground, under)
        words = variables.get(text_style, "").split() if text_style else []
        styles[name] = Style(
            background=under,
            foreground=foreground,
            bold=True if "bold" in words else base.bold,
            italic=True if "italic" in words else base.italic,
            underline=True if "underline" in words else base.underline,
            reverse=True if "reverse" in words else base.reverse,
        )
    return styles


class BoardLook:
    """The lines drawn in one look (the theme, focused or not): whole rows by their y,
    each part's wrapped text, and the styles they are drawn in."""

    __slots__ = ("bar", "base", "rows", "styles", "texts")

    def __init__(self, styles: dict[str, Style] | None = None, base: RichStyle | None = None):
        self.rows: dict[int, Strip] = {}
        self.texts: dict[tuple[str, int], list[Strip]] = {}
        self.styles: dict[str, Style] = styles or {}
        self.base = base or RichStyle()  # the board's own (its background), as Rich draws it
        # The due list's scroll bar: its cells for (rows, lines, the top line shown).
        self.bar: tuple[tuple[int, ...], list[Segment]] | None = None
