"""The Pipeline's `N` with the application's only interview's time written over by another
program (`sqlite3 store "update interview set starts_at='[b]garbage[/]'"`).

Before, `N` said "No interviews for this application yet: press I to schedule one.", while
the detail beside it said the interview was there with a time that could not be read. Now `N`
says it in the same words (domain/unreadable.py), the value shown as stored, never markup.

The clock is Mon 16 Mar 2026 09:30 London (tests/conftest.py).
"""

from __future__ import annotations

from datetime import datetime

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import InterviewInput, InterviewKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.interviews import add_interview
from bounceback_tui.store.database import Database
from tests.ui_harness import app_on, keep_toasts, settle
from tests.written_over import another_program_writes

GARBAGE = "[b]garbage[/]"


def _acme_with_interviews(paths: DataPaths, *, readable: int) -> int:
    """Acme (Engineer), Interviewing, with one interview whose time is garbage and
    ``readable`` more at 10:00 on the days after."""
    db = Database(paths.database)
    try:
        acme = add_application(
            db, ApplicationInput(company="Acme", role="Engineer", stage=Stage.INTERVIEWING)
        )
        assert acme.id is not None
        for day in range(readable + 1):
            starts = datetime(2026, 3, 18 + day, 10, 0)
            add_interview(db, acme.id, InterviewInput(InterviewKind.TECHNICAL, starts, "UTC"))
    finally:
        db.dispose()
    another_program_writes(
        paths,
        "UPDATE interview SET starts_at = ? WHERE id = (SELECT min(id) FROM interview)",
        (GARBAGE,),
    )
    return acme.id


SAID = "An interview with Acme (Engineer) has a time that could not be read ('[b]garbage[/]')."


async def test_n_says_the_interview_whose_time_is_unreadable_not_none(
    opened_paths: DataPaths,
) -> None:
    acme = _acme_with_interviews(opened_paths, readable=0)
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(acme)
        await settle(pilot)
        focused = app.focused
        await pilot.press("N")
        await settle(pilot)
        assert said[-1:] == [SAID], said
        assert not any("No interviews" in toast for toast in said), said
        assert app.focused is focused is not None


async def test_n_says_the_unreadable_one_beside_those_it_can_change(
    opened_paths: DataPaths,
) -> None:
    from bounceback_tui.ui.people.interview_choice import InterviewChoiceScreen

    acme = _acme_with_interviews(opened_paths, readable=1)
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(acme)
        await settle(pilot)
        await pilot.press("N")
        await settle(pilot)
        assert SAID in said, said
        assert isinstance(app.screen, InterviewChoiceScreen)  # the one it can read, to change
        assert app.focused is not None
