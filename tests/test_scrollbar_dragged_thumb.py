"""The dragged scroll bar thumb reads on its track, in every theme (a lead's walk).

A thumb held with the mouse is drawn in the theme's dragged colour ($scrollbar-active, its
primary), and in four light themes that read below WCAG's 3:1 for what is not text on the
track, so the thumb being dragged was the one hardest to see. Here the Pipeline's thumb is
pressed with the mouse and held, and measured as drawn against its track in every theme but
the ANSI ones, which draw in the terminal's own colours (tests/test_scrollbar_thumbs.py
measures it at rest; the ratio is WCAG's, worked out in tests/test_cursor_contrast.py).
"""

from __future__ import annotations

from typing import Any

import pytest
from textual.scrollbar import ScrollBar

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from tests.test_colour_systems_looks import SixteenColours, TwoFiftySixColours, _demo
from tests.test_scrollbar_thumbs import _pipeline_list, faint_thumbs, half_way
from tests.ui_harness import app_on, settle


def _on_the_thumb(app: Any, bar: ScrollBar) -> tuple[int, int]:
    """A cell of the screen where ``bar``'s thumb is drawn: the one a press takes hold of."""
    region = bar.region
    strips = app.screen._compositor.render_strips()
    for y in range(region.y, region.bottom):
        x = region.x
        for segment in strips[y].crop(region.x, region.right):
            if segment.style is not None and segment.style.meta.get("@mouse.down") == "grab":
                return x, y
            x += segment.cell_length
    raise AssertionError("no thumb drawn")


@pytest.mark.parametrize(
    ("system", "app_class"),
    [
        ("truecolor", BouncebackApp),
        ("256", TwoFiftySixColours),
        ("standard", SixteenColours),
    ],
)
async def test_the_dragged_thumb_reads_on_its_track_in_every_theme(
    opened_paths: DataPaths, system: str, app_class: type[BouncebackApp]
) -> None:
    _demo(opened_paths, "textual-dark")
    async with app_on(opened_paths, size=(100, 24), app_class=app_class) as (app, pilot, _):
        widget = await _pipeline_list(app, pilot)
        await half_way(pilot, widget)
        bar = widget.vertical_scrollbar
        await pilot.mouse_down(offset=_on_the_thumb(app, bar))
        await settle(pilot, 2)
        assert bar.grabbed, "the thumb is not held"
        low = await faint_thumbs(app, pilot, widget, system)
        assert bar.grabbed, "the thumb was let go"
        await pilot.mouse_up(offset=_on_the_thumb(app, bar))
        await settle(pilot, 2)
    assert not low, "\n".join(low)
