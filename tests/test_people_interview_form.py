"""`n` on a person (issue 19): the interview form offers their applications with each one's
stage, and starts on the first one still in play, not on one that already said no. Found in
the acceptance audit's tmux walk of 2026-12-04: a recruiter linked first to a rejected
application, then to an open one, got the rejected one preselected, and two applications with
the same company and role could not be told apart."""

from __future__ import annotations

import sqlite3
from typing import Any

from textual.widgets import Select

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech: rejected)
from tests.ui_harness import settle
from tests.written_over import another_program_writes


def _link_rita_to_acme(paths: DataPaths, ids: dict[str, int]) -> None:
    db = Database(paths.database)
    try:
        people_edits.link_application(db, ids["rita"], ids["acme"])
    finally:
        db.dispose()


async def _application_choice(  # type: ignore[no-untyped-def]
    app: BouncebackApp, pilot, person: int, key: str
) -> Select[str]:
    """On People, ``key`` on ``person``: the form it opens, and its application dropdown."""
    await pilot.press("6")
    await settle(pilot)
    assert app.current_pane.select_item(person)
    await pilot.press(key)
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    return app.screen.query_one("#field-application", Select)


async def test_the_interview_form_starts_on_an_application_still_in_play(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)  # Applied, linked second
    # the clock is frozen: a day later, by hand
    another_program_writes(
        paths,
        "UPDATE application_contact SET created_at = datetime(created_at, '+1 day') "
        "WHERE application_id = ?",
        (ids["acme"],),
    )
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        choice = await _application_choice(app, pilot, ids["rita"], "n")
        assert choice.value == str(ids["acme"])
        labels = [str(prompt) for prompt, _value in choice._options if _value != Select.BLANK]
        assert labels == ["Initech (Analyst) · Rejected", "Acme (Engineer) · Applied"]


async def test_the_log_form_and_the_message_picker_show_each_applications_stage(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    from tests.screen_text import screen_text

    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        choice = await _application_choice(app, pilot, ids["rita"], "i")
        labels = {str(prompt) for prompt, value in choice._options if value != Select.BLANK}
        assert {"Acme (Engineer) · Applied", "Initech (Analyst) · Rejected"} < labels
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("m")
        await settle(pilot)
        # A message that fits both (a check-in; "feedback after a no" fits only the rejected
        # one, and goes straight to its draft: tests/test_message_choice.py).
        await pilot.press(*"check-in", "enter")
        await settle(pilot)
        lines = screen_text(app).splitlines()
        assert any("Acme (Engineer)" in line and "Applied" in line for line in lines)
        assert any("Initech (Analyst)" in line and "Rejected" in line for line in lines)


async def test_the_time_zone_is_completed_as_it_is_typed(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """The zone field suggests as it is typed (a city first, "zur" -> Zurich, or a full name),
    and the right arrow takes the suggestion, which the form saves as its zone."""
    from textual.widgets import Input

    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _application_choice(app, pilot, ids["rita"], "n")
        form = app.screen
        zone = form.query_one("#field-zone", Input)
        zone.focus()
        zone.value = ""
        await pilot.press(*"zur")
        await settle(pilot)
        assert zone._suggestion == "Zurich"
        await pilot.press("right")
        await settle(pilot)
        assert zone.value == "Zurich"
        zone.value = ""
        await pilot.press(*"america/new")
        await settle(pilot)
        assert zone._suggestion == "America/New_York"
        zone.value = ""
        await pilot.press(*"narn")
        await settle(pilot)
        assert zone._suggestion == ""
        zone.value = "Zurich"
        form.query_one("#field-day", Input).value = "2026-03-20"
        form.query_one("#field-at", Input).value = "14:30"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    with sqlite3.connect(paths.database) as conn:
        newest = conn.execute("SELECT zone FROM interview ORDER BY id DESC LIMIT 1").fetchall()
    assert newest == [("Europe/Zurich",)]


async def _zone_typed_into(app: BouncebackApp, pilot: Any, ids: dict[str, int]) -> Any:
    """The interview form on Rita, its day and time filled, its empty zone field focused."""
    from textual.widgets import Input

    await _application_choice(app, pilot, ids["rita"], "n")
    form = app.screen
    form.query_one("#field-day", Input).value = "2026-03-20"
    form.query_one("#field-at", Input).value = "14:30"
    zone = form.query_one("#field-zone", Input)
    zone.focus()
    zone.value = ""
    return zone


async def test_enter_while_a_completion_shows_saves_only_what_was_typed(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """A stranger's walk (sixteenth round): "chi" typed, the field read "chicago" (the rest
    dimmed). Saving then took the completion; so "India" became Indianapolis (a tester's walk,
    twenty-first round: tests/test_interview_zone_as_typed.py). Enter saves what was typed:
    "chic" is refused, naming Chicago ("chi" is China now, a country before a city:
    tests/test_interview_zone_countries.py); the right arrow takes the completion. "são"
    completes to Sao Paulo (accents fold)."""
    from tests.screen_text import is_on_screen

    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        zone = await _zone_typed_into(app, pilot, ids)
        form = app.screen
        await pilot.press(*"são")
        await settle(pilot)
        assert zone._suggestion == "Sao Paulo"
        zone.value = ""
        await pilot.press(*"chic")
        await settle(pilot)
        assert zone._suggestion == "Chicago"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form
        assert zone.value == "chic"
        assert is_on_screen(app, "did you mean Chicago (America/Chicago)?")
        await pilot.press("right", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    with sqlite3.connect(paths.database) as conn:
        newest = conn.execute("SELECT zone FROM interview ORDER BY id DESC LIMIT 1").fetchall()
    assert newest == [("America/Chicago",)]


async def test_a_completion_no_longer_shown_is_not_saved(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """Tabbed away from "sy" (the completion is shown only in the focused field), the form
    saves what the field reads: "sy", refused."""
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        zone = await _zone_typed_into(app, pilot, ids)
        form = app.screen
        await pilot.press(*"sy")
        await settle(pilot)
        assert zone._suggestion == "Sydney"
        form.query_one("#field-at").focus()
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        assert zone.value == "sy"
