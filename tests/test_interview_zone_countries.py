"""The zone field offers a country before a city, and its refusal of a name begun says how to
take the one offered.

A tester's walk (twenty-first round, left then): "Ind" and "Indi" offered Indianapolis, and
Enter refused them until the right arrow took it, while "India" typed whole was saved as
India (Asia/Kolkata); "Jap", "Germ" and "United K" were offered nothing. "Austra" was
offered Australia/ACT and "Americ" America/Adak: one zone of a country that keeps several.
Later "Austra" was offered Australia by name, which saving then refused (a tester's walk):
it is now offered nothing, as is the start of any country that keeps several zones.
And the refusal of "chi" ("did you mean America/Chicago?") did not say that the right arrow
takes the name shown; when the refusal moved the cursor back into the field from another
one, the name was no longer shown at all, so the right arrow took nothing.
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

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
        # Refused before ("a city or a country will do"): clocks 45 or 30 minutes off the hour.
        ("Nep", "Nepal", "Asia/Kathmandu"),
        ("Myanm", "Myanmar", "Asia/Yangon"),
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
    "typed,said",
    [
        ("Austra", "Australia has more than one time zone; name a city, like Sydney"),
        ("Americ", "America has more than one time zone; name a city, like New York"),
        ("Canad", "Canada has more than one time zone; name a city, like Toronto"),
    ],
)
async def test_a_country_of_several_zones_begun_is_offered_nothing(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
    typed: str,
    said: str,
) -> None:
    """Never one of its zones, nor the country: it was offered by name ("Austra", Australia),
    which the form then refused (a tester's walk), so the field offers nothing the form would
    refuse. Saving what was typed is refused naming two of its cities, with no word of the
    right arrow, which takes nothing."""
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
        assert zone._suggestion == ""
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form
        assert zone.value == typed
        assert is_on_screen(app, said)
        assert not is_on_screen(app, TAKE_IT)
        assert zone._suggestion == ""  # the refusal brings the cursor back: still nothing
        await pilot.press("right")
        await settle(pilot)
        assert zone.value == typed
    assert _interviews(paths) == before


async def test_one_of_its_zones_written_out_is_still_offered(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _on_rita(app, pilot, ids)
        zone = await _zone_field(app, pilot, ids["rita"])
        await pilot.press(*"Australia/Syd")
        await settle(pilot)
        assert zone._suggestion == "Australia/Sydney"
        await pilot.press("right", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _newest_zone(paths) == "Australia/Sydney"


async def test_the_refusal_of_a_name_begun_says_the_right_arrow_takes_it(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    before = _interviews(paths)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _on_rita(app, pilot, ids)
        zone = await _zone_field(app, pilot, ids["rita"])
        form = app.screen
        await pilot.press(*"chic")
        await settle(pilot)
        assert zone._suggestion == "Chicago"
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is form
        assert zone.value == "chic"
        said = f"'chic' is not a time zone; did you mean Chicago (America/Chicago)? {TAKE_IT}"
        assert is_on_screen(app, said)
        assert _interviews(paths) == before
        # A misspelling is offered nothing to take: no word of the right arrow.
        zone.value = ""
        await pilot.press(*"zurik", "enter")
        await settle(pilot)
        assert is_on_screen(app, "did you mean Europe/Zurich?")
        assert not is_on_screen(app, TAKE_IT)
        assert _interviews(paths) == before


async def test_a_refusal_that_brings_the_cursor_back_shows_the_name_to_take_again(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """ "chic" typed, then Tab on to the minutes and ctrl+s: the refusal puts the cursor back
    in the zone field, which shows Chicago again for the right arrow to take."""
    paths, ids = seeded
    _link_rita_to_acme(paths, ids)
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _on_rita(app, pilot, ids)
        zone = await _zone_field(app, pilot, ids["rita"])
        form = app.screen
        await pilot.press(*"chic", "tab")
        await settle(pilot)
        assert form.focused is form.query_one("#field-length_minutes", Input)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert app.screen is form
        assert form.focused is zone
        assert is_on_screen(app, TAKE_IT)
        assert zone._suggestion == "Chicago"
        await pilot.press("right")
        await settle(pilot)
        assert zone.value == "Chicago"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _newest_zone(paths) == "America/Chicago"


async def test_the_edit_form_says_the_right_arrow_takes_it_too(
    seeded: tuple[DataPaths, dict[str, int]],  # noqa: F811
) -> None:
    """`N` on the Pipeline, edit: the form that changes an interview refuses "Jap" in the same
    words, and saves Japan once the right arrow takes it."""
    from tests.test_interview_edits import _pick

    paths, ids = seeded
    app = BouncebackApp(paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await _pick(pilot, app, "2", ids["acme"], "edit")
        assert isinstance(app.screen, FormScreen)
        form = app.screen
        zone = form.query_one("#field-zone", Input)
        zone.focus()
        zone.value = ""
        await pilot.press(*"Jap", "enter")
        await settle(pilot)
        assert app.screen is form
        assert is_on_screen(app, f"did you mean Japan (Asia/Tokyo)? {TAKE_IT}")
        await pilot.press("right", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, FormScreen)
    assert _newest_zone(paths) == "Asia/Tokyo"
