"""One line object for a container's rows that draw alike.

A container (a ``Vertical``, ``Horizontal``, ``ContentSwitcher``, a pane's body) draws no
content of its own: each of its rows is its background (a border's top and bottom, at
most, differ). Textual's ``StylesCache`` still makes each row its own ``Strip``, and the
compositor then crops each row to the container's clip and cuts it at every child's edge,
keeping the crop in the row and the pieces in the crop (the last four sets of cuts each):
after every pane has been shown, the containers' rows held about 2,700 of the 3,400
pieces kept, and the crops they were cut from (about 1.2 MiB, with the rows themselves).

``share_container_lines`` hands each row of such a widget over as the first equal row its
``StylesCache`` made (equal segments, so the same cells and styles), so that it is cropped
and cut once for all its rows. What is drawn does not change, segment for segment; a widget
that draws content (its own ``render`` or ``render_line``) is left alone, so no keystroke
pays for the comparison. Panes do the same for their own rows (``kit/pane.py``).

It wraps Textual's ``StylesCache.render_line``, so it checks that the method is the one it
knows (its parameters); with any other Textual it leaves it alone.

docs/performance.md ("Memory, mem6's round") has what it bought.
"""

from __future__ import annotations

import inspect
from typing import Any

from textual._styles_cache import StylesCache
from textual.strip import Strip
from textual.widget import Widget

from bounceback_tui.ui.kit.shared_lines import SharedTable, shared_lines

# StylesCache.render_line's parameters (textual 8.x): the eighth is the widget's own
# render_line, bound to the widget.
PARAMETERS = (
    "self",
    "styles",
    "y",
    "size",
    "content_size",
    "padding",
    "base_background",
    "background",
    "render_content_line",
    "border_title",
    "border_subtitle",
    "opacity",
    "ansi_theme",
    "native_ansi",
)
_CONTENT_LINE = PARAMETERS.index("render_content_line") - 1  # in *args, after self

_state: dict[str, bool] = {"shared": False}
# Whether a widget class draws no content of its own (Textual's render and render_line).
_plain: dict[type, bool] = {}


def draws_no_content(widget_class: type) -> bool:
    """True for a class that keeps Textual's ``render`` and ``render_line``: a container,
    whose rows are its background."""
    plain = _plain.get(widget_class)
    if plain is None:
        plain = _plain[widget_class] = (
            getattr(widget_class, "render", None) is Widget.render
            and getattr(widget_class, "render_line", None) is Widget.render_line
        )
    return plain


def share_container_lines() -> bool:
    """Make containers' equal rows one object (see the module). True if Textual's
    ``StylesCache`` is wrapped (now or before)."""
    if _state["shared"]:
        return True
    original = StylesCache.render_line
    if tuple(inspect.signature(original).parameters) != PARAMETERS:
        return False

    def render_line(self: StylesCache, *args: Any) -> Strip:
        line: Strip = original(self, *args)
        widget = (
            getattr(args[_CONTENT_LINE], "__self__", None) if len(args) > _CONTENT_LINE else None
        )
        if widget is None or not draws_no_content(type(widget)):
            return line
        table: SharedTable | None = self.__dict__.get("_container_lines")
        if table is None:
            table = self.__dict__["_container_lines"] = {}
        return shared_lines(table, [line])[0]

    StylesCache.render_line = render_line  # type: ignore[method-assign,assignment]  # the wrap
    _state["shared"] = True
    return True
