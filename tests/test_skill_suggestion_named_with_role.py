"""The Skills pane's suggestion names the no it comes from as every note does, "Company
(Role)".

It read "Suggestion · your reflection on Quarry & Co: “Mostly technical.”" while its own
notes, once added or dismissed, said "Quarry & Co (Support Engineer)": with two noes at one
company the person could not tell which reflection it was. The clock stands at Monday 16
March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.soft_skill_cues import SOFT_SKILLS_STEP_KEY
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.skills.detail import SkillSuggestionBar
from tests.screen_text import screen_lines
from tests.skills_fixtures import add_rejection
from tests.ui_harness import NO_IDLE_CHECK, app_on, settle


async def test_the_suggestion_names_which_of_two_noes_at_one_company(
    opened_paths: DataPaths, db: Database
) -> None:
    add_rejection(db, "Quarry & Co", "Technical Writer", date(2026, 3, 9), {})
    reflection = "Mostly technical. I never told the story about the release dispute."
    add_rejection(
        db,
        "Quarry & Co",
        "Support Engineer",
        date(2026, 3, 10),
        {SOFT_SKILLS_STEP_KEY: reflection},
    )
    async with app_on(opened_paths, "skills", watch_seconds=NO_IDLE_CHECK) as (_app, pilot, pane):
        await settle(pilot)
        bar = pane.query_one(SkillSuggestionBar)
        assert bar.display
        first_line = str(bar.render()).splitlines()[0]
        assert first_line.startswith(
            "Suggestion · your reflection on Quarry & Co (Support Engineer): “Mostly technical."
        ), first_line


async def test_at_80_columns_the_suggestion_keeps_the_role_and_the_quote_in_sight(
    opened_paths: DataPaths, db: Database
) -> None:
    reflection = "Mostly technical. I never told the story about the release dispute."
    answers = {SOFT_SKILLS_STEP_KEY: reflection}
    add_rejection(db, "Quarry & Co", "Technical Writer", date(2026, 3, 9), {})
    add_rejection(db, "Quarry & Co", "Support Engineer", date(2026, 3, 10), answers)
    async with app_on(opened_paths, "skills", size=(80, 24), watch_seconds=NO_IDLE_CHECK) as (
        app,
        pilot,
        pane,
    ):
        await settle(pilot)
        assert pane.query_one(SkillSuggestionBar).display
        (line,) = [line for line in screen_lines(app) if "Suggestion ·" in line]
        # The role, cut if need be, tells it from the other no; the reflection still shows.
        assert "Quarry & Co (Support" in line, line
        assert "“Mostly technical" in line, line
