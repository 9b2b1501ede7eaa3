"""The zone field offers a country before a city.

A tester's walk (twenty-first round, left then): "Ind" and "Indi" offered Indianapolis, and
Enter refused them until the right arrow took it, while "India" typed whole was saved as
India (Asia/Kolkata); "Jap", "Germ" and "United K" were offered nothing. "Austra" was
offered Australia/ACT and "Americ" America/Adak: one zone of a country that keeps several.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.screen_text import is_on_screen
from tests.test_interview_zone_as_typed import _interviews, _newest_zone, _zone_field
from tests.test_people_interview_form import _link_rita_to_acme
from tests.test_people_pane import seeded  # noqa: F401  (Rita, linked to Initech)
from tests.ui_harness import settle

TAKE_IT = "Press the right arrow to take it."


async def _on_rita(app: BouncebackApp, pilot: object, ids: dict[str, int]) -> None:
    await pilot.press("6")  # type: ignore[attr-defined]
    await settle(pilot)
    assert app.current_pane.select_item(ids["rita"])


@pytest.mark.parametrize(
    "typed,offered,saved",
    [
        ("Ind", "India", "Asia/Kolkata"),
        ("Indi", "India", "Asia/Kolkata"),
        ("Jap", "Japan", "Asia/Tokyo"),
        ("Germ", "Germany", "Europe/Berlin"),
        ("United K", "United Kingdom", "Europe/London"),
        ("Chi", "China", "Asia/Shanghai"),
        ("Chic", "Chicago", "America/Chicago"),  # a city still, once no country begins so
    ],
)
async def test_a_country_begun_is_offered_before_a_city_and_saved_once_taken(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    typed: str,
    offered: str,
    saved: str,
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)  # an application still in play: an interview ahead is fine
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _on_rita(app, pilot, ids)
        zone = await _zone_field(app, pilot, ids["rita"])
        await pilot.press(*typed)
        await settle(pilot)
        assert zone._suggestion == offered
        await pilot.press("right")
        await settle(pilot)
        assert zone.value == offered
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _newest_zone(paths) == saved


@pytest.mark.parametrize(
    "typed,offered,said",
    [
        ("Austra", "Australia", "Australia has more than one time zone; name a city, like Sydney"),
        ("Americ", "America", "America has more than one time zone; name a city, like New York"),
        ("Canad", "Canada", "Canada has more than one time zone; name a city, like Toronto"),
    ],
)
async def test_a_country_of_several_zones_begun_is_offered_by_name_never_as_one_zone(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    typed: str,
    offered: str,
    said: str,
) -> None:
    """Offered as the country, which is refused naming two of its cities, whether it was
    taken or not; never one of its zones, and never with the right arrow's word."""
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    before = _interviews(paths)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _on_rita(app, pilot, ids)
        zone = await _zone_field(app, pilot, ids["rita"])
        form = app.screen
        await pilot.press(*typed)
        await settle(pilot)
        assert zone._suggestion == offered
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form
        assert zone.value == typed
        assert is_on_screen(app, said)
        assert not is_on_screen(app, TAKE_IT)
        await pilot.press("right", "enter")
        await settle(pilot)
        assert app.screen is form
        assert zone.value == offered
        assert is_on_screen(app, said)
    assert _interviews(paths) == before
