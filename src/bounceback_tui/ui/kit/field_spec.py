"""A form's field as its screen describes it (``FieldSpec``), and its label as shown; apart
from the form (ui/kit/form.py), which imports them from here and offers them to every form."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

from textual.content import Content

from bounceback_tui.ui.kit.text import markup_with, plain

# "link": a one-line box that refuses to save what a cut paste left (kit/fields.py).
FieldKind = Literal["text", "multiline", "select", "date", "link"]


@dataclass(frozen=True)
class FieldSpec:
    """One form field. ``options`` are (label, value) pairs for a select: app-written labels
    as ``str``, or a person's text as ``Content`` (``ui/kit/text.plain``), shown as typed.
    ``label`` and ``help`` are shown as plain text; ``value`` is the text to edit."""

    name: str
    label: str
    kind: FieldKind = "text"
    placeholder: str = ""
    options: tuple[tuple[str | Content, str], ...] = ()
    required: bool = False
    value: str = ""
    help: str = ""
    suggest: Callable[[], Sequence[str]] | None = None  # completions, read at the first key
    whole: Callable[[str], bool] | None = None  # typed text needing no completion ("India")
    offer_if: Callable[[str], bool] | None = None  # a completion the form takes (kit/suggest.py)
    instead: Callable[[str], str | None] | None = None  # offered in place of it ("EST": New York)
    # The most characters the save takes: the constant its check reads (domain), so typing
    # and pasting stop there, with a note, rather than the save refusing the lot.
    max_length: int | None = None
    # The most a line of a many-line box takes, where its save checks each line; or, where
    # no one length will do, what the save would say of the text, shown as it is typed.
    line_limit: int | None = None
    as_typed: Callable[[str], str] | None = None


def field_label(spec: FieldSpec) -> Content:
    """A field's label as shown: plain text, with " *" when it is required."""
    return markup_with("$label *", label=spec.label) if spec.required else plain(spec.label)
