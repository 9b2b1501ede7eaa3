"""Enter on the add form writes the draft waiting for its pause; a refused save keeps it.

The draft of a new application is kept a moment after each pause in typing. Enter pressed
inside that moment threw the waiting write away: when the save was then refused (a date
the form cannot read), the last typing was kept nowhere until the next key, and the app
dying then lost it. The draft is the window's scratch (store/watch.py): a long Pipeline
being read meanwhile is not read again for it, as if another window had written (writing
the draft at Enter once did that, and a held read was waited for for ever).
"""

from __future__ import annotations

import threading

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.application_draft import keep_draft, read_draft
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.store.watch import StoreWatch
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.pipeline import add_draft
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.pipeline.pane import PipelinePane
from tests.test_pipeline_read_overtaken import _until
from tests.test_pipeline_read_thread import gated_read
from tests.ui_harness import app_on, fill, settle_workers

__all__ = ["gated_read"]  # the fixture, shared with test_pipeline_read_thread


async def _refused_enter(pilot: object) -> None:
    """`a`, a company and role typed with a date the form cannot read, Enter inside the
    draft's pause."""
    await pilot.press("a")  # type: ignore[attr-defined]
    await _until(pilot, lambda: isinstance(pilot.app.screen, ApplicationFormScreen))  # type: ignore[attr-defined]
    await fill(pilot, company="Acme", role="Analyst", date_applied="someday")
    await pilot.press("enter")  # type: ignore[attr-defined]


async def test_a_refused_enter_keeps_the_typing_as_the_draft(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(add_draft, "DRAFT_DELAY", 3600.0)  # Enter comes inside the pause
    async with app_on(opened_paths, "pipeline") as run:
        await settle_workers(run.pilot)
        await _refused_enter(run.pilot)
        await settle_workers(run.pilot)
        assert isinstance(run.app.screen, ApplicationFormScreen)  # refused: still typing
        assert run.app.focused is not None
        draft = read_draft(db)
        assert draft is not None
        assert (draft.company, draft.role) == ("Acme", "Analyst")
        assert draft.fields.get("date_applied") == "someday"


async def test_the_draft_kept_at_enter_does_not_read_a_long_pipeline_again(
    opened_paths: DataPaths, gated_read: threading.Semaphore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(add_draft, "DRAFT_DELAY", 3600.0)
    reads: list[int] = gated_read.reads  # type: ignore[attr-defined]
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.press("2")
        await pilot.pause()
        pane = app.query_one(PipelinePane)
        await _until(pilot, lambda: bool(reads))  # the first read, held
        await _refused_enter(pilot)
        await _until(pilot, lambda: read_draft(app.db) is not None)  # kept at Enter
        for _ in range(3):  # enough for any read asked for, so nothing is left waiting
            gated_read.release()
        await _until(pilot, lambda: bool(pane.rows))
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert len(pane.rows) == 8
        assert isinstance(app.screen, ApplicationFormScreen) and app.focused is not None
        assert reads == [8]  # read once: the draft is no change to the applications


def test_a_draft_written_is_this_windows_own_and_no_panes_action(
    opened_paths: DataPaths,
) -> None:
    db = Database(opened_paths.database)
    watch = StoreWatch(opened_paths.database)
    db.watch = watch
    try:
        seen = watch.version()
        assert keep_draft(db, "form-1", {"company": "Acme"})
        drafted = watch.version()
        assert drafted != seen
        assert watch.only_own_writes(seen, drafted)  # nobody else's: nothing to tell
        assert watch.own_commits(seen, drafted) == []  # and no pane's action to read again
        save_setting(db, "weekly_goal", 7)
        saved = watch.version()
        assert watch.own_commits(seen, saved) == [saved]
    finally:
        watch.close()
        db.dispose()
