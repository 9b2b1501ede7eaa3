"""Every class the UI's code builds, found by reading its source: for tests that hold a rule
over all of them ("every list binds j and k", "every text field is a PlainInput").

A call ``Name(...)`` or ``module.Name(...)`` in a module under ``src/bounceback_tui/ui`` counts
when that name, looked up in the imported module, is a class.
"""

from __future__ import annotations

import ast
import importlib
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

UI = Path(__file__).resolve().parent.parent / "src" / "bounceback_tui" / "ui"


class Built(NamedTuple):
    where: str  # "pipeline/add_edit.py:130": the call's file (under ui/) and line
    name: str  # the name called
    cls: type


def classes_built_in_ui() -> Iterator[Built]:
    for path in sorted(UI.rglob("*.py")):
        module_name = "bounceback_tui." + ".".join(
            path.relative_to(UI.parent).with_suffix("").parts
        )
        module = importlib.import_module(module_name.removesuffix(".__init__"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            built = getattr(module, name or "", None)
            if isinstance(built, type):
                yield Built(f"{path.relative_to(UI)}:{node.lineno}", name or "", built)
