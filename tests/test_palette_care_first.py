"""Care first in the palette: "talk" then Enter opened the skill "Talking through trade-offs
out loud", not "Talk it through with someone close", which docs/care.md says "talk" finds. A
record or another action that matched as well (or, for "help", in its name where "If you are
struggling" has the word among its keywords) came first. A person on a hard day types these
words: the care entries start a little ahead now (``domain/search.CARE_LEAD``)."""

from __future__ import annotations

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.search import palette_score
from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add
from tests.reframe_fixtures import add_record

TALK = "Talk it through with someone close"
BREATHE = "Breathe slowly for two minutes"
STRUGGLING = "If you are struggling"


def _store(db: Database) -> None:
    """A skill, a thought record, a person and an application, each named with the word."""
    add_skill(
        db,
        validate_skill(
            {"title": "Talking through trade-offs out loud", "kind": "interviewing"},
            clock.today(),
        ),
    )
    add_record(db, "Breathed out only when the call ended, and I blew it.")
    people_edits.add_contact(
        db, validate_contact({"name": "Helping Hands Recruiting", "kind": "recruiter"}, FIXED_TODAY)
    )
    add(db, "Crisis Text Line", "Volunteer coordinator")


@pytest.mark.parametrize(
    ("query", "first", "record"),
    [
        ("talk", TALK, "Skill · Talking through trade-offs out loud"),
        ("breathe", BREATHE, "Thought record · Breathed out only when the call ended"),
        ("help", STRUGGLING, "Person · Helping Hands Recruiting"),
        ("crisis", STRUGGLING, "Application · Crisis Text Line"),
    ],
)
async def test_a_care_entry_comes_before_a_record_named_with_the_word(
    opened_paths: DataPaths, db: Database, query: str, first: str, record: str
) -> None:
    _store(db)
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, query)
    titles = [line.split(" | ")[0] for line in results]
    assert titles[0] == first
    assert any(title.startswith(record) for title in titles[1:])  # still found, after it


def test_the_lead_wins_a_near_tie_and_not_a_closer_match() -> None:
    # On the 0-1 scale still: a full match is 0.93, a care entry's 1.0.
    assert palette_score(1.0) == pytest.approx(0.93)
    assert palette_score(1.0, care=True) == pytest.approx(1.0)
    assert palette_score(0.0, care=True) == pytest.approx(0.07)
    # Matched in its keywords (0.94) over a record whose whole name is the word (1.0).
    assert palette_score(0.94, care=True) > palette_score(1.0)
    # A slip in the care entry's word ("gogle" for "google": 91 of 100) loses to a record
    # matched whole in its name (0.98): 0.94 * 0.91 + 0.04 = 0.8954.
    assert palette_score(0.8954, care=True) < palette_score(0.98)
    # The rest keep their order.
    assert palette_score(0.5) < palette_score(0.6)
