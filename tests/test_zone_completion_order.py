"""What the interview form's time zone field completes a few letters to, written by hand:
the commoner place first. "Wa" was completed to Wales and "Can" to Canary (the islands'
zone), where a person means Washington or Canada (a fixer's walk). Parts of a country
named as one (England, Scotland, Wales) now come after the busy cities, and the countries
that keep several zones before the other places; such a country is offered nothing, as
the form refuses it ("Austra"), and saving it says to name one of its cities."""

from __future__ import annotations

import pytest

from bounceback_tui.domain.zones import is_whole_name, parse_zone, zone_suggestions
from bounceback_tui.ui.kit.suggest import LaterSuggestions
from bounceback_tui.ui.people.forms import _form_takes

# typed, the place it begins (the first name in the field's order), what the field offers.
TABLE = [
    # Washington is the capital or the state, in two zones: nothing offered, as for Canada
    # (tests/test_zone_ambiguous_places.py).
    ("Wa", "Washington", None),
    ("War", "Warsaw", "Warsaw"),
    ("Wal", "Wales", "Wales"),
    ("Can", "Canada", None),  # several zones: nothing offered, as for "Austra"
    ("Cana", "Canada", None),
    ("Canar", "Canary", "Canary"),
    ("Bra", "Brazil", None),
    ("Brat", "Bratislava", "Bratislava"),
    ("Sc", "Scotland", "Scotland"),
    ("Eng", "England", "England"),
    ("Chi", "China", "China"),
    ("Ind", "India", "India"),
    ("Aus", "Austria", "Austria"),
]


@pytest.mark.parametrize(("typed", "begun", "offered"), TABLE)
async def test_a_few_letters_complete_to_the_commoner_place(
    typed: str, begun: str, offered: str | None
) -> None:
    first = next(item for item in zone_suggestions() if item.casefold().startswith(typed.lower()))
    assert first == begun
    field = LaterSuggestions(zone_suggestions, is_whole_name, _form_takes)
    assert await field.get_suggestion(typed) == offered


def test_saving_the_start_of_canada_says_to_name_a_city() -> None:
    with pytest.raises(ValueError) as caught:
        parse_zone("Can")
    assert str(caught.value) == (
        "Canada has more than one time zone; name a city, like Toronto or Vancouver."
    )
