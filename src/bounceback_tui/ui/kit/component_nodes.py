"""Textual's component-class nodes without a widget's worth of empty parts each.

A widget with component classes (an Input's cursor and placeholder, a TextArea's gutter and
selection, a list's highlight) gets its styles for each of them from a "virtual" node:
every time its styles are worked out, Textual's stylesheet makes a bare ``DOMNode`` per
component class, attaches it under the widget, applies the CSS to it and keeps its
``styles`` (which name the node) for drawing. Each of those nodes is built as a whole node:
a message pump's sets, timers, signal and callbacks, a query cache, bindings, a child list,
35 attributes in a dictionary too big for Python to share its keys (about 4 KiB). After
every pane has been shown there are about 360 of them (a board column has 11, an Input 8,
a TextArea 8), against about 150 widgets: about 1.5 MiB of parts nothing ever uses, since
the node is never mounted, never sent a message, never queried and has no children.

``slim_component_nodes`` makes the stylesheet build ``ComponentNode``s instead: the same
class for CSS (its type names are ``DOMNode``'s), with only what applying styles sets on a
node of its own (its classes, its two ``Styles`` and their ``RenderStyles``, its parent);
every other attribute is read from the class, where a prototype ``DOMNode``'s values are
shared by all of them. It patches the name Textual's stylesheet module builds them with,
and only if a ``DOMNode`` has exactly the attributes this module knows; with any other
Textual it leaves the stylesheet alone.

docs/performance.md ("Memory, mem5's round") has what it bought.
"""

from __future__ import annotations

from typing import Any

from textual.css import stylesheet as _stylesheet
from textual.css.styles import RenderStyles, Styles
from textual.dom import DOMNode

# What a DOMNode's __init__ sets (textual 8.x): the node's own parts are OWN; the rest are
# the same for every component node (None, False, or containers a node that is never
# mounted, queried or sent a message leaves empty) and are read from the class.
OWN = frozenset({"_classes", "_css_styles", "_inline_styles", "styles", "_MessagePump__parent"})
SHARED = frozenset(
    {
        "_name",
        "_id",
        "_nodes",
        "_component_styles",
        "_auto_refresh",
        "_auto_refresh_timer",
        "_css_types",
        "_bindings",
        "_has_hover_style",
        "_has_focus_within",
        "_has_order_style",
        "_has_odd_or_even",
        "_reactive_connect",
        "_pruning",
        "_query_one_cache",
        "_trap_focus",
        "_running",
        "_closing",
        "_closed",
        "_disabled_messages",
        "_pending_message",
        "_task",
        "_timers",
        "_last_idle",
        "_max_idle",
        "_is_mounted",
        "_next_callbacks",
        "_thread_id",
        "_prevented_messages_on_mount",
        "message_signal",
    }
)

_state: dict[str, bool] = {"slim": False}


class ComponentNode(DOMNode):
    """A node standing for one component class of a widget (see the module)."""

    def __init__(self, *, classes: str) -> None:  # what the stylesheet passes, no more
        self._classes = set(classes.split())
        self._css_styles = Styles(self)
        self._inline_styles = Styles(self)
        self.styles = RenderStyles(self, self._css_styles, self._inline_styles)
        self._MessagePump__parent = None


def _prototype() -> dict[str, Any] | None:
    """A DOMNode's attributes as Textual's own __init__ sets them; None if they are not the
    ones this module knows."""
    probe = DOMNode(classes="probe")
    attributes = dict(vars(probe))
    if set(attributes) != OWN | SHARED or _stylesheet.DOMNode is not DOMNode:
        return None
    return attributes


def slim_component_nodes() -> bool:
    """Make Textual's stylesheet build slim component nodes (see the module). True if it
    does (now or before)."""
    if _state["slim"]:
        return True
    attributes = _prototype()
    if attributes is None:
        return False
    for name in SHARED:
        setattr(ComponentNode, name, attributes[name])
    # Matched by CSS as the DOMNode it stands for.
    ComponentNode._css_type_name = DOMNode._css_type_name
    ComponentNode._css_type_names = DOMNode._css_type_names
    _stylesheet.DOMNode = ComponentNode  # type: ignore[misc, assignment]  # the patch itself (see the module)
    _state["slim"] = True
    return True
