"""A JSON import checks every day a row holds as the forms check it (``dates.record_day``),
not only its form: a person's follow-up, a log line's day, a skill's target, a step's "asked
on", a stage move's day, a question's review and an application's dismissal were taken on
0001-01-01 or 9999-12-31 (a fixer's walk). Each is refused naming its table, row and column,
in the forms' words, and nothing is written; what the app keeps, years old, still imports."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui import clock
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_export import export_json
from bounceback_tui.transfer.json_import import import_json, load_json_export
from tests.built_stores import store_once
from tests.transfer_fixtures import count

TOMORROW = "tomorrow"  # the day after the suite's today, worked out in the test

# (table, column, the value set on its first row, the line the refusal holds).
REFUSED = [
    (
        "contact",
        "next_follow_up",
        "9999-12-31",
        "contact row 1, next_follow_up: Next follow-up: pick a day within ten years of today.",
    ),
    (
        "contact",
        "next_follow_up",
        "0001-01-01",
        "contact row 1, next_follow_up: Next follow-up: pick a day from 1970 on.",
    ),
    (
        "interaction",
        "happened_on",
        "9999-12-31",
        "interaction row 1, happened_on: Date: pick a day within ten years of today.",
    ),
    (
        "interaction",
        "happened_on",
        TOMORROW,
        "interaction row 1, happened_on: That date has not come yet; log it once it has.",
    ),
    (
        "recovery_step",
        "asked_on",
        "0001-01-01",
        "recovery_step row 1, asked_on: Asked on: pick a day from 1970 on.",
    ),
    (
        "recovery_step",
        "asked_on",
        TOMORROW,
        "recovery_step row 1, asked_on: That day has not come yet; note it once asked.",
    ),
    (
        "skill",
        "target_date",
        "9999-12-31",
        "skill row 1, target_date: Target date: pick a day within ten years of today.",
    ),
    (
        "stage_change",
        "changed_on",
        "0001-01-01",
        "stage_change row 1, changed_on: The day of the move: pick a day from 1970 on.",
    ),
    (
        "interview_question",
        "next_review_on",
        "9999-12-31",
        "interview_question row 1, next_review_on: Next review: pick a day within ten years "
        "of today.",
    ),
    (
        "application",
        "ghost_dismissed_on",
        "9999-12-31",
        "application row 1, ghost_dismissed_on: Dismissed on: pick a day within ten years of "
        "today.",
    ),
]


def _demo_export(paths: DataPaths, tmp_path: Path) -> dict[str, Any]:
    store_once(paths, fill_demo, 60, force=True)
    path = tmp_path / "export.json"
    with path.open("w", encoding="utf-8") as out:
        export_json(paths.database, out)
    document: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return document


def _write(tmp_path: Path, document: dict[str, Any]) -> Path:
    path = tmp_path / "edited.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


@pytest.mark.parametrize(("table", "column", "value", "line"), REFUSED)
def test_a_day_the_forms_refuse_is_refused_naming_table_row_and_column(
    opened_paths: DataPaths, tmp_path: Path, table: str, column: str, value: str, line: str
) -> None:
    document = _demo_export(opened_paths, tmp_path)
    if value == TOMORROW:
        value = (clock.today() + timedelta(days=1)).isoformat()
    document["tables"][table][0][column] = value
    fresh = resolve_paths(tmp_path / "other")
    open_store(fresh)
    with pytest.raises(TransferError) as refused:
        import_json(fresh, load_json_export(_write(tmp_path, document)))
    lines = str(refused.value).splitlines()
    assert lines[0].endswith("nothing was written:")
    assert f"  - {line}" in lines
    assert count(fresh.database, table) == 0


def test_old_days_the_app_kept_still_import(opened_paths: DataPaths, tmp_path: Path) -> None:
    """Years back is history, not a slip: each of these days, twelve years before the suite's
    today, imports as it is (ten years is a rule for typing a new day)."""
    document = _demo_export(opened_paths, tmp_path)
    old = (clock.today() - timedelta(days=365 * 12)).isoformat()
    for table, column, _value, _line in REFUSED:
        document["tables"][table][0][column] = old
    fresh = resolve_paths(tmp_path / "other")
    open_store(fresh)
    result = import_json(fresh, load_json_export(_write(tmp_path, document)))
    assert result.rows["contact"] == len(document["tables"]["contact"])
    assert count(fresh.database, "stage_change") == len(document["tables"]["stage_change"])
