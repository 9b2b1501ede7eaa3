"""A static check that app-written text does not spell out a key the keymap can move.

A key named in a hint ("8 quiet (r)", "Nothing logged yet: i adds a line.", "A add it")
kept its usual letter after the person's settings.toml moved the key (a stranger's walk).
Text that names a key asks for it as bound: ``app.key_label(id, usual)``,
``ui/kit/key_text.key_of(app, id, usual)`` or a ``{id|usual}`` placeholder for
``with_keys``. This finds the literal hints that still do not: a string literal (not a
docstring) in a module under ``src/bounceback_tui/ui/<package>/`` that names, in a hint's
shape, the usual key of a binding with an id declared in that same package, or of one of the
app's own (ui/app.py: the panes', Settings', `?`), which work on every screen ("Settings (,)"
and "People (6)" in the care screens went by a guard that looked at their package's keys).

The hint shapes: a bold key (``[b]u[/b]``), a key in brackets after a space (`` (r)``,
`` (,)``), a key before a verb (``i adds``, ``u brings``), a key opening a sentence before
any verb in ``-s`` (``n schedules``, ``u now takes``) and ``Press e``. A key may be named by
its word in brackets or opening a sentence ("Esc clears it", "Enter goes", "(Escape)").

A key with a modifier is found anywhere under ``src/bounceback_tui/``, in any sentence: "ctrl+s
marks it as sent", "Ctrl+s saves your answer", "^n fills in" (``check_modifiers``). Every such
key is one a keymap can move, and the key bar writes it as bound ("^s"). Not found: a
docstring, a log line's text (``log.info(...)``), a ``{id|ctrl+s}`` placeholder, and a literal
that is one key and nothing else (``Binding("ctrl+s", ...)``, ``key_of(app, id, "ctrl+s")``).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

SRC_ROOT = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui"
UI_ROOT = SRC_ROOT / "ui"

# A key a sentence names by its word rather than its letter ("Esc clears it", "Enter goes to
# a section", "Settings (Esc)"): each as Textual names it.
KEY_WORDS = {"Esc": "escape", "Escape": "escape", "Enter": "enter", "Tab": "tab"}
_KEY = r"(?:Esc|Escape|Enter|Tab)\b"

HINT_SHAPES = (
    re.compile(r"\[b\]([^\[\]{}$ ]{1,2})\[/b\]"),
    # A key in brackets after a word: "8 quiet (r)", "Settings (,)", "People (6)".
    re.compile(rf"(?:^|\s)\(([^\s()]|{_KEY})\)"),
    re.compile(
        r"(?:^|[\s:])([^\s\w\[]|\w)\s+"
        r"(?:adds|opens|to (?!\d)|takes|shows|brings|lists|links|changes|edits|logs)\b"
    ),
    # A key opening a sentence before a word in -s: "n schedules one.", " u now takes back".
    # Not the article ("A class", "a series": a noun in -s is common after it), nor the
    # pronoun's "I was" ("I" before any other word in -s is the key: "I schedules").
    re.compile(
        rf"(?:^\s*|[.:!?;]\s+)(?![aA]\s)(\w|{_KEY})\s+(?:now\s+)?(?!(?:was|is|has|does)\b)[a-z]+s\b"
    ),
)


@dataclass(frozen=True)
class Hint:
    module: str  # under ui/, "pipeline/header.py"
    line: int
    key: str  # Textual's name for it, "r"
    binding_ids: tuple[str, ...]  # the package's bindings with it as their usual key

    def __str__(self) -> str:
        return (
            f"ui/{self.module}:{self.line}: names {self.key!r} in text, the usual key of "
            f"{', '.join(self.binding_ids)}: ask for it as bound (ui/kit/key_text.key_of)"
        )


def remappable_keys() -> dict[str, dict[str, tuple[str, ...]]]:
    """Package under ui/ ("pipeline", "" for ui/ itself) -> usual key -> the ids of the
    bindings declared there that have it."""
    from bounceback_tui.ui.binding_catalogue import binding_inventory

    found: dict[str, dict[str, list[str]]] = {}
    for entry in binding_inventory():
        if not entry.id:
            continue
        parts = entry.owner.__module__.split(".")[2:]  # after bounceback_tui.ui
        package = parts[0] if len(parts) > 1 else ""
        for key in entry.keys:
            found.setdefault(package, {}).setdefault(key, []).append(entry.id)
    return {
        package: {key: tuple(dict.fromkeys(ids)) for key, ids in keys.items()}
        for package, keys in found.items()
    }


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if (
            isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
            and body
            and isinstance(body[0], ast.Expr)
            and isinstance(body[0].value, ast.Constant)
        ):
            found.add(id(body[0].value))
    return found


def check_source(module: str, source: str, keys: dict[str, tuple[str, ...]]) -> Iterator[Hint]:
    """The hints in one module's source naming one of ``keys`` (usual key -> binding ids)."""
    from bounceback_tui.ui.keymap import normalize_key

    tree = ast.parse(source)
    skipped = _docstrings(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in skipped:
            continue
        for shape in HINT_SHAPES:
            for match in shape.finditer(node.value):
                try:
                    key = KEY_WORDS.get(match[1]) or normalize_key(match[1])
                except ValueError:
                    continue
                if key in keys:
                    yield Hint(module, node.lineno, key, keys[key])


def check_ui(root: Path = UI_ROOT) -> list[Hint]:
    by_package = remappable_keys()
    hints: list[Hint] = []
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root).as_posix()
        package = module.split("/")[0] if "/" in module else ""
        # The app's own keys (the panes', Settings', `?`) work on every screen: text anywhere
        # names them only as bound ("Settings (,)" in the care screens, "People (6)").
        keys = {**by_package.get("", {}), **by_package.get(package, {})}
        hints += check_source(module, path.read_text(encoding="utf-8"), keys)
    return hints


# A modifier and a key, as a person writes it ("ctrl+s", "Ctrl+S", "alt+x", "shift+tab") or as
# the key bar does ("^s"); the placeholders ``with_keys`` fills are taken out first.
MODIFIER_KEY = re.compile(
    r"(?i)(?<![\w+])(?:ctrl|control|alt|shift|meta|super|cmd)\s*\+\s*\w+|(?<![\w^\[])\^[a-z]\b"
)
_PLACEHOLDER = re.compile(r"\{[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*\|[^}]*\}")
_LOG_CALLS = {"debug", "info", "warning", "error", "exception", "critical", "log"}
_LOGGERS = {"log", "logger", "logging", "_log", "_logger", "LOG", "LOGGER"}


@dataclass(frozen=True)
class ModifierHint:
    module: str  # under src/bounceback_tui/, "ui/people/message.py"
    line: int
    key: str  # as written, "ctrl+s"

    def __str__(self) -> str:
        return (
            f"{self.module}:{self.line}: names {self.key!r} by hand in text: ask for it as "
            "bound (ui/kit/key_text.key_of, or a {binding.id|usual} placeholder for with_keys)"
        )


def _log_text(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _LOG_CALLS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in _LOGGERS
        ):
            for arg in node.args:
                found |= {id(inner) for inner in ast.walk(arg)}
    return found


def check_modifiers(module: str, source: str) -> Iterator[ModifierHint]:
    """The keys with a modifier written by hand in one module's text."""
    tree = ast.parse(source)
    skipped = _docstrings(tree) | _log_text(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in skipped or MODIFIER_KEY.fullmatch(node.value.strip()):
            continue
        for match in MODIFIER_KEY.finditer(_PLACEHOLDER.sub("", node.value)):
            yield ModifierHint(module, node.lineno, match[0])


def check_src(root: Path = SRC_ROOT) -> list[ModifierHint]:
    hints: list[ModifierHint] = []
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root).as_posix()
        hints += check_modifiers(module, path.read_text(encoding="utf-8"))
    return hints
