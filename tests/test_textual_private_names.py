"""No screen or widget of the app names an attribute of its own as Textual names one of its
own private ones.

The new application's draft first kept a flag called ``_closed`` on its form: Textual's
``MessagePump`` has a ``_closed`` of its own (whether the node's message loop has ended), so
the flag silently replaced it and the app hung. Nothing warns of such a clash. This scan reads
every class in ``bounceback_tui.ui`` that is a Textual node (App, Screen, Widget) and the
names its own source assigns (``self._x = ...`` anywhere in it, ``_x = ...`` in its body, a
method ``def _x``), and the names Textual's classes in its MRO define or assign. A private
name in both is a clash, unless it is one the app takes over on purpose (``DELIBERATE``, each
with its reason). Public names (``title``, ``BINDINGS``, ``compose``) are Textual's to be
overridden, and a method overriding a Textual method (``_on_click``) is an override.
docs/architecture.md ("Names on a screen or widget") says so too.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import textwrap
from dataclasses import dataclass, field
from functools import cache

from textual.message_pump import MessagePump

import bounceback_tui.ui as ui

# Textual's own names the app sets on purpose, with why.
DELIBERATE = {
    # A node drawn without the DOM's machinery: it is Textual's node, on purpose.
    ("bounceback_tui.ui.kit.component_nodes.ComponentNode", "_classes"): "its own node",
    ("bounceback_tui.ui.kit.component_nodes.ComponentNode", "_css_styles"): "its own node",
    ("bounceback_tui.ui.kit.component_nodes.ComponentNode", "_inline_styles"): "its own node",
    # Select's watcher, done without its list until the list is made.
    ("bounceback_tui.ui.kit.dropdown.Dropdown", "_value"): "Select's own value, as it sets it",
    # The lines drawn, written where Widget's _render_content leaves them.
    ("bounceback_tui.ui.kit.dropdown.DropdownCurrent", "_render_cache"): "Widget's lines",
    ("bounceback_tui.ui.kit.field_row.FieldRow", "_render_cache"): "Widget's lines",
    # The screen's compositor, replaced by one that keeps its map (kit/screen_compositor.py).
    ("bounceback_tui.ui.kit.pane_switcher.PaneScreen", "_compositor"): "Screen's compositor",
    # The palette's list shown with its "Searching…" line, as Textual shows it with results.
    ("bounceback_tui.ui.palette_searching.SearchingPalette", "_list_visible"): (
        "CommandPalette's own flag"
    ),
}


@dataclass
class Names:
    data: set[str] = field(default_factory=set)  # assigned: self._x = ..., or _x = ... in the body
    methods: set[str] = field(default_factory=set)


@cache
def names_of(cls: type) -> Names:
    """The names ``cls``'s own source defines (not its bases')."""
    found = Names()
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return found
    body = ast.parse(source).body[0]
    assert isinstance(body, ast.ClassDef)
    for node in body.body:
        if isinstance(node, ast.Assign):
            found.data |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            found.data.add(node.target.id)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.methods.add(node.name)
    for node in ast.walk(body):
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign | ast.AugAssign)
            else []
        )
        for target in targets:
            if (
                isinstance(target, ast.Attribute)
                and isinstance(target.value, ast.Name)
                and target.value.id == "self"
            ):
                found.data.add(target.attr)
    return found


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _app_nodes() -> list[type]:
    classes: dict[str, type] = {}
    for info in pkgutil.walk_packages(ui.__path__, f"{ui.__name__}."):
        module = importlib.import_module(info.name)
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ == module.__name__ and issubclass(cls, MessagePump):
                classes[f"{cls.__module__}.{cls.__qualname__}"] = cls
    return list(classes.values())


def clashes(cls: type) -> set[str]:
    """The private names ``cls`` defines that Textual's classes in its MRO define too: a
    value over any of Textual's names, or a method over one of Textual's values."""
    textual = [base for base in cls.__mro__ if base.__module__.split(".")[0] == "textual"]
    theirs_methods = {n for base in textual for n in names_of(base).methods}
    # Values: assigned in the source, or made by the metaclass (``_reactives``, ...).
    theirs_data = {n for base in textual for n in names_of(base).data | set(vars(base))}
    theirs_data -= theirs_methods
    own = names_of(cls)
    clash = (own.data & (theirs_data | theirs_methods)) | (own.methods & theirs_data)
    return {name for name in clash if _private(name)}


def test_the_scan_finds_the_clash_that_hung_the_app() -> None:
    from textual.screen import ModalScreen

    class Closing(ModalScreen[None]):
        def __init__(self) -> None:
            super().__init__()
            self._closed = False  # the draft form's first flag
            self._form_closed = False  # its name now

        def _draft_timer(self) -> None: ...

    assert clashes(Closing) == {"_closed"}


def test_no_screen_or_widget_shadows_a_private_name_of_textual() -> None:
    nodes = _app_nodes()
    assert len(nodes) > 100  # the scan reads the app's nodes, not none of them
    found = {
        (f"{cls.__module__}.{cls.__qualname__}", name) for cls in nodes for name in clashes(cls)
    }
    assert found - set(DELIBERATE) == set(), "a name of Textual's own: rename it"
    assert set(DELIBERATE) - found == set(), "no longer set: drop it from DELIBERATE"
