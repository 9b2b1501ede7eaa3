"""A no moved to a later day (Recovery's `e`) with steps of its plan ticked before that day.

The twenty-fifth round left it (docs/testing.md, "Left alone"): the no moved, and its steps
stayed ticked on days before it came, which cannot be. The form now asks before saving
("2 steps of this plan were ticked before 15 Mar."): keep them ticked, dated the no's new day,
or keep editing. Nothing moves without the yes; the service refuses the move on its own,
saying why, and changes nothing. One transaction, compare-and-set as the form does.

Acme's no is on 12 March; ``tick_first`` ticks its first steps on 14 March at 20:00
(tests/recovery_fixtures.py). Today is Monday 16 March 2026.
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from bounceback_tui.domain.recovery_forms import validate_rejection
from bounceback_tui.errors import ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import recovery as recovery_service
from bounceback_tui.services import recovery_edits as edit_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection, rejection, steps_of, tick_first
from tests.ui_harness import app_on, fill, keep_toasts, settle

TICKED = datetime(2026, 3, 14, 20, 0)


def _acme(day: str) -> dict[str, str]:
    return {
        "company": "Acme",
        "role": "Engineer",
        "rejected_on": day,
        "stage_reached": "interviewing",
        "reason": "",
    }


def _ticks(db: Database, rejection_id: int) -> list[datetime | None]:
    return [step.done_at for step in steps_of(db, rejection_id)][:3]


def test_the_service_refuses_the_move_without_the_yes(db: Database) -> None:
    acme = add_rejection(db)
    tick_first(db, acme, 2)
    data = validate_rejection(_acme("2026-03-15"), FIXED_TODAY)
    with pytest.raises(ValidationError) as refused:
        edit_service.update_rejection(db, acme, data)
    assert refused.value.for_field("rejected_on") == (
        "2 steps of its plan were ticked before 15 Mar, and a step is not done before its no "
        "came. Choose 14 Mar or earlier, or keep them ticked on the new day."
    )
    found = rejection(db, acme)
    assert found is not None and found.rejected_on == date(2026, 3, 12)
    assert _ticks(db, acme) == [TICKED, TICKED, None]


def test_with_the_yes_the_ticks_take_the_nos_new_day(db: Database) -> None:
    acme = add_rejection(db)
    tick_first(db, acme, 2)
    read = recovery_service.get_rejection(db, acme)
    assert read is not None
    data = validate_rejection(_acme("2026-03-15"), FIXED_TODAY)
    corrected = edit_service.correct_rejection(
        db, acme, data, expected_version=read.version, move_ticks=True
    )
    assert (corrected.ticks_moved, corrected.rejection.rejected_on) == (2, date(2026, 3, 15))
    assert _ticks(db, acme) == [datetime(2026, 3, 15, 20, 0)] * 2 + [None]


def test_a_day_on_or_before_the_first_tick_moves_none(db: Database) -> None:
    acme = add_rejection(db)
    tick_first(db, acme, 2)
    assert edit_service.ticks_before_move(db, acme, date(2026, 3, 14)).steps == 0
    data = validate_rejection(_acme("2026-03-14"), FIXED_TODAY)
    assert edit_service.update_rejection(db, acme, data).rejected_on == date(2026, 3, 14)
    assert _ticks(db, acme) == [TICKED, TICKED, None]


async def test_the_form_asks_before_moving_the_ticks(opened_paths: DataPaths) -> None:
    db = Database(opened_paths.database)
    try:
        acme = add_rejection(db)
        tick_first(db, acme, 2)
    finally:
        db.dispose()
    async with app_on(opened_paths, "recovery") as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(acme)
        await pilot.press("e")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen)
        await fill(pilot, rejected_on="2026-03-15")
        await pilot.press("ctrl+s")
        await settle(pilot)
        asked = app.screen
        assert isinstance(asked, ConfirmScreen)
        assert asked.question.plain == "2 steps of this plan were ticked before 15 Mar."
        assert asked.detail.plain == (
            "A step is not done before its no came, so moving the no to 15 Mar keeps them "
            "ticked, dated 15 Mar. To keep their days instead, keep editing and choose 14 Mar "
            "or earlier."
        )
        assert focus_problem(app) is None
        await pilot.press("n")  # keep editing: nothing saved, the form as typed
        await settle(pilot)
        assert app.screen is form
        assert form.values()["rejected_on"] == "2026-03-15"
        assert focus_problem(app) is None
        db = Database(opened_paths.database)
        try:
            found = rejection(db, acme)
            assert found is not None and found.rejected_on == date(2026, 3, 12)
            assert _ticks(db, acme) == [TICKED, TICKED, None]
        finally:
            db.dispose()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot, 3)
        assert not isinstance(app.screen, (FormScreen, ConfirmScreen))
        assert focus_problem(app) is None
    assert "Saved. 2 ticked steps are dated 15 Mar now, the no's new day." in said
    db = Database(opened_paths.database)
    try:
        found = rejection(db, acme)
        assert found is not None and found.rejected_on == date(2026, 3, 15)
        assert _ticks(db, acme) == [datetime(2026, 3, 15, 20, 0)] * 2 + [None]
    finally:
        db.dispose()
