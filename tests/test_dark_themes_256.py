"""Every theme's text reads in 256 colours (TERM=xterm-256color), dark ones too.

The 256-colour path (kit/theme_256.py) held a light theme's text colours at WCAG's 4.5:1 and
left a dark theme's as they came out. Rich shows a dark ground with a channel between 48
and 94 as 95 in the cube: catppuccin-frappe's background (#303446) as #5f5f5f, nord's
(#2e3440) as teal #005f5f, tokyo-night's panel (#414868) as #5f5f5f; there, measured as
the terminal shows each colour, the body text read at 3.0:1 (tokyo-night), 4.4:1 (nord),
the muted text at 2.7 to 3.0:1 (catppuccin), the key bar's letters at 2.8:1 (nord), 2.3:1
(rose-pine-moon), nord's cursor row at 3.3:1, tokyo-night's warnings at 4.2:1.

Held here as the light themes are: the body text and the key bar's letters and words at
4.5:1 in every theme, and each other text (muted, the cursor row, warnings, accents...) at
4.5:1 where it reads at 4.5:1 on all its grounds in truecolor. The ANSI themes are the
terminal's own colours: nothing to measure. (This replaces a test that held every dark
theme's colours in 256 colours as its theme made them.)
"""

from __future__ import annotations

from typing import Any

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from textual.color import Color
from textual.theme import BUILTIN_THEMES

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.key_bar import KeyBar
from tests.test_colour_systems_looks import (
    TwoFiftySixColours,
    _demo,
    _segments,
    _shown_in_256,
    _theme,
)
from tests.test_cursor_contrast import contrast
from tests.ui_harness import app_on, settle

THEMES = sorted(name for name in BUILTIN_THEMES if not name.startswith("ansi"))
GROUNDS = ("background", "surface", "panel")

# Each text, the variable it is drawn in and the grounds it is drawn on.
TEXTS = {
    "body text": ("foreground", GROUNDS),
    "muted text": ("text-muted", GROUNDS),
    "key letters": ("footer-key-foreground", ("footer-background",)),
    "key words": ("footer-description-foreground", ("footer-background",)),
    "cursor row": ("block-cursor-foreground", ("block-cursor-background",)),
    "warning": ("text-warning", GROUNDS),
    "accent": ("text-accent", GROUNDS),
    "primary": ("text-primary", GROUNDS),
    "secondary": ("text-secondary", GROUNDS),
    "success": ("text-success", GROUNDS),
    "error": ("text-error", GROUNDS),
}
# At 4.5:1 whatever they read at in truecolor.
ALWAYS = {"body text", "key letters", "key words"}


class TrueColour(BouncebackApp):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.console._color_system = ColorSystem.TRUECOLOR
        self.stylesheet.set_variables(self.get_css_variables())


def _drawn(variables: dict[str, str], name: str, ground_name: str) -> tuple[Color, Color]:
    """The text colour ``name`` as Textual draws it on ``ground_name`` (``auto N%``: the
    colour that contrasts with the ground, at N%, laid over it), and the ground."""
    ground = Color.parse(variables[ground_name])
    words = variables[name].split()
    if words[0] == "auto":
        alpha = float(words[1][:-1]) / 100 if len(words) > 1 else 1.0
        return ground + ground.get_contrast_text(alpha), ground
    return ground + Color.parse(words[0]), ground


def _in_256(color: Color) -> RichColor:
    return _shown_in_256(RichColor.from_triplet(color.rich_color.get_truecolor()))


def _truecolor(color: Color) -> RichColor:
    return RichColor.from_triplet(color.rich_color.get_truecolor())


def test_in_256_colours_every_themes_text_reads(opened_paths: DataPaths) -> None:
    short = []
    for theme in THEMES:
        _theme(opened_paths, theme)
        truecolor = TrueColour(opened_paths).theme_variables
        shown = TwoFiftySixColours(opened_paths).theme_variables
        for text, (name, grounds) in TEXTS.items():
            before = min(
                contrast(*map(_truecolor, _drawn(truecolor, name, ground))) for ground in grounds
            )
            if text not in ALWAYS and before < 4.5:
                continue  # held as the theme made it, as a light theme's is
            for ground in grounds:
                ratio = contrast(*map(_in_256, _drawn(shown, name, ground)))
                if ratio < 4.5:
                    short.append(f"{theme}: {text} on {ground} {ratio:.2f}:1")
    assert not short, "\n".join(short)


# As drawn: a worst dark theme's Pipeline, in 256 colours, each text as the terminal shows it.
def _ratio_of(app: Any, text: str, region: Any = None, bold: bool | None = None) -> list[str]:
    pieces = []
    for segment in _segments(app, text, region):
        style = segment.style
        if style is None or not segment.text.strip():
            continue
        if text not in segment.text and segment.text.strip() not in text:
            continue
        if bold is not None and bool(style.bold) is not bold:
            continue
        assert style.color is not None and style.bgcolor is not None, segment
        ratio = contrast(_shown_in_256(style.color), _shown_in_256(style.bgcolor))
        pieces.append(f"{segment.text.strip()!r} {ratio:.2f}:1")
        if ratio < 4.5:
            pieces[-1] += " SHORT"
    assert pieces, f"{text!r} not found"
    return pieces


@pytest.mark.parametrize("theme", ["catppuccin-frappe", "nord", "tokyo-night"])
async def test_in_256_colours_a_dark_themes_pipeline_reads(
    opened_paths: DataPaths, theme: str
) -> None:
    _demo(opened_paths, theme)
    async with app_on(opened_paths, size=(120, 40), app_class=TwoFiftySixColours) as (
        app,
        pilot,
        _,
    ):
        await settle(pilot)
        late = _ratio_of(app, "2 days late")  # Today: a follow-up past its day, a warning
        await pilot.press("2")
        await settle(pilot)
        table = app.screen.focused
        assert table is not None
        bar = app.screen.query_one(KeyBar).region
        pieces = {
            "warning": late,
            "body text": _ratio_of(app, "Oakleaf", table.region),
            "muted column titles": _ratio_of(app, "Company", table.region),
            "cursor row": _ratio_of(app, "Vantage Civic", table.region),
            "key letters": _ratio_of(app, "", bar, bold=True),
            "key words": _ratio_of(app, "", bar, bold=False),
        }
        short = {what: found for what, found in pieces.items() if any("SHORT" in p for p in found)}
        assert not short, f"{theme}: {short}"
