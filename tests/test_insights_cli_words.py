"""`insights` says a rate's range in words, as What's working's legend does: "83%, likely
between 55% and 95%" and "first reply after about 4 days". It printed "83%, 95% 55-95%"
and "first reply ~4 days", read by a fixer as two shares and a sign; `--json` is as it was
(its test passed before too: it keeps it so)."""

from __future__ import annotations

import json

import pytest

from bounceback_tui.cli import main
from bounceback_tui.paths import DataPaths
from tests.test_insights_services import _store_with_a_clear_difference


def test_each_range_is_said_in_words(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    # Referrals: 10 of 12 replied after 4 days, none went further; job boards: 0 of 12.
    # The 95% Wilson ranges, by hand: 10 in 12 is 55.2% to 95.3%; 0 in 12 is 0% to 24.3%.
    _store_with_a_clear_difference(opened_paths.database)
    assert main(["insights"]) == 0
    lines = capsys.readouterr().out.splitlines()
    referral = next(line for line in lines if line.startswith("  Referral "))
    assert referral.split("sent  ", 1)[1] == (
        "replies 10 (83%, likely between 55% and 95%) · "
        "interviews 0 (0%, likely between 0% and 24%) · "
        "offers 0 (0%, likely between 0% and 24%) · first reply after about 4 days"
    )
    job_board = next(line for line in lines if line.startswith("  Job board "))
    assert job_board.split("sent  ", 1)[1] == (
        "replies 0 (0%, likely between 0% and 24%) · "
        "interviews 0 (0%, likely between 0% and 24%) · "
        "offers 0 (0%, likely between 0% and 24%)"
    )
    assert not any(", 95% " in line or "~" in line for line in lines)


def test_json_keeps_its_figures(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    _store_with_a_clear_difference(opened_paths.database)
    assert main(["insights", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    source = next(c for c in data["comparisons"] if c["key"] == "source")
    referral = next(g for g in source["groups"] if g["name"] == "referral")
    assert referral["reply"]["count"] == 10
    assert referral["reply"]["rate"] == pytest.approx(0.8333, abs=1e-4)
    assert referral["reply"]["wilson_95"] == pytest.approx([0.5520, 0.9530], abs=1e-4)
    assert referral["median_days_to_first_reply"] == 4
