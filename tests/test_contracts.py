"""The layers hold: import-linter checks the contracts in pyproject.toml ([tool.importlinter]).

docs/architecture.md ("Layers and their contracts") says what each contract means and how to
run the check alone (`.venv/bin/lint-imports`).
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "src" / "bounceback_tui" / "ui"

LINT_IMPORTS = (
    "import sys; from importlinter.cli import lint_imports_command; "
    "sys.exit(lint_imports_command())"
)


def _contracts() -> dict[str, dict[str, object]]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return {c["id"]: c for c in config["tool"]["importlinter"]["contracts"]}


def test_every_contract_is_kept() -> None:
    result = subprocess.run(
        [sys.executable, "-c", LINT_IMPORTS, "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = result.stdout + result.stderr
    assert result.returncode == 0, report
    assert f"Contracts: {len(_contracts())} kept, 0 broken." in report, report


def test_the_contracts_issue_18_asks_for_are_there() -> None:
    contracts = _contracts()
    assert {
        "domain-is-pure",
        "store-below-services",
        "store-has-no-rules",
        "services-below-ui",
        "ui-through-services",
        "kit-below-features",
        "no-cycles",
    } <= set(contracts)
    domain = contracts["domain-is-pure"]
    assert {"bounceback_tui.domain", "bounceback_tui.reframe"} <= set(domain["source_modules"])
    assert {
        "bounceback_tui.store",
        "bounceback_tui.services",
        "bounceback_tui.ui",
        "textual",
        "sqlmodel",
    } <= set(domain["forbidden_modules"])
    assert {"bounceback_tui.services", "bounceback_tui.ui"} <= set(
        contracts["store-below-services"]["forbidden_modules"]
    )
    assert {"bounceback_tui.ui", "bounceback_tui.commands", "textual"} <= set(
        contracts["services-below-ui"]["forbidden_modules"]
    )
    assert {
        "bounceback_tui.store",
        "bounceback_tui.transfer",
        "bounceback_tui.importers",
        "bounceback_tui.commands",
        "sqlite3",
        "sqlalchemy",
        "sqlmodel",
    } <= set(contracts["ui-through-services"]["forbidden_modules"])


def test_every_ui_package_but_the_kit_sits_above_the_kit() -> None:
    # A feature package the kit contract does not name could be imported by the kit unseen.
    layers = _contracts()["kit-below-features"]["layers"]
    assert isinstance(layers, list) and layers[-1] == "kit"
    above = {name.strip().strip("()") for name in layers[0].split(":")}
    packages = {p.parent.name for p in UI.glob("*/__init__.py")} - {"kit"}
    assert packages <= above, f"add {sorted(packages - above)} to kit-below-features"


def _widget_classes() -> list[type]:
    """Every widget class the UI defines, screens and panes aside (they are the controllers:
    they call the use cases)."""
    from textual.screen import Screen
    from textual.widget import Widget

    import bounceback_tui.ui as ui
    from bounceback_tui.ui.kit.pane import Pane

    found = []
    for info in pkgutil.walk_packages(ui.__path__, "bounceback_tui.ui."):
        module = importlib.import_module(info.name)
        for value in vars(module).values():
            if (
                inspect.isclass(value)
                and value.__module__ == module.__name__
                and issubclass(value, Widget)
                and not issubclass(value, (Screen, Pane))
            ):
                found.append(value)
    return found


def test_no_widget_reaches_for_the_store() -> None:
    # A widget shows what it is given and says what the person asked for (a message, or a
    # callable its pane passed in); the pane or screen makes the change through a service.
    # The store handle is `app.db`: a widget that names it can write.
    widgets = _widget_classes()
    assert len(widgets) > 20  # the walk found the UI's widgets
    reaching = [
        f"{cls.__module__}.{cls.__qualname__}"
        for cls in widgets
        if re.search(r"\.db\b", inspect.getsource(cls))
    ]
    assert reaching == []


def test_the_pre_commit_hooks_run_what_ci_runs() -> None:
    # Local hooks from the project's environment: the same tool versions as the suite.
    config = (ROOT / ".pre-commit-config.yaml").read_text()
    for entry in (
        ".venv/bin/ruff check",
        ".venv/bin/ruff format",
        ".venv/bin/mypy",
        ".venv/bin/lint-imports",
    ):
        assert f"entry: {entry}" in config, entry


STORE_ROWS = (
    "Application",
    "StageChange",
    "Rejection",
    "RecoveryTemplateStep",
    "RecoveryStep",
    "ThoughtRecord",
    "ThoughtFeeling",
    "ThoughtTrap",
    "Skill",
    "SkillResource",
    "Setting",
    "CheckIn",
    "ActivityDay",
    "FollowedBoard",
)


def rows_handed_out(source: str) -> list[str]:
    """Where a service module hands the store's rows to its callers: a use case (a function
    that takes the store handle, ``db: Database``) returning a table class, or a dataclass
    field of one (what use cases return)."""
    row = re.compile(r"\b(?:" + "|".join(STORE_ROWS) + r")\b")
    found = []
    for match in re.finditer(r"^def (\w+)\((.*?)\)\s*->\s*(.*?):$", source, re.S | re.M):
        name, params, returns = match.groups()
        if "Database" in params and not name.startswith("_") and row.search(returns):
            found.append(f"{name} -> {' '.join(returns.split())}")
    for match in re.finditer(r"^@dataclass.*\nclass (\w+).*:\n((?:    .*\n|\n)*)", source, re.M):
        for line in match.group(2).splitlines():
            field = re.match(r"    (\w+): (.*)", line)
            if field and row.search(field.group(2)):
                found.append(f"{match.group(1)}.{field.group(1)}: {field.group(2)}")
    return found


def test_the_check_for_rows_finds_them() -> None:
    planted = (
        "def get(db: Database, key: int) -> Application | None:\n    ...\n"
        "def _inside(session: Session) -> Application:\n    ...\n"
        "@dataclass(frozen=True)\nclass Detail:\n    application: Application\n    n: int\n"
        "def fine(db: Database) -> ApplicationView:\n    ...\n"
    )
    assert rows_handed_out(planted) == [
        "get -> Application | None",
        "Detail.application: Application",
    ]


def test_services_hand_out_views_not_the_stores_rows() -> None:
    # A detached row has `int | None` ids, can be changed by accident and ties the caller
    # to the tables; use cases return plain frozen views (services/*_views.py and others).
    services = ROOT / "src" / "bounceback_tui" / "services"
    found = {
        path.name: rows
        for path in sorted(services.glob("*.py"))
        if (rows := rows_handed_out(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_an_application_view_carries_every_column() -> None:
    # The edit form and the detail read every field from the view: a column added to the
    # table (company size, the posting's date, ...) must be copied into it, or editing an
    # application fails with an AttributeError.
    import dataclasses

    from bounceback_tui.services.application_views import ApplicationView
    from bounceback_tui.store.models import Application

    columns = set(Application.__table__.columns.keys())  # type: ignore[attr-defined]  # SQLModel tables have one; the stubs do not say so
    fields = {field.name for field in dataclasses.fields(ApplicationView)}
    assert sorted(columns - fields) == []
