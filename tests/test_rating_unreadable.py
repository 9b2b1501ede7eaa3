"""A rating another program wrote text over reads as not rated (store/ratings.py).

A tester's walk: `update thought_record set belief_before='[b]x'` emptied Today's care
figures whole (the mood chart with them: `belief_shift` met a str), and Reframe's history
read the text as 0, calling that record "rose 55 pts" and counting it in the average.
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import reframe
from bounceback_tui.services.care import load_care_today
from bounceback_tui.store.database import Database
from tests.reframe_fixtures import add_record
from tests.written_over import another_program_writes


def _two_records(db: Database) -> tuple[int, int]:
    good = add_record(db, "I am useless.", belief=90, belief_after=40)  # eased 50
    spoilt = add_record(db, "Nobody will hire me.", belief=80, belief_after=55)
    return good, spoilt


def test_a_written_over_belief_is_not_rated(opened_paths: DataPaths, db: Database) -> None:
    good, spoilt = _two_records(db)
    another_program_writes(
        opened_paths, "UPDATE thought_record SET belief_before = '[b]x' WHERE id = ?", (spoilt,)
    )
    shifts = {row.id: row.belief_shift for row in reframe.history(db)}
    assert shifts == {good: 50, spoilt: None}
    figures = reframe.history_figures(db)
    assert figures.belief_rated == 1
    assert figures.average_belief_drop == 50
    care = load_care_today(opened_paths.database, date(2026, 3, 16), with_suggestions=False)
    assert care.belief_drop == 50  # the figures kept, the spoilt record left out


def test_a_rating_out_of_range_is_not_rated(opened_paths: DataPaths, db: Database) -> None:
    good, spoilt = _two_records(db)
    another_program_writes(
        opened_paths, "UPDATE thought_record SET belief_after = 400 WHERE id = ?", (spoilt,)
    )
    shifts = {row.id: row.belief_shift for row in reframe.history(db)}
    assert shifts == {good: 50, spoilt: None}
    care = load_care_today(opened_paths.database, date(2026, 3, 16), with_suggestions=False)
    assert care.belief_drop == 50
