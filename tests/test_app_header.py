"""The app's header (ui/kit/app_header.py) draws what Textual's Header draws, cell by cell.

Two small apps, one with Textual's Header and one with ``AppHeader``, each over the same
body and stylesheet, are drawn through the compositor and their header rows compared cell
by cell (character, colours, bold, dim, italic, underline, reverse): at several widths (a
title cut with an ellipsis at the narrowest), in a dark and a light theme, in the demo
store's colours (a stylesheet rule for ``Header``), made tall by a click, with the pointer
over the icon, and after the title changes. The expected cells are Textual's, never this
module's own. A click on the icon opens the command palette in both.
"""

from __future__ import annotations

from typing import Any, ClassVar

import pytest
from textual.app import App, ComposeResult
from textual.command import CommandPalette
from textual.geometry import Size
from textual.widgets import Header, Static
from textual.widgets._tooltip import Tooltip

from bounceback_tui.ui.kit.app_header import AppHeader

DEMO_RULE = """
.-demo Header {
    background: $warning;
    color: auto 90%;
}
"""


class _HeaderApp(App[None]):
    TITLE = "bounceback"
    SUB_TITLE = "one step at a time"
    CSS = DEMO_RULE
    TOOLTIP_DELAY = 0.05
    header_class: ClassVar[type[Header]] = Header

    def compose(self) -> ComposeResult:
        yield self.header_class()
        yield Static("body")


class _TextualHeaderApp(_HeaderApp):
    header_class = Header


class _OneWidgetApp(_HeaderApp):
    header_class = AppHeader


def _look(style: Any) -> tuple[Any, ...]:
    return tuple(
        style and getattr(style, name)
        for name in ("color", "bgcolor", "bold", "dim", "italic", "underline", "reverse")
    )


def _cells(app: App[Any], rows: int) -> list[list[tuple[Any, ...]]]:
    """Each row's cells (character and look), then the row's runs as the terminal and a
    screenshot get them (text and look of each segment: a screenshot draws one box per
    segment, so the same cells cut differently would change the snapshots)."""
    strips = app.screen._compositor.render_strips(Size(*app.size))
    drawn: list[list[tuple[Any, ...]]] = []
    for strip in strips[:rows]:
        drawn.append(
            [(ch, *_look(segment.style)) for segment in strip for ch in segment.text]
            + [("runs", tuple((segment.text, _look(segment.style)) for segment in strip))]
        )
    return drawn


async def _draw(app_class: type[_HeaderApp], width: int, **how: Any) -> list[list[Any]]:
    app = app_class()
    async with app.run_test(size=(width, 10)) as pilot:
        app.theme = how.get("theme", "textual-dark")
        if how.get("demo"):
            app.add_class("-demo")
        if how.get("title"):
            app.title = how["title"]
        await pilot.pause()
        if how.get("tall"):
            await pilot.click(app.query_one(Header), offset=(width // 2, 0))
        if how.get("hover_icon"):
            await pilot.hover(app.query_one(Header), offset=(3, 0))
        await pilot.pause()
        rows = app.query_one(Header).size.height
        return _cells(app, rows)


CASES = [
    pytest.param(120, {}, id="120"),
    pytest.param(80, {}, id="80"),
    pytest.param(41, {}, id="41-cut"),
    pytest.param(81, {"theme": "textual-light"}, id="light"),
    pytest.param(100, {"demo": True}, id="demo"),
    pytest.param(100, {"demo": True, "theme": "textual-light"}, id="demo-light"),
    pytest.param(90, {"tall": True}, id="tall"),
    pytest.param(90, {"hover_icon": True}, id="icon-under-pointer"),
    pytest.param(90, {"hover_icon": True, "demo": True}, id="icon-under-pointer-demo"),
    pytest.param(70, {"title": "bounceback · DEMO DATA"}, id="new-title"),
]


@pytest.mark.parametrize(("width", "how"), CASES)
async def test_the_header_is_drawn_as_textuals(width: int, how: dict[str, Any]) -> None:
    expected = await _draw(_TextualHeaderApp, width, **how)
    drawn = await _draw(_OneWidgetApp, width, **how)
    assert len(drawn) == len(expected)
    for row, (got, want) in enumerate(zip(drawn, expected, strict=True)):
        differ = [x for x, (a, b) in enumerate(zip(got, want, strict=True)) if a != b]
        assert len(got) == len(want) and not differ, (row, differ[:5], got[:3], want[:3])


@pytest.mark.parametrize("app_class", [_TextualHeaderApp, _OneWidgetApp])
async def test_a_click_on_the_icon_opens_the_palette(app_class: type[_HeaderApp]) -> None:
    app = app_class()
    async with app.run_test(size=(80, 20)) as pilot:
        await pilot.click(app.query_one(Header), offset=(2, 0))
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        assert not app.query_one(Header).has_class("-tall")


@pytest.mark.parametrize("app_class", [_TextualHeaderApp, _OneWidgetApp])
async def test_the_icon_offers_the_palette_as_its_tooltip(app_class: type[_HeaderApp]) -> None:
    app = app_class()
    async with app.run_test(size=(80, 20), tooltips=True) as pilot:
        header = app.query_one(Header)
        await pilot.hover(header, offset=(3, 0))
        for _ in range(50):  # the tooltip's timer: waited for, not timed
            await pilot.pause(0.02)
            tooltip = app.screen.get_child_by_type(Tooltip)
            if tooltip.display:
                break
        assert tooltip.display
        assert "command palette" in str(tooltip.render())
        await pilot.hover(header, offset=(40, 0))  # over the title: no tooltip of its own
        for _ in range(50):
            await pilot.pause(0.02)
            if not tooltip.display:
                break
        assert not tooltip.display
