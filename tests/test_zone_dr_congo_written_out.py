"""DR Congo and the Republic of the Congo by every name people write them.

The twenty-sixth round's list: the time-zone field read "DR Congo" (two clocks: Kinshasa's,
UTC+1, in the west, Lubumbashi's, UTC+2, in the east) but not the country written out,
"Democratic Republic of the Congo", which it refused as "not a time zone", nor "DRC", for
which it offered New York. Every name of the country now asks for a city, as "DR Congo"
does, and the Republic of the Congo's other spellings are Brazzaville's clock.
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.zones import is_whole_name, parse_zone, zone_suggestions, zone_to_take
from bounceback_tui.ui.kit.suggest import LaterSuggestions
from bounceback_tui.ui.people.forms import _form_takes


@pytest.mark.parametrize(
    "typed",
    [
        "Democratic Republic of the Congo",
        "democratic republic of the congo",
        "Democratic Republic of Congo",
        "DRC",
        "drc",
        "Congo-Kinshasa",
        "Congo Kinshasa",
    ],
)
def test_dr_congo_written_any_way_asks_for_a_city(typed: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone(typed)
    said = str(caught.value)
    assert said.endswith(" has more than one time zone; name a city, like Kinshasa or Lubumbashi.")
    assert "not a time zone" not in said
    assert zone_to_take(typed) is None
    assert is_whole_name(typed)  # the field does not complete it into something else


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("Republic of the Congo", "Africa/Brazzaville"),
        ("Republic of Congo", "Africa/Brazzaville"),
        ("Congo-Brazzaville", "Africa/Brazzaville"),
        ("Congo Brazzaville", "Africa/Brazzaville"),
        ("Kinshasa", "Africa/Kinshasa"),
        ("Lubumbashi", "Africa/Lubumbashi"),
    ],
)
def test_each_congo_named_whole_is_its_clock(typed: str, zone: str) -> None:
    assert parse_zone(typed) == zone


def test_congo_alone_is_still_asked_about() -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone("Congo")
    assert str(caught.value) == (
        "Congo can mean Republic of the Congo (Africa/Brazzaville) or DR Congo "
        "(Africa/Kinshasa or Africa/Lubumbashi); type which one."
    )


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("Republic of C", "Republic of Congo"),
        ("Congo B", "Congo Brazzaville"),
        # A country of two clocks is not offered (it would be refused), as Canada is not.
        ("Democratic Republic of the Co", None),
        ("Canad", None),
    ],
)
async def test_the_field_offers_the_name_begun(typed: str, offered: str | None) -> None:
    field = LaterSuggestions(zone_suggestions, is_whole_name, _form_takes)
    assert await field.get_suggestion(typed) == offered
