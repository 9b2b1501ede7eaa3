"""The Skills pane says a target past its day as Today does: "15 days late", not "overdue".

A tester read "Skill target: System design interviews  15 days late" on Today and, in
Skills, "overdue" on its card, "2026-03-01 overdue" in the list, "overdue: target was
2026-03-01 (15 days ago)" in its detail (cut at 80 columns before its days) and "1
overdue" in the header."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.skills import SkillStatus, late_words
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.skills.detail import SkillDetail
from tests.screen_text import screen_text
from tests.skills_fixtures import Seeded
from tests.test_skills_pane import _text, seeded, skills_pane

__all__ = ["seeded"]  # the fixture, for pytest

TODAY = date(2026, 3, 16)


def test_late_is_said_in_days() -> None:
    assert late_words(date(2026, 3, 1), SkillStatus.TODO, TODAY) == "15 days late"
    assert late_words(date(2026, 3, 1), SkillStatus.DOING, TODAY, tiny=True) == "15d late"
    assert late_words(date(2026, 3, 1), SkillStatus.DONE, TODAY) == ""
    assert late_words(TODAY, SkillStatus.TODO, TODAY) == ""


async def test_the_pane_says_late_as_today_does(opened_paths: DataPaths, seeded: Seeded) -> None:
    async with skills_pane(opened_paths) as (_app, pilot, pane):
        board = screen_text(_app)
        detail = _text(pane.query_one(SkillDetail))
        assert "15 days late: target 2026-03-01" in detail, detail
        assert "15 days late" in board, board  # its card
        assert "1 late" in board, board  # the header
        assert "overdue" not in board, board
        await pilot.press("v")
        await pilot.pause()
        listed = screen_text(_app)
        assert "2026-03-01 15d late" in listed, listed
        assert "overdue" not in listed, listed
