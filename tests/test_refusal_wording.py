"""Refusals in one voice (a newcomer's walk; every sentence here is written out by hand).

- The follow-up form (`f`) put "Follow up on: " before two of its refusals ("[b]",
  "2026-02-30") and not before the third ("-2d": "The follow-up is before the date applied
  …", without the day "-2d" was read as). None has a name before it now, under the field
  they are about, and "-2d" says which day it was.
- The interview's Video link, refused, gave a job posting's address as its example.
- A day typed as a word or an offset, refused, was joined to its reason by a comma: "+1d was
  read as Tue 17 Mar 2026, that date is in the future; use the day the no came." Two
  sentences now, in every form that says how a day was read (``domain.dates.say_how_read``).
"""

from __future__ import annotations

import pytest

from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.recovery_forms import validate_rejection
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import D, put
from tests.ui_harness import app_on, fill, settle


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "-3d",
            "-3d was read as Fri 13 Mar 2026. The follow-up is before the date applied "
            "(2026-03-14); pick that day or later.",
        ),
        (
            "2026-03-13",
            "The follow-up is before the date applied (2026-03-14); pick that day or later.",
        ),
        ("2026-02-30", "'2026-02-30' is not a real calendar date."),
        (
            "[b]",
            "Could not read '[b]' as a date; use YYYY-MM-DD, today, yesterday, tomorrow, an "
            "offset like -3d or +1w, or a weekday: fri (the next one after today) or last fri.",
        ),
    ],
)
async def test_the_follow_up_forms_refusals_read_alike(
    opened_paths: DataPaths, db: Database, typed: str, said: str
) -> None:
    app_id = put(db, "Initech", [("applied", D(2026, 3, 14))], date_applied=D(2026, 3, 14))
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        assert pane.select_item(app_id)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, next_follow_up=typed)
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        error = str(app.screen.query_one("#error-next_follow_up").render())
    assert error == said


def test_the_video_links_refusal_gives_a_meetings_address() -> None:
    values = {"kind": "video", "day": "2026-03-20", "at": "10:00", "zone": "Europe/Berlin"}
    with pytest.raises(ValidationError) as refused:
        validate_interview({**values, "link": "the usual room"}, FIXED_TODAY)
    assert refused.value.for_field("link") == (
        "The link must be a web address like https://meet.example.com/abc-defg-hij."
    )


def test_a_refused_day_says_how_it_was_read_in_a_sentence_of_its_own() -> None:
    values = {"company": "Initech", "role": "Engineer", "rejected_on": "+1d"}
    with pytest.raises(ValidationError) as refused:
        validate_rejection(values, FIXED_TODAY)
    assert refused.value.for_field("rejected_on") == (
        "+1d was read as Tue 17 Mar 2026. That date is in the future; use the day the no came."
    )
