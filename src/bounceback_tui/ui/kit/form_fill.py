"""Putting values into a form's fields: a reload, or "save mine over it" keeping the other
window's changes where nothing was typed (``kit/conflict.keep_theirs``)."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import Input, Select, TextArea
from textual.widgets.select import InvalidSelectValueError

if TYPE_CHECKING:
    from bounceback_tui.ui.kit.form import FieldSpec


def fill_fields(form: Widget, fields: Sequence[FieldSpec], values: Mapping[str, str]) -> None:
    """Put ``values`` into ``form``'s fields (names it has no field for are ignored; a field
    not named is emptied, and a choice not offered clears its dropdown)."""
    for spec in fields:
        found = form.query(f"#field-{spec.name}")
        if not found:
            continue
        widget = found.first()
        value = values.get(spec.name, "")
        if isinstance(widget, TextArea):
            widget.load_text(value)
        elif isinstance(widget, Select):
            options = {str(option_value) for _, option_value in spec.options}
            if value in options:
                widget.value = value
            else:
                with contextlib.suppress(InvalidSelectValueError):  # a required choice
                    widget.clear()
        elif isinstance(widget, Input):
            widget.value = value
