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
from typing import TYPE_CHECKING, NamedTuple

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.color import Color
from textual.strip import Strip
from textual.style import Style
from textual.widget import Widget

from bounceback_tui.ui.kit.theme_looks import readable_on, theme_color

# What each of the board's looks was in CSS (the widgets' rules it replaces): a colour and a
# background (theme variables, optionally with an opacity), and a text style (a variable).
# None keeps the board's own.
_LOOKS: dict[str, tuple[str | None, str | None, str | None]] = {
    "box": ("card-line", None, None),  # a .card's round border
    "welcome-box": ("empty-line", None, None),  # an .empty-state's (the welcome's)
    "box-focused": ("focus-line", None, None),  # the due list's, while it has focus
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


# A mixin, put before the Textual class (as kit/draw_size.py's): a plain class at run time.
if TYPE_CHECKING:
    _Widget = Widget
else:
    _Widget = object


class KeptLooks(_Widget):
    """The board's looks, kept for each theme and focus it has had (``_looks``, filled by
    the board), and the one drawn now."""

    _looks: dict[tuple[object, ...], BoardLook]
    _look: BoardLook
    _look_known: bool
    _look_focused: bool

    def notify_style_update(self) -> None:
        """Styles were re-applied (focus does it, for the :focus rules): the lines drawn
        for this look, if it is one the board has had, come back."""
        super().notify_style_update()
        self._look_known = False

    # The look, the board's own style and its focus: looked up once a draw (each look-up
    # walks Textual's reactives and pseudo-classes), as before outside a draw.
    _drawing: tuple[BoardLook, Style, bool] | None = None

    def visual_style_now(self) -> Style:
        """``get_visual_style()``, kept while its lines are drawn."""
        return self.get_visual_style() if self._drawing is None else self._drawing[1]

    def focused_now(self) -> bool:
        """``has_focus``, kept while its lines are drawn."""
        return self.has_focus if self._drawing is None else self._drawing[2]

    def _look_now(self) -> BoardLook:
        if self._drawing is not None:
            return self._drawing[0]
        # Focus given back with the look kept for it restyles nothing (kit/focus_looks.py):
        # the look is known only for the focus it was found for.
        if not self._look_known or self._look_focused is not self.has_focus:
            base = self.get_visual_style()
            self._look_focused = self.has_focus
            look = (self.app.theme, self._look_focused, base)
            found = self._looks.pop(look, None)
            if found is None:
                found = BoardLook(board_styles(base, self.app.theme_variables), base.rich_style)
                while len(self._looks) > 1:
                    del self._looks[next(iter(self._looks))]
            self._looks[look] = self._look = found
            self._look_known = True
        return self._look

    def look_style(self, name: str) -> Style:
        """One of the board's looks (above) in the theme drawn now."""
        return self._look_now().styles[name]

    @property
    def base_style(self) -> RichStyle:
        """The board's own style (its background and text colour), as Rich draws it."""
        return self._look_now().base
