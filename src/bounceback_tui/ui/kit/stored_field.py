"""A form's field that edits a stored text column: one line or several as the store's one
table of them says (domain/line_fields.py), never as each form would write it again.

``stored_field("contact.notes", "Notes")`` is a many-line box because MANY_LINES names
contact's notes; ``stored_field("contact.name", "Name")`` a one-line box because ONE_LINE
names its name. The validators read the same table (``line_fields.many_lines``), so the box
and the save agree, and a column moved from one table to the other changes both.
"""

from __future__ import annotations

from typing import Any

from bounceback_tui.domain.line_fields import many_lines
from bounceback_tui.ui.kit.form import FieldKind, FieldSpec


def line_kind(column: str) -> FieldKind:
    """The box a stored ``table.column`` is typed in: "multiline" or "text" (one line)."""
    table, _, name = column.partition(".")
    return "multiline" if many_lines(table, name) else "text"


def stored_field(column: str, label: str, *, name: str = "", **options: Any) -> FieldSpec:
    """A field for ``column`` ("table.column"), named ``name`` on its form (the column's own
    name unless given: the outcome form's "note" is the interview's ``outcome_note``), its
    box one line or several as the table says; ``options`` as FieldSpec takes them."""
    return FieldSpec(name or column.partition(".")[2], label, kind=line_kind(column), **options)
