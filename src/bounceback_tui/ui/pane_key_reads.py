"""The bindings the groups of ui/pane_keys.py name, read from the classes: for the `?` screen
(ui/screens/help.py), which lists each group's keys as the person remapped them."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.dom import DOMNode

if TYPE_CHECKING:
    from bounceback_tui.ui.pane_keys import KeyGroup


def loaded_bindings() -> dict[str, Binding]:
    """Every binding with an id among the app's classes imported so far (no imports)."""
    found: dict[str, Binding] = {}
    pending = list(DOMNode.__subclasses__())
    while pending:
        cls = pending.pop()
        pending.extend(cls.__subclasses__())
        if not cls.__module__.startswith("bounceback_tui."):
            continue
        for item in cls.__dict__.get("BINDINGS", ()):
            binding = item if isinstance(item, Binding) else Binding(*item)
            if binding.id and binding.id not in found:
                found[binding.id] = binding
    return found


def group_ids(groups: tuple[KeyGroup, ...]) -> Iterator[str]:
    for group in groups:
        for binding_id, _text in group.entries:
            yield binding_id
