"""Textual's component-class nodes share their unused parts (ui/kit/component_nodes.py): a
widget's component styles come from nodes that keep only their classes, styles and parent,
and those styles are the ones Textual's own nodes get from the same CSS."""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.css import stylesheet
from textual.dom import DOMNode
from textual.widgets import Input, OptionList

import bounceback_tui.ui.app  # noqa: F401  (the app patches the stylesheet when it loads)
from bounceback_tui.ui.kit import component_nodes
from bounceback_tui.ui.kit.component_nodes import ComponentNode


class _Fields(App[None]):
    CSS = """
    Input > .input--cursor { background: red; color: yellow; }
    .input--placeholder { color: green; text-style: italic; }
    OptionList > .option-list--option-highlighted { background: blue; }
    """

    def compose(self) -> ComposeResult:
        yield Input(placeholder="type here", id="field")
        yield OptionList("one", "two", id="options")


def _rules(node: DOMNode) -> dict[str, object]:
    return dict(node.styles.get_rules())  # type: ignore[arg-type]


async def test_component_styles_come_from_slim_nodes_with_textuals_styles() -> None:
    app = _Fields()
    async with app.run_test() as pilot:
        await pilot.pause()
        for widget in (app.query_one(Input), app.query_one(OptionList)):
            assert widget._component_styles, widget
            for name, styles in widget._component_styles.items():
                node = styles.node
                assert type(node) is ComponentNode
                assert node._parent is widget
                # Nothing of a mounted node's own: no queue parts, timers, query cache, children.
                for part in ("_timers", "_query_one_cache", "message_signal", "_nodes"):
                    assert part not in vars(node), part
                # The same rules as a node made the way Textual makes one, under the same widget.
                own = DOMNode(classes=name)
                own._attach(widget)
                app.stylesheet.apply(own, animate=False)
                assert _rules(node) == _rules(own), name
        cursor = app.query_one(Input).get_component_styles("input--cursor")
        assert cursor.background.rgb == (255, 0, 0)
        assert cursor.color.rgb == (255, 255, 0)


def test_another_textuals_nodes_are_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # A DOMNode with attributes this module does not know: the stylesheet is not patched.
    monkeypatch.setattr(stylesheet, "DOMNode", DOMNode)
    monkeypatch.setitem(component_nodes._state, "slim", False)
    monkeypatch.setattr(component_nodes, "OWN", component_nodes.OWN | {"_something_new"})
    assert not component_nodes.slim_component_nodes()
    assert stylesheet.DOMNode is DOMNode
