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
KEY_WORDS = {
    "Esc": "escape",
    "Escape": "escape",
    "Enter": "enter",
    "Tab": "tab",
    "Space": "space",
}
_KEY = r"(?:Esc|Escape|Enter|Tab)\b"

HINT_SHAPES = (
    # A bold key of any length: "[b]u[/b]", "[b]Enter[/b] open", "[b]Esc[/b]", "[b]ctrl+s[/b]".
    re.compile(r"\[b\]([^\[\]{}$ ]+)\[/b\]"),
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


# Keys a module's text names that are Textual's own where it names them, which no keymap moves
# (no binding id): the import screen's link box and table take Enter themselves
# (``Input.Submitted``, ``DataTable``), and the practice screen's Enter after an answer is its
# own ``key_enter``. How many of a module's hints of that key are such.
TEXTUALS_OWN = {("pipeline/import_posting.py", "enter"): 3, ("reframe/practice.py", "enter"): 2}


def check_ui(root: Path = UI_ROOT) -> list[Hint]:
    by_package = remappable_keys()
    hints: list[Hint] = []
    for path in sorted(root.rglob("*.py")):
        module = path.relative_to(root).as_posix()
        package = module.split("/")[0] if "/" in module else ""
        # The app's own keys (the panes', Settings', `?`) work on every screen: text anywhere
        # names them only as bound ("Settings (,)" in the care screens, "People (6)"); and so
        # do the kit's, whose lists, forms and dialogs every package's screens hold: the low
        # day's "[b]Enter[/b] open" is its choice list's Enter (``choices.choose``).
        keys = {
            **by_package.get("kit", {}),
            **by_package.get("", {}),
            **by_package.get(package, {}),
        }
        found = list(check_source(module, path.read_text(encoding="utf-8"), keys))
        for (own_module, key), count in TEXTUALS_OWN.items():
            if own_module == module and len(mine := [h for h in found if h.key == key]) == count:
                found = [h for h in found if h not in mine]
        hints += found
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


SERVICES_ROOT = SRC_ROOT / "services"
# domain/ cannot ask the keymap either: "(or press Escape)" under the outcome's form.
DOMAIN_ROOT = SRC_ROOT / "domain"
# "press e", "Press Enter": a key a service's sentence names, whichever pane's it is.
_PRESS = re.compile(rf"(?:^|\s)[pP]ress\s+(\w|{_KEY})(?=[\s.,;:)]|$)")
# "([ or ])": two keys in brackets, either of which does it (Recovery's "Move it out of
# Rejected there first ([ or ])").
_EITHER = re.compile(r"\(([^\s\w()]|\w) or ([^\s\w()]|\w)\)")


@dataclass(frozen=True)
class ServiceHint:
    module: str  # under src/bounceback_tui/, "services/move_conflicts.py"
    line: int
    said: str  # as written, "Recovery (3)", "press e"

    def __str__(self) -> str:
        return (
            f"{self.module}:{self.line}: names {self.said!r} by hand: services/ cannot ask the "
            "keymap, so its text names no key; the UI adds the key as bound (key_of), or the "
            "service takes it as an argument"
        )


def _pane_numbers() -> re.Pattern[str]:
    """A pane's title with its number key in brackets: "Recovery (3)", "People (6)"."""
    from bounceback_tui.ui.panes import PANES

    return re.compile("|".join(rf"\b{re.escape(p.title)}\s*\({re.escape(p.key)}\)" for p in PANES))


def check_service_source(
    module: str, source: str, keys: set[str], panes: re.Pattern[str]
) -> Iterator[ServiceHint]:
    """The keys one service module's text names: a pane's number, or "press <key>"."""
    from bounceback_tui.ui.keymap import normalize_key

    tree = ast.parse(source)
    skipped = _docstrings(tree) | _log_text(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
            continue
        if id(node) in skipped:
            continue
        for match in panes.finditer(node.value):
            yield ServiceHint(module, node.lineno, match[0])
        for match in _PRESS.finditer(node.value):
            try:
                key = KEY_WORDS.get(match[1]) or normalize_key(match[1])
            except ValueError:
                continue
            if key in keys:
                yield ServiceHint(module, node.lineno, match[0].strip())
        for match in _EITHER.finditer(node.value):
            named = []
            for written in (match[1], match[2]):
                try:
                    named.append(normalize_key(written))
                except ValueError:
                    continue
            if any(key in keys for key in named):
                yield ServiceHint(module, node.lineno, match[0])


def check_services(*roots: Path) -> list[ServiceHint]:
    """The keys named by hand in the text of services/ and domain/ (or ``roots``), neither
    of which can ask the keymap."""
    keys = {key for package in remappable_keys().values() for key in package}
    panes = _pane_numbers()
    hints: list[ServiceHint] = []
    for root in roots or (SERVICES_ROOT, DOMAIN_ROOT):
        for path in sorted(root.rglob("*.py")):
            module = path.relative_to(root.parent).as_posix()  # "services/take_back.py"
            source = path.read_text(encoding="utf-8")
            hints += check_service_source(module, source, keys, panes)
    return hints
