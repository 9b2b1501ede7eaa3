"""Date fields that take no later day offer only past forms, and an empty one says so plainly.

Recovery's no form (`n`) offered "YYYY-MM-DD, today, -3d, +1w, fri" in its date field, which
refuses +1w; left empty it said "The day of the no: Enter a date: …" (two colons, and a name
the field does not have: it is labelled "Date of the no").
"""

from __future__ import annotations

from datetime import date

import pytest
from textual.widgets import Input

from bounceback_tui.domain.dates import record_day
from bounceback_tui.domain.recovery_forms import validate_rejection
from bounceback_tui.errors import FieldError, ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from bounceback_tui.ui.people.forms import interaction_fields
from bounceback_tui.ui.pipeline.application_form import fields_with
from tests.screen_text import is_on_screen
from tests.ui_harness import app_on, fill, settle

PAST_ONLY = "YYYY-MM-DD, today, -3d, last fri"
TODAY = date(2026, 12, 6)


async def test_recovery_no_form_offers_past_forms_and_names_an_empty_date_plainly(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "recovery") as (app, pilot, _pane):
        await pilot.press("n")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        field = app.screen.query_one("#field-rejected_on", Input)
        assert field.placeholder == PAST_ONLY
        await fill(pilot, company="Lumen Health", role="Data Analyst", rejected_on="")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)  # refused, nothing saved
        assert is_on_screen(app, "Date of the no is empty; enter a day, like")
    with pytest.raises(ValidationError) as caught:
        validate_rejection({"company": "Lumen", "role": "Analyst", "rejected_on": ""}, TODAY)
    assert caught.value.for_field("rejected_on") == (
        "Date of the no is empty; enter a day, like YYYY-MM-DD, today, -3d, last fri."
    )


def test_an_empty_required_day_that_may_be_later_names_the_usual_forms() -> None:
    errors: list[FieldError] = []
    assert record_day({"day": "  "}, "day", "Date", TODAY, errors, required=True) is None
    assert [e.message for e in errors] == [
        "Date is empty; enter a day, like YYYY-MM-DD, today, -3d, +1w, fri."
    ]


def test_every_past_only_date_field_offers_past_forms() -> None:
    placeholders = {spec.name: spec.placeholder for spec in fields_with({})}
    assert placeholders["date_applied"] == PAST_ONLY
    assert placeholders["next_follow_up"] == "YYYY-MM-DD, today, -3d, +1w, fri"
    people = {spec.name: spec.placeholder for spec in interaction_fields([])}
    assert people["happened_on"] == PAST_ONLY
