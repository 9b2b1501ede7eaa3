"""The store-rules checker the monkey ends with: quiet on a sound store, loud on each break."""

from __future__ import annotations

import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.demo import fill_demo
from tests.built_stores import store_once
from tests.store_rules import store_problems


@pytest.fixture
def demo_store(opened_paths: DataPaths) -> DataPaths:
    store_once(opened_paths, fill_demo, 40)
    return opened_paths


def _break(paths: DataPaths, *statements: str) -> list[str]:
    conn = sqlite3.connect(paths.database)
    try:
        conn.execute("PRAGMA foreign_keys = OFF")
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return [problem.split(":", 1)[0] for problem in store_problems(paths.database)]


def test_the_demo_store_keeps_every_rule(demo_store: DataPaths) -> None:
    assert store_problems(demo_store.database) == []


def test_an_empty_store_keeps_every_rule(opened_paths: DataPaths) -> None:
    assert store_problems(opened_paths.database) == []


@pytest.mark.parametrize(
    ("statements", "rule"),
    [
        (
            [
                "DELETE FROM rejection WHERE application_id = "
                "(SELECT min(id) FROM application WHERE stage = 'rejected')"
            ],
            "rejected-has-rejection",
        ),
        (
            [
                "UPDATE application SET stage = CASE stage WHEN 'withdrawn' THEN 'saved' "
                "ELSE 'withdrawn' END WHERE id = 1"
            ],
            "timeline-ends-at-stage",
        ),
        (["UPDATE application SET stage = 'maybe' WHERE id = 1"], "application-values"),
        (["UPDATE application SET excitement = 9 WHERE id = 1"], "application-values"),
        (["UPDATE application SET role = '  ' WHERE id = 1"], "application-text"),
        (
            ["UPDATE rejection SET plan_completed_at = NULL WHERE plan_completed_at IS NOT NULL"],
            "plan-finished-when-all-done",
        ),
        (
            ["UPDATE skill SET finished_at = NULL WHERE status = 'done'"],
            "skill-times",
        ),
        (["UPDATE skill SET version = 0 WHERE id = (SELECT min(id) FROM skill)"], "skill-version"),
        (["UPDATE thought_feeling SET intensity_before = 140"], "feeling-intensity"),
        (
            [
                "UPDATE thought_trap SET trap_key = 'bad_luck' "
                "WHERE rowid = (SELECT min(rowid) FROM thought_trap)"
            ],
            "trap-keys",
        ),
        (
            ["UPDATE application SET date_applied = '16/03/2026' WHERE id = 1"],
            "application.date_applied-iso",
        ),
        (
            ["INSERT OR REPLACE INTO setting (key, value) VALUES ('weekly_goal', '{not json')"],
            "setting-json",
        ),
        (
            [
                "UPDATE stage_change SET from_stage = NULL WHERE id = (SELECT max(id) "
                "FROM stage_change WHERE application_id = (SELECT application_id "
                "FROM stage_change GROUP BY application_id HAVING count(*) > 1 LIMIT 1))"
            ],
            "timeline-starts-empty",
        ),
        (
            ["DELETE FROM application WHERE id = (SELECT min(application_id) FROM stage_change)"],
            "foreign_key_check",
        ),
    ],
)
def test_each_broken_rule_is_named(demo_store: DataPaths, statements: list[str], rule: str) -> None:
    assert rule in _break(demo_store, *statements)
