"""The palette's modules (ui/palette_*.py) share their helpers through public names and import
each other in one direction only.

ui/palette_pipeline.py, palette_care.py and palette_people.py imported palette_actions' private
helpers (``_run_in``, ``_mounted``, ``_go_then_say``) while palette_actions imported them back
inside a function: a cycle, hidden from import-linter (which leaves the UI's modules out of its
``no-cycles`` contract). Read from the source, every import, a function's own too."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "src" / "bounceback_tui" / "ui"
PACKAGE = "bounceback_tui.ui."


def _palette_imports() -> dict[str, list[tuple[str, str]]]:
    """Each palette module's imports of another palette module: (module, name) pairs."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path in sorted(UI.glob("palette*.py")):
        pairs = found.setdefault(path.stem, [])
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                f"{PACKAGE}palette"
            ):
                module = (node.module or "").removeprefix(PACKAGE)
                pairs.extend((module, alias.name) for alias in node.names)
    return found


def test_no_palette_module_takes_anothers_private_name() -> None:
    taken = [
        f"{importer} imports {name} from {module}"
        for importer, pairs in _palette_imports().items()
        for module, name in pairs
        if name.startswith("_")
    ]
    assert taken == []


def test_the_palette_modules_import_each_other_without_a_cycle() -> None:
    graph = {
        importer: {module for module, _name in pairs}
        for importer, pairs in _palette_imports().items()
    }
    cycles: list[str] = []

    def walk(module: str, path: list[str]) -> None:
        for following in sorted(graph.get(module, ())):
            if following in path:
                cycles.append(" -> ".join([*path[path.index(following) :], following]))
            else:
                walk(following, [*path, following])

    for start in graph:
        walk(start, [start])
    assert cycles == []
