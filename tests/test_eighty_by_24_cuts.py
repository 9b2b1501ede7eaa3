"""At 80x24 (a new user on the demo store): the recovery step's key hint is whole and writes
keys as the key bar does ("^s", not "ctrl+s"); a Skills card shortens its date before it
cuts it ("Soft skill · due 17 J…" and "Technical · due 29…" before), and keeps the day with
the month, cutting the kind instead ("Soft skill · due Jan" before; more in
tests/test_cuts_you_can_see.py)."""

from __future__ import annotations

from datetime import date, datetime

from bounceback_tui.domain.skills import SkillInput, SkillKind, SkillStatus
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import skill_moves
from bounceback_tui.services import skills as skill_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.answer import AnswerScreen
from tests.recovery_fixtures import add_rejection
from tests.screen_text import is_on_screen, screen_text
from tests.ui_harness import app_on, settle

SIZE = (80, 24)


async def test_the_step_dialogs_key_hint_is_whole_and_says_caret_s(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    try:
        add_rejection(db, "Larkspur AI", "Frontend Developer", rejected_on=date(2026, 3, 12))
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery", size=SIZE) as run:
        app, pilot = run.app, run.pilot
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, AnswerScreen)
        assert is_on_screen(app, "^s Save and tick  Esc Close, draft kept")
        assert "ctrl+s" not in screen_text(app)


async def test_skills_cards_shorten_the_date_before_cutting(opened_paths: DataPaths) -> None:
    # The clock stands at Monday 16 March 2026 (tests/conftest.py).
    db = Database(opened_paths.database)
    add = skill_service.add_skill
    try:
        add(db, SkillInput("Telling stories", SkillKind.SOFT_SKILL, target_date=date(2027, 1, 17)))
        add(db, SkillInput("Kubernetes basics", SkillKind.TECHNICAL, target_date=date(2027, 1, 29)))
        add(db, SkillInput("SQL joins", SkillKind.TECHNICAL, target_date=date(2026, 4, 2)))
        salary = add(db, SkillInput("Negotiating salary", SkillKind.SOFT_SKILL))
        from bounceback_tui import clock

        clock.freeze(datetime(2025, 10, 30, 18, 0))
        try:
            skill_moves.set_status(db, salary, SkillStatus.DONE)
        finally:
            clock.freeze(datetime(2026, 3, 16, 9, 30))
    finally:
        db.dispose()
    async with app_on(opened_paths, "skills", size=SIZE) as run:
        app = run.app
        await settle(run.pilot)
        text = screen_text(app)
        # Cards are 22 cells inside: the year goes first, then the kind is cut, never the day.
        assert "Soft ski… · due 17 Jan " in text, text
        assert "Technical · due 29 Jan" in text, text
        assert "Technical · due 2 Apr" in text, text
        assert "Soft sk… · done 30 Oct " in text, text
