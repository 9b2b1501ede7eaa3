"""Sample data: realistic, spread over a year, and never written over real data by accident."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import resolve_paths

TABLES = (
    "application",
    "stage_change",
    "rejection",
    "recovery_step",
    "thought_record",
    "thought_feeling",
    "thought_trap",
    "skill",
    "skill_resource",
    "check_in",
    "activity_day",
    "followed_board",
)


def _counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_demo_fills_every_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "d")]) == 0
    db = resolve_paths(tmp_path / "d").database
    counts = _counts(db)
    assert counts["application"] == 60
    assert all(n > 0 for n in counts.values()), counts
    with sqlite3.connect(db) as conn:
        stages = dict(conn.execute("SELECT stage, count(*) FROM application GROUP BY stage"))
        span = conn.execute(
            "SELECT julianday(max(date_applied)) - julianday(min(date_applied)) FROM application"
        ).fetchone()[0]
        orphans = conn.execute(
            "SELECT count(*) FROM application a WHERE stage = 'rejected' AND NOT EXISTS "
            "(SELECT 1 FROM rejection r WHERE r.application_id = a.id)"
        ).fetchone()[0]
    # Every stage appears at 60 applications? Not guaranteed; most do, and about a third are no's.
    assert len(stages) >= 6
    assert 10 <= stages.get("rejected", 0) <= 30
    assert span > 180  # spread over most of a year
    assert orphans == 0  # every rejected application has its rejection and plan
    assert "60 applications" in capsys.readouterr().out


def test_demo_scale(tmp_path: Path) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--scale", "300"]) == 0
    counts = _counts(resolve_paths(tmp_path / "d").database)
    assert counts["application"] == 300
    assert counts["rejection"] > 80


def test_demo_refuses_a_store_with_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = str(tmp_path / "d")
    assert main(["demo", "--data-dir", target, "--scale", "5"]) == 0
    capsys.readouterr()
    before = _counts(resolve_paths(target).database)
    assert main(["demo", "--data-dir", target, "--scale", "50"]) == 1
    assert "--force" in capsys.readouterr().err
    assert _counts(resolve_paths(target).database) == before


def test_demo_force_replaces_after_a_backup(tmp_path: Path) -> None:
    target = str(tmp_path / "d")
    assert main(["demo", "--data-dir", target, "--scale", "5"]) == 0
    assert main(["demo", "--data-dir", target, "--scale", "12", "--force"]) == 0
    paths = resolve_paths(target)
    assert _counts(paths.database)["application"] == 12
    backups = list(paths.backups.glob("*before-demo*.sqlite3"))
    assert len(backups) == 1
    assert _counts(backups[0])["application"] == 5


@pytest.mark.parametrize("scale", ["0", "-4", "999999"])
def test_demo_refuses_silly_scales(
    tmp_path: Path, scale: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--data-dir", str(tmp_path / "d"), "--scale", scale]) == 1
    assert "--scale" in capsys.readouterr().err
