"""Recovery's `m` asks who the message is to when the no's application has two or more
people linked (left alone last round, docs/testing.md: it wrote to one of them, the
recruiter first, with no way to pick another).

Initech said no. Rita (a recruiter) and Sam (the hiring manager) are both on it; Sam wrote
last week, Rita never. The picker lists Sam first, as Enter's choice, and types to Rita;
with one person linked `m` goes straight to the draft, as it did.
"""

from __future__ import annotations

import sqlite3
from datetime import date
from typing import Any

from textual.widgets import OptionList

from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.people_log import log_interaction
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.people.message import MessageScreen
from bounceback_tui.ui.people.pick import PickScreen
from tests.people_fixtures import seed_people
from tests.screen_text import screen_text
from tests.ui_harness import app_on, settle

RITA = {"name": "Rita Okoye", "kind": "recruiter", "email": "rita@initech.example"}
SAM = {"name": "Sam Reyes", "kind": "hiring_manager", "email": "sam@initech.example"}


def _seed(paths: DataPaths, people: dict[str, Any]) -> dict[str, int]:
    def more(db: Database, ids: dict[str, int]) -> None:
        if "sam" in ids:  # Sam replied last Thursday, about Initech
            line = InteractionInput(InteractionKind.REPLIED, date(2026, 3, 12))
            log_interaction(db, line, application_id=ids["initech"], contact_id=ids["sam"])

    return seed_people(paths, reached=Stage.INTERVIEWING, people=people, more=more)


async def _m_on_the_feedback_step(app: BouncebackApp, pilot: Any, paths: DataPaths) -> None:
    with sqlite3.connect(paths.database) as conn:
        rejection = conn.execute("SELECT id FROM rejection").fetchone()[0]
        step = conn.execute(
            "SELECT id FROM recovery_step WHERE template_key = 'feedback.ask'"
        ).fetchone()[0]
    pane = await app.go_to("recovery", rejection)
    await settle(pilot)
    pane.select_step(step)  # type: ignore[attr-defined]
    await settle(pilot)
    await pilot.press("m")
    await settle(pilot)


async def test_m_asks_which_of_two_people_the_last_in_touch_first(
    opened_paths: DataPaths,
) -> None:
    _seed(opened_paths, {"rita": (RITA, ("initech",)), "sam": (SAM, ("initech",))})
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _m_on_the_feedback_step(app, pilot, opened_paths)
        assert isinstance(app.screen, PickScreen)
        options = app.screen.query_one(OptionList)
        prompts = [options.get_option_at_index(n).prompt for n in range(options.option_count)]
        assert [getattr(p, "plain", p) for p in prompts] == [
            "Sam Reyes  Hiring manager · in touch 4 days ago",
            "Rita Okoye  In-house recruiter · not in touch yet",
        ]
        assert "Who is it to?" in screen_text(app)
        await pilot.press("enter")  # the one last in touch
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        assert "To Sam Reyes <sam@initech.example>" in screen_text(app)
        assert "Hi Sam," in app.screen.query_one("#message-body").text
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("m")
        await settle(pilot)
        await pilot.press(*"rita", "enter")  # typed to the other
        await settle(pilot)
        assert isinstance(app.screen, MessageScreen)
        assert "To Rita Okoye <rita@initech.example>" in screen_text(app)
        await pilot.press("escape")
        await settle(pilot)

        await pilot.press("m", "escape")  # and let go of: nothing opens, focus stays
        await settle(pilot)
        assert not isinstance(app.screen, PickScreen | MessageScreen)
        assert focus_problem(app) is None


async def test_m_with_one_person_linked_goes_straight_to_the_draft(
    opened_paths: DataPaths,
) -> None:
    _seed(opened_paths, {"rita": (RITA, ("initech",)), "sam": (SAM, ())})
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _m_on_the_feedback_step(app, pilot, opened_paths)
        assert isinstance(app.screen, MessageScreen)
        assert "To Rita Okoye <rita@initech.example>" in screen_text(app)


async def test_m_with_nobody_linked_opens_the_draft_to_nobody(opened_paths: DataPaths) -> None:
    _seed(opened_paths, {})
    async with app_on(opened_paths, size=(100, 30)) as (app, pilot, _pane):
        await _m_on_the_feedback_step(app, pilot, opened_paths)
        assert isinstance(app.screen, MessageScreen)
        assert "Nobody is linked to this application yet." in screen_text(app)
