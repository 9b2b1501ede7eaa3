"""A no today, its first step ticked: Today's next step said "Go easy on yourself today (n)",
and `n` opened Recovery on another step ("Keep the bridge intact…", due tomorrow), one the
line named only in its reason, which at 80x24 (a "How did it go?" line and the coming
interview above the due list) was cut at "Today's steps are done…" (a new user's walk).

The line now names the step `n` opens, with its day, and its reason fits its row."""

from __future__ import annotations

from datetime import timedelta

from bounceback_tui.domain.applications import RejectionInput, validate_application
from bounceback_tui.domain.interviews import validate_interview
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import applications as application_service
from bounceback_tui.services import interviews
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services import recovery_plans as plan_service
from bounceback_tui.services import recovery_steps as step_service
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.pipeline_fixtures import put
from tests.screen_text import screen_lines
from tests.ui_harness import app_on, settle_workers


def _walk_store(paths: DataPaths) -> tuple[int, str]:
    """The walk's Today; returns the id and title of the plan's first open step."""
    db = Database(paths.database)
    try:
        values = {"company": "Northwind Traders", "role": "Platform Engineer"}
        data = validate_application(
            {**values, "stage": "applied", "date_applied": "today"}, FIXED_TODAY
        )
        northwind = application_service.add_application(db, data).id or 0
        no = moves.mark_rejected(db, northwind, RejectionInput(FIXED_TODAY, Stage.INTERVIEWING))
        plan = plan_service.load_plan(db, no.rejection_id)
        assert plan is not None
        step_service.set_step_done(db, plan.steps[0].id, True)
        month = FIXED_TODAY - timedelta(days=30)
        fabrikam = put(db, "Fabrikam", [("applied", month)], date_applied=month)
        for kind, day in (("onsite", "2026-03-18"), ("technical", "2026-03-15")):
            at = {"kind": kind, "day": day, "at": "10:00", "zone": "Europe/London"}
            interviews.add_interview(db, fabrikam, validate_interview(at, FIXED_TODAY))
        return plan.steps[1].id, plan.steps[1].title
    finally:
        db.dispose()


async def test_the_next_step_names_the_step_n_opens_and_its_reason_fits(
    opened_paths: DataPaths,
) -> None:
    step_id, step = _walk_store(opened_paths)
    async with app_on(opened_paths, size=(80, 24)) as (app, pilot, _pane):
        await settle_workers(pilot)
        lines = screen_lines(app)
        (top,) = [n for n, line in enumerate(lines) if "Next step:" in line]
        assert step in lines[top], lines[top]  # the step itself, by its words
        assert "How did it go?" in "\n".join(lines[top:])  # the walk's rows above the box
        said = []  # the reason's rows: up to the "How did it go?" line
        for line in lines[top + 1 :]:
            if "How did it go?" in line or "█" not in line:
                break
            said.append(line.replace("█", "").strip())
        reason = " ".join(said)
        assert "…" not in reason, said  # whole, wrapped or in its fewer words
        assert reason.endswith("Today's steps are done: go easy on yourself until then."), said
        await pilot.press("n")
        await settle_workers(pilot)
        pane = app.current_pane
        assert pane.id == "recovery"
        assert pane.step_list.highlighted_step_id == step_id  # type: ignore[attr-defined]
