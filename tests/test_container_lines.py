"""A container's rows that draw alike are one line object (ui/kit/container_lines.py):
cropped and cut once for all of them, drawn as before; a widget with content of its own
keeps a line per row."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Static

import bounceback_tui.ui.app  # noqa: F401  (the app wraps Textual's StylesCache when it loads)
from bounceback_tui.ui.kit import container_lines


class _Boxes(App[None]):
    CSS = """
    #box { height: 8; border: round $accent; background: $panel; }
    #box > Static { height: 2; width: 10; }
    #lines { height: 4; }
    """

    def compose(self) -> ComposeResult:
        with Vertical(id="box"), Horizontal(id="row"):
            yield Static("inside", id="inside")
        yield Static("same\nsame\nsame\nsame", id="lines")


def _rows(widget: object) -> list[object]:
    cache = widget._styles_cache._cache  # type: ignore[attr-defined]  # Textual's
    return [cache[y] for y in sorted(cache)]


def test_the_app_wraps_textuals_styles_cache() -> None:
    assert container_lines._state["shared"]
    assert container_lines.share_container_lines()


def test_a_containers_equal_rows_are_one_line_drawn_as_before() -> None:
    async def run() -> None:
        app = _Boxes()
        async with app.run_test(size=(30, 14)) as pilot:
            await pilot.pause()
            box = app.query_one("#box")
            rows = _rows(box)
            assert len(rows) == 8
            # The border's top and bottom, and one line for the six rows between.
            assert len({id(row) for row in rows}) == 3
            assert rows[1] is rows[6]
            text = [row.text for row in rows]  # type: ignore[attr-defined]
            assert text[0].startswith("╭") and text[-1].startswith("╰")
            assert all(line.startswith("│") and line.endswith("│") for line in text[1:-1])
            # The screen as drawn: the child on top of the shared rows, the border around.
            screen = [strip.text for strip in app.screen._compositor.render_strips()]
            assert screen[1].startswith("│inside") and screen[1].rstrip().endswith("│")
            assert screen[2].startswith("│ ") and screen[7].startswith("╰")
            # A widget drawing content of its own keeps a line per row, even equal ones.
            lines = _rows(app.query_one("#lines"))
            assert [row.text for row in lines] == ["same" + " " * 26] * 4  # type: ignore[attr-defined]
            assert len({id(row) for row in lines}) == 4

    import asyncio

    asyncio.run(run())


def test_only_widgets_drawing_nothing_of_their_own_are_shared() -> None:
    assert container_lines.draws_no_content(Vertical)
    assert container_lines.draws_no_content(Horizontal)
    assert not container_lines.draws_no_content(Static)
