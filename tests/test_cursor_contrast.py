"""The cursor row stays readable: on Today's due list the highlighted line's icon and "overdue
24 days" were the theme's warning orange on the cursor's blue (#a86d1c on #004578 in the
light theme, 2.3:1). On the cursor the row's own colour wins; every piece of text on it is
checked here at 3:1 or more (WCAG's relative luminance), as the app draws it in truecolor,
in each theme the app offers but the ANSI ones (those are the terminal's own colours)."""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.segment import Segment
from textual.theme import BUILTIN_THEMES

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
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
        assert "overdue" in words  # the demo's first due item is late: the orange words
        strips = app.screen._compositor.render_strips()
        cursor_back = board.look_style("cursor-focused").background.rich_color
        rows = [
            strip
            for strip in strips
            if "overdue" in strip.text
            and any(s.style is not None and s.style.bgcolor == cursor_back for s in strip)
        ]
        assert len(rows) == 1, "the cursor's row is not found on screen"
        pieces = [
            (text, color, back)
            for text, color, back in _drawn_pieces(list(rows[0]))
            if back == cursor_back
        ]
        assert "overdue" in "".join(text for text, _, _ in pieces)
        for text, color, back in pieces:
            assert color is not None, f"{text!r} has no colour of its own"
            ratio = contrast(color, back)
            assert ratio >= 3, f"{theme}: {text!r} is {color} on {back}, {ratio:.1f}:1"
