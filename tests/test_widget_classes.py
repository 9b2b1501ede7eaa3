"""Textual registers the app's widget classes from their bases' reactives and computes
(ui/kit/widget_classes.py), with what its own walk over every name of the MRO gives
(docs/performance.md, "First paint, fp10's round")."""

from __future__ import annotations

import importlib
import pkgutil
from typing import ClassVar

import pytest
import textual.dom
import textual.widgets
from textual.binding import BindingType
from textual.dom import DOMNode
from textual.reactive import reactive
from textual.widget import Widget

import bounceback_tui.ui
from bounceback_tui.ui.kit import widget_classes
from bounceback_tui.ui.kit.widget_classes import quick_widget_classes

# What Textual's registration sets on a class (the app's ComponentNode changes two of them
# afterwards, kit/component_nodes.py); the quick registration works out the first two.
REGISTERED = (
    "_reactives",
    "_computes",
    "_merged_bindings",
    "_inherit_css",
    "_inherit_bindings",
    "_inherit_component_classes",
    "_css_type_name",
    "_css_type_names",
)


def _every_dom_class() -> list[type[DOMNode]]:
    """Every DOM class of the app and of Textual's widgets, all of them imported."""
    for module in pkgutil.walk_packages(bounceback_tui.ui.__path__, "bounceback_tui.ui."):
        importlib.import_module(module.name)
    for name in textual.widgets.__all__:
        getattr(textual.widgets, name)
    seen: list[type[DOMNode]] = []
    todo: list[type[DOMNode]] = [DOMNode]
    while todo:
        for sub in todo.pop().__subclasses__():
            if sub not in seen:
                seen.append(sub)
                todo.append(sub)
    return seen


def _registration(cls: type[DOMNode]) -> tuple[object, ...]:
    """The class's reactives (in order), computes and bindings (each key's, in order)."""
    return (
        list(cls.__dict__["_reactives"].items()),
        cls.__dict__["_computes"],
        list(cls.__dict__["_merged_bindings"].key_to_bindings.items()),
    )


def _walked(cls: type[DOMNode]) -> tuple[object, ...]:
    """What Textual's own registration gives the class (run on it, then undone)."""
    kept = {name: cls.__dict__[name] for name in REGISTERED}
    try:
        widget_classes._state["original"].__func__(cls)  # Textual's __init_subclass__
        return _registration(cls)
    finally:
        for name, value in kept.items():
            setattr(cls, name, value)


def test_the_app_registers_widget_classes_the_quick_way() -> None:
    # Installed by importing the app's interface package, before its first widget class.
    assert DOMNode.__dict__["__init_subclass__"].__func__ is widget_classes._init_subclass
    assert quick_widget_classes()  # and once only


def test_every_class_is_registered_as_textuals_own_walk_registers_it() -> None:
    classes = _every_dom_class()
    assert len(classes) > 150  # the app's panes, screens and widgets, and Textual's
    for cls in classes:
        quick = _registration(cls)
        assert _walked(cls) == quick, cls
        # Each class has bindings lists of its own, as Textual gives it.
        for key, bindings in cls._merged_bindings.key_to_bindings.items():
            for base in cls.__mro__[1:]:
                theirs = base.__dict__.get("_merged_bindings")
                assert theirs is None or theirs.key_to_bindings.get(key) is not bindings


def test_a_new_class_does_not_walk_every_name(monkeypatch: pytest.MonkeyPatch) -> None:
    walked: list[object] = []

    def spy(obj: object) -> list[str]:
        walked.append(obj)
        return sorted(set(vars(obj)))

    # Textual's registration reads every name through dir(); the quick one never does.
    monkeypatch.setattr(textual.dom, "dir", spy, raising=False)

    class Mixin:
        plain = reactive(0)

        def compute_doubled(self) -> int:
            return 2

    class Counted(Mixin, Widget):
        BINDINGS: ClassVar[list[BindingType]] = [("j,down", "go", "Go"), ("up", "back", "Back")]
        count = reactive(1)
        doubled = reactive(0)

        def _compute_count(self) -> int:
            return 3

    class Alone(Counted, inherit_bindings=False):
        BINDINGS: ClassVar[list[BindingType]] = [("x", "ex", "Ex")]

    assert walked == []
    assert list(Counted._reactives)[-3:] == ["plain", "count", "doubled"]
    assert {"count", "doubled"} <= Counted._computes
    assert Counted._reactives.keys() >= Widget._reactives.keys()
    counted = Counted._merged_bindings.key_to_bindings
    assert [b.action for b in counted["j"] + counted["down"]] == ["go", "go"]
    assert [b.action for b in counted["up"]] == ["back"]
    assert list(Alone._merged_bindings.key_to_bindings) == ["x"]
    assert Alone._merged_bindings.key_to_bindings["x"][0].description == "Ex"


def test_a_textual_it_does_not_know_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    original = widget_classes._state["original"]

    def other(cls: type[DOMNode], **_: object) -> None:  # another Textual's registration
        original.__func__(cls)

    monkeypatch.setitem(widget_classes._state, "original", None)
    monkeypatch.setattr(DOMNode, "__init_subclass__", classmethod(other))
    assert not quick_widget_classes()
    assert DOMNode.__dict__["__init_subclass__"].__func__ is other
