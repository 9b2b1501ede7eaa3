"""The cursor row stays readable: on Today's due list the highlighted line's icon and "overdue
24 days" were the theme's warning orange on the cursor's blue (#a86d1c on #004578 in the
light theme, 2.3:1). On the cursor the row's own colour wins; every piece of text on it is
checked here at 3:1 or more (WCAG's relative luminance), as the app draws it in truecolor,
in each theme the app offers but the ANSI ones (those are the terminal's own colours).

And in 16 colours (TERM=xterm) the light theme's warnings and keys and the dark theme's keys,
which came out yellow or cyan on light grey and bright red on bright black, read at 3:1 in
xterm's default palette."""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.segment import Segment
from textual.theme import BUILTIN_THEMES

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.built_stores import store_once
from tests.ui_harness import app_on, settle

THEMES = sorted(name for name in BUILTIN_THEMES if not name.startswith("ansi"))


def _luminance(color: RichColor) -> float:
    """WCAG 2's relative luminance of a truecolor colour."""
    triplet = color.get_truecolor()

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(channel) for channel in triplet)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(one: RichColor, other: RichColor) -> float:
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_contrast_is_worked_out_as_wcag_says() -> None:
    # Figures from the finding and WCAG's own ends: black on white is 21:1.
    assert contrast(RichColor.parse("#000000"), RichColor.parse("#ffffff")) == pytest.approx(21)
    assert contrast(RichColor.parse("#a86d1c"), RichColor.parse("#004578")) == pytest.approx(
        2.3, abs=0.05
    )


def _drawn_pieces(line: list[Segment]) -> list[tuple[str, RichColor, RichColor]]:
    return [
        (segment.text, segment.style.color, segment.style.bgcolor)
        for segment in line
        if segment.style is not None and segment.text.strip()
    ]


@pytest.mark.parametrize("theme", THEMES)
async def test_the_due_lists_cursor_row_reads_at_3_to_1(
    opened_paths: DataPaths, theme: str
) -> None:
    store_once(opened_paths, fill_demo, 30)
    db = Database(opened_paths.database)
    save_setting(db, "theme", theme)
    db.dispose()
    async with app_on(opened_paths) as (app, pilot, _):
        await settle(pilot)
        assert app.theme == theme
        board = app.screen.focused
        index = board.highlighted
        words = str(board._options[index].prompt)
        assert "days late" in words  # the demo's first due item is late: the orange words
        strips = app.screen._compositor.render_strips()
        cursor_back = board.look_style("cursor-focused").background.rich_color
        rows = [
            strip
            for strip in strips
            # "11 days late", or "11d late" where the line is short ("Company (Role)" names)
            if " late" in strip.text
            and any(s.style is not None and s.style.bgcolor == cursor_back for s in strip)
        ]
        assert len(rows) == 1, "the cursor's row is not found on screen"
        pieces = [
            (text, color, back)
            for text, color, back in _drawn_pieces(list(rows[0]))
            if back == cursor_back
        ]
        assert " late" in "".join(text for text, _, _ in pieces)
        for text, color, back in pieces:
            assert color is not None, f"{text!r} has no colour of its own"
            ratio = contrast(color, back)
            assert ratio >= 3, f"{theme}: {text!r} is {color} on {back}, {ratio:.1f}:1"


# -- 16 colours (TERM=xterm): each colour is shown as the nearest of the terminal's sixteen -----

# xterm's default palette (its resources' colour0 to colour15), what the finding measured in.
XTERM = [
    "#000000", "#cd0000", "#00cd00", "#cdcd00", "#0000ee", "#cd00cd", "#00cdcd", "#e5e5e5",
    "#7f7f7f", "#ff0000", "#00ff00", "#ffff00", "#5c5cff", "#ff00ff", "#00ffff", "#ffffff",
]  # fmt: skip
YELLOW, CYAN, BRIGHT_RED = 3, 6, 9
GREYS = {0, 7, 8, 15}


def _index_in_16(spec: str) -> int:
    return RichColor.parse(spec.split()[0]).downgrade(ColorSystem.STANDARD).number


@pytest.mark.parametrize(
    ("theme", "name", "ground", "before"),
    [
        ("textual-light", "text-warning", "panel", YELLOW),  # Recovery's "· draft kept"
        ("textual-light", "text-accent", "background", YELLOW),  # "Applied ▼"
        ("textual-light", "footer-key-foreground", "footer-background", CYAN),
        ("textual-dark", "footer-key-foreground", "footer-background", BRIGHT_RED),
    ],
)
async def test_in_16_colours_the_named_texts_read_at_3_to_1(
    opened_paths: DataPaths, theme: str, name: str, ground: str, before: int
) -> None:
    db = Database(opened_paths.database)
    save_setting(db, "theme", theme)
    db.dispose()
    app = BouncebackApp(opened_paths)
    app.console._color_system = ColorSystem.STANDARD  # as under TERM=xterm
    app.stylesheet.set_variables(app.get_css_variables())
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        truecolor = BUILTIN_THEMES[theme].to_color_system().generate()
        assert _index_in_16(truecolor[name]) == before  # the finding's colour, in truecolor
        variables = app.theme_variables
        text, back = _index_in_16(variables[name]), _index_in_16(variables[ground])
        ratio = contrast(RichColor.parse(XTERM[text]), RichColor.parse(XTERM[back]))
        assert ratio >= 3, f"{name} is colour {text} on {back} in 16 colours, {ratio:.1f}:1"
        assert text not in GREYS  # still a colour of its own, apart from the words around it
