"""A JSON export's rows are checked by the rules of the forms that write them (a tester's walk):
an application's salary, currency and days, a no's day, a check-in's and an active day's, each
refused naming its table, row and column, with nothing written; what the app stores imports."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.transfer.files import TransferError
from bounceback_tui.transfer.json_import import import_json, load_json_export
from tests.transfer_fixtures import count, demo_export, write_json

# (table, {column: value} set on its first row, a line the refusal holds), the messages the
# forms give for the same values.
REFUSED = [
    (
        "application",
        {"salary_min": -5000},
        "application row 1, salary_min: '-5000' is not an amount; write it like 85000 or 85k.",
    ),
    (
        "application",
        {"salary_min": 1_041_000.0, "salary_max": 141_000.0},
        "application row 1, salary_max: The salary maximum is below the minimum.",
    ),
    (
        "application",
        {"salary_max": 5e9},
        "application row 1, salary_max: That salary is larger than any real one; check the digits.",
    ),
    (
        "application",
        {"salary_currency": "Dollars!!"},
        "application row 1, salary_currency: Use a three-letter currency code like EUR.",
    ),
    (
        "application",
        {"date_applied": "9999-12-31", "next_follow_up": None, "stage": "applied"},
        "application row 1, date_applied: The date applied cannot be in the future.",
    ),
    (
        "application",
        {"date_applied": "0001-01-01", "posted_on": None},
        "application row 1, date_applied: Date applied: pick a day from 1970 on.",
    ),
    (
        "application",
        {"next_follow_up": "0001-01-01"},
        "application row 1, next_follow_up: Next follow-up: pick a day from 1970 on.",
    ),
    (
        "rejection",
        {"rejected_on": "9999-12-31"},
        "rejection row 1, rejected_on: The day of the no cannot be in the future.",
    ),
    (
        "check_in",
        {"day": "9999-12-31"},
        "check_in row 1, day: The day is in the future; the app keeps none after today.",
    ),
    (
        "activity_day",
        {"day": "1969-12-31"},
        "activity_day row 1, day: The day: pick a day from 1970 on.",
    ),
    (
        "activity_day",
        {"actions": -100},
        "activity_day row 1, actions: expected a number from 0 to 1000000",
    ),
]


@pytest.mark.parametrize(("table", "change", "line"), REFUSED)
def test_a_value_the_forms_refuse_is_refused_naming_table_row_and_column(
    opened_paths: DataPaths, tmp_path: Path, table: str, change: dict[str, Any], line: str
) -> None:
    document = demo_export(opened_paths, tmp_path)
    document["tables"][table][0].update(change)
    with pytest.raises(TransferError) as refused:
        load_json_export(write_json(tmp_path, document))
    lines = str(refused.value).splitlines()
    assert lines[0].endswith("nothing was written:")
    assert f"  - {line}" in lines


def test_a_refused_value_writes_nothing_into_the_store(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    document = demo_export(opened_paths, tmp_path)
    document["tables"]["rejection"][0]["rejected_on"] = "9999-12-31"
    fresh = resolve_paths(tmp_path / "other")
    open_store(fresh)
    with pytest.raises(TransferError):
        import_json(fresh, load_json_export(write_json(tmp_path, document)))
    assert count(fresh.database, "rejection") == 0
    assert count(fresh.database, "application") == 0


def test_the_demo_export_imports_into_an_empty_store(
    opened_paths: DataPaths, tmp_path: Path
) -> None:
    """The round trip: what the app stores, kept for years, imports back. An application sent
    twelve years before today (the forms take ten when typed) is the person's history; a Saved
    one with a follow-up, moved to Applied later, has its follow-up before the day applied."""
    document = demo_export(opened_paths, tmp_path)
    old = document["tables"]["application"][0]
    old.update(date_applied="2014-03-02", posted_on="2014-03-05", next_follow_up="2014-02-20")
    fresh = resolve_paths(tmp_path / "other")
    open_store(fresh)
    result = import_json(fresh, load_json_export(write_json(tmp_path, document)))
    assert result.rows["application"] == len(document["tables"]["application"]) == 60
    assert count(fresh.database, "application") == 60
    assert count(fresh.database, "rejection") == len(document["tables"]["rejection"])
