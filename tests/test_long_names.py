"""A person's long name in a sentence the app writes is clipped (``domain.text.clip_name``).

Today's next step read "Start your recovery plan for Initech Global Consulting and Holdings
Initech Global Consulting and Holdings Initech Global Consulting" at 80x24: the headline's
two lines ran out in the middle of the name, and the key that acts on it ("(n)") was never
shown. The name in the sentence is now cut to 32 cells with an ellipsis.
"""

from __future__ import annotations

from datetime import date

import pytest

from bounceback_tui.domain.applications import RejectionInput, validate_application
from bounceback_tui.domain.next_step import FreshRejection, StepFacts, choose_next_step
from bounceback_tui.domain.stages import Stage
from bounceback_tui.domain.text import clip_name
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.today.board import TodayBoard
from tests.conftest import FIXED_TODAY
from tests.ui_harness import settle_workers

LONG = ("Initech Global Consulting and Holdings " * 8)[:290].strip()
TODAY = date(2026, 12, 4)


def test_the_next_step_clips_a_long_company_name() -> None:
    step = choose_next_step(StepFacts(TODAY, True, fresh_untouched=FreshRejection(1, LONG, TODAY)))
    # Named as every sentence names an application: in full up to a dialog title's room
    # (56 cells), cut at a word's end; a line too narrow cuts it where it is drawn.
    assert step.title == (
        "Start your recovery plan for Initech Global Consulting and Holdings Initech Global…"
    )
    assert LONG not in step.reason


def test_clip_name_counts_cells_and_keeps_one_line() -> None:
    assert clip_name("Acme") == "Acme"
    assert clip_name("Acme\n  Corp\tLtd") == "Acme Corp Ltd"
    assert clip_name("x" * 40, 10) == "xxxxxxxxx…"
    # Wide characters take two cells each: four of them and the ellipsis fit in ten.
    assert clip_name("日本語の会社名です", 10) == "日本語の…"
    # Control characters are neutralised on the way.
    assert clip_name("A\x1b[2JB") == "A\ufffd[2JB"


@pytest.mark.parametrize("height", [24, 21])
async def test_todays_next_step_reason_wraps_where_it_has_room_else_ends_with_an_ellipsis(
    db: Database, opened_paths: DataPaths, height: int
) -> None:
    """The line under the next step's title (why it is next). At 80 columns "Globex
    Corporation said no today. You have done what your plan asks for now. Next, tomorrow:
    ..." ran out at "what your plan" with nothing to say it was cut; then it was cut with an
    ellipsis even where the rows under it stood empty (a new user's walk at 120x40). Where
    there is room it wraps and reads whole (80x24); where there is not, its one row ends
    in its fewer words (80x21)."""
    data = validate_application(
        {
            "company": "Globex Corporation",
            "role": "Engineer",
            "stage": "applied",
            "date_applied": "today",
        },
        FIXED_TODAY,
    )
    added = application_service.add_application(db, data).id or 0
    receipt = moves.mark_rejected(db, added, RejectionInput(FIXED_TODAY, Stage.INTERVIEWING))
    plan = plan_service.load_plan(db, receipt.rejection_id)
    assert plan is not None
    step_service.set_step_done(db, plan.steps[0].id, True)  # the day's step, done
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, height)) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        board = app.query_one("#today-body", TodayBoard)
        assert board.next_step is not None
        reason = board.next_step.plain.splitlines()[1]
        assert len(reason) > 80  # the case this test is about: it cannot fit one row
        rows = [
            "".join(segment.text for segment in strip)
            for strip in app.screen._compositor.render_strips()
        ]
        barred = [row.strip() for row in rows if row.lstrip().startswith("█")]
        assert barred[0].startswith("█ Next step:")
        shown = [row.removeprefix("█").strip() for row in barred[1:]]
        if height == 24:
            # 75 cells a row inside the bar and its padding: with the role, "tomorrow:" goes on.
            assert shown == [
                "Globex Corporation (Engineer) said no today. Today's steps are done: go",
                "easy on yourself until then.",
            ]
        else:
            # One row: the reason in its fewer words, whole (the title names the step,
            # tests/test_today_go_easy_names_its_step.py); it was cut at "…done. Next…".
            assert shown == ["Today's steps are done: go easy on yourself until then."]


async def test_todays_reason_on_one_row_says_the_days_steps_are_done_after_a_long_name(
    db: Database, opened_paths: DataPaths
) -> None:
    """A newcomer's walk: at 80 columns, the reason's one row after a long company's name
    read "… said no today. You have done what your pla…". The name is clipped to 32 cells;
    what follows it fits the row now."""
    data = validate_application(
        {"company": LONG, "role": "Engineer", "stage": "applied", "date_applied": "today"},
        FIXED_TODAY,
    )
    added = application_service.add_application(db, data).id or 0
    receipt = moves.mark_rejected(db, added, RejectionInput(FIXED_TODAY, Stage.INTERVIEWING))
    plan = plan_service.load_plan(db, receipt.rejection_id)
    assert plan is not None
    step_service.set_step_done(db, plan.steps[0].id, True)  # the day's step, done
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(80, 21)) as pilot:  # one row for the reason
        await settle_workers(pilot)
        await pilot.pause()
        rows = [
            "".join(segment.text for segment in strip)
            for strip in app.screen._compositor.render_strips()
        ]
    barred = [row.strip() for row in rows if row.lstrip().startswith("█")]
    assert len(barred) == 2  # the title, and the reason's one row
    # The reason's fewer words, whole on its one row: what the step is for reads whole
    # after any name (the title names the step: tests/test_today_go_easy_names_its_step.py).
    assert barred[1] == "█ Today's steps are done: go easy on yourself until then."


async def test_todays_next_step_title_too_long_keeps_its_key(
    db: Database, opened_paths: DataPaths
) -> None:
    """The title's line ends with the key that acts on it. Cut as one line, a title longer
    than the board lost "(n)" to the ellipsis (60 columns, or a long name at 80)."""
    data = validate_application({"company": LONG, "role": "Engineer"}, FIXED_TODAY)
    added = application_service.add_application(db, data).id or 0
    moves.mark_rejected(db, added, RejectionInput(FIXED_TODAY, Stage.INTERVIEWING))
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle_workers(pilot)
        await pilot.pause()
        rows = [
            "".join(segment.text for segment in strip)
            for strip in app.screen._compositor.render_strips()
        ]
        barred = [row.strip() for row in rows if row.lstrip().startswith("█")]
        title = barred[0].removeprefix("█").strip()
        assert title.startswith("Next step: Start your recovery plan for")
        assert title.endswith("…  (n)")
        assert len(rows[0]) == 60
