"""Every way the app opens, restores or takes up a store passes the domain's rules an upgrade
needs (services/upgrade_rules.py; store/migrations/apply.UpgradeRules): a store behind whose
rows a step needs them for would otherwise fail to upgrade (v010, a no's reason noting what
came back in a plan started before it did). The store itself passes on the rules it is given.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "bounceback_tui"

# Each function that may upgrade a store, and where its rules go among the arguments.
UPGRADING = {
    "open_store": ("rules", None),
    "open_store_at_launch": ("rules", 1),
    "take_up": ("rules", 2),
    "restore_backup": ("rules", None),
    "readied_copy": ("rules", 2),
    "check_backup_rows": ("rules", 2),
    "backup_rows_refusal": ("rules", 2),
    "upgrade_store": ("rules", 4),
}


def _name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    return None


def test_every_call_that_may_upgrade_a_store_passes_the_rules() -> None:
    missing = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or (name := _name(node)) not in UPGRADING:
                continue
            keyword, position = UPGRADING[name]
            given = any(k.arg == keyword for k in node.keywords) or (
                position is not None and len(node.args) > position
            )
            if not given:
                missing.append(f"{path.relative_to(SRC)}:{node.lineno} {name}")
    assert missing == []
