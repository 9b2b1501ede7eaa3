"""A widget restyled when focus moves takes back the look it had, instead of working it out.

Textual re-applies the stylesheet to a widget, its component classes and its scroll bars
every time the widget gains or loses focus (``Widget.watch_has_focus``), in case a
``:focus`` rule applies; where one does (Today's due list: its border and its cursor),
every pane switch matched the whole stylesheet against the widget five times over (the
widget, three component classes, the scroll bar), and then set every style again, which
repaints the scroll bars whether their colours changed or not (Textual's
``ScrollbarColorProperty``): a scroll bar drawn twice more, in two frames, and the full
layout map rebuilt for it while its pane was hidden.

``KeptLooks`` (mixed into the app) keeps what the stylesheet gave a widget that can take
focus and has no children, for each state it has been restyled in, and gives it back when
the same state comes round again, setting only the styles that differ. The state is all the
stylesheet's selectors can test: the stylesheet itself (a new theme or new rules make a
new one), and, for the widget, each of its ancestors and its scroll bars, its id, its
classes and which of the pseudo-classes the rules test it has (focus, hover, dark, ...;
any selector's, at any place in it). Any other widget (one that cannot take focus, or
with children or transitions) is restyled the way Textual does.
docs/performance.md ("Pane switch and tick, psw3's round") has what it bought.

A widget not mounted yet is not restyled at all. Textual restyles a widget whenever its
classes change, mounted or not: a compact field sets its class as it is made, so each field
of a form was matched against the whole stylesheet once before it was mounted (alone, with
no ancestors: a look no mounted widget ever has, then kept here), and once again as Textual
mounted it (``App._register`` applies the stylesheet to every widget it mounts). Only the
second counts (docs/performance.md, "Memory: the application form, mem12's round").
"""

# Annotations are evaluated (no `from __future__ import annotations`): a NamedTuple's string
# annotations cost a compile() each when the module is imported, before the first paint.

from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from textual.css.model import RuleSet
from textual.css.styles import RenderStyles
from textual.dom import DOMNode
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.app import App

    _AppBase = App[Any]
else:
    _AppBase = object

# How many looks a widget keeps (focused and not, each in two themes).
KEPT_LOOKS = 4


# A widget's base styles by rule name (Textual's RulesMap, read as a plain dict).
_Rules = dict[str, object]


class _Look(NamedTuple):
    rules: _Rules
    components: dict[str, RenderStyles]
    scrollbars: tuple[_Rules, ...]


class _Kept(NamedTuple):
    rules_map: object  # the stylesheet's, whose identity changes with any new rule or theme
    tested: tuple[str, ...]  # the pseudo-classes its rules test
    looks: dict[Hashable, _Look]


def _node_state(node: DOMNode, tested: tuple[str, ...]) -> Hashable:
    has = node.has_pseudo_class
    return (node, node.id, frozenset(node.classes), tuple(name for name in tested if has(name)))


def _scrollbars(widget: Widget) -> list[Widget]:
    """The scroll bars Textual restyles with the widget (``Stylesheet.update_nodes``)."""
    if not widget.is_scrollable:
        return []
    vertical = widget.show_vertical_scrollbar and widget.scrollbar_size_vertical
    horizontal = widget.show_horizontal_scrollbar and widget.scrollbar_size_horizontal
    bars: list[Widget] = []
    if vertical:
        bars.append(widget.vertical_scrollbar)
    if horizontal:
        bars.append(widget.horizontal_scrollbar)
    if vertical and horizontal:
        bars.append(widget.scrollbar_corner)
    return bars


def _state(widget: Widget, bars: list[Widget], tested: tuple[str, ...]) -> Hashable:
    """What the stylesheet's selectors can see of the widget, its ancestors and its bars."""
    return (
        tuple(_node_state(node, tested) for node in widget.css_path_nodes),
        tuple(_node_state(bar, tested) for bar in bars),
    )


def _tested(rules: list[RuleSet]) -> tuple[str, ...]:
    """The pseudo-classes any selector of these rules tests, on any node of its path."""
    return tuple(sorted(set().union(*(rule.pseudo_classes for rule in rules))))


def _rules(node: DOMNode) -> _Rules:
    return cast("_Rules", node.styles.base._rules)


def _set_rules(node: DOMNode, rules: _Rules) -> bool:
    """Set the base styles that differ from ``rules`` (Textual's ``replace_rules``, without
    setting the equal ones again); whether any did."""
    base = node.styles.base
    current = _rules(node)
    changed = [key for key in current.keys() | rules.keys() if current.get(key) != rules.get(key)]
    for key in changed:
        setattr(base, key, rules.get(key))
    if changed:
        node.notify_style_update()
    return bool(changed)


class KeptLooks(_AppBase):
    """Mixed into the app (before ``App``): restyles give back a widget's kept looks."""

    def update_styles(self, node: DOMNode, animate: bool = True) -> None:
        if isinstance(node, Widget) and node not in self._registry:
            return  # not mounted yet: Textual styles it as it mounts it (see the module)
        if (
            not isinstance(node, Widget)
            or not node.can_focus
            or node._nodes
            or node.styles.base.transitions
        ):
            super().update_styles(node, animate=animate)
            return
        rules_map = self.stylesheet.rules_map
        kept: _Kept | None = node.__dict__.get("_kept_looks")
        if kept is None or kept.rules_map is not rules_map:
            tested = _tested(self.stylesheet.rules)
            kept = node.__dict__["_kept_looks"] = _Kept(rules_map, tested, {})
        bars = _scrollbars(node)
        state = _state(node, bars, kept.tested)
        look = kept.looks.get(state)
        if look is None:
            super().update_styles(node, animate=animate)
            while len(kept.looks) >= KEPT_LOOKS:
                del kept.looks[next(iter(kept.looks))]
            kept.looks[state] = _Look(
                dict(_rules(node)),
                dict(node._component_styles),
                tuple(dict(_rules(bar)) for bar in bars),
            )
            return
        _set_rules(node, look.rules)
        old = node._component_styles
        if old != look.components:
            node._component_styles = dict(look.components)
            node.refresh()
        for bar, rules in zip(bars, look.scrollbars, strict=True):
            _set_rules(bar, rules)
