"""The demo applies to each job once: two applications both "Lumen Health (Data Analyst)"
came of the draw, and every line and toast named them alike. (A second application to one
company for another role is as the demo means it.)"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import resolve_paths


@pytest.mark.parametrize("scale", [60, 300])
def test_no_two_demo_applications_name_one_job(tmp_path: Path, scale: int) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--scale", str(scale)]) == 0
    with sqlite3.connect(resolve_paths(tmp_path / "d").database) as conn:
        twins = conn.execute(
            "SELECT company, role, count(*) FROM application GROUP BY company, role "
            "HAVING count(*) > 1"
        ).fetchall()
        companies = conn.execute("SELECT count(DISTINCT company) FROM application").fetchone()
    assert twins == []
    assert companies[0] > 1
