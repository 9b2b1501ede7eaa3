"""Georgia, Congo, Samoa and Viet Nam in the interview form's time zone.

The twenty-fifth round's list: the zone field did not read "Georgia", "Congo" or "Samoa" as
countries. "Georgia" was refused with "did you mean Atlantic/South_Georgia?" (an island in
the South Atlantic, two hours behind Rio), though it is the country (Tbilisi's clock) or the
US state (New York's); "Congo" was offered Congo-Brazzaville, though DR Congo is the larger
country and keeps two clocks; "Samoa" was taken as Pacific/Samoa, an old name of American
Samoa's zone, a whole day behind the country's. "Viet Nam", the country's own spelling, was
refused with "did you mean Europe/Vienna?". Georgia and Congo are now asked about, naming
each place with its zone, as Portland and San Jose are.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bounceback_tui.domain.zones import is_whole_name, parse_zone, zone_suggestions, zone_to_take
from bounceback_tui.ui.kit.suggest import LaterSuggestions
from bounceback_tui.ui.people.forms import _form_takes

GEORGIA = (
    "Georgia can mean Tbilisi (Asia/Tbilisi) or Georgia, US (America/New_York); type which one."
)
CONGO = (
    "Congo can mean Republic of the Congo (Africa/Brazzaville) or DR Congo "
    "(Africa/Kinshasa or Africa/Lubumbashi); type which one."
)


@pytest.mark.parametrize(
    ("typed", "both"),
    [
        ("Georgia", GEORGIA),
        ("georgia", GEORGIA),
        (" GEORGIA ", GEORGIA),
        ("Congo", CONGO),
        ("congo", CONGO),
    ],
)
def test_georgia_and_congo_alone_are_asked_about(typed: str, both: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone(typed)
    assert str(caught.value) == both
    assert zone_to_take(typed) is None  # nothing for the right arrow to take


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Tbilisi", "Asia/Tbilisi"),
        ("Georgia, US", "America/New_York"),
        ("georgia usa", "America/New_York"),
        ("Atlanta", "America/New_York"),
        ("Republic of the Congo", "Africa/Brazzaville"),
        ("Congo-Brazzaville", "Africa/Brazzaville"),
        ("Kinshasa", "Africa/Kinshasa"),
        ("Lubumbashi", "Africa/Lubumbashi"),
        ("South Georgia", "Atlantic/South_Georgia"),  # as before
    ],
)
def test_each_named_whole_is_taken(typed: str, zone: str) -> None:
    assert parse_zone(typed) == zone


def test_dr_congo_still_asks_for_a_city() -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone("DR Congo")
    assert str(caught.value) == (
        "DR Congo has more than one time zone; name a city, like Kinshasa or Lubumbashi."
    )


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Samoa", "Pacific/Apia"),
        ("samoa", "Pacific/Apia"),
        ("Western Samoa", "Pacific/Apia"),
        ("Apia", "Pacific/Apia"),
        ("American Samoa", "Pacific/Pago_Pago"),
        ("Pago Pago", "Pacific/Pago_Pago"),
        ("Viet Nam", "Asia/Ho_Chi_Minh"),
        ("viet nam", "Asia/Ho_Chi_Minh"),
        ("Vietnam", "Asia/Ho_Chi_Minh"),
    ],
)
def test_samoa_and_viet_nam_are_the_countries(typed: str, zone: str) -> None:
    assert parse_zone(typed) == zone


def test_samoa_and_american_samoa_are_a_day_apart() -> None:
    """Why "Samoa" matters: the same instant is 13:00 on the 15th in Apia and 13:00 on the
    14th in Pago Pago (UTC+13 and UTC-11, both without summer time)."""
    instant = datetime(2027, 1, 15, 0, 0, tzinfo=ZoneInfo("UTC"))
    in_apia = instant.astimezone(ZoneInfo(parse_zone("Samoa")))
    in_pago = instant.astimezone(ZoneInfo(parse_zone("American Samoa")))
    assert (in_apia.day, in_apia.hour) == (15, 13)
    assert (in_pago.day, in_pago.hour) == (14, 13)
    assert in_apia.utcoffset() == timedelta(hours=13)


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Geor", None),  # Georgia first, and it names two places: nothing offered
        ("Georgia", None),
        ("Georgia,", "Georgia, US"),
        ("Cong", None),  # was Congo-Brazzaville
        ("Congo", None),
        # "Congo-" begins Congo-Kinshasa too since the twenty-sixth round: nothing offered
        ("Congo-", None),
        ("Congo-B", "Congo-Brazzaville"),
        ("Samo", "Samoa"),
        ("Samoa", None),  # a whole name
        ("Viet N", "Viet Nam"),  # was nothing, and the refusal offered Vienna
        ("Viet Nam", None),
    ],
)
async def test_the_field_offers(typed: str, offered: str | None) -> None:
    field = LaterSuggestions(zone_suggestions, is_whole_name, _form_takes)
    assert await field.get_suggestion(typed) == offered


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("samo", "'samo' is not a time zone; did you mean Samoa (Pacific/Apia)?"),
        ("viet n", "'viet n' is not a time zone; did you mean Viet Nam (Asia/Ho_Chi_Minh)?"),
    ],
)
def test_a_name_begun_is_refused_naming_the_country(typed: str, said: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone(typed)
    assert str(caught.value) == said
