"""Every country that keeps one zone is taken by its name; one of several clocks is refused
naming two of its places.

The zone field says "a city or a country will do", but it refused "Nepal", "Iran",
"Afghanistan" and "Myanmar" (a tester's walk): the hand-kept table of countries
(domain/zone_countries.py) held about eighty, and none whose clock is half an hour or 45
minutes off the hour. The rest of the tz database's countries are now written from its
zone.tab and iso3166.tab (scripts/zone_countries_tab.py).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import tzdata

from bounceback_tui.domain.zone_countries import COUNTRY_ZONES
from bounceback_tui.domain.zones import offered_zone, parse_zone


@pytest.mark.parametrize(
    "typed,taken",
    [
        ("Nepal", "Asia/Kathmandu"),  # +05:45
        ("Iran", "Asia/Tehran"),  # +03:30
        ("Afghanistan", "Asia/Kabul"),  # +04:30
        ("Myanmar", "Asia/Yangon"),  # +06:30
        ("Burma", "Asia/Yangon"),
        ("Venezuela", "America/Caracas"),
        ("Newfoundland", "America/St_Johns"),  # -03:30, a part of Canada
        ("Chatham Islands", "Pacific/Chatham"),  # +12:45, a part of New Zealand
        ("Cyprus", "Asia/Nicosia"),  # two zones in zone.tab, one clock
        ("Ivory Coast", "Africa/Abidjan"),
        ("côte d'ivoire", "Africa/Abidjan"),
        ("Bosnia", "Europe/Sarajevo"),
    ],
)
def test_a_country_of_one_zone_is_taken(typed: str, taken: str) -> None:
    assert parse_zone(typed) == taken


@pytest.mark.parametrize(
    "typed,said",
    [
        (
            "Mongolia",
            "Mongolia has more than one time zone; name a city, like Ulaanbaatar or Hovd.",
        ),
        ("Canada", "Canada has more than one time zone; name a city, like Toronto or Vancouver."),
        ("Ecuador", "Ecuador has more than one time zone; name a city, like Guayaquil"),
    ],
)
def test_a_country_of_several_clocks_asks_for_a_city(typed: str, said: str) -> None:
    with pytest.raises(ValueError) as refused:
        parse_zone(typed)
    assert str(refused.value).startswith(said)


def test_every_country_zone_tab_gives_one_zone_is_in_the_table() -> None:
    """Read from the tz database as tzdata ships it: each zone that is its country's only one
    is a country's zone in the table, but Tbilisi's (Georgia is the US state too)."""
    tab = Path(os.path.dirname(tzdata.__file__)) / "zoneinfo" / "zone.tab"
    by_country: dict[str, list[str]] = {}
    for line in tab.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _where, zone = line.split("\t")[:3]
            by_country.setdefault(code, []).append(zone)
    alone = {zones[0] for zones in by_country.values() if len(zones) == 1}
    assert len(alone) > 200
    assert alone - set(COUNTRY_ZONES.values()) == {"Asia/Tbilisi"}


@pytest.mark.parametrize(
    "begun,offered",
    [("Ber", "Berlin"), ("Mad", "Madrid"), ("Van", "Vancouver"), ("Nep", "Nepal")],
)
def test_a_busy_city_is_still_offered_before_a_country_fewer_type(begun: str, offered: str) -> None:
    """Bermuda, Madagascar and Vanuatu come after the busy cities, as Wales does."""
    assert offered_zone(begun) == offered
