"""A thank-you's tick on "Keep the bridge intact" goes when its log line goes: the line
deleted on People (`I`, `d`) left the step ticked for a thank-you no longer in the log (the
twenty-fourth round's left-alone list). Now the delete takes back the tick the line made, and
`u` puts both back; a tick the person made by hand, or ticked again since, stays.

Initech said no on the frozen today, 2026-03-16 (tests/people_fixtures.py); Rita the
recruiter is linked to it."""

from __future__ import annotations

from datetime import date, datetime

from bounceback_tui import clock
from bounceback_tui.domain.people import InteractionInput, InteractionKind
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_log
from bounceback_tui.services.recovery_steps import set_step_done
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from tests.conftest import FIXED_TODAY, FIXED_ZONE
from tests.people_fixtures import seed_people
from tests.pipeline_fixtures import rows
from tests.screen_text import is_on_screen
from tests.ui_harness import app_on, settle, toasts

BRIDGE = "Keep the bridge intact: send a gracious reply"
RITA = {"name": "Rita Okoye", "kind": "recruiter", "email": "rita@initech.example"}
THANKS = "Sent a gracious reply thanking her for her time"


def _seed(paths: DataPaths) -> dict[str, int]:
    return seed_people(paths, reached=Stage.INTERVIEWING, people={"rita": (RITA, ("initech",))})


def _bridge(paths: DataPaths) -> list[tuple[object, ...]]:
    return rows(paths.database, "SELECT id, done_at FROM recovery_step WHERE title = ?", BRIDGE)


def _thanks(on: date = FIXED_TODAY) -> InteractionInput:
    return InteractionInput(InteractionKind.SENT, on, THANKS)


def test_deleting_the_thank_you_unticks_its_step_and_u_ticks_it_again(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        logged = people_log.log_interaction(db, _thanks(), contact_id=ids["rita"])
        assert logged.ticked_step == BRIDGE
        [(step_id, done_at)] = _bridge(opened_paths)
        assert done_at == "2026-03-16 09:30:00.000000"
        assert people_log.tick_of_line(db, logged.id) == BRIDGE

        deleted = people_log.delete_interaction(db, logged.id)
        assert [t.title for t in deleted.unticked] == [BRIDGE]
        assert _bridge(opened_paths) == [(step_id, None)]

        people_log.restore_interaction(db, deleted)
        assert _bridge(opened_paths) == [(step_id, "2026-03-16 09:30:00.000000")]
        assert rows(opened_paths.database, "SELECT note FROM interaction") == [(THANKS,)]
    finally:
        db.dispose()


def test_a_thank_you_dated_days_after_the_no_is_found_by_its_own_moment(
    opened_paths: DataPaths,
) -> None:
    # Logged the next morning about the day before: its tick is dated that day.
    ids = _seed(opened_paths)
    clock.freeze(datetime(2026, 3, 18, 8, 5), tz=FIXED_ZONE)
    db = Database(opened_paths.database)
    try:
        line = InteractionInput(InteractionKind.THANK_YOU_SENT, date(2026, 3, 17), "")
        logged = people_log.log_interaction(db, line, application_id=ids["initech"])
        assert logged.ticked_step == BRIDGE
        assert _bridge(opened_paths)[0][1] == "2026-03-17 08:05:00.000000"
        people_log.delete_interaction(db, logged.id)
        assert _bridge(opened_paths)[0][1] is None
    finally:
        db.dispose()


def test_a_tick_made_by_hand_stays_when_a_thank_you_goes(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        [(step_id, _)] = _bridge(opened_paths)
        set_step_done(db, step_id, True)  # ticked in Recovery at 09:30
        clock.freeze(datetime(2026, 3, 16, 9, 41), tz=FIXED_ZONE)
        logged = people_log.log_interaction(db, _thanks(), contact_id=ids["rita"])
        assert logged.ticked_step is None  # ticked already: the line made no tick
        assert people_log.tick_of_line(db, logged.id) is None
        deleted = people_log.delete_interaction(db, logged.id)
        assert deleted.unticked == ()
        assert _bridge(opened_paths) == [(step_id, "2026-03-16 09:30:00.000000")]
    finally:
        db.dispose()


def test_a_tick_made_again_by_hand_since_stays(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        logged = people_log.log_interaction(db, _thanks(), contact_id=ids["rita"])
        [(step_id, _)] = _bridge(opened_paths)
        clock.freeze(datetime(2026, 3, 16, 11, 0), tz=FIXED_ZONE)
        set_step_done(db, step_id, False)
        set_step_done(db, step_id, True)  # the person's own tick now, at 11:00
        people_log.delete_interaction(db, logged.id)
        assert _bridge(opened_paths) == [(step_id, "2026-03-16 11:00:00.000000")]
    finally:
        db.dispose()


async def test_people_says_the_tick_goes_with_the_line_and_comes_back_with_u(
    opened_paths: DataPaths,
) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        people_log.log_interaction(db, _thanks(), contact_id=ids["rita"])
    finally:
        db.dispose()
    async with app_on(opened_paths, "people", size=(100, 30), notifications=True) as run:
        assert run.pane.select_item(ids["rita"])
        await settle(run.pilot)
        await run.pilot.press("I")
        await settle(run.pilot)
        if not isinstance(run.app.screen, ConfirmScreen):  # one line: straight to e or d
            await run.pilot.press("d")
            await settle(run.pilot)
        assert isinstance(run.app.screen, ConfirmScreen)
        assert is_on_screen(run.app, "unticked too")
        await run.pilot.press("y")
        await settle(run.pilot)
        assert _bridge(opened_paths)[0][1] is None
        assert any(
            "“Keep the bridge intact" in said and "is open again" in said
            for said in toasts(run.app)
        )
        await run.pilot.press("u")
        await settle(run.pilot)
        assert _bridge(opened_paths)[0][1] == "2026-03-16 09:30:00.000000"
        assert any("is ticked again" in said for said in toasts(run.app))
