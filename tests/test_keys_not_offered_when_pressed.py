"""A key the pane did not offer when it was pressed does not act once the pane offers it.

A stranger's walk on Today: `h`, pressed before Today listed an interview (no "How did it
go?" line, no `h` on the key bar), opened "How did it go at …?" seconds later, once the
interviews had been read in a thread; and the `2` pressed after it, meant to go to the
Pipeline, was typed into the dialog's first field. Keys wait in the app's line while the
one before them is on its way (ui/kit/keys_in_order.py); the read arrived meanwhile.

Here Today starts with no interview; another window then schedules one that ended this
morning. Down, `h` and `2` come in one burst, and the interviews' read (Today's thread
read, as after a save) arrives after the `h`, before the `2`. The `h` says what it says
with no interview to ask about, and the `2` goes to the Pipeline. A form opened by a key
that was valid still takes the keys typed after it (tests/test_type_ahead.py).

The clock is Monday 2026-03-16 09:30, Europe/London (tests/conftest.py).
"""

from __future__ import annotations

from datetime import date

from textual import events

from bounceback_tui.domain.applications import ApplicationInput
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import interviews
from bounceback_tui.services.applications import add_application
from bounceback_tui.services.today_people import load_people_today
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, keep_toasts, settle


def _one_application(paths: DataPaths) -> int:
    db = Database(paths.database)
    try:
        app = add_application(
            db,
            ApplicationInput(
                company="Harbor Freight",
                role="Engineer",
                stage=Stage.INTERVIEWING,
                date_applied=date(2026, 3, 2),
                next_follow_up=date(2026, 3, 10),
            ),
        )
        assert app.id
        return app.id
    finally:
        db.dispose()


def _interview_this_morning(paths: DataPaths, app_id: int) -> None:
    db = Database(paths.database)
    try:
        values = {"kind": "phone_screen", "day": "2026-03-16", "at": "08:00"}
        interviews.add_interview(
            db, app_id, validate_interview({**values, "zone": "Europe/London"}, FIXED_TODAY)
        )
    finally:
        db.dispose()


async def test_h_pressed_before_the_interviews_came_does_not_open_how_did_it_go(
    opened_paths: DataPaths,
) -> None:
    app_id = _one_application(opened_paths)
    async with app_on(opened_paths) as (app, pilot, _pane):
        pane = app.current_pane
        assert pane.id == "today"
        assert "How did it go?" not in str(app.screen.query_one("KeyBar").render())
        said = keep_toasts(app)
        _interview_this_morning(opened_paths, app_id)  # another window
        people = load_people_today(opened_paths.database)
        assert people.awaiting
        app.post_message(events.Key("down", None))
        app.post_message(events.Key("h", "h"))
        # What Today's thread read calls with what it read (it showed it at once before).
        arrived = getattr(pane, "_people_arrived", None) or pane._show_people  # type: ignore[attr-defined]  # Today's own
        app.call_later(arrived, people)
        app.post_message(events.Key("2", "2"))
        await settle(pilot, 6)
        assert len(app.screen_stack) == 1, app.screen  # no "How did it go at …?"
        assert app.current_pane.id == "pipeline"
        assert any("No interview to ask about yet" in text for text in said), said
