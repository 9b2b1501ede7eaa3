"""Textual's registration of a widget class, without walking every name of every base again.

When a class of Textual's DOM is made (every widget, screen and app class), Textual's
``DOMNode.__init_subclass__`` works out two things from all the names of the class and of
its bases: its reactives (every ``Reactive`` in the ``__dict__`` of each class of the MRO)
and its computes (``dir(cls)``: every name of the MRO, sorted, for those that start with
``compute_``). A widget's bases hold about 450 names, so each class costs about 1.1 million
instructions for these two alone. Its bindings are merged from every DOM class of the MRO,
each class's ``BINDINGS`` parsed again (a key list such as ``"j,down"`` split, every
binding made anew): up to 0.3 million more. The app's ``ui`` package installs this module's
way before Textual's widget modules are imported, so every widget class made before the
first paint but three (``DOMNode``, ``Widget``, ``App``), Textual's included, is registered
the quick way (docs/performance.md, "First paint, fp10's round").

A class's MRO nearly always ends with the MRO of one of its DOM bases, whose reactives and
computes Textual has already worked out from that same tail. ``quick_widget_classes`` makes
``__init_subclass__`` start from that base's and add the names of the classes before it in
the MRO (the new class and its mixins): the same dictionary, in the same order, and the
same set, as the walk gives. A class whose MRO does not end so is walked as before. The
bindings are merged as Textual merges them, class by class, each class's ``BINDINGS``
parsed once and kept (again if the class is given another list): each new class gets its
own lists, of the same (frozen) bindings.

It patches Textual's class, so it checks that the methods are the ones it knows (the names
their code reads); with any other Textual it leaves the class alone.
"""

from __future__ import annotations

from types import CodeType
from typing import Any
from weakref import WeakKeyDictionary

from textual.binding import Binding, BindingsMap
from textual.dom import DOMNode
from textual.reactive import Reactive

# The names Textual 8.2's DOMNode.__init_subclass__ reads (its comprehensions' last), in order.
KNOWN_NAMES = (
    "super",
    "__init_subclass__",
    "_reactives",
    "reversed",
    "__mro__",
    "update",
    "__dict__",
    "items",
    "_inherit_css",
    "_inherit_bindings",
    "_inherit_component_classes",
    "set",
    "_css_bases",
    "__name__",
    "_css_type_name",
    "add",
    "_merge_bindings",
    "_merged_bindings",
    "frozenset",
    "_css_type_names",
    "dir",
    "_computes",
    "isinstance",
    "Reactive",
    "startswith",
    "lstrip",
)

# And its DOMNode._merge_bindings.
KNOWN_MERGE_NAMES = (
    "reversed",
    "__mro__",
    "issubclass",
    "DOMNode",
    "_inherit_bindings",
    "clear",
    "append",
    "BindingsMap",
    "__dict__",
    "get",
    "key_to_bindings",
    "items",
    "from_keys",
)

COMPUTE_PREFIXES = ("_compute_", "compute_")

_state: dict[str, Any] = {"original": None}


def _names_read(code: CodeType) -> tuple[str, ...]:
    """The names a function's code reads, its nested code's (comprehensions) after its own."""
    names = list(code.co_names)
    for const in code.co_consts:
        if isinstance(const, CodeType):
            names.extend(_names_read(const))
    return tuple(names)


def _dom_tail(cls: type) -> tuple[int, type[DOMNode]] | None:
    """The first DOM base in ``cls``'s MRO whose own MRO is the rest of it, with its place;
    None if there is none (then everything is walked)."""
    mro = cls.__mro__
    for place in range(1, len(mro)):
        base = mro[place]
        if (
            isinstance(base, type)
            and issubclass(base, DOMNode)
            and "_computes" in base.__dict__
            and "_reactives" in base.__dict__
            and base.__mro__ == mro[place:]
        ):
            return place, base
    return None


def reactives_and_computes(cls: type[DOMNode]) -> tuple[dict[str, Reactive[Any]], frozenset[str]]:
    """What Textual's walk gives for ``cls``: its reactives (in the walk's order) and its
    computes, from the DOM base its MRO ends with."""
    found = _dom_tail(cls)
    if found is None:
        return walked_reactives_and_computes(cls)
    place, base = found
    reactives: dict[str, Reactive[Any]] = dict(base.__dict__["_reactives"])
    computes = set(base.__dict__["_computes"])
    for klass in reversed(cls.__mro__[:place]):
        for name, value in klass.__dict__.items():
            if isinstance(value, Reactive):
                reactives[name] = value
            if name.startswith(COMPUTE_PREFIXES):
                computes.add(name.lstrip("_")[8:])
    return reactives, frozenset(computes)


def walked_reactives_and_computes(
    cls: type[DOMNode],
) -> tuple[dict[str, Reactive[Any]], frozenset[str]]:
    """Textual's own walk (DOMNode.__init_subclass__, Textual 8.2): every class of the MRO."""
    reactives: dict[str, Reactive[Any]] = {}
    for base in reversed(cls.__mro__):
        reactives.update(
            {name: value for name, value in base.__dict__.items() if isinstance(value, Reactive)}
        )
    computes = frozenset(
        name.lstrip("_")[8:] for name in dir(cls) if name.startswith(COMPUTE_PREFIXES)
    )
    return reactives, computes


# Each class's BINDINGS as Textual parses them, kept with the list they were parsed from.
_parsed: WeakKeyDictionary[type, tuple[object, tuple[tuple[str, tuple[Binding, ...]], ...]]] = (
    WeakKeyDictionary()
)


def _own_bindings(klass: type[DOMNode]) -> tuple[tuple[str, tuple[Binding, ...]], ...]:
    declared = klass.__dict__.get("BINDINGS", [])
    kept = _parsed.get(klass)
    if kept is None or kept[0] is not declared:
        parsed = BindingsMap(declared).key_to_bindings
        kept = _parsed[klass] = (declared, tuple((k, tuple(v)) for k, v in parsed.items()))
    return kept[1]


def merged_bindings(cls: type[DOMNode]) -> BindingsMap:
    """Textual's DOMNode._merge_bindings (8.2), each class's bindings parsed once."""
    layers: list[type[DOMNode]] = []
    for base in reversed(cls.__mro__):
        if issubclass(base, DOMNode):
            if not base._inherit_bindings:
                layers.clear()
            layers.append(base)
    keys: dict[str, list[Binding]] = {}
    for base in layers:
        for key, bindings in _own_bindings(base):
            keys[key] = list(bindings)
    return BindingsMap.from_keys(keys)


def _init_subclass(
    cls: type[DOMNode],
    inherit_css: bool = True,
    inherit_bindings: bool = True,
    inherit_component_classes: bool = True,
) -> None:
    # Textual's DOMNode.__init_subclass__ (8.2), step for step, with the quick ways above.
    super(DOMNode, cls).__init_subclass__()
    reactives, computes = reactives_and_computes(cls)
    cls._reactives = reactives
    cls._inherit_css = inherit_css
    cls._inherit_bindings = inherit_bindings
    cls._inherit_component_classes = inherit_component_classes
    bases = cls._css_bases(cls)
    cls._css_type_name = bases[0].__name__
    cls._merged_bindings = merged_bindings(cls)
    cls._css_type_names = frozenset(base.__name__ for base in bases)
    cls._computes = computes


def quick_widget_classes() -> bool:
    """Make Textual register new DOM classes from their bases' reactives and computes, and
    parse each class's bindings once (see the module). True if it does (now or before);
    False with a Textual it does not know."""
    if _state["original"] is not None:
        return True
    method = DOMNode.__dict__.get("__init_subclass__")
    function = getattr(method, "__func__", None)
    merge = getattr(DOMNode.__dict__.get("_merge_bindings"), "__func__", None)
    if (
        function is None
        or merge is None
        or _names_read(function.__code__) != KNOWN_NAMES
        or _names_read(merge.__code__) != KNOWN_MERGE_NAMES
    ):
        return False
    _state["original"] = method
    DOMNode.__init_subclass__ = classmethod(_init_subclass)  # type: ignore[assignment]  # the patch itself
    return True
