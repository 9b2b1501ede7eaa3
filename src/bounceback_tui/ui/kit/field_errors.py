"""A form field's message line, made when the field is first refused (not with the form).

Every form field had its message line built with the form and hidden (``display: none``
in forms.tcss) until a save refused it: 22 widgets on the application form that most
showings never draw, about 2,900 of Python's small blocks each time the form opens
(docs/performance.md, "Memory: the long walk, walk8's round"). The line is now mounted the
first time the field shows a message, where it always sat: under the field's row, after its
help line if it has one; once made it stays, hidden again when the field changes.
"""

from __future__ import annotations

from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Static


def error_line(screen: DOMNode, name: str) -> Static | None:
    """Field ``name``'s message line if it has been made."""
    found = screen.query(f"#error-{name}")
    return found.first(Static) if found else None


def make_error_line(screen: DOMNode, name: str) -> Static | None:
    """Field ``name``'s message line, made (hidden, empty) if it was not; None when the
    form has no row for the field (not one of its fields, or not mounted yet)."""
    line = error_line(screen, name)
    if line is not None:
        return line
    rows = screen.query(f"#row-{name}")
    if not rows:
        return None
    row = rows.first(Widget)
    parent = row.parent
    if not isinstance(parent, Widget):
        return None
    siblings = list(parent.children)
    after: Widget = row
    at = siblings.index(row) + 1
    if at < len(siblings) and siblings[at].has_class("field-help"):
        after = siblings[at]
    line = Static("", id=f"error-{name}", classes="field-error")
    parent.mount(line, after=after)
    return line


def shown_errors(screen: DOMNode) -> int:
    """How many fields show a message now."""
    return sum(1 for widget in screen.query(".field-error") if widget.display)
