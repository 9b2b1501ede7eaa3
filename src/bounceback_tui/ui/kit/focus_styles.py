"""Restyle on focus only where a `:focus` rule can change something.

Textual re-applies the whole stylesheet to a widget and its scroll bars (component classes
included) every time the widget gains or loses focus (``Widget.watch_has_focus``), in case
a ``:focus`` rule applies. The lists of this app draw their focused look themselves (the
cursor's colour, from ``has_focus``), and no rule of theirs names ``:focus``, so on every
pane switch the list gaining focus and the one losing it were restyled for nothing: about
a third of the switch's work before the frame was drawn, in a profile.

``FocusStyledScrollView`` restyles only when a rule that can match the widget, one of its
component classes, its scroll bars or a widget inside it names ``:focus`` or ``:blur``; the
answer is kept until the stylesheet or the widget's own names (classes, id) change. The
widget is still refreshed on focus and blur (``Widget._on_focus``), so its own drawing
follows.
"""

from __future__ import annotations

from textual.css.model import RuleSet
from textual.scroll_view import ScrollView

from bounceback_tui.ui.kit.scroll_bars import QuietScrollBars

# The pseudo-classes that follow focus (``:blur`` is its opposite).
_FOCUS_PSEUDO_CLASSES = frozenset({"focus", "blur"})
# The names a scroll bar is selected by (its type and Textual's base widget, and "*").
_SCROLLBAR_NAMES = frozenset({"*", "ScrollBar", "ScrollBarCorner", "Widget"})


def focus_rules_apply(widget: ScrollView) -> bool:
    """Whether any rule of the app's stylesheet that can select ``widget``, its component
    classes, its scroll bars or its descendants names ``:focus`` (or ``:blur``)."""
    rules_map: dict[str, list[RuleSet]] = widget.app.stylesheet.rules_map
    names = set(_SCROLLBAR_NAMES)
    names.update(f".{component}" for component in widget._get_component_classes())
    for node in widget.walk_children(with_self=True):
        names.update(node._selector_names)
    return any(
        not _FOCUS_PSEUDO_CLASSES.isdisjoint(rule.pseudo_classes)
        for name in names & rules_map.keys()
        for rule in rules_map[name]
    )


class FocusStyledScrollView(QuietScrollBars):
    """A ScrollView restyled on focus and blur only when a ``:focus`` rule can apply (its
    scroll bars repainted only when they change: ``kit/scroll_bars.py``)."""

    # (the stylesheet's rules map, the widget's names) the answer below was worked out for.
    _focus_rules_key: tuple[object, frozenset[str]] | None = None
    _focus_rules: bool = True

    def _focus_restyles(self) -> bool:
        key = (self.app.stylesheet.rules_map, frozenset(self._selector_names))
        if (
            self._focus_rules_key is None
            or self._focus_rules_key[0] is not key[0]
            or (self._focus_rules_key[1] != key[1])
        ):
            self._focus_rules = focus_rules_apply(self)
            self._focus_rules_key = key
        return self._focus_rules

    def watch_has_focus(self, has_focus: bool) -> None:
        if self._focus_restyles():
            super().watch_has_focus(has_focus)
