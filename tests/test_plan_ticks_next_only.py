"""An application sent ticks "Send the next application" only in the plans it is the next
application for: the noes with nothing sent since them, as Today's bounce-back counts it
(docs/metrics.md). A stranger with seven open plans saved one application and saw the step
ticked in all seven at once ("Ticked … in 7 plans."), among them noes answered weeks before
by applications sent after them, whose step had been left open. The toast now says which
plan was ticked, by its no, or how many and the latest.

The store, on the frozen Monday 2026-03-16: Bridge sent on 4 March; Acme's no of 2 March
written down after it (so Bridge was the next application after Acme's no, its step left
open); Globex's no on 10 March and Initech's on 12 March, nothing sent since either."""

from __future__ import annotations

from datetime import date

from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.applications import add_application_result
from bounceback_tui.store.database import Database
from tests.pipeline_fixtures import rows
from tests.ui_harness import app_on, fill, keep_toasts, settle, toasts

NEXT = "Send the next application"


def _no(db: Database, company: str, on: date) -> None:
    sent = ApplicationInput(
        company=company, role="Analyst", stage=Stage.REJECTED, date_applied=date(2026, 2, 20)
    )
    add_application_result(db, sent, RejectionInput(rejected_on=on, stage_reached=Stage.APPLIED))


def _seed(paths: DataPaths) -> None:
    db = Database(paths.database)
    try:
        bridge = ApplicationInput(
            company="Bridge", role="Analyst", stage=Stage.APPLIED, date_applied=date(2026, 3, 4)
        )
        add_application_result(db, bridge)
        _no(db, "Acme", date(2026, 3, 2))  # written down after Bridge was sent
        _no(db, "Globex", date(2026, 3, 10))
        _no(db, "Initech", date(2026, 3, 12))
    finally:
        db.dispose()


def _ticked(paths: DataPaths) -> list[str]:
    """The noes whose "Send the next application" is ticked."""
    found = rows(
        paths.database,
        "SELECT r.company FROM recovery_step s JOIN rejection r ON r.id = s.rejection_id "
        "WHERE s.title = ? AND s.done_at IS NOT NULL ORDER BY r.rejected_on",
        NEXT,
    )
    return [str(row[0]) for row in found]


def test_an_application_sent_ticks_only_the_plans_of_the_noes_since_the_last_one_sent(
    opened_paths: DataPaths,
) -> None:
    _seed(opened_paths)
    assert _ticked(opened_paths) == []
    db = Database(opened_paths.database)
    try:
        lumen = ApplicationInput(
            company="Lumen", role="Designer", stage=Stage.APPLIED, date_applied=date(2026, 3, 16)
        )
        result = add_application_result(db, lumen)
    finally:
        db.dispose()
    assert _ticked(opened_paths) == ["Globex", "Initech"]  # not Acme: Bridge answered it
    assert [tick.plan for tick in result.ticked] == ["Globex (Analyst)", "Initech (Analyst)"]


async def test_the_add_form_says_which_plans_it_ticked(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(100, 30), notifications=True) as run:
        await run.pilot.press("a")
        await settle(run.pilot)
        await fill(run.pilot, company="Lumen", role="Designer")
        await run.pilot.press("ctrl+s")
        await settle(run.pilot, 4)
        said = " ".join(toasts(run.app))
        assert (
            f"Ticked “{NEXT}” in 2 plans: the noes with nothing sent since, the latest from "
            "Initech (Analyst)." in said
        ), said
        assert _ticked(opened_paths) == ["Globex", "Initech"]


async def test_u_after_the_add_says_the_step_is_open_again_in_both_plans(
    opened_paths: DataPaths,
) -> None:
    """`u` said "“Send the next application” and 1 more in your plan are open again.": one
    step, reopened in two plans, read as two steps of one plan."""
    _seed(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(100, 30), notifications=True) as run:
        said = keep_toasts(run.app)
        await run.pilot.press("a")
        await settle(run.pilot)
        await fill(run.pilot, company="Lumen", role="Designer")
        await run.pilot.press("ctrl+s")
        await settle(run.pilot, 4)
        await run.pilot.press("u")
        await settle(run.pilot, 4)
        undone = [note for note in said if note.startswith("Taken back:")]
        assert undone == [
            f"Taken back: Lumen (Designer) is removed. “{NEXT}” is open again in 2 plans."
        ], said
        assert _ticked(opened_paths) == []
