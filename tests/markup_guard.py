"""A static check that no UI module builds markup out of a person's text.

The rule (docs/architecture.md, "A person's text on screen"): in ``src/bounceback_tui/ui``
text reaches a place that reads markup (a *sink*: ``notify``, ``Static``, ``Label``,
``.update``, ``Option``, a ``DataTable`` row, ``ConfirmScreen``, ``FormScreen``, ``FieldSpec``,
``EmptyState``, a palette ``Hit``, a border title...) only as

1. a string literal (app-written; it may hold markup, it holds no data),
2. ``plain(text)`` or ``markup_with("literal template", name=text)`` from ``ui/kit/text.py``,
3. a ``Content`` or Rich ``Text`` object built some other way (they are never parsed).

So a sink must not receive a *formatted* string: an f-string with a ``{value}``, ``.format``,
``%``, ``+`` on strings, ``"sep".join(...)``, ``str(...)``, or ``escape(...)`` /
``markup_safe(...)`` (escaping misses bracket forms). That holds through a local variable
(``message = f"..."; self.notify(message)``) and through a function of the same module whose
return value is formatted. ``Content.from_markup``, ``Text.from_markup`` and ``markup_with``
take a literal template only; ``rich.markup.escape`` and ``textual.markup.escape`` are not
imported at all.

What the check cannot see (a sink given a plain attribute such as ``Static(self.title)``) is
caught at run time by tests/test_hostile_screens.py, which puts the hostile corpus in every
field and looks at what is painted.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

UI_ROOT = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui" / "ui"
KIT_TEXT = UI_ROOT / "kit" / "text.py"

ALL = -1  # every positional argument

# Call name (a function, a class or a method) -> positional indexes and keyword names that
# Textual reads as markup.
SINKS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "notify": ((0,), ("message",)),
    "Static": ((0,), ("content", "renderable")),
    "Label": ((0,), ("content", "renderable")),
    "Button": ((0,), ("label",)),
    "update": ((0,), ("content",)),
    "Option": ((0,), ("prompt",)),
    "replace_option_prompt": ((1,), ("prompt",)),
    "add_row": ((ALL,), ()),
    "add_column": ((0,), ("label",)),
    "add_columns": ((ALL,), ()),
    "ConfirmScreen": ((0, 1), ("question", "detail")),
    "FormScreen": ((0,), ("title", "intro")),
    "FieldSpec": ((1,), ("label", "help")),
    "EmptyState": ((0,), ("title",)),
    "Hit": ((1,), ("match_display", "help")),
    "DiscoveryHit": ((0,), ("display", "help")),
    "SystemCommand": ((0, 1), ("title", "help")),
}
# App-written markup only: these arguments must be literals (EmptyState's body and hint).
LITERAL_SINKS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "EmptyState": ((1, 2), ("body", "hint")),
}
# Calls that pass their other arguments on to the function given first.
FORWARDING_CALLS = frozenset({"call_from_thread", "call_later", "call_after_refresh", "partial"})
# Attributes whose assigned value Textual reads as markup.
SINK_ATTRIBUTES = frozenset({"border_title", "border_subtitle", "tooltip"})
# Calls whose first argument must be a literal template.
TEMPLATE_CALLS = frozenset({"from_markup", "markup_with"})
KIT_CALLS = frozenset({"plain", "markup_with"})
SAFE_CONSTRUCTORS = frozenset({"Content", "Text"})  # never parsed as markup
FORMATTING_CALLS = frozenset({"str", "escape", "markup_safe", "format", "join", "repr"})
BANNED_IMPORTS = {("rich.markup", "escape"), ("textual.markup", "escape")}


@dataclass(frozen=True)
class Finding:
    path: Path
    line: int
    message: str

    def __str__(self) -> str:
        try:
            where = self.path.relative_to(UI_ROOT.parents[2])
        except ValueError:
            where = self.path
        return f"{where}:{self.line}: {self.message}"


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _is_str_literal(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(v, ast.Constant) for v in node.values)
    if isinstance(node, ast.IfExp):
        return _is_str_literal(node.body) and _is_str_literal(node.orelse)
    return False


class _Scope:
    """What each local name of one function (or the module) was assigned."""

    def __init__(self, body: list[ast.stmt]) -> None:
        self.assigned: dict[str, list[ast.expr]] = {}
        for node in _walk_scope(body):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        self.assigned.setdefault(target.id, []).append(node.value)
            elif isinstance(node, ast.AnnAssign | ast.AugAssign) and node.value is not None:
                if isinstance(node.target, ast.Name):
                    value = node.value
                    if isinstance(node, ast.AugAssign):
                        value = ast.BinOp(left=node.target, op=node.op, right=node.value)
                    self.assigned.setdefault(node.target.id, []).append(value)
            elif isinstance(node, ast.NamedExpr):
                self.assigned.setdefault(node.target.id, []).append(node.value)


def _walk_scope(body: list[ast.stmt]) -> Iterator[ast.AST]:
    """Every node of these statements, not descending into nested functions or classes."""
    stack: list[ast.AST] = list(body)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                stack.append(child)


class _Checker:
    def __init__(self, path: Path, tree: ast.Module) -> None:
        self.path = path
        self.tree = tree
        self.findings: list[Finding] = []
        # Functions of this module (by name) that return a formatted string.
        self.formatting_functions: set[str] = set()
        self._functions = [
            n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
        ]
        self._scopes = {id(f): _Scope(f.body) for f in self._functions}
        self._module_scope = _Scope(tree.body)
        self._find_formatting_functions()
        self.forwarding_sinks: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {}
        self._find_forwarding_sinks()

    # --- what an expression is ---------------------------------------------------------------

    def formatted(self, node: ast.expr, scope: _Scope, seen: frozenset[str] = frozenset()) -> bool:
        """True when ``node`` is (or may be) a string built from data by formatting."""
        if isinstance(node, ast.Constant):
            return False
        if isinstance(node, ast.JoinedStr):
            return not _is_str_literal(node)
        if isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.Mod):
                return _is_str_literal(node.left) or self.formatted(node.left, scope, seen)
            if isinstance(node.op, ast.Add):
                sides = (node.left, node.right)
                return any(
                    _is_str_literal(s) or self.formatted(s, scope, seen) for s in sides
                ) or all(isinstance(s, ast.Name | ast.Attribute | ast.Subscript) for s in sides)
            return False
        if isinstance(node, ast.IfExp):
            return self.formatted(node.body, scope, seen) or self.formatted(
                node.orelse, scope, seen
            )
        if isinstance(node, ast.Call):
            name = _name(node.func)
            if name in KIT_CALLS:
                return False
            if isinstance(node.func, ast.Name) and name in SAFE_CONSTRUCTORS:
                return False
            if isinstance(node.func, ast.Attribute):
                owner = node.func.value
                if isinstance(owner, ast.Name) and owner.id in SAFE_CONSTRUCTORS:
                    return False  # Content.styled(...), Text.assemble(...)
                if name == "join" and not _is_str_literal(owner):
                    return False  # Content("\n").join(...): a Content
            if name in FORMATTING_CALLS:
                return True
            return name in self.formatting_functions
        if isinstance(node, ast.Name) and node.id not in seen:
            values = scope.assigned.get(node.id) or self._module_scope.assigned.get(node.id, [])
            return any(self.formatted(v, scope, seen | {node.id}) for v in values)
        return False

    def _find_formatting_functions(self) -> None:
        changed = True
        while changed:
            changed = False
            for function in self._functions:
                if function.name in self.formatting_functions:
                    continue
                scope = self._scopes[id(function)]
                for node in _walk_scope(function.body):
                    if (
                        isinstance(node, ast.Return)
                        and node.value is not None
                        and self.formatted(node.value, scope)
                    ):
                        self.formatting_functions.add(function.name)
                        changed = True
                        break

    def _find_forwarding_sinks(self) -> None:
        """Functions that hand a parameter, as it is, to a sink (``def _status(self, message):
        ... status.update(message)``) are sinks too, for that parameter."""
        changed = True
        while changed:
            changed = False
            for function in self._functions:
                params = [a.arg for a in function.args.posonlyargs + function.args.args]
                if params and params[0] in ("self", "cls"):
                    params = params[1:]
                found: set[str] = set()
                for node in _walk_scope(function.body):
                    if not isinstance(node, ast.Call):
                        continue
                    spec = SINKS.get(_name(node.func)) or self.forwarding_sinks.get(
                        _name(node.func)
                    )
                    if spec is None:
                        continue
                    for _index, argument in _arguments(node, spec):
                        if isinstance(argument, ast.Name) and argument.id in params:
                            found.add(argument.id)
                if not found:
                    continue
                spec = (
                    tuple(i for i, p in enumerate(params) if p in found),
                    tuple(sorted(found)),
                )
                if self.forwarding_sinks.get(function.name) != spec:
                    self.forwarding_sinks[function.name] = spec
                    changed = True

    # --- the checks ----------------------------------------------------------------------------

    def run(self) -> list[Finding]:
        self._check_imports()
        for scope_body, scope in self._scopes_with_bodies():
            for node in _walk_scope(scope_body):
                if isinstance(node, ast.Call):
                    self._check_call(node, scope)
                elif isinstance(node, ast.Assign):
                    for target in node.targets:
                        if isinstance(target, ast.Attribute) and target.attr in SINK_ATTRIBUTES:
                            self._check_argument(node.value, scope, f".{target.attr} =")
        return self.findings

    def _scopes_with_bodies(self) -> Iterator[tuple[list[ast.stmt], _Scope]]:
        yield self.tree.body, self._module_scope
        for function in self._functions:
            yield function.body, self._scopes[id(function)]

    def _flag(self, node: ast.AST, message: str) -> None:
        self.findings.append(Finding(self.path, getattr(node, "lineno", 0), message))

    def _check_imports(self) -> None:
        for node in ast.walk(self.tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                for alias in node.names:
                    if (node.module, alias.name) in BANNED_IMPORTS:
                        self._flag(
                            node,
                            f"imports {node.module}.escape: use ui.kit.text.plain or markup_with",
                        )

    def _is_literal_template(self, node: ast.expr) -> bool:
        """A string literal, or a module constant bound to one (``FINISHED_MESSAGE``)."""
        if _is_str_literal(node):
            return True
        if isinstance(node, ast.Name) and node.id.isupper():
            values = self._module_scope.assigned.get(node.id, [])
            return bool(values) and all(_is_str_literal(v) for v in values)
        return False

    def _check_call(self, call: ast.Call, scope: _Scope) -> None:
        name = _name(call.func)
        if name in FORWARDING_CALLS and call.args:
            # call_from_thread(self.notify, message, ...): the message goes to notify.
            target = _name(call.args[0])
            if target in SINKS or target in self.forwarding_sinks:
                self._check_sink(target, call.args[1:], call.keywords, scope)
        if name in TEMPLATE_CALLS and call.args and not self._is_literal_template(call.args[0]):
            self._flag(call, f"{name}() takes a literal template; pass the text as a $value")
        for index, argument in _arguments(call, LITERAL_SINKS.get(name, ((), ()))):
            if not self._is_literal_template(argument):
                self._flag(argument, f"{name}() argument {index} takes app-written literal text")
        if name in ("markup_safe", "escape"):
            self._flag(call, f"{name}() misses bracket forms: use ui.kit.text.plain/markup_with")
        self._check_sink(name, call.args, call.keywords, scope)

    def _check_sink(
        self, name: str, args: list[ast.expr], keywords: list[ast.keyword], scope: _Scope
    ) -> None:
        spec = SINKS.get(name) or self.forwarding_sinks.get(name)
        if spec is None:
            return
        call = ast.Call(func=ast.Name(id=name), args=args, keywords=keywords)
        for _index, argument in _arguments(call, spec):
            self._check_argument(argument, scope, f"{name}()")

    def _check_argument(self, node: ast.expr, scope: _Scope, where: str) -> None:
        if self.formatted(node, scope):
            self._flag(
                node,
                f"{where} is given a formatted string (read as markup): build it with "
                "ui.kit.text.markup_with('template $name', name=...) or plain(...)",
            )


def _arguments(
    call: ast.Call, spec: tuple[tuple[int, ...], tuple[str, ...]]
) -> list[tuple[int | str, ast.expr]]:
    """The arguments of ``call`` at the positions and keywords ``spec`` names."""
    positions, keywords = spec
    chosen: list[tuple[int | str, ast.expr]] = [
        (index, argument)
        for index, argument in enumerate(call.args)
        if ALL in positions or index in positions
    ]
    chosen += [(k.arg, k.value) for k in call.keywords if k.arg in keywords and k.arg]
    return chosen


def check_source(path: Path, source: str) -> list[Finding]:
    """The findings for one module's source."""
    return _Checker(path, ast.parse(source, filename=str(path))).run()


def check_ui(root: Path = UI_ROOT) -> list[Finding]:
    """The findings for every UI module but the kit's text helpers (which are the one way)."""
    findings: list[Finding] = []
    for path in sorted(root.rglob("*.py")):
        if path == KIT_TEXT:
            continue
        findings += check_source(path, path.read_text(encoding="utf-8"))
    return findings
