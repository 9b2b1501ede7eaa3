"""An interview's day is refused when it is far off, and one stored far off never crashes.

A stranger's walk (seventeenth round): an interview on 9999-12-31 at 23:59 in
Pacific/Pago_Pago (or 0001-01-01 00:30 in Asia/Tokyo) crashed the app on save
(OverflowError in the UTC instant: the form's typing lost); one saved on 9999-12-31 23:00 UTC
crashed the People pane, every time it opened, for anyone in a zone ahead of UTC, and the
Markdown export with it.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bounceback_tui import clock
from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import has_passed, in_zone, validate_interview, when_text
from bounceback_tui.domain.people import validate_contact
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews, people_edits
from bounceback_tui.services.applications import add_application
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_NOW, FIXED_TODAY
from tests.screen_text import screen_text
from tests.ui_harness import app_on
from tests.written_over import another_program_writes


@pytest.mark.parametrize(
    ("day", "at", "zone"),
    [
        ("9999-12-31", "23:59", "Pacific/Pago_Pago"),
        ("0001-01-01", "00:30", "Asia/Tokyo"),
        ("2040-01-01", "10:00", "UTC"),
        ("2000-06-01", "10:00", "UTC"),
    ],
)
def test_a_day_far_from_today_is_refused_on_the_date(day: str, at: str, zone: str) -> None:
    values = {"kind": "technical", "day": day, "at": at, "zone": zone}
    with pytest.raises(ValidationError) as refused:
        validate_interview(values, FIXED_TODAY)
    assert [e.field for e in refused.value.errors] == ["day"]
    assert "within ten years" in refused.value.errors[0].message


def test_days_within_ten_years_either_way_are_taken() -> None:
    for day in ("2016-03-17", "2036-03-15"):
        values = {"kind": "technical", "day": day, "at": "10:00", "zone": "UTC"}
        assert validate_interview(values, FIXED_TODAY).starts_at.date() == date.fromisoformat(day)


def test_an_instant_at_the_end_of_time_is_shown_not_raised() -> None:
    last = datetime(9999, 12, 31, 23, 0)
    tokyo = ZoneInfo("Asia/Tokyo")
    assert in_zone(last, tokyo).year == 9999  # shown as it is stored, in UTC
    assert "31 Dec" in when_text(last, "UTC", tokyo)
    assert not has_passed(last, 1440, datetime(2026, 3, 16, tzinfo=ZoneInfo("UTC")))


async def test_the_people_pane_opens_over_an_interview_stored_at_the_end_of_time(
    opened_paths: DataPaths, db: Database
) -> None:
    app_row = add_application(db, ApplicationInput(company="Initech", role="Analyst"))
    assert app_row.id is not None
    rita = people_edits.add_contact(db, validate_contact({"name": "Rita"}, FIXED_TODAY))
    values = {"kind": "technical", "day": "2026-03-20", "at": "14:00", "zone": "UTC"}
    interview_id = interviews.add_interview(
        db, app_row.id, validate_interview(values, FIXED_TODAY), (rita,)
    )
    # As a store saved before the check (or a hand-edited import) holds it.
    another_program_writes(
        opened_paths,
        "UPDATE interview SET starts_at = '9999-12-31 23:00:00.000000', "
        "length_minutes = 1440 WHERE id = ?",
        (interview_id,),
    )
    clock.freeze(FIXED_NOW, tz="Asia/Tokyo")
    async with app_on(opened_paths, "people") as (app, pilot, _pane):
        await pilot.pause()
        assert "Rita" in screen_text(app)
        assert app.focused is not None


def test_a_day_in_another_year_says_its_year() -> None:
    # "Sun 7 Nov 05:30" for a day almost two years away read as this November's.
    utc = ZoneInfo("UTC")
    assert when_text(datetime(2027, 11, 7, 5, 30), "UTC", utc, FIXED_TODAY) == (
        "Sun 7 Nov 2027 05:30"
    )
    assert when_text(datetime(2026, 3, 17, 14, 30), "UTC", utc, FIXED_TODAY) == ("Tue 17 Mar 14:30")
