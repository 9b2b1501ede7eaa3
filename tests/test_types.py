"""The types hold: mypy passes with [tool.mypy] in pyproject.toml (strict on domain/, reframe/
and services/), and every `type: ignore` names its error code and says why on its line."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "bounceback_tui"

# `# type: ignore[code, code]  # why` ; the reason is any text after a second `#`.
_IGNORE = re.compile(r"#\s*type:\s*ignore(?P<codes>\[[^\]]*\])?(?P<rest>.*)$")


def unexplained_ignores(text: str) -> list[tuple[int, str]]:
    """(line number, line) of every `type: ignore` without a code or without a reason."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _IGNORE.search(line)
        if match is None:
            continue
        codes = (match["codes"] or "").strip("[]").strip()
        reason = re.match(r"\s*#\s*\S", match["rest"])
        if not codes or reason is None:
            found.append((number, line.strip()))
    return found


def test_the_check_for_ignores_catches_each_way_of_getting_it_wrong() -> None:
    planted = "\n".join(
        [
            "a = f()  # type: ignore",
            "b = f()  # type: ignore[]  # why",
            "c = f()  # type: ignore[arg-type]",
            "d = f()  # type: ignore[arg-type]  #",
            "e = f()  # type: ignore[arg-type]  # Textual types it str",
            "g = f()  # type: ignore[misc, arg-type]  # two codes, one reason",
            "h = f()  # a comment that mentions no ignore",
        ]
    )
    assert [number for number, _ in unexplained_ignores(planted)] == [1, 2, 3, 4]


def test_every_type_ignore_has_a_code_and_a_reason() -> None:
    problems = [
        f"{path.relative_to(ROOT)}:{number}: {line}"
        for path in sorted(SOURCE.rglob("*.py"))
        for number, line in unexplained_ignores(path.read_text(encoding="utf-8"))
    ]
    assert problems == []


def test_mypy_passes() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Success: no issues found" in result.stdout
