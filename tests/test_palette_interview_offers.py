"""The palette offers to edit an interview only for an application that has one.

On the Pipeline, with an application selected that had no interview, the palette offered
"Edit an interview…", which then said only "No interviews for this application yet". Now it
is offered where there is an interview to change; scheduling one is offered either way.
Today is Monday 16 March 2026 (tests/conftest.py).
"""

from __future__ import annotations

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.interviews import add_interview
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.palette_fixtures_ui import search, settle
from tests.pipeline_fixtures import add

SCHEDULE = "Schedule an interview for the application"
EDIT = "Edit an interview…"


async def _offers(paths: DataPaths, application_id: int) -> list[str]:
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        assert app.current_pane.select_item(application_id)
        await pilot.pause()
        results = await search(app, pilot, "interview")
    return [result.split(" | ", 1)[0] for result in results]


async def test_an_application_without_an_interview_is_offered_scheduling_only(
    opened_paths: DataPaths, db: Database
) -> None:
    acme = add(db, "Acme", "Analyst", stage="applied")
    offers = await _offers(opened_paths, acme)
    assert SCHEDULE in offers, offers
    assert EDIT not in offers, offers


async def test_an_application_with_an_interview_is_offered_both(
    opened_paths: DataPaths, db: Database
) -> None:
    acme = add(db, "Acme", "Analyst", stage="interviewing")
    data = validate_interview(
        {"kind": "phone_screen", "day": "2026-03-18", "at": "10:00", "zone": "Europe/London"},
        FIXED_TODAY,
    )
    add_interview(db, acme, data)
    offers = await _offers(opened_paths, acme)
    assert SCHEDULE in offers, offers
    assert EDIT in offers, offers


COMING = "Edit a coming interview…"


async def _offers_on_today(paths: DataPaths) -> list[str]:
    app = BouncebackApp(paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        results = await search(app, pilot, "interview")
    return [result.split(" | ", 1)[0] for result in results]


async def test_a_store_without_interviews_is_not_offered_to_edit_a_coming_one(
    opened_paths: DataPaths, db: Database
) -> None:
    """Chosen, it went to Today to say "No interviews coming up"."""
    add(db, "Acme", "Analyst", stage="applied")
    offers = await _offers_on_today(opened_paths)
    assert COMING not in offers, offers
    assert "Interview answer bank" in offers, offers  # the search itself found things


async def test_a_coming_interview_is_offered_to_edit(opened_paths: DataPaths, db: Database) -> None:
    acme = add(db, "Acme", "Analyst", stage="interviewing")
    data = validate_interview(
        {"kind": "phone_screen", "day": "2026-03-18", "at": "10:00", "zone": "Europe/London"},
        FIXED_TODAY,
    )
    add_interview(db, acme, data)
    offers = await _offers_on_today(opened_paths)
    assert COMING in offers, offers


def _interview(db: Database, application_id: int, day: str, at: str) -> None:
    data = validate_interview(
        {"kind": "phone_screen", "day": day, "at": at, "zone": "Europe/London"}, FIXED_TODAY
    )
    add_interview(db, application_id, data)


def _picked_lines(app: BouncebackApp) -> list[str]:
    from textual.widgets import OptionList

    from bounceback_tui.ui.people.pick import PickScreen

    assert isinstance(app.screen, PickScreen), app.screen
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_edit_a_coming_interview_lists_only_those_still_to_come(
    opened_paths: DataPaths, db: Database
) -> None:
    """It listed two interviews of the last days, not yet asked about, after the coming
    ones, as if they were coming on a later day. Now Monday 16 March, 9:30."""
    acme = add(db, "Acme", "Analyst", stage="interviewing")
    northwind = add(db, "Northwind", "Engineer", stage="interviewing")
    _interview(db, acme, "2026-03-13", "10:00")  # last Friday
    _interview(db, northwind, "2026-03-15", "14:00")  # yesterday
    _interview(db, acme, "2026-03-18", "10:00")
    _interview(db, northwind, "2026-03-19", "11:00")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await search(app, pilot, "edit a coming interview")
        await pilot.press("enter")
        await settle(app, pilot)
        picked = _picked_lines(app)
        assert len(picked) == 2, picked
        assert "Wed 18 Mar" in picked[0] and "Acme (Analyst)" in picked[0], picked
        assert "Thu 19 Mar" in picked[1] and "Northwind (Engineer)" in picked[1], picked
        assert not any("past" in line for line in picked), picked
        await pilot.press("escape")
        await settle(app, pilot)
        # Today's `N` lists the ones just past too, to change them: named as past.
        await pilot.press("N")
        await settle(app, pilot)
        picked = _picked_lines(app)
        assert len(picked) == 4, picked
        past = [line for line in picked if line.endswith(" · past")]
        assert len(past) == 2 and any("Fri 13 Mar" in line for line in past), picked
        assert any("Sun 15 Mar" in line for line in past), picked
