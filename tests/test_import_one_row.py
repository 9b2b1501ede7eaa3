"""`import` of a file of one row says "1 row", not "1 rows" (a stranger's walk, twentieth
round)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths


def test_one_row_is_said_as_one(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exported = tmp_path / "all.json"
    assert main(["export", "--format", "json", "-o", str(exported)]) == 0
    data = json.loads(exported.read_text(encoding="utf-8"))
    data["tables"]["setting"] = [{"key": "weekly_goal", "value": "3", "version": 1}]
    exported.write_text(json.dumps(data), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(exported), "--yes"]) == 0
    said = capsys.readouterr().out
    assert "Imported 1 row into" in said
