"""A widget that draws its focused look itself keeps Textual's lines for each look.

``kit/kept_lines.FocusKeepsLines`` (Today's board): focus moving away and back gives back the
lines drawn for that look, where Textual forgot every line and drew them all again; and
what the widget shows changing, in one line or in all, is drawn afresh in every look.
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from textual.app import App, ComposeResult
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget

from bounceback_tui.ui.kit.kept_lines import FocusKeepsLines


class _Drawn(FocusKeepsLines, Widget, can_focus=True):
    """Three lines, each its word and whether the widget has focus."""

    def __init__(self) -> None:
        super().__init__()
        self.words = ["alpha", "beta", "gamma"]
        self.asked: list[int] = []  # the lines it was asked to draw, in order

    def render_line(self, y: int) -> Strip:
        self.asked.append(y)
        look = "focused" if self.has_focus else "resting"
        style = self.rich_style  # its colours: a :focus rule's, when it applies
        return Strip([Segment(f"{look} {self.words[y]}", style)]).extend_cell_length(
            self.size.width, style
        )


class _Other(Widget, can_focus=True):
    pass


class _TwoApp(App[None]):
    CSS: ClassVar[str] = """
    _Drawn { height: 3; }
    _Drawn.warm:focus { color: red; }
    _Other { height: 1; }
    """

    def compose(self) -> ComposeResult:
        yield _Drawn()
        yield _Other()


def _shown(widget: Widget) -> list[str]:
    return [widget._styles_cache._cache[y].text.rstrip() for y in range(3)]


async def _focus(pilot: object, widget: Widget) -> None:
    widget.focus()
    await pilot.pause()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]


async def test_focus_coming_back_draws_no_line_again() -> None:
    app = _TwoApp()
    async with app.run_test() as pilot:
        drawn, other = app.query_one(_Drawn), app.query_one(_Other)
        await _focus(pilot, drawn)
        focused = dict(drawn._styles_cache._cache)
        await _focus(pilot, other)
        assert _shown(drawn) == ["resting alpha", "resting beta", "resting gamma"]
        resting = dict(drawn._styles_cache._cache)
        drawn.asked.clear()
        for _ in range(2):
            await _focus(pilot, drawn)
            assert _shown(drawn) == ["focused alpha", "focused beta", "focused gamma"]
            assert all(drawn._styles_cache._cache[y] is strip for y, strip in focused.items())
            await _focus(pilot, other)
            assert all(drawn._styles_cache._cache[y] is strip for y, strip in resting.items())
        assert drawn.asked == []  # Textual drew all three lines again at every move


async def test_a_line_changed_in_one_look_is_drawn_afresh_in_the_other() -> None:
    app = _TwoApp()
    async with app.run_test() as pilot:
        drawn, other = app.query_one(_Drawn), app.query_one(_Other)
        await _focus(pilot, other)
        await _focus(pilot, drawn)
        drawn.words[1] = "BETA"
        drawn.refresh(Region(0, 1, drawn.size.width, 1))
        await pilot.pause()
        assert _shown(drawn)[1] == "focused BETA"
        await _focus(pilot, other)
        assert _shown(drawn) == ["resting alpha", "resting BETA", "resting gamma"]


async def test_everything_changed_is_drawn_afresh_in_every_look() -> None:
    app = _TwoApp()
    async with app.run_test() as pilot:
        drawn, other = app.query_one(_Drawn), app.query_one(_Other)
        await _focus(pilot, other)
        await _focus(pilot, drawn)
        drawn.words = ["one", "two", "three"]
        drawn.refresh()
        await pilot.pause()
        await _focus(pilot, other)
        assert _shown(drawn) == ["resting one", "resting two", "resting three"]


async def test_a_focus_rule_restyling_it_draws_each_look_in_its_style() -> None:
    app = _TwoApp()
    async with app.run_test() as pilot:
        drawn, other = app.query_one(_Drawn), app.query_one(_Other)
        drawn.add_class("warm")  # a :focus rule now applies: focus moving restyles it
        await _focus(pilot, drawn)
        await _focus(pilot, other)
        resting = drawn._styles_cache._cache[0]
        for _ in range(2):
            await _focus(pilot, drawn)
            focused = drawn._styles_cache._cache[0]
            assert focused.text.startswith("focused")
            assert focused != resting
            assert [s.style.color for s in focused] == [drawn.rich_style.color] * 2
            await _focus(pilot, other)
            again = drawn._styles_cache._cache[0]
            assert again == resting
            assert [s.style.color for s in again] == [drawn.rich_style.color] * 2
