"""What a form's field says under it as it changes, besides a refusal: that it is full
(``kit/fields.full_note``), or what the save would say of its text (``FieldSpec.as_typed``).
Asked once for a burst of changes (``kit/bursts.py``): it reads the whole text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from textual.widget import Widget
from textual.widgets import Input, TextArea

from bounceback_tui.ui.kit.fields import full_note

if TYPE_CHECKING:
    from bounceback_tui.ui.kit.form import FieldSpec


def changed_note(fields: Sequence[FieldSpec], name: str, widget: Widget) -> str:
    """The note under field ``name`` (``widget``) as it holds now ("" for none)."""
    if note := full_note(widget):
        return note
    spec = next((spec for spec in fields if spec.name == name), None)
    if spec is None or spec.as_typed is None:
        return ""
    if isinstance(widget, TextArea):
        return spec.as_typed(widget.text)
    return spec.as_typed(widget.value) if isinstance(widget, Input) else ""
