"""A Static's text forgets the lines it was cut into once they are drawn
(ui/kit/content_splits.py), and draws the same, at its width and at another."""

from __future__ import annotations

import asyncio

from textual.app import App, ComposeResult
from textual.content import Content
from textual.widgets import Static

import bounceback_tui.ui.app  # noqa: F401  (the app patches Textual's Static when it loads)
from bounceback_tui.ui.kit import content_splits

WORDS = ["alpha beta", "gamma delta epsilon zeta", "eta"]


class _Text(App[None]):
    CSS = "#text { width: 12; height: auto; }"

    def compose(self) -> ComposeResult:
        yield Static(id="text")


def _drawn(static: Static) -> list[str]:
    return [line.text.rstrip() for line in static._render_cache.lines]


def test_the_app_patches_textuals_static() -> None:
    assert content_splits._state["patched"]
    assert content_splits.forget_drawn_splits()


def test_a_static_keeps_no_cut_lines_once_drawn_and_draws_the_same() -> None:
    async def run() -> None:
        app = _Text()
        async with app.run_test(size=(30, 12)) as pilot:
            static = app.query_one("#text", Static)
            content = Content("\n").join([Content.styled(words, "bold") for words in WORDS])
            static.update(content)
            await pilot.pause()
            # Cut at 12 cells: the second line wraps at its spaces.
            assert _drawn(static) == ["alpha beta", "gamma delta", "epsilon zeta", "eta"]
            assert content._split_cache is None
            assert content._divide_cache is None
            # Drawn again at another width, from the same text: cut again, the same words.
            static.styles.width = 30
            await pilot.pause()
            assert _drawn(static) == WORDS
            assert content._split_cache is None
            # Every segment of a word kept its style.
            styled = [
                segment
                for line in static._render_cache.lines
                for segment in line
                if segment.text.strip()
            ]
            assert styled and all(segment.style and segment.style.bold for segment in styled)

    asyncio.run(run())


def test_anything_but_content_is_left_alone() -> None:
    content_splits.drop_splits("plain text")  # no error, nothing to forget
    content_splits.drop_splits(None)
