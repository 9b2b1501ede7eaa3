"""Every key binding of the app, found in the code, and the checks a keymap needs.

``binding_inventory()`` imports every module of ``bounceback_tui.ui`` and lists
the bindings each class declares. It is too slow for the first paint (it loads
every pane), so the app runs ``check_keymap`` in its warm-up thread; the tests
and ``docs/keymap.py`` use the same inventory, so the documented ids, the
checked ids and the code cannot drift apart.
"""

from __future__ import annotations

import difflib
import importlib
import pkgutil
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from textual.app import App
from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen

import bounceback_tui.ui as ui_package
from bounceback_tui.domain.text import clip_name
from bounceback_tui.ui.keymap import normalize_keys, written_key
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


def _in(where: str) -> str:
    return where if where == "everywhere" else f"in {where}"


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


# -- checking a keymap -----------------------------------------------------------------


@dataclass
class KeymapCheck:
    """The keymap that can be applied, and one sentence per entry that could not."""

    keymap: dict[str, str]
    problems: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Bound:
    id: str | None
    description: str
    defaults: frozenset[str]
    remapped: bool
    action: str = ""


def _namespace(cls: type[DOMNode], keymap: Mapping[str, str]) -> dict[str, list[_Bound]]:
    """What each key does in one class (its own and inherited bindings) once remapped."""
    merged: BindingsMap = cls._merge_bindings()
    by_id: dict[str | None, list[Binding]] = {}
    for _key, binding in merged:
        by_id.setdefault(binding.id, []).append(binding)
    result: dict[str, list[_Bound]] = {}
    for binding_id, bindings in by_id.items():
        groups = [[b] for b in bindings] if binding_id is None else [bindings]
        for group in groups:
            defaults = frozenset(b.key for b in group)
            remapped = binding_id is not None and binding_id in keymap
            keys = (
                keymap[binding_id].split(",")
                if binding_id is not None and remapped
                else sorted(defaults)
            )
            bound = _Bound(binding_id, group[0].description, defaults, remapped, group[0].action)
            for key in keys:
                result.setdefault(key, []).append(bound)
    return result


def _label(bound: _Bound) -> str:
    """What a binding does: "a key of its own" named nothing (a stranger's walk, ctrl+c);
    Textual's own bindings with no description are said in words."""
    action = bound.action.rpartition(".")[2].partition("(")[0]
    undescribed = {"help_quit": "showing how to quit", "copy_text": "copying the selected text"}
    what = bound.description or undescribed.get(action) or action.replace("_", " ")
    return f"{what} ({bound.id})" if bound.id else what


def _clashes(
    classes: list[type[DOMNode]], app_class: type[DOMNode] | None, keymap: Mapping[str, str]
) -> list[tuple[str, str, _Bound, _Bound]]:
    """(key, where, remapped binding, the other binding) for each key that now means two things.

    Bindings that share a key on purpose (Escape closes or clears, whichever applies) are
    not clashes; only a key the keymap moved onto another binding's key is."""
    found: list[tuple[str, str, _Bound, _Bound]] = []
    app_keys = _namespace(app_class, keymap) if app_class is not None else {}
    for cls in classes:
        namespace = _namespace(cls, keymap)
        for key, bound in namespace.items():
            found.extend(_pair_clashes(key, bound, bound, place(cls)))
        # A pane's or widget's key hides an app-wide key while it has focus. Modal screens
        # and the store-problem app never see the app's keys.
        if issubclass(cls, (ModalScreen, App)):
            continue
        for key, bound in namespace.items():
            if key in app_keys:
                found.extend(_pair_clashes(key, bound, app_keys[key], place(cls)))
        # A pane's key is also hidden by the keys of the widgets in it while they have focus
        # (its lists): `"skills.advance" = "enter"` made Enter open the item, and advancing
        # unreachable, without a word (a newcomer's walk).
        for inside in widgets_in(cls, classes):
            inner = _namespace(inside, keymap)
            for key, bound in namespace.items():
                if key in inner:
                    found.extend(_pair_clashes(key, bound, inner[key], place(cls)))
    return found


def _pair_clashes(
    key: str, first_group: list[_Bound], second_group: list[_Bound], where: str
) -> list[tuple[str, str, _Bound, _Bound]]:
    found = []
    for first in first_group:
        for second in second_group:
            if first is second or (first.id is not None and first.id == second.id):
                continue
            if not (first.remapped or second.remapped):
                continue
            if first.defaults & second.defaults:
                continue  # they shared a key before the keymap: on purpose
            moved, other = (first, second) if first.remapped else (second, first)
            found.append((key, where, moved, other))
    return found


def _co_bound(
    classes: list[type[DOMNode]], keymap: Mapping[str, str], defaults_by_id: dict[str, set[str]]
) -> tuple[dict[str, str], list[tuple[str, str]]]:
    """Bindings that share a default key with a remapped one.

    Textual replaces a remapped binding's keys wholesale, which also unbinds anything else
    on those keys in the same class; pinning those to their own keys keeps them. Returns
    the pins, and (remapped id, sentence) for a neighbour that cannot be pinned."""
    pins: dict[str, str] = {}
    blocked: list[tuple[str, str]] = []
    for cls in classes:
        merged = cls._merge_bindings()
        for key, bindings in merged.key_to_bindings.items():
            moved = [b for b in bindings if b.id in keymap]
            if not moved:
                continue
            for neighbour in bindings:
                if neighbour.id in keymap:
                    continue
                if neighbour.id is None or len(defaults_by_id.get(neighbour.id, ())) != 1:
                    for binding in moved:
                        blocked.append(
                            (
                                str(binding.id),
                                f"{binding.id} was not changed: its key {written_key(key)} also "
                                f"means {neighbour.description or neighbour.action} "
                                f"{_in(place(cls))}, which would lose it.",
                            )
                        )
                    continue
                (only,) = defaults_by_id[neighbour.id]
                pins[neighbour.id] = only
    return pins, blocked


def check_keymap(
    keymap: Mapping[str, str],
    entries: list[BindingEntry] | None = None,
    app_class: type[DOMNode] | None = None,
) -> KeymapCheck:
    """Drop entries with unknown ids or that clash; pin neighbours Textual would unbind."""
    if entries is None:
        entries = binding_inventory()
    ids = known_ids(entries)
    problems: list[str] = []
    accepted: dict[str, str] = {}
    for binding_id, keys in keymap.items():
        if binding_id in ids:
            accepted[binding_id] = keys
            continue
        close = difflib.get_close_matches(binding_id, sorted(ids), n=1)
        hint = f" Did you mean {close[0]}?" if close else ""
        problems.append(
            f"{clip_name(binding_id)}: no binding has this id, so it was ignored.{hint}"
        )
    classes = sorted({entry.owner for entry in entries}, key=lambda c: c.__qualname__)
    # Dropping one entry can settle another clash (a swap that lost its partner), so
    # repeat until nothing clashes.
    while True:
        clashes = _clashes(classes, app_class, accepted)
        if not clashes:
            break
        asked = {(key, where, moved.id, other.id) for key, where, moved, other in clashes}
        for key, where, moved, other in clashes:
            if moved.id not in accepted:
                continue
            if other.remapped and other.id not in accepted:
                continue  # its partner was dropped: the next round sees whether it still clashes
            del accepted[str(moved.id)]
            if other.remapped and (key, where, other.id, moved.id) in asked:
                # Two entries ask for one key: each sentence said the key was the other's
                # already, though neither was applied and the key did nothing.
                del accepted[str(other.id)]
                problems.append(
                    f"{moved.id} and {other.id} were not changed: both ask for "
                    f"{written_key(key)} {_in(where)}."
                )
                continue
            problems.append(
                f"{moved.id} was not changed: {written_key(key)} already means "
                f"{_label(other)} {_in(where)}."
            )
    defaults_by_id: dict[str, set[str]] = {}
    for entry in entries:
        if entry.id:
            defaults_by_id.setdefault(entry.id, set()).add(",".join(entry.keys))
    pins, blocked = _co_bound(classes, accepted, defaults_by_id)
    for binding_id, sentence in blocked:
        if binding_id in accepted:
            del accepted[binding_id]
            problems.append(sentence)
    pins, _ = _co_bound(classes, accepted, defaults_by_id)
    return KeymapCheck({**pins, **accepted}, problems)
