"""An interview's time zone is a place's (Europe/London) or UTC; a store holding another opens.

Found walking the app (rev5, left; rev6, fixed): the interview form took `localtime`,
`Factory` and `EST5EDT` (the zone database has them; they name no place, and `localtime` is
whatever the machine it was typed on was set to). And a store holding a zone this machine
does not know (`localtime` is a file only some systems have) stopped the app on the Pipeline
with "Something went wrong (ZoneInfoNotFoundError…)" once the application's detail showed.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from textual.widgets import Static

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import form_zone, parse_zone, validate_interview
from bounceback_tui.domain.zone_cities import BUSY_CITIES
from bounceback_tui.domain.zone_countries import COUNTRY_ZONES, SEVERAL_ZONES
from bounceback_tui.domain.zones import _is_place, zone_suggestions
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, settle_workers
from tests.written_over import another_program_writes

# "GMT" is a short name, refused naming London (tests/test_zone_short_names.py).
NO_PLACE = ["localtime", "Factory", "EST5EDT", "Etc/GMT+5", "US/Eastern"]


@pytest.mark.parametrize("typed", NO_PLACE)
def test_a_zone_that_names_no_place_is_refused_with_a_clear_message(typed: str) -> None:
    with pytest.raises(ValueError, match="area and a city, like Europe/London"):
        parse_zone(typed)
    with pytest.raises(ValidationError) as caught:
        validate_interview(
            {"kind": "technical", "day": "2026-03-20", "at": "10:00", "zone": typed}, FIXED_TODAY
        )
    assert "Europe/London" in (caught.value.for_field("zone") or "")


@pytest.mark.parametrize(
    "typed,taken",
    [
        ("Europe/London", "Europe/London"),
        ("america/new york", "America/New_York"),
        ("UTC", "UTC"),
        ("utc", "UTC"),
        ("Etc/UTC", "UTC"),  # what a machine set to UTC calls its zone
        ("Zulu", "UTC"),
        ("Asia/Calcutta", "Asia/Calcutta"),  # an older name of a place is still a place
    ],
)
def test_a_place_or_utc_is_taken(typed: str, taken: str) -> None:
    assert parse_zone(typed) == taken


@pytest.mark.parametrize(
    "typed,taken",
    [
        ("zurich", "Europe/Zurich"),
        ("Zürich", "Europe/Zurich"),
        ("new york", "America/New_York"),
        ("São Paulo", "America/Sao_Paulo"),
        ("TOKYO", "Asia/Tokyo"),
        # One city, two names in the database (an old one kept as a link): one zone.
        ("buenos aires", "America/Argentina/Buenos_Aires"),
        # Cities the database does not name, in the zone they keep (domain/zone_cities.py).
        ("Munich", "Europe/Berlin"),
        ("san francisco", "America/Los_Angeles"),
        ("Bengaluru", "Asia/Kolkata"),
        # A city that is also an old top-level name in the database, which names no place.
        ("Singapore", "Asia/Singapore"),
        ("Doha", "Asia/Qatar"),
    ],
)
def test_a_city_typed_alone_is_taken_as_its_zone(typed: str, taken: str) -> None:
    """Walking the interview form (fifteenth round): "zurich" was refused with "use a name
    like Europe/London", though the city names one zone."""
    assert parse_zone(typed) == taken


@pytest.mark.parametrize(
    "typed,meant",
    [
        ("zurik", "Europe/Zurich"),
        ("londn", "Europe/London"),
        ("Europe/Zurik", "Europe/Zurich"),
        ("America/Zurich", "Europe/Zurich"),
        ("los angles", "America/Los_Angeles"),
        # What the field completes it to, a full name (see the next test for the others).
        ("Europe/Zu", "Europe/Zurich"),
    ],
)
def test_a_misspelt_zone_is_refused_with_the_closest_place(typed: str, meant: str) -> None:
    with pytest.raises(ValueError, match=f"did you mean {meant}\\?"):
        parse_zone(typed)


@pytest.mark.parametrize(
    "typed,meant",
    [
        # What the field completes it to (a stranger pressed Enter on "new" shown "New York"),
        # named as the field shows it, with its zone.
        ("new", "New York (America/New_York)"),
        ("zur", "Zurich (Europe/Zurich)"),
        # The busy city before the quiet one (domain/zone_cities.BUSY_CITIES): "sao" was
        # completed to Sao Tome, "chic" to Chita ("chi" then), "bru" to Brunei, "ath" to Atka.
        ("sao", "Sao Paulo (America/Sao_Paulo)"),
        ("chic", "Chicago (America/Chicago)"),
        ("bru", "Brussels (Europe/Brussels)"),
        ("syd", "Sydney (Australia/Sydney)"),
        ("ath", "Athens (Europe/Athens)"),
        # A country that keeps one zone before a city ("ind" was Indianapolis).
        ("ind", "India (Asia/Kolkata)"),
        ("chi", "China (Asia/Shanghai)"),
        ("united k", "United Kingdom (Europe/London)"),
    ],
)
def test_a_name_begun_is_refused_naming_what_the_field_completes_it_to(
    typed: str, meant: str
) -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone(typed)
    assert str(caught.value) == f"{typed!r} is not a time zone; did you mean {meant}?"


@pytest.mark.parametrize(
    "typed,country,city",
    [
        ("austra", "Australia", "Sydney"),
        ("americ", "America", "New York"),
        ("Canad", "Canada", "Toronto"),
    ],
)
def test_a_country_of_several_zones_begun_is_refused_naming_its_cities(
    typed: str, country: str, city: str
) -> None:
    """Not one of its zones ("austra": "did you mean Australia/ACT?")."""
    with pytest.raises(
        ValueError, match=f"^{country} has more than one time zone; name a city, like {city}"
    ):
        parse_zone(typed)


@pytest.mark.parametrize("typed", ["narnia", "u", "x" * 10_000])
def test_nothing_close_is_refused_with_examples(typed: str) -> None:
    with pytest.raises(ValueError, match="use a name like Europe/London") as caught:
        parse_zone(typed)
    assert "did you mean" not in str(caught.value)
    assert len(str(caught.value)) < 150


@pytest.mark.parametrize(
    "begun,completed",
    [("sao", "Sao Paulo"), ("sy", "Sydney"), ("chic", "Chicago"), ("was", "Washington")],
)
def test_the_field_completes_a_few_letters_to_the_busy_city(begun: str, completed: str) -> None:
    """ "chi" begins a country, offered first (China): the next test."""
    first = next(item for item in zone_suggestions() if item.casefold().startswith(begun))
    assert first == completed


@pytest.mark.parametrize(
    "begun,completed",
    [
        ("ind", "India"),  # not Indianapolis
        ("jap", "Japan"),
        ("germ", "Germany"),
        ("united k", "United Kingdom"),
        ("chi", "China"),  # not Chicago, the busy city ("chic")
        ("aus", "Austria"),  # one zone, before Austin and Australia
        ("austra", "Australia"),  # not Australia/ACT
        ("mexi", "Mexico City"),  # a city the form takes, before a country it refuses
    ],
)
def test_the_field_completes_a_country_before_a_city(begun: str, completed: str) -> None:
    first = next(item for item in zone_suggestions() if item.casefold().startswith(begun))
    assert first == completed


def test_every_completion_is_a_name_the_form_takes_or_a_country_of_several_zones() -> None:
    """The refusal names a completion with its zone: each must be one, or say it keeps
    several, or (a name of two places: "Washington") name both; and no country is offered
    by its letters ("UK", "US")."""
    from bounceback_tui.domain.zone_cities import SEVERAL_PLACES

    for item in zone_suggestions():
        if item in SEVERAL_ZONES:
            with pytest.raises(ValueError, match="more than one time zone"):
                parse_zone(item)
        elif item in SEVERAL_PLACES:
            with pytest.raises(ValueError, match=r"can mean .* or .*; type which one"):
                parse_zone(item)
        else:
            assert _is_place(parse_zone(item)), item
    assert not {"UK", "US", "USA", "UAE"} & set(zone_suggestions())


def test_every_busy_city_is_a_zone_the_form_takes_once() -> None:
    assert len(set(BUSY_CITIES)) == len(BUSY_CITIES)
    assert all(_is_place(parse_zone(city)) for city in BUSY_CITIES)


@pytest.mark.parametrize(
    "typed,taken",
    [
        ("Japan", "Asia/Tokyo"),
        ("germany", "Europe/Berlin"),
        ("UK", "Europe/London"),
        ("Türkiye", "Europe/Istanbul"),
        ("india", "Asia/Kolkata"),
    ],
)
def test_a_country_that_keeps_one_zone_is_taken(typed: str, taken: str) -> None:
    """ "Japan" was refused with "names no place" (the database keeps it as an old name),
    "germany" with "is not a time zone"."""
    assert parse_zone(typed) == taken


@pytest.mark.parametrize(
    "typed,city", [("Canada", "Toronto"), ("usa", "New York"), ("Spain", "Madrid")]
)
def test_a_country_with_several_zones_is_refused_naming_its_cities(typed: str, city: str) -> None:
    with pytest.raises(ValueError, match=f"more than one time zone; name a city, like {city}"):
        parse_zone(typed)


def test_every_country_of_the_tables_is_a_place_or_names_places() -> None:
    for country, zone in COUNTRY_ZONES.items():
        assert _is_place(zone) and parse_zone(country) == parse_zone(zone), country
    for country, places in SEVERAL_ZONES.items():
        assert all(_is_place(parse_zone(place)) for place in places), country
        assert not set(COUNTRY_ZONES) & {country}


def test_the_form_starts_from_a_zone_it_takes() -> None:
    assert form_zone("Etc/UTC") == "UTC"
    assert form_zone("Europe/Berlin") == "Europe/Berlin"
    assert form_zone("EST5EDT") is None  # the form then asks; it is never filled with it
    assert form_zone("Nowhere/Else") is None


STORED = ["EST5EDT", "localtime", "Factory", "Nowhere/Else", "../../etc/passwd", "Europe"]


@pytest.mark.parametrize("stored", STORED)
async def test_a_store_holding_another_zone_still_opens_and_its_edit_keeps_the_time(
    opened_paths: DataPaths, db: Database, stored: str
) -> None:
    acme = add_application(db, ApplicationInput(company="Acme", role="Engineer"))
    assert acme.id is not None
    data = validate_interview(
        {"kind": "technical", "day": "2026-03-20", "at": "14:30", "zone": "Europe/London"},
        FIXED_TODAY,
    )
    interview_id = interviews.add_interview(db, acme.id, data)
    # as an older version (or a hand edit) left it
    another_program_writes(
        db.path, "UPDATE interview SET zone = ? WHERE id = ?", (stored, interview_id)
    )
    # The edit form shows the time in the person's zone (London, GMT in March), which it takes.
    row = interviews.get_interview(db, interview_id)
    values = row.form_values()
    assert (values["day"], values["at"], values["zone"]) == ("2026-03-20", "14:30", "Europe/London")
    saved = validate_interview({**values}, FIXED_TODAY)
    assert saved.starts_at == datetime(2026, 3, 20, 14, 30)  # the same instant, kept
    # The Pipeline's detail (shown at 110 columns and more) lists it, in the person's zone.
    async with app_on(opened_paths, "pipeline", size=(140, 36)) as (app, pilot, _pane):
        await settle_workers(pilot)
        pane = app.query_one(PipelinePane)
        assert pane.select_item(acme.id)
        await settle_workers(pilot)
        detail = str(app.query_one("#pipeline-detail-body", Static).render())
        assert "Fri 20 Mar 14:30" in detail
        assert focus_problem(app) is None


def test_every_city_of_the_table_names_a_place_this_machine_knows() -> None:
    from bounceback_tui.domain.zone_cities import CITY_ZONES

    for city, zone in CITY_ZONES.items():
        assert parse_zone(zone) == zone, city
        assert parse_zone(city) == zone
