"""A widget restyled as focus moves takes back a look it had (ui/kit/focus_looks.py).

The look given back must be the one Textual would work out: the same styles on the widget,
its component classes and its scroll bar, after focus moves, after an ancestor's class
changes, and after a theme change. Each is checked against a twin app that restyles the
way Textual does. Then that a look that comes round again costs no stylesheet matching
and does not repaint the scroll bar.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import App, ComposeResult
from textual.css.stylesheet import Stylesheet
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.scrollbar import ScrollBar
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui.ui.kit.pane_switcher import OnPaneScreen

CSS = """
_Box {
    height: 5;
    border: round grey;
    & > ._box--cursor { color: white; background: grey; }
    &:focus {
        border: round red;
        background-tint: white 5%;
        & > ._box--cursor { color: black; background: red; }
    }
}
App.-alt _Box:focus { border: heavy blue; }
_Box:blur { scrollbar-color: green; }
"""


class _Box(ScrollView, can_focus=True):
    """Twenty lines in five rows: a scroll bar, and a component class for its cursor."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"_box--cursor"}

    def on_mount(self) -> None:
        self.virtual_size = Size(10, 20)

    def render_line(self, y: int) -> Strip:
        return Strip.blank(self.size.width, self.get_component_rich_style("_box--cursor"))


class _Other(Static, can_focus=True):
    pass


class _Plain(App[None]):
    """Restyles the way Textual does."""

    CSS = CSS

    def compose(self) -> ComposeResult:
        yield _Box()
        yield _Other("other")


class _Kept(OnPaneScreen, _Plain):
    """Restyles with kept looks."""


def _rules(styles: Any) -> dict[str, str]:
    # By repr: a rule's layout is an object of each app's own.
    return {name: repr(value) for name, value in styles._rules.items()}


def _look(app: App[Any]) -> tuple[object, ...]:
    box = app.query_one(_Box)
    return (
        _rules(box.styles.base),
        {name: _rules(styles.base) for name, styles in box._component_styles.items()},
        _rules(box.vertical_scrollbar.styles.base),
        box.styles.border.top,
        box.styles.scrollbar_color,
    )


async def _steps(app: App[Any]) -> list[tuple[object, ...]]:
    """Focus back and forth, an ancestor's class, a theme: the looks at each step."""
    looks: list[tuple[object, ...]] = []
    async with app.run_test() as pilot:
        box, other = app.query_one(_Box), app.query_one(_Other)
        assert box.show_vertical_scrollbar
        for step in range(9):
            if step == 4:
                app.add_class("-alt")
            if step == 6:
                app.theme = "textual-light"
            (box if step % 2 == 0 else other).focus()
            await pilot.pause()
            looks.append(_look(app))
    return looks


async def test_a_kept_look_is_the_one_textual_works_out() -> None:
    kept, plain = await _steps(_Kept()), await _steps(_Plain())
    assert kept == plain
    # The steps did move the look: focused and not, -alt's border, the light theme.
    assert len({repr(look) for look in plain}) >= 5


async def test_a_look_that_comes_round_again_is_given_back(monkeypatch: Any) -> None:
    applied: list[str] = []
    bars_repainted: list[object] = []
    apply = Stylesheet.apply
    bar_refresh = ScrollBar.refresh

    def counted_apply(self: Stylesheet, node: Any, **kwargs: Any) -> None:
        applied.append(type(node).__name__)
        apply(self, node, **kwargs)

    def counted_refresh(self: ScrollBar, *args: Any, **kwargs: Any) -> Any:
        bars_repainted.append(self)
        return bar_refresh(self, *args, **kwargs)

    app = _Kept()
    async with app.run_test() as pilot:
        box, other = app.query_one(_Box), app.query_one(_Other)
        for widget in (box, other, box, other):  # both looks seen
            widget.focus()
            await pilot.pause()
        monkeypatch.setattr(Stylesheet, "apply", counted_apply)
        monkeypatch.setattr(ScrollBar, "refresh", counted_refresh)
        for widget in (box, other, box, other):
            widget.focus()
            await pilot.pause()
            assert box.has_focus is (widget is box)
        assert "_Box" not in applied
        assert "DOMNode" not in applied  # its component class
        assert "ScrollBar" not in applied
        # Its own colours change with focus (the :blur rule): the bar is repainted for
        # that, once a move; not again for each of the box's other styles.
        assert len(bars_repainted) <= 4


async def test_a_widget_with_children_is_restyled_the_textual_way() -> None:
    class _Parent(Widget, can_focus=True):
        def compose(self) -> ComposeResult:
            yield Static("inside")

    class _App(OnPaneScreen, App[None]):
        CSS = "_Parent:focus Static { color: red; }"

        def compose(self) -> ComposeResult:
            yield _Parent()
            yield _Other("other")

    app = _App()
    async with app.run_test() as pilot:
        parent, other = app.query_one(_Parent), app.query_one(_Other)
        inside = parent.query_one(Static)
        for widget in (parent, other, parent, other, parent):
            widget.focus()
            await pilot.pause()
            assert (inside.styles.color.rgb == (255, 0, 0)) is (widget is parent)
