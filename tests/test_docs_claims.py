"""What the docs say about the project's own files stays true: every dependency is recorded
with its reason (docs/architecture.md, "Dependencies, and why"), and every file of data the
project ships says where it came from and under what licence (tests/data/README.md)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _name(requirement: str) -> str:
    """The distribution name of a requirement string ("textual>=8.2.8,<8.3" -> "textual")."""
    match = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement.strip())
    assert match, requirement
    return match.group(0).lower()


def _dependencies_section() -> str:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    return text.split("## Dependencies, and why", 1)[1].split("\n## ", 1)[0].lower()


def test_every_dependency_is_recorded_with_its_reason() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    section = _dependencies_section()
    runtime = {_name(r) for r in project["dependencies"]}
    extras = {_name(r) for group in project["optional-dependencies"].values() for r in group}
    # Each run-time dependency has its own row in the table: "| **name** (`range`) | why |".
    for name in runtime:
        assert f"| **{name}** (" in section, name
    # Test and build extras are named in the prose under the table.
    missing = sorted(name for name in extras - runtime if name not in section)
    assert missing == []


def test_the_rejected_dependency_is_recorded_with_why() -> None:
    section = _dependencies_section()
    assert "rejected: rapidfire" in section
    rapidfire = section.split("rejected: rapidfire", 1)[1]
    assert "shell" in rapidfire and "terminal" in rapidfire


DATA = ROOT / "tests" / "data"


def test_every_data_file_names_its_source_and_licence() -> None:
    readme = (DATA / "README.md").read_text(encoding="utf-8")
    entries = sorted(p.name for p in DATA.iterdir() if p.name != "README.md")
    for name in entries:
        shown = f"`{name}/`" if (DATA / name).is_dir() else f"`{name}`"
        assert shown in readme, name
        paragraph = readme.split(shown, 1)[1].split("\n- `", 1)[0].lower()
        assert "source:" in paragraph and "licence:" in paragraph, name


def test_the_trap_training_data_names_its_source_and_licence() -> None:
    readme = (ROOT / "scripts" / "traps" / "README.md").read_text(encoding="utf-8").lower()
    assert "written for bounceback-tui" in readme
    assert "licence" in readme


def test_each_figure_of_the_metrics_doc_is_defined_once() -> None:
    """docs/metrics.md's "What's working" table had "groups" and "reply rate" twice, each in
    two versions (a tester's walk): a reader could not tell which held."""
    text = (ROOT / "docs" / "metrics.md").read_text(encoding="utf-8")
    for section in text.split("\n## "):
        figures = re.findall(r"^\| \*\*(.+?)\*\* \|", section, flags=re.MULTILINE)
        repeated = sorted({name for name in figures if figures.count(name) > 1})
        assert repeated == [], section.splitlines()[0]
