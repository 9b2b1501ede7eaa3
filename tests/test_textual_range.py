"""The Textual the UI kit was written against: the declared range, its reason in the docs,
and the Textual the suite runs on inside it.

ui/kit reaches past Textual's public API (the compositor, restyling on focus, the styles
cache), so pyproject holds Textual to one minor; docs/architecture.md says so.
"""

from __future__ import annotations

import re
import tomllib
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _parts(text: str) -> tuple[int, ...]:
    return tuple(int(p) for p in text.split("."))


def _declared() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    (spec,) = [d for d in project["dependencies"] if re.match(r"textual\b", d)]
    return spec.removeprefix("textual")


def test_textual_is_held_to_one_minor() -> None:
    spec = _declared()
    match = re.fullmatch(r">=(\d+\.\d+\.\d+),<(\d+\.\d+)", spec)
    assert match, f"textual{spec}: expected >=X.Y.Z,<X.(Y+1)"
    low, high = _parts(match[1]), _parts(match[2])
    assert high == (low[0], low[1] + 1)


def test_the_suite_runs_on_a_textual_inside_the_range() -> None:
    match = re.fullmatch(r">=(\d+\.\d+\.\d+),<(\d+\.\d+)", _declared())
    assert match
    installed = _parts(version("textual"))
    assert _parts(match[1]) <= installed < _parts(match[2])


def test_the_architecture_doc_states_the_same_range() -> None:
    doc = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert f"**textual** (`{_declared()}`)" in doc
