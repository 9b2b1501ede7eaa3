"""What's working adds the applications up in SQL: the same figures, far fewer rows read.

A stranger's 100,000 store: "Reading your applications …" took 11 s of CPU the first time
What's working opened (and as long at launch, for Today's suggestions): every sent
application and its timeline were read into Python and grouped there. Now the store adds
them up (``InsightsReader.sent_tallies``) and Python reads a row for each group's value,
stages reached and days to a first reply. The figures are those the old reading gives,
application by application (``tests/insights_oracle.each_sent_application``), kept as the
reference here.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.insight_suggestions import suggestions
from bounceback_tui.domain.insights import Outcome
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import insights
from bounceback_tui.services.demo import fill_demo
from bounceback_tui.store.database import Database
from bounceback_tui.store.insights_read import InsightsReader
from tests.insights_oracle import compare_all, each_sent_application, flow_links, in_range

_MADE = "2026-02-01 10:00:00"


def _app(
    conn: sqlite3.Connection,
    role: str,
    source: str,
    applied: str | None,
    stage: str,
    timeline: list[tuple[str, str]],
    reported: str = "",
) -> None:
    """An application as a hand edit or an import leaves it: its timeline's rows with no
    stage they came from, and a rejection saying how far it got when ``reported``."""
    cursor = conn.execute(
        "INSERT INTO application (company, role, stage, source, date_applied, created_at, "
        "updated_at) VALUES ('Acme', ?, ?, ?, ?, ?, ?)",
        (role, stage, source, applied, _MADE, _MADE),
    )
    for to_stage, day in timeline:
        conn.execute(
            "INSERT INTO stage_change (application_id, to_stage, changed_on, created_at) "
            "VALUES (?, ?, ?, ?)",
            (cursor.lastrowid, to_stage, day, _MADE),
        )
    if reported:
        conn.execute(
            "INSERT INTO rejection (application_id, company, role, rejected_on, stage_reached, "
            "created_at) VALUES (?, 'Acme', ?, ?, ?, ?)",
            (cursor.lastrowid, role, timeline[-1][1], reported, _MADE),
        )


def _seed(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        # Referrals: three replies, one reaching an interview by what its no says.
        _app(conn, "iOS Developer", "referral", "2026-02-02", "rejected",
             [("applied", "2026-02-02"), ("screening", "2026-02-06"),
              ("rejected", "2026-02-10")])  # fmt: skip
        _app(conn, "Senior iOS developer", "referral", "2026-02-01", "rejected",
             [("applied", "2026-02-01"), ("rejected", "2026-02-08")],
             reported="interviewing")  # fmt: skip
        _app(conn, "Backend Engineer", "referral", "2026-02-03", "screening",
             [("screening", "2026-02-03")])  # an import: a reply, no day for it  # fmt: skip
        # Job boards: a first entry at Screening is not a move (6 days, to the no); a no the
        # same day; a hand edit's stages that are none.
        _app(conn, "Backend Engineer", "job_board", "2026-02-03", "rejected",
             [("screening", "2026-02-03"), ("applied", "2026-02-04"),
              ("rejected", "2026-02-09")])  # fmt: skip
        _app(conn, "Backend Engineer", "job_board", "2026-02-05", "rejected",
             [("applied", "2026-02-05"), ("rejected", "2026-02-05")])  # fmt: skip
        _app(conn, "Data Analyst", "job_board", "2026-02-06", "lost",
             [("phone", "2026-02-06"), ("applied", "2026-02-06"),
              ("interviewing", "2026-02-12")])  # fmt: skip
        # Recruiters: an offer, one waiting, one ghosted; and one never sent.
        _app(conn, "Data Analyst", "recruiter", "2026-02-07", "offer",
             [("applied", "2026-02-07"), ("offer", "2026-02-20")])  # fmt: skip
        _app(conn, "Data Analyst", "recruiter", None, "saved", [("saved", "2026-02-07")])
        _app(conn, "Data Analyst", "recruiter", "2026-02-08", "applied",
             [("applied", "2026-02-08")])  # fmt: skip
        _app(conn, "Data Analyst", "recruiter", "2026-02-09", "ghosted",
             [("applied", "2026-02-09"), ("ghosted", "2026-03-01")])  # fmt: skip
    db = Database(path)
    try:
        insights.save_role_families(db, {"data analyst": "Analytics"})
    finally:
        db.dispose()


def _one_by_one(path: Path, start: date | None = None, end: date | None = None) -> Any:
    """What's working as it was read before: application by application."""
    facts = each_sent_application(path)
    with InsightsReader(path) as reader:
        renames = insights.read_renames(reader)
    chosen = in_range(facts, start, end)
    comparisons = compare_all(chosen, renames, clock.today())
    return insights.InsightsView(
        start, end, len(chosen), comparisons, tuple(suggestions(comparisons)),
        tuple(flow_links(chosen)), renames,
    )  # fmt: skip


def _shown(view: insights.InsightsView) -> dict[str, Any]:
    """Everything the screen and ``--json`` show of a view, with how each group is named."""
    found = insights.as_json(view)
    found["labels"] = [[c.dimension.label(g.name) for g in c.groups] for c in view.comparisons]
    found["early"] = [sorted(c.early) for c in view.comparisons]
    return found


def _groups(view: insights.InsightsView, key: str) -> dict[str, Any]:
    comparison = next(c for c in view.comparisons if c.dimension.key == key)
    return {g.name: g for g in comparison.groups}


def test_the_figures_of_a_store_worked_out_by_hand(opened_paths: DataPaths) -> None:
    _seed(opened_paths.database)
    view = insights.load_insights(opened_paths.database)
    assert view.sent == 9
    source = _groups(view, "source")
    assert list(source) == ["referral", "job_board", "recruiter"]
    found = {
        name: (
            g.count,
            [g.rates[outcome].successes for outcome in Outcome],
            g.median_days_to_reply,
            g.noes,
        )
        for name, g in source.items()
    }
    assert found == {
        "referral": (3, [3, 1, 0], 5.5, 0),  # days 4 and 7; the import has none
        "job_board": (3, [3, 1, 0], 6, 1),  # days 6, 0 and 6; a no and nothing more
        "recruiter": (3, [1, 1, 1], 13, 0),
    }
    role = next(c for c in view.comparisons if c.dimension.key == "role")
    # Spelt as the title sent first (1 February), not the one added first.
    assert [(role.dimension.label(g.name), g.count) for g in role.groups] == [
        ("Analytics", 4),
        ("Backend Engineer", 3),
        ("iOS developer", 2),
    ]
    assert [(link.source, link.target, link.count) for link in view.flow] == [
        ("Applied", "Screening", 3),
        ("Applied", "Interviews", 2),
        ("Applied", "Offer", 1),
        ("Applied", "Rejected", 1),
        ("Applied", "Ghosted", 1),
        ("Applied", "No reply yet", 1),
        ("Screening", "Rejected", 2),
        ("Screening", "Still open", 1),
        ("Interviews", "Rejected", 1),
        ("Interviews", "Still open", 1),
        ("Offer", "Still open", 1),
    ]
    some = insights.load_insights(opened_paths.database, date(2026, 2, 3), date(2026, 2, 6))
    assert some.sent == 4
    assert {name: g.count for name, g in _groups(some, "source").items()} == {
        "referral": 1,
        "job_board": 3,
    }


def test_the_tallies_give_what_each_application_gives(opened_paths: DataPaths) -> None:
    _seed(opened_paths.database)
    path = opened_paths.database
    spans = [(None, None), (date(2026, 2, 3), date(2026, 2, 6)), (None, date(2026, 2, 2))]
    for start, end in spans:
        assert _shown(insights.load_insights(path, start, end)) == _shown(
            _one_by_one(path, start, end)
        )


def test_a_demo_store_gives_the_same_figures_both_ways(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        fill_demo(db, scale=400)
    finally:
        db.dispose()
    path = opened_paths.database
    whole = insights.load_insights(path)
    assert whole.sent > 300 and whole.flow
    assert _shown(whole) == _shown(_one_by_one(path))
    assert any(c.differences for c in whole.comparisons)  # something to compare, not zeros
    today = clock.today()
    since = date(today.year, today.month, 1)
    assert _shown(insights.load_insights(path, since, None)) == _shown(
        _one_by_one(path, since, None)
    )


def test_the_rows_read_do_not_grow_with_the_applications(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[int] = []
    packed = InsightsReader._packed

    def counted(self: InsightsReader, sql: str, params: tuple[object, ...] = ()) -> Any:
        rows = packed(self, sql, params)
        read.append(len(rows))
        return rows

    monkeypatch.setattr(InsightsReader, "_packed", counted)
    path = opened_paths.database

    def add(count: int) -> None:
        with sqlite3.connect(path) as conn:
            for _ in range(count):
                _app(conn, "Data Analyst", "referral", "2026-02-02", "screening",
                     [("applied", "2026-02-02"), ("screening", "2026-02-05")])  # fmt: skip

    add(30)
    assert insights.load_insights(path).sent == 30
    fewer, read[:] = sum(read), []
    add(30)
    assert insights.load_insights(path).sent == 60
    assert sum(read) == fewer  # a row a group, not a row an application
    assert fewer < 30


def test_a_read_asked_for_during_another_waits_for_its_figures(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What's working opened while Today's suggestions are still being read, at the same
    state of the store: it read the same figures again beside them. Now it waits for them."""
    import threading
    import time

    _seed(opened_paths.database)
    reads: list[str] = []
    go = threading.Event()
    read = insights.read_facts

    def gated(reader: InsightsReader) -> insights.SentFacts:
        reads.append(threading.current_thread().name)
        go.wait(5)
        return read(reader)

    monkeypatch.setattr(insights, "read_facts", gated)
    found: dict[str, int] = {}

    def ask(name: str) -> None:
        view = insights.load_insights_once(opened_paths.database, None, None, ("same", 1))
        found[name] = view.sent

    today = threading.Thread(target=ask, args=("today",), name="today")
    screen = threading.Thread(target=ask, args=("screen",), name="screen")
    today.start()
    for _ in range(500):  # Today's read under way
        if reads:
            break
        time.sleep(0.01)
    screen.start()
    time.sleep(0.3)  # the screen's ask meanwhile: before, a second read began here
    go.set()
    today.join(5)
    screen.join(5)
    assert found == {"today": 9, "screen": 9}
    assert reads == ["today"]
