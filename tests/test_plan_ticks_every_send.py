"""Every way an application gets sent ticks the plan's "Send the next application", through
one rule (`services/plan_ticks.sent_ticks`): only the Pipeline's add form did, so moving a
Saved lead on with `]`, saving it as Applied in the edit form, "save as new" and a CSV import
(`bounceback-tui import`) all left the step open (a fixer's walk, after the first morning's
fix). A lead saved without sending it ticks nothing, and `u` on a rejection saved with a date
applied takes that tick back with it.

Initech said no on the frozen today, 2026-03-16 (tests/people_fixtures.py); Hooli is a lead in
Saved, with no date applied."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.applications import ApplicationInput, RejectionInput
from bounceback_tui.domain.stages import Stage
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import pipeline_moves as moves
from bounceback_tui.services.applications import add_application_result, update_application
from bounceback_tui.services.save_again import add_again
from bounceback_tui.store.database import Database
from tests.conftest import FIXED_TODAY
from tests.people_fixtures import seed_people
from tests.pipeline_fixtures import rows
from tests.ui_harness import app_on, settle, toasts

NEXT = "Send the next application"


def _seed(paths: DataPaths) -> dict[str, int]:
    def lead(db: Database, ids: dict[str, int]) -> None:
        saved = add_application_result(
            db, ApplicationInput(company="Hooli", role="Engineer", stage=Stage.SAVED)
        )
        assert saved.ticked == () and saved.application.id is not None
        ids["hooli"] = saved.application.id

    return seed_people(paths, reached=Stage.APPLIED, people={}, more=lead)


def _next_done(paths: DataPaths) -> list[tuple[object, ...]]:
    return rows(paths.database, "SELECT done_at FROM recovery_step WHERE title = ?", NEXT)


def test_moving_a_lead_on_from_saved_ticks_the_step(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        moved = moves.move_stage(db, ids["hooli"], Stage.APPLIED)
        assert [t.title for t in moved.ticked] == [NEXT]
        assert _next_done(opened_paths) == [("2026-03-16 09:30:00.000000",)]
        # Sent already: moving it on again ticks nothing more.
        assert moves.move_stage(db, ids["hooli"], Stage.SCREENING).ticked == ()
    finally:
        db.dispose()


def test_the_edit_form_saving_a_lead_as_applied_ticks_the_step(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        sent = ApplicationInput(
            company="Hooli", role="Engineer", stage=Stage.APPLIED, date_applied=FIXED_TODAY
        )
        saved = update_application(db, ids["hooli"], sent)
        assert [t.title for t in saved.ticked] == [NEXT]
        assert _next_done(opened_paths) != [(None,)]
    finally:
        db.dispose()


def test_a_rejection_saved_with_its_date_applied_unticks_it_with_u(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        # Hooli, a lead, was sent today and said no at once: both typed in one save.
        sent_and_no = ApplicationInput(
            company="Hooli", role="Engineer", stage=Stage.REJECTED, date_applied=FIXED_TODAY
        )
        no = RejectionInput(rejected_on=FIXED_TODAY, stage_reached=Stage.APPLIED)
        saved = update_application(db, ids["hooli"], sent_and_no, no)
        assert [t.title for t in saved.ticked] == [NEXT]  # Initech's plan, not its own
        assert saved.receipt is not None
        moves.undo_rejection(db, saved.receipt)
        assert _next_done(opened_paths) == [(None,)]
    finally:
        db.dispose()


def test_save_as_new_ticks_the_step(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        copy = ApplicationInput(
            company="Lumen", role="Designer", stage=Stage.APPLIED, date_applied=FIXED_TODAY
        )
        saved = add_again(db, copy, None, ())
        assert [t.title for t in saved.ticked] == [NEXT]
        assert _next_done(opened_paths) != [(None,)]
    finally:
        db.dispose()


def test_a_lead_saved_without_sending_it_ticks_nothing(opened_paths: DataPaths) -> None:
    _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        lead = add_application_result(db, ApplicationInput(company="Lumen", role="Designer"))
        assert lead.ticked == ()
        assert _next_done(opened_paths) == [(None,)]
    finally:
        db.dispose()


@pytest.mark.parametrize(
    ("applied", "ticked"),
    [("2026-03-16", True), ("2026-03-10", False)],
    ids=["sent-on-the-day-of-the-no", "sent-before-it"],
)
def test_a_csv_import_of_an_application_sent_after_the_no_ticks_the_step(
    opened_paths: DataPaths,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    applied: str,
    ticked: bool,
) -> None:
    _seed(opened_paths)
    source = tmp_path / "tracker.csv"
    source.write_text(
        f"Company Name,Job Title,Status,Date Applied\nLumen,Designer,Applied,{applied}\n",
        encoding="utf-8",
    )
    capsys.readouterr()
    assert main(["import", str(source), "--yes"]) == 0
    said = capsys.readouterr().out
    assert (_next_done(opened_paths) != [(None,)]) is ticked
    said_ticked = f"Ticked “{NEXT}” in the plan for the no from Initech (Analyst)."
    assert (said_ticked in said) is ticked


async def test_bracket_on_a_lead_says_it_ticked_the_step(opened_paths: DataPaths) -> None:
    ids = _seed(opened_paths)
    async with app_on(opened_paths, "pipeline", size=(100, 30), notifications=True) as run:
        assert run.pane.select_item(ids["hooli"])
        await settle(run.pilot)
        await run.pilot.press("right_square_bracket")
        await settle(run.pilot, 4)
        assert rows(
            opened_paths.database, "SELECT stage FROM application WHERE id = ?", ids["hooli"]
        ) == [("applied",)]
        ticked = f"Ticked “{NEXT}” in the plan for the no from Initech (Analyst)."
        assert any(ticked in said for said in toasts(run.app)), toasts(run.app)
        assert _next_done(opened_paths) != [(None,)]


def test_the_day_it_was_sent_is_the_day_of_the_rule(opened_paths: DataPaths) -> None:
    # An application added as sent before the no, then moved on, was sent before it.
    _seed(opened_paths)
    db = Database(opened_paths.database)
    try:
        early = ApplicationInput(
            company="Lumen", role="Designer", stage=Stage.APPLIED, date_applied=date(2026, 3, 2)
        )
        added = add_application_result(db, early)
        assert added.ticked == ()
        assert added.application.id is not None
        assert moves.move_stage(db, added.application.id, Stage.SCREENING).ticked == ()
        assert _next_done(opened_paths) == [(None,)]
    finally:
        db.dispose()
