"""The funnel figures in the Pipeline's header, on a fixture worked out by hand."""

from __future__ import annotations

from bounceback_tui.domain.pipeline_funnel import Funnel, days_text, percent
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.pipeline_funnel import funnel_figures
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import D, put


def _fixture(db: Database, *, with_g: bool = True) -> None:
    # A: saved, never sent.
    put(db, "A", [("saved", D(2026, 3, 1))])
    # B: sent, no answer yet.
    put(db, "B", [("applied", D(2026, 3, 1))], date_applied=D(2026, 3, 1))
    # C: first reply after 10 days, interviewed, then a no.
    put(
        db,
        "C",
        [
            ("applied", D(2026, 2, 1)),
            ("screening", D(2026, 2, 11)),
            ("interviewing", D(2026, 2, 20)),
            ("rejected", D(2026, 3, 1)),
        ],
        date_applied=D(2026, 2, 1),
    )
    # D: first reply after 4 days, all the way to accepted.
    put(
        db,
        "D",
        [
            ("applied", D(2026, 2, 1)),
            ("screening", D(2026, 2, 5)),
            ("interviewing", D(2026, 2, 12)),
            ("offer", D(2026, 3, 1)),
            ("accepted", D(2026, 3, 3)),
        ],
        date_applied=D(2026, 2, 1),
    )
    # E: a quick no after 6 days (a rejection is a reply).
    put(
        db,
        "E",
        [("applied", D(2026, 2, 10)), ("rejected", D(2026, 2, 16))],
        date_applied=D(2026, 2, 10),
    )
    # F: ghosted; never a reply.
    put(
        db,
        "F",
        [("applied", D(2026, 1, 10)), ("ghosted", D(2026, 3, 1))],
        date_applied=D(2026, 1, 10),
    )
    if with_g:
        # G: a reply after 20 days, then withdrawn by the person.
        put(
            db,
            "G",
            [
                ("applied", D(2026, 1, 20)),
                ("screening", D(2026, 2, 9)),
                ("withdrawn", D(2026, 2, 15)),
            ],
            date_applied=D(2026, 1, 20),
        )
    # H: logged straight into Interviewing: a reply and an interview, but no known wait.
    put(db, "H", [("interviewing", D(2026, 3, 5))], date_applied=D(2026, 3, 5))


def test_funnel_on_a_hand_worked_fixture(db: Database) -> None:
    _fixture(db)
    funnel = funnel_figures(db)
    assert dict(funnel.by_stage) == {
        Stage.SAVED: 1,
        Stage.APPLIED: 1,
        Stage.REJECTED: 2,
        Stage.ACCEPTED: 1,
        Stage.GHOSTED: 1,
        Stage.WITHDRAWN: 1,
        Stage.INTERVIEWING: 1,
    }
    assert funnel.total == 8
    # Sent: everything but A. Replies: C, D, E, G, H. Interviews: C, D, H. Offers: D.
    assert (funnel.sent, funnel.replied, funnel.interviewed, funnel.offered) == (7, 5, 3, 1)
    assert (percent(funnel.response_rate), percent(funnel.interview_rate)) == ("71%", "43%")
    assert percent(funnel.offer_rate) == "14%"
    # First replies after 4, 6, 10 and 20 days (H has no known wait): median (6 + 10) / 2.
    assert funnel.median_days_to_reply == 8.0


def test_median_of_an_odd_count(db: Database) -> None:
    _fixture(db, with_g=False)
    # 4, 6 and 10 days.
    assert funnel_figures(db).median_days_to_reply == 6.0


def test_an_empty_store_has_no_rates(db: Database) -> None:
    funnel = funnel_figures(db)
    assert funnel == Funnel(by_stage={}, median_days_to_reply=None)
    assert percent(funnel.response_rate) == "-"
    assert days_text(None) == "-"


def test_formatting() -> None:
    assert percent(0.004) == "<1%"
    assert percent(0) == "0%"
    assert percent(1) == "100%"
    assert days_text(1) == "1 day"
    assert days_text(7.5) == "7.5 days"
