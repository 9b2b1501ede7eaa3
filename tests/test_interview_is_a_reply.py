"""An interview booked for an application is the company's reply: the application is not
quiet, on Today, in the palette, in `bounceback-tui today` and in the Pipeline alike, and
its follow-up for a day up to the interview's is done.

An application sent 43 days ago, its interview scheduled with the Pipeline's `I` (which
leaves it in Applied), was still asked "No word from Globex (Analyst): ghosted?" on Today and
by `today`, counted quiet in the Pipeline's header, and the palette offered "Review quiet
applications" for it. Today is Monday 16 March 2026 (tests/conftest.py); "ghost after" is
the default 21 days.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bounceback_tui import clock
from bounceback_tui.cli import main
from bounceback_tui.domain.due import DueKind
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.added import Added
from bounceback_tui.services.interviews import add_interview, add_interview_undoable
from bounceback_tui.services.pipeline_rows import any_quiet, load_rows
from bounceback_tui.services.take_back import take_back
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from tests.conftest import FIXED_TODAY
from tests.helpers import usual_keys
from tests.palette_fixtures_ui import search
from tests.pipeline_fixtures import add, put
from tests.screen_text import screen_text


def _globex_interviewing(db: Database, day: str) -> None:
    """Globex, sent 43 days ago and still in Applied, its interview on ``day``."""
    application = add(db, "Globex", "Analyst", date_applied="2026-02-01")
    data = validate_interview(
        {"kind": "technical", "day": day, "at": "14:00", "zone": "Europe/London"}, clock.today()
    )
    add_interview(db, application, data)


@pytest.mark.parametrize("day", ["2026-03-20", "2026-03-02"], ids=["ahead", "held"])
def test_the_pipeline_and_today_do_not_call_it_quiet(db: Database, day: str) -> None:
    _globex_interviewing(db, day)
    rows = load_rows(db, FIXED_TODAY)
    assert rows.quiet_count == 0
    assert not any_quiet(db, FIXED_TODAY)
    titles = [item.title for item in load_today(db.path, FIXED_TODAY).due]
    assert not any("ghosted?" in title for title in titles), titles


def test_the_today_command_does_not_ask_ghosted(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _globex_interviewing(db, "2026-03-20")
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "ghosted?" not in out, out


async def test_todays_pane_and_the_palette_agree(opened_paths: DataPaths, db: Database) -> None:
    _globex_interviewing(db, "2026-03-20")
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        results = await search(app, pilot, "quiet")
        assert [line.split(" | ")[0] for line in results] == ["Quit"]
        await pilot.press("escape")
        await pilot.pause()
        assert "ghosted?" not in screen_text(app)


def test_one_without_an_interview_is_still_quiet(db: Database) -> None:
    """The rule's other side: sent 43 days ago, nothing booked, it is asked about."""
    add(db, "Initech", "Analyst", date_applied="2026-02-01")
    assert load_rows(db, FIXED_TODAY).quiet_count == 1
    assert any_quiet(db, FIXED_TODAY)
    titles = [item.title for item in load_today(db.path, FIXED_TODAY).due]
    assert "No word from Initech (Analyst): ghosted?" in titles, titles


# A follow-up is "they have not answered": an interview booked answers one set for a day up
# to the interview's. Hooli's, four days late, stayed "Follow up with Hooli (Engineer)" on
# Today and in `today` beside its interview booked.


def _hooli_late(db: Database) -> int:
    day = FIXED_TODAY - timedelta(days=30)
    return put(db, "Hooli", [("applied", day)], date_applied=day, next_follow_up=_on(-4))


def _on(days: int) -> date:
    return FIXED_TODAY + timedelta(days=days)


def _book(db: Database, application: int, day: date) -> Added:
    data = validate_interview(
        {"kind": "technical", "day": day.isoformat(), "at": "14:00", "zone": "Europe/London"},
        clock.today(),
    )
    return add_interview_undoable(db, application, data)


def _follow_ups(db: Database) -> list[str]:
    due = load_today(db.path, FIXED_TODAY).due
    return [item.title for item in due if item.kind is DueKind.FOLLOW_UP]


def test_booking_an_interview_settles_the_follow_up_and_u_puts_it_back(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    hooli = _hooli_late(db)
    assert _follow_ups(db) == ["Follow up with Hooli (Engineer)"]
    added = _book(db, hooli, _on(4))
    assert _follow_ups(db) == []
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    assert "Hooli" not in capsys.readouterr().out.split("Interviews in the next 7 days")[0]
    (row,) = load_rows(db, FIXED_TODAY).rows
    assert row.next_follow_up is None and not row.quiet
    take_back(db, added, usual_keys)
    assert _follow_ups(db) == ["Follow up with Hooli (Engineer)"]


def test_a_follow_up_after_the_interview_s_day_stays(db: Database) -> None:
    """Set for after the interview (to ask how it went), it is the person's own for then."""
    day = FIXED_TODAY - timedelta(days=30)
    hooli = put(db, "Hooli", [("applied", day)], date_applied=day, next_follow_up=_on(9))
    _book(db, hooli, _on(4))
    (row,) = load_rows(db, FIXED_TODAY).rows
    assert row.next_follow_up == _on(9)


async def test_the_pipeline_s_i_says_the_follow_up_is_done_and_u_brings_it_back(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.ui.kit.focus import focus_problem
    from tests.ui_harness import app_on, fill, keep_toasts, settle

    hooli = _hooli_late(db)
    async with app_on(opened_paths, "pipeline", size=(120, 40)) as (app, pilot, pane):
        said = keep_toasts(app)
        assert pane.select_item(hooli)
        await settle(pilot)
        await pilot.press("I")
        await settle(pilot)
        await fill(pilot, kind="technical", day="2026-03-20", at="15:00")
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert said[-1] == (
            "Interview saved. It is on Today and in the calendar export. They answered: its "
            "follow-up is done. u takes it away."
        ), said
        assert _follow_ups(db) == []
        assert focus_problem(app) is None
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == (
            "Taken back: the Technical interview with Hooli (Engineer) is removed. Your "
            "follow-up with Hooli (Engineer) is back on 12 Mar."
        ), said
        assert _follow_ups(db) == ["Follow up with Hooli (Engineer)"]
        assert focus_problem(app) is None
