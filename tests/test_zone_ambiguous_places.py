"""A place name that means two places in two time zones is asked about, not picked.

The twenty-third round left it: "Washington" in the interview form's time zone box was
taken as New York's zone (America/New_York), while the US state of Washington (Seattle,
Spokane) keeps Pacific time, three hours behind: an interview saved for "Washington"
meaning the state would be three hours off. The completion can offer one name only, so
for "Washington" it offers none (as for "Canada", a country of several zones), and saving
it is refused naming both with their zones; "Washington DC" and "Washington State" are
each taken, and the field completes to them once the person types on past "Washington ".
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.zones import is_whole_name, parse_zone, zone_suggestions, zone_to_take
from bounceback_tui.ui.kit.suggest import LaterSuggestions
from bounceback_tui.ui.people.forms import _form_takes

BOTH = (
    "Washington can mean Washington DC (America/New_York) or Washington State "
    "(America/Los_Angeles); type which one."
)


@pytest.mark.parametrize("typed", ["Washington", "washington", " WASHINGTON ", "Wash"])
def test_washington_alone_is_refused_naming_both(typed: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone(typed)
    assert str(caught.value) == BOTH
    assert zone_to_take(typed) is None  # nothing for the right arrow to take


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Washington DC", "America/New_York"),
        ("washington d.c.", "America/New_York"),
        ("Washington, DC", "America/New_York"),
        ("Washington State", "America/Los_Angeles"),
        ("washington state", "America/Los_Angeles"),
        ("Seattle", "America/Los_Angeles"),  # as before
    ],
)
def test_each_washington_named_whole_is_taken(typed: str, zone: str) -> None:
    assert parse_zone(typed) == zone


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Wa", None),  # Washington first, and it names two places: nothing offered
        ("Washing", None),
        ("Washington", None),
        ("Washington ", "Washington DC"),
        ("Washington s", "Washington State"),
        ("Washington d", "Washington DC"),
        ("War", "Warsaw"),  # the places after it as before
        ("Wal", "Wales"),
    ],
)
async def test_the_field_offers_neither_until_one_is_begun(typed: str, offered: str | None) -> None:
    field = LaterSuggestions(zone_suggestions, is_whole_name, _form_takes)
    assert await field.get_suggestion(typed) == offered


@pytest.mark.parametrize(
    "typed",
    [
        "Washington, D.C.",  # the usual spelling (a stranger's walk: refused)
        "washington, d.c.",
        "Washington D.C",
        "Washington, D.C",
        "DC",
        "D.C.",
        "d.c.",
    ],
)
def test_the_capital_is_taken_as_people_spell_it(typed: str) -> None:
    assert parse_zone(typed) == "America/New_York"


@pytest.mark.parametrize("typed", ["Washington, D.C.", "Washington D.C.", "DC"])
async def test_the_field_offers_nothing_past_a_whole_spelling(typed: str) -> None:
    field = LaterSuggestions(zone_suggestions, is_whole_name, _form_takes)
    assert await field.get_suggestion(typed) is None


# The twenty-fourth round's list: "Portland" was taken as Oregon's zone, while Portland,
# Maine keeps Eastern time, three hours ahead; "San Jose" as California's, while San José,
# Costa Rica's capital, keeps Central time all year. Each is asked about now, as Washington is.
PORTLAND = (
    "Portland can mean Portland, Oregon (America/Los_Angeles) or Portland, Maine "
    "(America/New_York); type which one."
)
SAN_JOSE = (
    "San Jose can mean San Jose, California (America/Los_Angeles) or San Jose, Costa Rica "
    "(America/Costa_Rica); type which one."
)


@pytest.mark.parametrize(
    ("typed", "both"),
    [
        ("Portland", PORTLAND),
        ("portland", PORTLAND),
        (" PORTLAND ", PORTLAND),
        ("San Jose", SAN_JOSE),
        ("san josé", SAN_JOSE),
    ],
)
def test_portland_and_san_jose_alone_are_refused_naming_both(typed: str, both: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone(typed)
    assert str(caught.value) == both
    assert zone_to_take(typed) is None  # nothing for the right arrow to take


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Portland, OR", "America/Los_Angeles"),
        ("Portland OR", "America/Los_Angeles"),
        ("portland, oregon", "America/Los_Angeles"),
        ("Portland, Oregon", "America/Los_Angeles"),
        ("Portland, ME", "America/New_York"),
        ("portland me", "America/New_York"),
        ("Portland, Maine", "America/New_York"),
        ("San Jose, CA", "America/Los_Angeles"),
        ("San Jose, California", "America/Los_Angeles"),
        ("San José, Costa Rica", "America/Costa_Rica"),
    ],
)
def test_each_named_with_its_state_or_country_is_taken(typed: str, zone: str) -> None:
    assert parse_zone(typed) == zone


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Portl", None),  # Portland first, and it names two places: nothing offered
        ("Portland", None),
        ("Portland,", "Portland, OR"),  # the busier one first, as Washington DC
        ("Portland ", "Portland OR"),
        ("Portland, M", "Portland, ME"),
        ("San J", None),
        ("San Jose,", "San Jose, CA"),
        ("San Jose, C", "San Jose, CA"),
        ("San Jose, Co", "San Jose, Costa Rica"),
    ],
)
async def test_the_field_offers_neither_portland_until_one_is_begun(
    typed: str, offered: str | None
) -> None:
    field = LaterSuggestions(zone_suggestions, is_whole_name, _form_takes)
    assert await field.get_suggestion(typed) == offered
