"""The code is formatted as `ruff format` formats it (issue 18): CI checks it before the
suite (`.ci/run`), and this test checks it inside the suite, so the landing queue, which runs
the suite, refuses an unformatted file before CI does. Format only the files you change."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUFF = Path(sys.executable).with_name("ruff")


def _format_check(*paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(RUFF), "format", "--check", *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_every_file_is_formatted() -> None:
    result = _format_check(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_finds_an_unformatted_file(tmp_path: Path) -> None:
    planted = tmp_path / "planted.py"
    planted.write_text("x=( 1,\n 2 )\n", encoding="utf-8")
    result = _format_check(planted)
    assert result.returncode == 1
    assert "planted.py" in result.stdout
