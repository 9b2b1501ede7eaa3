"""Every key binding of the app, found in the code, and the checks a keymap needs.

``binding_inventory()`` imports every module of ``bounceback_tui.ui`` and lists
the bindings each class declares. It is too slow for the first paint (it loads
every pane), so ``docs/keymap.py`` writes each class's keys down from it
(``scopes_of``, ``ui/keymap_scopes.json``) and the app checks a keymap against those
before its first paint (``ui/keymap_check.py``); the tests and the docs use the same
inventory, and tests/test_keymap_checked_first.py keeps the file in step with it, so the
documented ids, the checked ids and the code cannot drift apart.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen

import bounceback_tui.ui as ui_package
from bounceback_tui.ui.keymap import normalize_keys
from bounceback_tui.ui.keymap_check import Key, KeymapCheck, Scope, Scopes, check_against
from bounceback_tui.ui.keymap_scope import widgets_in

PACKAGE = "bounceback_tui"


@dataclass(frozen=True)
class BindingEntry:
    """One binding as declared in a class's BINDINGS."""

    owner: type[DOMNode]
    binding: Binding

    @property
    def id(self) -> str | None:
        return self.binding.id

    @property
    def keys(self) -> tuple[str, ...]:
        """The default keys, in Textual's long names."""
        return tuple(normalize_keys(self.binding.key).split(","))

    @property
    def where(self) -> str:
        namespace = (self.id or "").partition(".")[0]
        return _NAMESPACE_PLACES.get(namespace) or place(self.owner)


# Widgets that live somewhere other than their module's name suggests.
_NAMESPACE_PLACES = {"template": "the settings screen", "settings": "the settings screen"}


def place(cls: type) -> str:
    """Where a class's keys work, in words: "everywhere", "the Pipeline pane", "the form screen"."""
    from bounceback_tui.ui.panes import PANES

    if issubclass(cls, App):
        return "everywhere" if cls.__module__.endswith(".app") else f"the {_words(cls.__name__)}"
    package, module = cls.__module__.rsplit(".", 2)[-2:]
    for spec in PANES:
        if module.startswith(spec.id.removesuffix("s")):
            return f"the {spec.title} pane"
        if package == spec.id and not issubclass(cls, Screen):
            return f"the {spec.title} pane"  # a pane with a package of its own (ui/people/)
    return f"the {_words(cls.__name__)}"


def _words(name: str) -> str:
    """ "ImportPostingScreen" -> "import posting screen"."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


def _subclasses(cls: type) -> Iterator[type]:
    subclasses: list[type] = cls.__subclasses__()
    for sub in subclasses:
        yield sub
        yield from _subclasses(sub)


def import_ui_modules() -> None:
    """Import every module under bounceback_tui.ui, so every class is defined."""
    for module in pkgutil.walk_packages(ui_package.__path__, f"{ui_package.__name__}."):
        importlib.import_module(module.name)


def binding_classes() -> list[type[DOMNode]]:
    """The app's own classes (App, screens, panes, widgets) that declare BINDINGS."""
    import_ui_modules()
    classes = {
        cls
        for cls in _subclasses(DOMNode)
        if cls.__module__.startswith(f"{PACKAGE}.") and cls.__dict__.get("BINDINGS")
    }
    return sorted(classes, key=lambda cls: (cls.__module__, cls.__qualname__))


def binding_inventory() -> list[BindingEntry]:
    """Every binding the app declares, class by class, in declaration order."""
    entries: list[BindingEntry] = []
    for cls in binding_classes():
        for item in cls.__dict__["BINDINGS"]:
            binding = item if isinstance(item, Binding) else Binding(*item)
            entries.append(BindingEntry(cls, binding))
    return entries


def known_ids(entries: list[BindingEntry]) -> set[str]:
    return {entry.id for entry in entries if entry.id}


# -- checking a keymap (ui/keymap_check.py) --------------------------------------------


def scope_of(cls: type[DOMNode], classes: list[type[DOMNode]]) -> Scope:
    """A class's keys (its own and inherited bindings) as the keymap check reads them."""
    merged: BindingsMap = cls._merge_bindings()
    return Scope(
        name=f"{cls.__module__}.{cls.__qualname__}",
        place=place(cls),
        sees_app_keys=not issubclass(cls, (ModalScreen, App)),
        keys=tuple(
            Key(key, binding.id, binding.description, binding.action, binding.priority)
            for key, binding in merged
        ),
        inside=tuple(f"{c.__module__}.{c.__qualname__}" for c in widgets_in(cls, classes)),
        typing=heard_while_typing(cls),
    )


def heard_while_typing(cls: type[DOMNode]) -> bool:
    """Whether ``cls``'s keys are heard while the cursor is in a text field. Textual offers a
    key to the focused widget, then to each widget around it, its screen and the app (the
    fields pass on what they do not keep: kit/fields.bound_above), so: the app's keys (a
    form's ctrl+q quits); a screen's that holds a text field (a form, the posting import's
    link, the writing page); a widget's that holds one without taking focus itself (the
    thought record's steps, the Reframe pane around them, a pane's filter box). A widget
    that takes focus itself (a list) holds no field. Of these keys, only those not typed
    into the field are heard from it (ui/keymap_check.py)."""
    if issubclass(cls, App):
        return cls.__module__.endswith(".app")
    from bounceback_tui.ui.kit.pane import Pane

    if getattr(cls, "can_focus", False) and not issubclass(cls, (Screen, Pane)):
        return False
    return any(_builds(code, _field_names()) for code in _code_of(cls))


def _builds(code: str, names: frozenset[str]) -> bool:
    """Whether ``code`` makes one of the widgets ``names`` ("Input(", not "class Input(")."""
    pattern = r"(?<!class )\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\s*\("
    return re.search(pattern, code) is not None


def _code_of(cls: type) -> list[str]:
    """The source of ``cls`` and its own bases, and the functions of its module (a widget's
    parts may be made there: the thought record's ``_make_step``)."""
    import inspect
    import sys

    own: list[Callable[..., object]] = [
        k for k in cls.__mro__ if k.__module__.startswith(f"{PACKAGE}.")
    ]
    module = sys.modules[cls.__module__]
    functions: list[Callable[..., object]] = [
        f
        for f in vars(module).values()
        if inspect.isfunction(f) and f.__module__ == module.__name__
    ]
    code = []
    for item in [*own, *functions]:
        try:
            code.append(inspect.getsource(item))
        except (OSError, TypeError):
            continue
    return code


@functools.cache
def _field_names() -> frozenset[str]:
    """The names of the text fields (Textual's Input and TextArea, and the app's kinds of
    them) and of the widgets (not screens) that make one, found in their code."""
    from textual.widget import Widget
    from textual.widgets import Input, TextArea

    widgets = [
        c
        for c in _subclasses(Widget)
        if c.__module__.startswith(f"{PACKAGE}.") and not issubclass(c, (Screen, App))
    ]
    names = {"Input", "TextArea"} | {
        c.__name__ for c in widgets if issubclass(c, (Input, TextArea))
    }
    while True:
        found = frozenset(names)
        more = {
            c.__name__
            for c in widgets
            if c.__name__ not in found and any(_builds(code, found) for code in _code_of(c))
        }
        if not more:
            return found
        names |= more


def scopes_of(entries: list[BindingEntry]) -> Scopes:
    """Every class's keys, the ids and their default keys, from the classes themselves."""
    classes = sorted({entry.owner for entry in entries}, key=lambda c: c.__qualname__)
    defaults: dict[str, set[str]] = {}
    for entry in entries:
        if entry.id:
            defaults.setdefault(entry.id, set()).add(",".join(entry.keys))
    return Scopes(
        tuple(scope_of(cls, classes) for cls in classes), frozenset(known_ids(entries)), defaults
    )


def check_keymap(
    keymap: Mapping[str, str],
    entries: list[BindingEntry] | None = None,
    app_class: type[DOMNode] | None = None,
) -> KeymapCheck:
    """Drop entries with unknown ids or that clash; pin neighbours Textual would unbind."""
    if entries is None:
        entries = binding_inventory()
    app = scope_of(app_class, []) if app_class is not None else None
    return check_against(keymap, scopes_of(entries), app)
