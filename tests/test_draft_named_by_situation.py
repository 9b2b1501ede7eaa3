"""A Reframe draft with only its situation is named by it, one way everywhere.

A tester in a hard week began a thought record, wrote what happened and stopped: Today and
`bounceback-tui today` called it “untitled”, Reframe's list "(no thought yet)". It is now
named by the start of what they wrote, "about “…”", on Today, in `today`, in Reframe's list
and on the plan it belongs to, so they recognise it.
"""

from __future__ import annotations

import pytest

from bounceback_tui.cli import main
from bounceback_tui.domain.due import DueKind
from bounceback_tui.paths import DataPaths
from bounceback_tui.reframe.record import RecordDraft
from bounceback_tui.services import recovery_plans
from bounceback_tui.services.reframe import history, save_draft
from bounceback_tui.services.today import load_today
from bounceback_tui.store.database import Database
from bounceback_tui.ui.recovery.plan import links_text
from bounceback_tui.ui.reframe.history import cells
from tests.conftest import FIXED_TODAY
from tests.recovery_fixtures import add_rejection

SITUATION = "Call with the Acme recruiter went badly"
NAMED = "about “Call with the Acme recruiter went badly”"


def _draft(db: Database, rejection_id: int | None = None) -> None:
    save_draft(
        db,
        RecordDraft(rejection_id=rejection_id, situation=SITUATION, current_step=1),
    )


def test_today_names_it_by_its_situation(
    opened_paths: DataPaths, db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _draft(db)
    summary = load_today(opened_paths.database, FIXED_TODAY)
    titles = [item.title for item in summary.due if item.kind is DueKind.THOUGHT_DRAFT]
    assert titles == [f"Unfinished thought record {NAMED}"]
    assert main(["today", "--data-dir", str(opened_paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert f"Unfinished thought record {NAMED}" in out, out
    assert "untitled" not in out


def test_reframes_list_and_the_plan_name_it_the_same(db: Database) -> None:
    rid = add_rejection(db)
    _draft(db, rid)
    (row,) = history(db)
    assert cells(row)[1] == (NAMED, "dim")
    plan = recovery_plans.load_plan(db, rid)
    assert plan is not None
    assert f"Reframed: {NAMED} (draft)" in links_text(plan).plain


async def test_reframes_delete_names_it_the_same(opened_paths: DataPaths, db: Database) -> None:
    """Reframe's delete asked about, and said it deleted, "(no thought yet)"."""
    from bounceback_tui.ui.kit.confirm import ConfirmScreen
    from tests.screen_text import flat, screen_text
    from tests.ui_harness import app_on, keep_toasts, settle_workers

    _draft(db)
    async with app_on(opened_paths, "reframe", notifications=True) as run:
        await settle_workers(run.pilot)
        said = keep_toasts(run.app)
        await run.pilot.press("d")
        await run.pilot.pause()
        assert isinstance(run.app.screen, ConfirmScreen)
        asked = flat(screen_text(run.app))
        assert NAMED in asked and "no thought yet" not in asked, asked
        await run.pilot.press("y")
        await settle_workers(run.pilot)
        # A toast cuts a long name at a word: its start is what the person reads.
        assert any("Deleted the thought record about “Call with" in line for line in said), said
        await run.pilot.press("u")
        await settle_workers(run.pilot)
        assert any("The thought record about “Call with" in line for line in said), said
        assert not any("no thought yet" in line for line in said), said
