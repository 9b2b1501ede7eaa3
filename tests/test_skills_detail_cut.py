"""A skill's detail box too short for all of it says that more is there, and offers `o link`
only where the link it opens is in sight.

A tester's note: at 80x24 and smaller, the detail box on the Skills pane (checklist, links,
"Why", notes) was cut to its first three lines with no sign the rest existed, while its
border still offered "o link" for a link nobody could see. At 100x34 they show.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.skills import ResourceInput, SkillInput, SkillKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import skills as skill_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.skills.detail import SkillDetail
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle_workers

LINK = "https://mode.com/sql-tutorial/sql-window-functions"


@pytest.fixture
def one_skill(db: Database) -> None:
    skill_service.add_skill(
        db,
        SkillInput(
            "SQL window functions",
            SkillKind.TECHNICAL,
            why="The Globex screen asked for a running total and I froze.",
            notes="Twenty minutes after lunch.",
            resources=(ResourceInput(LINK, "tutorial"), ResourceInput("", "Redo the take-home")),
        ),
    )


def _border(screen: str) -> str:
    """The detail box's bottom border, where its keys are."""
    return next(line for line in screen.splitlines() if "? keys" in line)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)], ids=["80x24", "60x20"])
async def test_a_short_box_says_more_is_there_and_offers_no_unseen_link(
    opened_paths: DataPaths, one_skill: None, size: tuple[int, int]
) -> None:
    async with app_on(opened_paths, "skills", size=size) as (app, pilot, pane):
        await settle_workers(pilot)
        assert pane.query_one(SkillDetail).display
        screen = screen_text(app)
        assert "SQL window functions" in screen
        assert "mode.com" not in screen  # cut: no room for it
        assert "↓ more · e shows all" in screen
        assert "o link" not in _border(screen)
        assert focus_problem(app) is None


async def test_a_box_with_room_shows_the_link_and_offers_it(
    opened_paths: DataPaths, one_skill: None
) -> None:
    async with app_on(opened_paths, "skills", size=(100, 34)) as (app, pilot, _pane):
        await settle_workers(pilot)
        screen = screen_text(app)
        for shown in (LINK, "Redo the take-home", "Why: The Globex screen"):
            assert shown in screen, shown
        assert "o link" in _border(screen)
        # Six lines hold all but the notes: the last says more is there.
        assert "Notes: Twenty" not in screen
        assert "↓ more · e shows all" in screen
        assert focus_problem(app) is None
