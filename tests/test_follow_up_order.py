"""Neither the demo nor a stage move stores a follow-up before its date applied.

`demo --scale 40000` stored 69 such applications (a young application drew a follow-up up to
four days before today), and an import refuses that order, so `export --format csv` of the demo
imported into a fresh store skipped them. A Saved application with a follow-up in the past,
moved on to Applied (`]`), was dated applied today with its follow-up still before it.
"""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.domain.stages import Stage
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.demo import _DemoBuilder
from bounceback_tui.services.pipeline_moves import move_stage
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY

IN_PLAY = (Stage.APPLIED, Stage.SCREENING, Stage.INTERVIEWING, Stage.OFFER)


@settings(max_examples=300, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**32),
    age=st.integers(min_value=0, max_value=364),
    final=st.sampled_from(IN_PLAY),
    today=st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31)),
)
def test_an_application_s_follow_up_is_never_before_its_date_applied(
    seed: int, age: int, final: Stage, today: date
) -> None:
    builder = _DemoBuilder(random.Random(seed), today, 1)
    builder._application(1, age, final)
    row = builder.applications[0]
    if row["next_follow_up"] is not None:
        assert row["next_follow_up"] >= row["date_applied"]


def test_the_youngest_applications_follow_up_on_or_after_the_day_they_were_sent() -> None:
    """Sent today (age 0), a drawn follow-up of up to four days ago was stored as it was."""
    follow_ups = []
    for seed in range(200):
        builder = _DemoBuilder(random.Random(seed), FIXED_TODAY, 1)
        builder._application(1, 0, Stage.APPLIED)
        if (day := builder.applications[0]["next_follow_up"]) is not None:
            follow_ups.append(day)
    assert len(follow_ups) > 50  # about 60% draw a follow-up
    assert min(follow_ups) == FIXED_TODAY


def test_a_large_demo_has_no_follow_up_before_its_date_applied() -> None:
    builder = _DemoBuilder(random.Random(7), FIXED_TODAY, 3000)
    builder.build()
    wrong = [
        (row["id"], row["date_applied"], row["next_follow_up"])
        for row in builder.applications
        if row["next_follow_up"] is not None
        and row["date_applied"] is not None
        and row["next_follow_up"] < row["date_applied"]
    ]
    assert wrong == []
    assert sum(row["next_follow_up"] is not None for row in builder.applications) > 500


@pytest.mark.parametrize(
    ("follow_up", "kept"),
    [
        # Set while saved, in the past by the time it is sent: the day it was sent.
        ("2026-03-10", ("2026-03-16", "2026-03-16")),
        # After the day it was sent: left as it was.
        ("2026-03-20", ("2026-03-16", "2026-03-20")),
    ],
    ids=["earlier-moved-to-the-day-sent", "later-left-as-it-was"],
)
def test_a_saved_application_sent_later_follows_up_no_earlier_than_it_was_sent(
    db: Database, follow_up: str, kept: tuple[str, str]
) -> None:
    data = validate_application(
        {"company": "Acme", "role": "Engineer", "stage": "saved", "next_follow_up": follow_up},
        FIXED_TODAY,
    )
    saved = add_application(db, data)
    move_stage(db, saved.id, Stage.APPLIED)
    with db.read() as session:
        stored = (
            session.connection()
            .exec_driver_sql("SELECT date_applied, next_follow_up FROM application")
            .all()
        )
    assert [tuple(row) for row in stored] == [kept]
