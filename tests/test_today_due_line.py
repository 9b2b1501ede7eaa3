"""Today's due lines drawn without Content's wrapping machinery (ui/today/board.py,
``one_line``) are the segments ``Content.render_strips`` draws, offsets included.

The due list draws a line per item on the first frame; for a line that fits, has no
newline and no tab, ``render_strips`` wraps, cuts and aligns nothing, and the board skips
that work (docs/performance.md, "First paint, fp8's round"). Every segment is compared:
its text, and its style with the offset a selection reads (Rich styles compare their meta).
"""

from __future__ import annotations

from typing import cast

import pytest
from textual.app import App, ComposeResult
from textual.content import Content
from textual.css.styles import RulesMap
from textual.visual import RenderOptions
from textual.widgets import Static

from bounceback_tui.ui.today.line_strip import one_line

NOWRAP = cast("RulesMap", {"text_wrap": "nowrap", "text_overflow": "ellipsis"})


def _contents() -> list[Content]:
    return [
        Content("Follow up with Acme"),
        Content.assemble(
            ("↻ ", "$text-muted"), ("Acme Corp — Data Engineer", "bold"), ("  in 3 days", "")
        ),
        Content.assemble(
            ("! ", "bold $text-warning"),
            Content("Ask Initech for feedback"),
            ("  2 days ago", "$text-warning"),
        ),
        # Spans that overlap, and a gap without a style between two.
        Content("abcdefghij").stylize("bold", 0, 6).stylize("italic", 3, 8).stylize("red", 9),
        Content.assemble(("日本語の会社", "bold"), " · ", ("Zürich", "$text-muted")),
        Content.styled("  and 12 more", "$text-muted"),
        Content(""),
    ]


class _Host(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("x", id="host")


@pytest.mark.parametrize("width", [0, 1, 5, 19, 24, 40, 75])
async def test_one_line_is_what_render_strips_draws(width: int) -> None:
    app = _Host()
    async with app.run_test(size=(80, 5)):
        widget = app.query_one("#host", Static)
        base = widget.get_visual_style()
        looks = [base, base + widget._get_style("reverse $text-accent")]
        compared = 0
        for content in _contents():
            for style in looks:
                fast = one_line(content, width, style, widget._get_style)
                options = RenderOptions(widget._get_style, NOWRAP)
                drawn = content.render_strips(width, 1, style, options)
                if fast is None:
                    # Left to render_strips: only what it would cut, or no room at all.
                    assert width == 0 or content.cell_length > width
                    continue
                assert drawn, (content.plain, width)
                assert list(fast) == list(drawn[0]), (content.plain, width)
                assert fast.cell_length == drawn[0].cell_length
                compared += 1
        assert compared or width < 19  # the due list's widths are all drawn the quick way


async def test_one_line_leaves_newlines_and_tabs_to_render_strips() -> None:
    app = _Host()
    async with app.run_test(size=(80, 5)):
        widget = app.query_one("#host", Static)
        style = widget.get_visual_style()
        for text in ("two\nlines", "a\ttab"):
            assert one_line(Content(text), 40, style, widget._get_style) is None
