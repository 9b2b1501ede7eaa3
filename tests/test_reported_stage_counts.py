"""A no recorded with "Got as far as: Interviewing" counts as an interview in every rate and
in the flow (docs/metrics.md, `tests/insights_oracle.stages_reached`). A newcomer's no after
interviews, on an application whose timeline went straight from Applied to Rejected, was
counted as a reply only: the Pipeline said "interviews 33%" for two interviews in three,
and the flow view drew "Applied ... └─ Rejected 1" with no Interviews.

The fixture, by hand (three applications sent, none saved):

- Northwind: Applied 2 Mar, then a no on 10 Mar that got as far as Interviewing (the
  timeline holds only Applied and Rejected);
- Fabrikam: Applied 3 Mar, Screening 6 Mar, Interviewing 9 Mar (still there);
- Contoso: Applied 4 Mar, nothing since.

Replies 2 of 3 (Northwind's no, Fabrikam's screening), interviews 2 of 3 (67%), offers 0.
Flow: Applied -> Interviews 1 (Northwind), Applied -> Screening 1, Applied -> No reply yet 1,
Screening -> Interviews 1, Interviews -> Rejected 1, Interviews -> Still open 1.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import RejectionInput
from bounceback_tui.domain.flow import sankey_lines
from bounceback_tui.domain.insights import Outcome
from bounceback_tui.domain.pipeline_funnel import percent
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves
from bounceback_tui.services.insights import load_insights
from bounceback_tui.services.pipeline_funnel import funnel_figures
from bounceback_tui.store.database import Database
from tests.insights_oracle import stages_reached
from tests.pipeline_fixtures import D, put
from tests.test_store_funnel_summary import assert_funnel_is_right

A, S, IV, R = Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.REJECTED


@pytest.mark.parametrize(
    ("timeline", "reported", "expected"),
    [
        ((A, R), ["interviewing"], (A, IV, R)),
        ((A, R), ["screening"], (A, S, R)),
        ((A, S, IV, R), ["interviewing"], (A, S, IV, R)),  # already in the timeline
        ((A, R), ["applied"], (A, R)),  # a no on paper adds nothing
        ((A, R), ["saved", ""], (A, R)),
        ((A, R), ["offer", "screening"], (A, S, Stage.OFFER, R)),  # two noes, in stage order
        ((A, R), ["someday"], (A, R)),  # not a stage
        ((A,), [], (A,)),
    ],
)
def test_the_stages_reached_hold_what_the_no_reports(
    timeline: tuple[Stage, ...], reported: list[str], expected: tuple[Stage, ...]
) -> None:
    assert stages_reached(timeline, reported) == expected


def _three_sent(db: Database) -> int:
    northwind = put(
        db, "Northwind", [("applied", D(2026, 3, 2))], date_applied=D(2026, 3, 2), source="referral"
    )
    put(
        db,
        "Fabrikam",
        [("applied", D(2026, 3, 3)), ("screening", D(2026, 3, 6)), ("interviewing", D(2026, 3, 9))],
        date_applied=D(2026, 3, 3),
        source="referral",
    )
    put(db, "Contoso", [("applied", D(2026, 3, 4))], date_applied=D(2026, 3, 4), source="referral")
    pipeline_moves.mark_rejected(
        db,
        northwind,
        RejectionInput(rejected_on=D(2026, 3, 10), stage_reached=IV, reason="Went with another"),
    )
    return northwind


def test_the_pipeline_header_counts_the_interview_the_no_reports(db: Database) -> None:
    _three_sent(db)
    funnel = funnel_figures(db)
    assert (funnel.sent, funnel.replied, funnel.interviewed, funnel.offered) == (3, 2, 2, 0)
    assert percent(funnel.interview_rate) == "67%"
    assert_funnel_is_right(db)


def test_changing_or_deleting_the_no_keeps_the_header_right(db: Database) -> None:
    northwind = _three_sent(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE rejection SET stage_reached = 'applied'")
    assert funnel_figures(db).interviewed == 1  # only Fabrikam now
    assert_funnel_is_right(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("UPDATE rejection SET stage_reached = 'offer'")
    assert (funnel_figures(db).interviewed, funnel_figures(db).offered) == (2, 1)
    with sqlite3.connect(db.path) as conn:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("DELETE FROM rejection WHERE application_id = ?", (northwind,))
    assert (funnel_figures(db).interviewed, funnel_figures(db).offered) == (1, 0)
    assert_funnel_is_right(db)


def test_whats_working_and_the_flow_count_it(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        _three_sent(db)
    finally:
        db.dispose()
    view = load_insights(opened_paths.database)
    source = next(c for c in view.comparisons if c.dimension.key == "source")
    referral = source.groups[0]
    assert referral.rates[Outcome.INTERVIEW].successes == 2
    assert referral.rates[Outcome.REPLY].successes == 2
    assert sankey_lines(view.flow) == [
        "Applied [1] Screening",
        "Applied [1] Interviews",
        "Applied [1] No reply yet",
        "Screening [1] Interviews",
        "Interviews [1] Rejected",
        "Interviews [1] Still open",
    ]


def test_the_insights_command_and_its_sankey_count_it(
    opened_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database(opened_paths.database)
    try:
        _three_sent(db)
    finally:
        db.dispose()
    assert main(["insights", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    source = next(c for c in data["comparisons"] if c["key"] == "source")
    assert source["groups"][0]["interview"]["count"] == 2
    assert main(["insights", "--sankey"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "Applied [1] Interviews" in lines
    assert "Interviews [1] Rejected" in lines
    assert "Applied [1] Rejected" not in lines
