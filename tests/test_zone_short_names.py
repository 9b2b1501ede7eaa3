"""A time zone as recruiters write it: a short name ("EST") or an offset ("GMT+1").

A stranger's walk (second week, 80x24): "EST" in an interview's zone field was completed to
"ESTonia" and refused with "'EST' names no place; use an area and a city…"; taking the
completion saved Europe/Tallinn, seven hours off. "CET" the same; "PST", "GMT+1" and "UTC+9"
were refused with "is not a time zone". Now a short name is answered with the place it stands
for, which the right arrow takes; one that means several places names them; an offset names
cities that keep it (the store keeps a place's zone, whose clocks change for summer).
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Input

from bounceback_tui.domain.zone_abbreviations import short_name_place
from bounceback_tui.domain.zones import is_whole_name, parse_zone, zone_to_take
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.kit.suggest import LaterSuggestions
from tests.screen_text import is_on_screen
from tests.test_people_interview_form import _link_rita_to_acme
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech)
from tests.ui_harness import fill, settle

# Typed, the refusal, and the place the right arrow takes (None: the field offers nothing).
REFUSED: list[tuple[str, str, str | None]] = [
    ("EST", "'EST' is US Eastern time; did you mean New York (America/New_York)?", "New York"),
    ("est", "'est' is US Eastern time; did you mean New York (America/New_York)?", "New York"),
    (
        "EDT",
        "'EDT' is US Eastern summer time; did you mean New York (America/New_York)?",
        "New York",
    ),
    ("ET", "'ET' is US Eastern time; did you mean New York (America/New_York)?", "New York"),
    ("CST", "'CST' is US Central time; did you mean Chicago (America/Chicago)?", "Chicago"),
    ("MT", "'MT' is US Mountain time; did you mean Denver (America/Denver)?", "Denver"),
    (
        "PST",
        "'PST' is US Pacific time; did you mean Los Angeles (America/Los_Angeles)?",
        "Los Angeles",
    ),
    (
        "GMT",
        "'GMT' is Greenwich Mean Time, London's in winter; did you mean London (Europe/London)?",
        "London",
    ),
    ("BST", "'BST' is British Summer Time; did you mean London (Europe/London)?", "London"),
    ("CET", "'CET' is Central European time; did you mean Berlin (Europe/Berlin)?", "Berlin"),
    (
        "CEST",
        "'CEST' is Central European summer time; did you mean Berlin (Europe/Berlin)?",
        "Berlin",
    ),
    ("EET", "'EET' is Eastern European time; did you mean Athens (Europe/Athens)?", "Athens"),
    ("JST", "'JST' is Japan time; did you mean Tokyo (Asia/Tokyo)?", "Tokyo"),
    (
        "AEST",
        "'AEST' is Australian Eastern time; did you mean Sydney (Australia/Sydney)?",
        "Sydney",
    ),
    (
        "AEDT",
        "'AEDT' is Australian Eastern summer time; did you mean Sydney (Australia/Sydney)?",
        "Sydney",
    ),
    (
        "IST",
        "'IST' can mean India, Israel or Irish time; name a city, like Mumbai, Tel Aviv or Dublin.",
        None,
    ),
    (
        "GMT+1",
        "'GMT+1' is an offset, not a place (its clocks would not change for summer); "
        "name a city, like Lagos or Paris.",
        None,
    ),
    (
        "UTC+9",
        "'UTC+9' is an offset, not a place (its clocks would not change for summer); "
        "name a city, like Tokyo or Seoul.",
        None,
    ),
    (
        "UTC-05:00",
        "'UTC-05:00' is an offset, not a place (its clocks would not change for summer); "
        "name a city, like New York or Bogota.",
        None,
    ),
    ("UTC+15", "'UTC+15' is an offset no place keeps; name a city, like London or Tokyo.", None),
    # A zone's older name is not offered beside it (a tester's walk: "Delhi or Calcutta").
    (
        "UTC+5:30",
        "'UTC+5:30' is an offset, not a place (its clocks would not change for summer); "
        "name a city, like Delhi or Colombo.",
        None,
    ),
    (
        "UTC+5:45",
        "'UTC+5:45' is an offset, not a place (its clocks would not change for summer); "
        "name a city, like Kathmandu.",
        None,
    ),
    (
        "UTC+6:30",
        "'UTC+6:30' is an offset, not a place (its clocks would not change for summer); "
        "name a city, like Yangon.",
        None,
    ),
]


@pytest.mark.parametrize("typed,refusal,offered", REFUSED)
def test_a_short_name_or_an_offset_is_refused_naming_the_place(
    typed: str, refusal: str, offered: str | None
) -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone(typed)
    assert str(caught.value) == refusal
    assert zone_to_take(typed) == offered  # never Estonia, Istanbul
    assert is_whole_name(typed)  # nothing longer is completed over it


@pytest.mark.parametrize(
    "typed,taken",
    [
        ("UTC", "UTC"),  # still a zone of its own
        ("Esto", None),  # on its way to Estonia (refused, offering it)
        ("Ista", None),
    ],
)
def test_a_place_begun_with_the_letters_of_a_short_name_is_still_offered(
    typed: str, taken: str | None
) -> None:
    if taken is not None:
        assert parse_zone(typed) == taken
    else:
        assert zone_to_take(typed) in {"Estonia", "Istanbul"}


async def test_the_field_offers_the_place_and_the_right_arrow_takes_it_alone() -> None:
    suggester = LaterSuggestions(lambda: ["Estonia", "Istanbul"], is_whole_name, None, None)
    assert await suggester.get_suggestion("EST") is None  # a whole name: not Estonia
    offering = LaterSuggestions(lambda: ["Estonia"], is_whole_name, None, short_name_place)
    assert await offering.get_suggestion("EST") == "EST → New York"
    assert await offering.get_suggestion("Esto") == "Estonia"
    assert await suggester.get_suggestion("IST") is None  # not Istanbul
    assert await suggester.get_suggestion("Esto") == "Estonia"


async def test_est_saved_is_refused_then_new_york_is_taken(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("6")
        await settle(pilot)
        assert app.current_pane.select_item(ids["rita"])
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, day="2026-03-20", at="9am", zone="")
        zone = app.screen.query_one("#field-zone", Input)
        zone.focus()
        await settle(pilot)
        await pilot.press(*"EST")
        await settle(pilot)
        assert zone._suggestion.endswith(" → New York")  # shown after "EST"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        assert is_on_screen(app, "did you mean New York")
        assert focus_problem(app) is None
        await pilot.press("end", "right")
        await settle(pilot)
        assert zone.value == "New York"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    with sqlite3.connect(paths.database) as conn:
        row = conn.execute("SELECT zone FROM interview ORDER BY id DESC LIMIT 1").fetchone()
    assert row[0] == "America/New_York"
