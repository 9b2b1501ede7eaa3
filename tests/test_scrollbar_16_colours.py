"""The scroll bar's thumb shows in 16 colours (TERM=xterm).

In the light theme the thumb (#7994a9) and its track (#cacaca) are both shown as white, the
nearest of the sixteen to each: grey on grey, 1.0:1 in xterm's default palette, and a long
list gave no sign of where in it the person was. The thumb is measured here against its
track as the terminal shows them, at WCAG's 3:1 for what is not text. The dark theme's
(bright black on black) is checked with it.
"""

from __future__ import annotations

import pytest
from rich.color import Color as RichColor
from rich.color import ColorSystem
from rich.style import Style

from bounceback_tui.paths import DataPaths
from tests.test_colour_systems_looks import DARK, LIGHT, SixteenColours, _demo
from tests.test_cursor_contrast import XTERM, contrast
from tests.ui_harness import app_on, settle


def _in_16(color: RichColor) -> RichColor:
    return RichColor.parse(XTERM[color.downgrade(ColorSystem.STANDARD).number or 0])


def _cell(style: Style) -> RichColor:
    """The colour a blank cell of the bar shows: its background, or reversed its colour."""
    shown = style.color if style.reverse else style.bgcolor
    assert shown is not None, style
    return shown


@pytest.mark.parametrize("theme", [LIGHT, DARK])
async def test_in_16_colours_the_scroll_bars_thumb_shows_on_its_track(
    opened_paths: DataPaths, theme: str
) -> None:
    _demo(opened_paths, theme)
    # A short terminal: the Pipeline's applications are more than its table shows.
    async with app_on(opened_paths, size=(100, 20), app_class=SixteenColours) as (app, pilot, _):
        await pilot.press("2")
        await settle(pilot)
        table = app.screen.focused
        assert table is not None and table.show_vertical_scrollbar
        region = table.vertical_scrollbar.region
        strips = app.screen._compositor.render_strips()
        cells = [
            segment
            for y in range(region.y, region.bottom)
            for segment in strips[y].crop(region.x, region.right)
            if segment.style is not None and segment.text == " "
        ]
        thumb = {_cell(s.style) for s in cells if s.style is not None and s.style.reverse}
        track = {_cell(s.style) for s in cells if s.style is not None and not s.style.reverse}
        assert thumb and track, "the bar shows no thumb or no track"
        for one in thumb:
            for other in track:
                ratio = contrast(_in_16(one), _in_16(other))
                assert ratio >= 3, f"{theme}: the thumb {one} on {other} reads at {ratio:.2f}:1"
