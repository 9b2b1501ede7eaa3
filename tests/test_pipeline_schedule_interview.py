"""The Pipeline schedules an interview for the application selected (`I`), nobody needed.

A stranger's fortnight: moving an application to Interviewing with `]` offered nothing, and
`N` said "No interviews for this application yet: People's n schedules one.", so they made
up a person, linked them with `l` and scheduled from People. An interview belongs to its
application; who is in it is optional. Now `]` into Interviewing says the key, `N` with none
says it too, and `I` opens People's interview form with the application fixed: "With" offers
the people linked to the application, or nobody. What is saved is as People's (Today, the
calendar, "How did it go?"), and `u` takes it away.

The clock is Mon 16 Mar 2026 09:30 London (tests/conftest.py).
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen
from tests.conftest import FIXED_TODAY
from tests.screen_text import assert_terminal_safe, is_on_screen
from tests.ui_harness import app_on, fill, keep_toasts, settle, settle_workers

HOSTILE = "[b]Room[/b] 4 [link=http://x]x[/link] [red] \\[ ["
RITA = "Rita [b]Okoye[/b] [link=http://x]"


def _seed(paths: DataPaths, *, with_rita: bool) -> dict[str, int]:
    """Acme (Engineer), at Screening; Rita, a recruiter there, linked to it when ``with_rita``."""
    db = Database(paths.database)
    try:
        acme = add_application(
            db, ApplicationInput(company="Acme", role="Engineer", stage=Stage.SCREENING)
        )
        assert acme.id is not None
        ids = {"acme": acme.id}
        if with_rita:
            form = {"name": RITA, "kind": "recruiter", "company": "Acme"}
            ids["rita"] = people_edits.add_contact(db, validate_contact(form, FIXED_TODAY))
            people_edits.link_application(db, ids["rita"], acme.id)
        return ids
    finally:
        db.dispose()


@pytest.fixture
def acme_alone(opened_paths: DataPaths) -> tuple[DataPaths, dict[str, int]]:
    return opened_paths, _seed(opened_paths, with_rita=False)


@pytest.fixture
def acme_with_rita(opened_paths: DataPaths) -> tuple[DataPaths, dict[str, int]]:
    return opened_paths, _seed(opened_paths, with_rita=True)


def _interviews(paths: DataPaths) -> list[tuple[Any, ...]]:
    """(application, kind, place, notes, people in it) of every interview."""
    with sqlite3.connect(paths.database) as conn:
        found = conn.execute(
            "SELECT application_id, kind, place, prep_notes, "
            "(SELECT count(*) FROM interview_contact c WHERE c.interview_id = v.id) "
            "FROM interview v ORDER BY id"
        ).fetchall()
    conn.close()
    return found


async def test_i_schedules_an_interview_with_nobody_and_u_takes_it_back(
    acme_alone: tuple[DataPaths, dict[str, int]],
) -> None:
    paths, ids = acme_alone
    async with app_on(paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["acme"])
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert said[-1] == (
            "Acme (Engineer): Screening → Interviewing. Press I to schedule its interview."
        ), said
        await pilot.press("N")
        await settle(pilot)
        assert said[-1] == "No interviews for this application yet: press I to schedule one.", said
        assert focus_problem(app) is None

        await pilot.press("I")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert is_on_screen(app, "Interview: Acme (Engineer)")
        assert not form.query("#field-application") and not form.query("#field-with")
        await fill(
            pilot, kind="technical", day="2026-03-18", at="15:00", place=HOSTILE, prep_notes=HOSTILE
        )
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert said[-1] == (
            "Interview saved. It is on Today and in the calendar export. u takes it away."
        ), said
        assert _interviews(paths) == [(ids["acme"], "technical", HOSTILE, HOSTILE, 0)]
        assert focus_problem(app) is None
        assert pane.selected_row is not None and pane.selected_row.id == ids["acme"]

        await pilot.press("N")  # now there is one: what to do with it
        await settle(pilot)
        assert isinstance(app.screen, InterviewChoiceScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert focus_problem(app) is None

        await pilot.press("1")  # Today reads its interviews after the first paint
        await settle(pilot)
        await settle_workers(pilot)
        assert is_on_screen(app, f"Technical: Acme (Engineer)  (N)  prepare: {HOSTILE}")
        assert_terminal_safe(app)
        await pilot.press("2")
        await settle(pilot)

        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the Technical interview with Acme (Engineer) is removed."
        ), said
        assert _interviews(paths) == []
        assert focus_problem(app) is None


async def test_i_offers_the_people_linked_and_today_asks_how_it_went(
    acme_with_rita: tuple[DataPaths, dict[str, int]],
) -> None:
    paths, ids = acme_with_rita
    async with app_on(paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(ids["acme"])
        await settle(pilot)
        await pilot.press("I")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        assert form.query_one("#field-with").is_blank()  # nobody unless chosen
        assert is_on_screen(app, "Nobody from People")
        # This morning's phone screen, with Rita: over by now.
        await fill(pilot, **{"with": str(ids["rita"]), "day": "today", "at": "08:00"})
        assert is_on_screen(app, RITA)  # her name as typed, never markup
        assert_terminal_safe(app)
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert said[-1] == "Interview saved. Today asks how it went (h). u takes it away.", said
        assert _interviews(paths) == [(ids["acme"], "phone_screen", "", "", 1)]

        await pilot.press("1")
        await settle(pilot)
        await settle_workers(pilot)
        assert is_on_screen(app, "How did it go?")
        assert focus_problem(app) is None
