"""A form field's message line, made when the field is first refused (not with the form).

Every form field had its message line built with the form and hidden (``display: none``
in forms.tcss) until a save refused it: 22 widgets on the application form that most
showings never draw, about 2,900 of Python's small blocks each time the form opens
(docs/performance.md, "Memory: the long walk, walk8's round"). The line is now mounted the
first time the field shows a message, where it always sat: under the field's row, after its
help line if it has one; once made it stays, hidden again when the field changes.

While a field shows its message, its help line steps aside (``show_message``) and comes back
when the message goes (``hide_message``): the message says what to mend, and in a short
terminal (50x16) the help's three lines pushed it out of sight below the field.

The same line says when a field is full (``show_full_note``, class ``-full``): a field that
stops at the limit its save checks says so, or the keyboard looked to have stopped. That
note is not a refusal: the bottom line does not count it.
"""

from __future__ import annotations

from textual.content import Content
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import Static

from bounceback_tui.ui.kit.text import plain


def error_line(screen: DOMNode, name: str) -> Static | None:
    """Field ``name``'s message line if it has been made."""
    found = screen.query(f"#error-{name}")
    return found.first(Static) if found else None


def help_line(screen: DOMNode, name: str) -> Widget | None:
    """Field ``name``'s help line (the one right under its row), if it has one."""
    rows = screen.query(f"#row-{name}")
    row = rows.first(Widget) if rows else None
    if row is None or not isinstance(parent := row.parent, Widget):
        return None
    siblings = list(parent.children)
    at = siblings.index(row) + 1
    return siblings[at] if at < len(siblings) and siblings[at].has_class("field-help") else None


def help_in_sight(screen: DOMNode, focused: Widget) -> None:
    """The focused field's help line scrolled into sight under it, the field kept in sight
    first: at 60x20 the interview form's time zone showed "Theirs, if it differs from yours
    (a" and its other lines were below the form's edge."""
    row = next((node for node in focused.ancestors if node.has_class("field-row")), None)
    name = row.id.removeprefix("row-") if row is not None and row.id else None
    help_text = help_line(screen, name) if name else None
    if help_text is not None and help_text.display and focused.is_attached:
        help_text.scroll_visible(animate=False, immediate=True)
        focused.scroll_visible(animate=False, immediate=True)


def show_message(screen: DOMNode, name: str, message: Content) -> bool:
    """Show ``message`` under field ``name`` in place of its help; False when the form has
    no row for the field."""
    line = make_error_line(screen, name)
    if line is None:
        return False
    line.update(message)
    line.display = True
    line.remove_class("-full")
    if (help_text := help_line(screen, name)) is not None:
        help_text.display = False
    screen.query_one(f"#row-{name}").add_class("-has-note")
    return True


def hide_message(screen: DOMNode, name: str) -> None:
    """Field ``name`` without its message (if it showed one), with its help back."""
    line = error_line(screen, name)
    if line is not None:
        line.display = False
    help_text = help_line(screen, name)
    if help_text is not None:
        help_text.display = True
    if rows := screen.query(f"#row-{name}"):
        rows.first().set_class(help_text is not None, "-has-note")


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
    line = Static("", id=f"error-{name}", classes="field-error")
    parent.mount(line, after=help_line(screen, name) or row)
    return line


def show_full_note(screen: DOMNode, name: str, note: str) -> None:
    """Under field ``name``, ``note`` ("Full: ...", ``kit/fields.full_note``) while it is
    not "" and the field shows no message; a full note shown before goes when it is ""."""
    line = error_line(screen, name)
    if not note:
        if line is not None and line.display and line.has_class("-full"):
            hide_message(screen, name)
        return
    if line is not None and line.display and not line.has_class("-full"):
        return  # the message what to mend stays until the field changes
    if show_message(screen, name, plain(note)) and (made := error_line(screen, name)):
        made.add_class("-full")


def shown_errors(screen: DOMNode) -> int:
    """How many fields show a message now (a full note is not one)."""
    return sum(
        1
        for widget in screen.query(".field-error")
        if widget.display and not widget.has_class("-full")
    )
