"""Which applications have gone quiet: one rule for Today (and the CLI) and the Pipeline.

A stranger's month, "ghost after" 21 days: on the 21st day after Proseware was sent, Today's due
list asked "No word from Proseware …: ghosted? (sent 21 days ago)" and the CLI counted four
quiet applications, while the Pipeline's header said "3 quiet (r)" and its review (`r`) never
asked about Proseware. Today's fast read counted 21 days or more from the day it was sent; the
Pipeline more than 21 from the day it entered Applied. Now both ask ``domain/stages.is_quiet``:
in Applied, with no news for more than the set days (news: it was sent, or it moved back into
Applied), and no "not yet" said within them either.
"""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from typing import Any

from bounceback_tui.domain.due import DueKind
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.pipeline_rows import load_rows
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put

TODAY = FIXED_TODAY  # Monday 2026-03-16; "ghost after" is the default 21 days


def _ago(days: int) -> date:
    return TODAY - timedelta(days=days)


def _store(db: Database) -> None:
    """The boundary days, each written out by hand."""

    def waiting(company: str, timeline: list[tuple[str, int]], **fields: Any) -> None:
        dated = [(stage, _ago(days)) for stage, days in timeline]
        put(db, company, dated, date_applied=dated[0][1], **fields)

    waiting("Sent 20", [("applied", 20)])
    waiting("Sent 21", [("applied", 21)])  # Proseware's day: 21 days, not more
    waiting("Sent 22", [("applied", 22)])
    # Sent long ago, heard from (Screening), then moved back into Applied: the move is news.
    waiting("Back 10", [("applied", 40), ("screening", 30), ("applied", 10)])
    waiting("Back 21", [("applied", 50), ("screening", 45), ("applied", 21)])
    waiting("Back 22", [("applied", 50), ("screening", 45), ("applied", 22)])
    # Moved on to Screening a few days ago: somebody answered.
    waiting("Screening", [("applied", 40), ("screening", 3)])
    # "Not yet", said 21 and 22 days ago.
    waiting("Not yet 21", [("applied", 60)], ghost_dismissed_on=_ago(21))
    waiting("Not yet 22", [("applied", 60)], ghost_dismissed_on=_ago(22))


QUIET = {"Sent 22", "Back 22", "Not yet 22"}


def _pipeline_quiet(db: Database) -> set[str]:
    loaded = load_rows(db, TODAY)
    assert loaded.quiet_count == len({row.company for row in loaded.rows if row.quiet})
    return {row.company for row in loaded.rows if row.quiet}


def _today_quiet(db: Database) -> tuple[set[str], int]:
    summary = load_today(db.path, TODAY)
    ghosted = [item for item in summary.due if item.kind is DueKind.GHOSTED]
    # Only quiet applications are due in this store, so the due count is theirs.
    titles = {item.title.removeprefix("No word from ").split(" (")[0] for item in ghosted}
    return titles, summary.due_total


def test_today_and_the_pipeline_agree_at_the_boundary_days(db: Database) -> None:
    _store(db)
    assert _pipeline_quiet(db) == QUIET
    assert _today_quiet(db) == (QUIET, 3)


def test_the_review_asks_about_what_today_lists(db: Database) -> None:
    _store(db)
    listed, _ = _today_quiet(db)
    asked = {
        row.company for row in load_rows(db, TODAY).rows if moves.is_application_quiet(db, row.id)
    }
    assert asked == listed == QUIET


def test_a_setting_edited_by_hand_gives_both_the_same_days(db: Database) -> None:
    """Nonsense ("true") is the default 21 days for both: the Pipeline read it as 1 day."""
    _store(db)
    with sqlite3.connect(db.path) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('ghost_after_days', 'true')")
    assert _pipeline_quiet(db) == QUIET
    assert _today_quiet(db) == (QUIET, 3)


def test_the_last_news_is_the_later_of_sending_and_moving_back() -> None:
    from bounceback_tui.domain.stages import Stage, is_quiet, quiet_since

    sent, moved_back = date(2026, 1, 5), date(2026, 2, 20)
    assert quiet_since(sent, moved_back) == moved_back
    assert quiet_since(moved_back, sent) == moved_back  # a date applied corrected to later
    assert quiet_since(None, sent) == sent
    assert quiet_since(None, None) is None
    # 2026-03-14 is 22 days after 2026-02-20, 2026-03-13 only 21.
    assert is_quiet(Stage.APPLIED, sent, moved_back, None, date(2026, 3, 14), 21)
    assert not is_quiet(Stage.APPLIED, sent, moved_back, None, date(2026, 3, 13), 21)
    assert not is_quiet(Stage.SCREENING, sent, sent, None, date(2026, 3, 14), 21)


def test_today_says_the_days_since_the_last_news_as_the_review_does(db: Database) -> None:
    # "Back 22" was sent 50 days ago and moved back into Applied 22 days ago: Today said
    # "(sent 50 days ago)" while the review asked "No reply from Back 22 in 22 days." Today
    # now counts from the same day the rule does, and says why.
    from bounceback_tui.domain.due_said import describe_due

    _store(db)
    summary = load_today(db.path, TODAY)
    said = {
        item.title: describe_due(item, TODAY)
        for item in summary.due
        if item.kind is DueKind.GHOSTED
    }
    assert said == {
        "No word from Sent 22 (Engineer): ghosted?": "sent 22 days ago",
        "No word from Back 22 (Engineer): ghosted?": "last news 22 days ago",
        "No word from Not yet 22 (Engineer): ghosted?": "sent 60 days ago",
    }
