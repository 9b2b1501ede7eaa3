"""The days to a first reply: one rule for What's working and the Pipeline's header.

An import's rows at Screening have one timeline entry, dated the day they were applied:
What's working took it for the reply and said "first reply after about 0 days" (`--json`:
0.0), where the header's median (the store's summary rows) leaves them out. Now neither
counts a reply the data does not date (``tests/insights_oracle.first_reply_on``).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.insights import load_insights
from bounceback_tui.services.pipeline_funnel import funnel_figures
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import put


def _import_three_at_screening(tmp_path: Path) -> None:
    source = tmp_path / "clear.csv"
    source.write_text(
        "Company,Position,Status,Source,Applied\n"
        "RefCo0,Backend Engineer,Screening,Referral,2026-02-02\n"
        "RefCo1,Backend Engineer,Screening,Referral,2026-02-03\n"
        "RefCo2,Backend Engineer,Screening,Referral,2026-02-04\n"
    )
    assert main(["import", str(source), "--yes"]) == 0


def test_an_imported_reply_has_no_days(
    opened_paths: DataPaths, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _import_three_at_screening(tmp_path)
    capsys.readouterr()
    assert main(["insights", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    source = next(c for c in found["comparisons"] if c["key"] == "source")
    (referral,) = source["groups"]
    assert referral["reply"]["count"] == 3  # they did hear back: only the day is unknown
    assert referral["median_days_to_first_reply"] is None
    assert main(["insights"]) == 0
    assert "first reply after" not in capsys.readouterr().out


def test_the_view_and_the_header_agree(opened_paths: DataPaths, tmp_path: Path) -> None:
    _import_three_at_screening(tmp_path)
    db = Database(opened_paths.database)
    try:
        # Tracked from Applied: a reply after 6 days, then one after 10 days.
        put(db, "Tracked", [("applied", date(2026, 2, 2)), ("screening", date(2026, 2, 8))],
            date_applied=date(2026, 2, 2), source="referral")  # fmt: skip
        put(db, "Later", [("applied", date(2026, 2, 2)), ("rejected", date(2026, 2, 12))],
            date_applied=date(2026, 2, 2), source="referral")  # fmt: skip
        # Added straight at Interviewing: never seen waiting, so no days either.
        put(db, "Logged", [("interviewing", date(2026, 2, 20))],
            date_applied=date(2026, 2, 5), source="referral")  # fmt: skip
        header = funnel_figures(db).median_days_to_reply
    finally:
        db.close()
    view = load_insights(opened_paths.database)
    source = next(c for c in view.comparisons if c.dimension.key == "source")
    (referral,) = source.groups
    assert referral.count == 6
    assert referral.median_days_to_reply == 8  # 6 and 10
    assert header == 8


def test_first_reply_on_reads_moves_only() -> None:
    from tests.insights_oracle import first_reply_on

    applied, later = date(2026, 2, 2), date(2026, 2, 9)
    assert first_reply_on([(Stage.SCREENING, applied)]) is None
    assert first_reply_on([(Stage.REJECTED, later)]) is None
    assert first_reply_on([(Stage.APPLIED, applied), (Stage.REJECTED, later)]) == later
    assert first_reply_on([(Stage.APPLIED, applied)]) is None
    # Logged at Screening, then moved back to Applied and on: the move is the reply.
    timeline = [(Stage.SCREENING, applied), (Stage.APPLIED, applied), (Stage.OFFER, later)]
    assert first_reply_on(timeline) == later
