"""A time zone is saved as it was typed, never as a completion the person did not take.

A tester's walk (twenty-first round): on a person, `n`, a day, a time, "India" in the time
zone; the field completed it to "Indianapolis" (dimmed), ctrl+s said "Interview saved." and
the list read "(09:00 America/Indiana/Indianapolis)": ten and a half hours off, no word. Saving
took the completion still showing. Now saving reads what was typed, and a whole name (a
country, a city, a zone) is offered no longer completion. The countries a completion hid are
found by walking the lookup's own tables, not picked by hand.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from textual.widgets import Input

from bounceback_tui.domain.fuzzy_text import fold
from bounceback_tui.domain.zone_countries import COUNTRY_ZONES, SEVERAL_ZONES
from bounceback_tui.domain.zones import zone_suggestions
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import is_on_screen
from tests.test_people_interview_form import _link_rita_to_acme
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech)
from tests.ui_harness import fill, settle

# What the lookup already takes each as (domain/zone_countries.py, zone_cities.py).
TYPED = [
    ("India", "Asia/Kolkata"),
    ("Kolkata", "Asia/Kolkata"),
    ("Japan", "Asia/Tokyo"),
    ("Sydney", "Australia/Sydney"),
    ("London", "Europe/London"),
    ("Portland, OR", "America/Los_Angeles"),  # "Portland" alone is two places
    ("Portland, Maine", "America/New_York"),
]


def _begins_a_longer_completion(name: str) -> bool:
    begun = fold(name)
    return any(fold(item).startswith(begun) and fold(item) != begun for item in zone_suggestions())


def one_zone_countries_completed_longer() -> list[tuple[str, str]]:
    """Each country of the lookup's table of one-zone countries whose name begins a longer
    completion, with the zone that table gives it."""
    return [(n, zone) for n, zone in COUNTRY_ZONES.items() if _begins_a_longer_completion(n)]


def several_zone_countries_completed_longer() -> list[str]:
    return [name for name in SEVERAL_ZONES if _begins_a_longer_completion(name)]


def test_the_walk_finds_the_countries_a_completion_hid() -> None:
    """Not an empty walk: India (Indianapolis) is there, and so are the countries of several
    zones whose names begin a place's (US: Ushuaia, Mexico: Mexico City)."""
    assert ("India", "Asia/Kolkata") in one_zone_countries_completed_longer()
    several = set(several_zone_countries_completed_longer())
    assert {"US", "Mexico", "America", "Australia"} <= several


async def _zone_field(app: BouncebackApp, pilot: Any, person: int) -> Input:
    """The interview form on ``person``, its day and time filled, its zone field empty and
    focused, as Tab would leave it."""
    await pilot.press("n")
    await settle(pilot)
    assert isinstance(app.screen, FormScreen)
    await fill(pilot, day="2026-03-20", at="9am", zone="")
    zone = app.screen.query_one("#field-zone", Input)
    zone.focus()
    await settle(pilot)
    return zone


def _newest_zone(paths: DataPaths) -> str:
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute("SELECT zone FROM interview ORDER BY id DESC LIMIT 1").fetchone()
    return str(row[0])


def _interviews(paths: DataPaths) -> int:
    with sqlite3.connect(paths.database) as conn:
        return int(conn.execute("SELECT count(*) FROM interview").fetchone()[0])


async def test_a_whole_name_typed_is_saved_as_itself_not_as_its_completion(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)  # an application still in play: an interview ahead is fine
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        for typed, meant in [*TYPED, *one_zone_countries_completed_longer()]:
            zone = await _zone_field(app, pilot, ids["rita"])
            await pilot.press(*typed)
            await settle(pilot)
            assert zone.value == typed
            assert zone._suggestion == "", typed  # nothing longer offered over it
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert not isinstance(app.screen, FormScreen), typed
            assert _newest_zone(paths) == meant, typed


async def test_a_country_of_several_zones_is_refused_not_completed(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """ "US" was saved as Ushuaia (Argentina), "America" as America/Adak (Alaska), "Australia"
    as Australia/ACT: now each is refused, naming cities to choose from."""
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)  # an application still in play: an interview ahead is fine
    before = _interviews(paths)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        zone = await _zone_field(app, pilot, ids["rita"])
        for typed in several_zone_countries_completed_longer():
            zone.value = ""
            await pilot.press(*typed)
            await settle(pilot)
            await pilot.press("ctrl+s")
            await settle(pilot)
            assert isinstance(app.screen, FormScreen), typed
            assert is_on_screen(app, "has more than one time zone"), typed
            assert zone.value == typed
    assert _interviews(paths) == before


async def test_a_completion_not_taken_is_not_saved(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """ "Indiana" with "Indianapolis" showing: saving refuses what was typed, naming the
    place it may mean; the right arrow takes the completion, and then it is saved. ("Indi"
    is offered India now: tests/test_interview_zone_countries.py.)"""
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)  # an application still in play: an interview ahead is fine
    before = _interviews(paths)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        zone = await _zone_field(app, pilot, ids["rita"])
        await pilot.press(*"Indiana")
        await settle(pilot)
        assert zone._suggestion == "Indianapolis"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert zone.value == "Indiana"
        assert is_on_screen(app, "did you mean Indianapolis (America/Indiana/Indianapolis)?")
        assert _interviews(paths) == before
        await pilot.press("right", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _newest_zone(paths) == "America/Indiana/Indianapolis"


async def test_a_space_after_a_whole_name_goes_on_to_the_longer_one() -> None:
    """ "Mexico" is a whole name (refused: it keeps several zones); "Mexico " is on its way to
    Mexico City, and is completed to it."""
    from bounceback_tui.domain.zones import is_whole_name
    from bounceback_tui.ui.kit.suggest import LaterSuggestions

    suggester = LaterSuggestions(lambda: ["Mexico City", "Indianapolis"], is_whole_name)
    assert await suggester.get_suggestion("mexico") is None
    assert await suggester.get_suggestion("mexico ") == "Mexico City"
    assert await suggester.get_suggestion("india") is None
    assert await suggester.get_suggestion("indi") == "Indianapolis"
