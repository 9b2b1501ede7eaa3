"""A belief rated only at the end reads plainly, and a title's brackets join no family.

A tester's month: a record whose starting belief was never entered showed "? → 30 –" in its
summary; it reads "30 at the end (not rated at the start)". What's working grouped "Backend
Engineer (re-post)" as the family "Backend Engineer re post": what a title says in brackets
is about the posting, not the job.
"""

from __future__ import annotations

import pytest
from sqlmodel import select
from textual.widgets import Static

from bounceback_tui.domain.role_families import family_spellings, role_family
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import ThoughtRecord
from tests.reframe_fixtures import add_record
from tests.ui_harness import app_on, settle

THOUGHT = "I always blow final rounds."


async def test_a_belief_rated_only_at_the_end_reads_plainly(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_record(db, THOUGHT, feelings=(("sad", 70, 40),), complete=True)
    with db.write() as session:
        record = session.exec(select(ThoughtRecord).where(ThoughtRecord.id == rid)).one()
        record.belief_after = 30  # the start left empty, the end rated
        session.add(record)
    async with app_on(opened_paths, "reframe") as (app, pilot, pane):
        await pilot.press("enter")
        await settle(pilot, 3)
        assert pane.mode == "summary"
        body = str(app.query_one("#rf-summary-body", Static).render()).splitlines()
    at = body.index("Belief in the thought")
    assert body[at + 1] == "30 at the end (not rated at the start)"
    assert not any("?" in line and "→" in line for line in body)


@pytest.mark.parametrize(
    ("title", "family"),
    [
        ("Backend Engineer (re-post)", "backend engineer"),
        ("Backend Engineer (Remote)", "backend engineer"),
        ("Product Designer (2nd posting, apply by Friday)", "product designer"),
        # Nothing outside the brackets: the title is all there is.
        ("(Data Analyst)", "data analyst"),
    ],
)
def test_what_a_title_says_in_brackets_joins_no_family(title: str, family: str) -> None:
    assert role_family(title) == family


def test_a_family_is_shown_without_the_brackets_words() -> None:
    class Posted:
        role = "Backend Engineer (re-post)"

    key_of, shown = family_spellings(None)
    assert shown(key_of(Posted())) == "Backend Engineer"
