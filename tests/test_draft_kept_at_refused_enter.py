"""Enter on the add form writes the draft waiting for its pause; a refused save keeps it.

The draft of a new application is kept a moment after each pause in typing. Enter pressed
inside that moment threw the waiting write away: when the save was then refused (a date
the form cannot read), the last typing was kept nowhere until the next key, and the app
dying then lost it.
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.application_draft import read_draft
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline import add_draft
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.ui_harness import app_on, fill, settle_workers


async def test_a_refused_enter_keeps_the_typing_as_the_draft(
    opened_paths: DataPaths, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(add_draft, "DRAFT_DELAY", 3600.0)  # Enter comes inside the pause
    async with app_on(opened_paths, "pipeline") as run:
        await settle_workers(run.pilot)
        await run.pilot.press("a")
        await settle_workers(run.pilot)
        await fill(run.pilot, company="Acme", role="Analyst", date_applied="someday")
        await run.pilot.press("enter")
        await settle_workers(run.pilot)
        assert isinstance(run.app.screen, ApplicationFormScreen)  # refused: still typing
        assert run.app.focused is not None
        draft = read_draft(db)
        assert draft is not None
        assert (draft.company, draft.role) == ("Acme", "Analyst")
        assert draft.fields.get("date_applied") == "someday"
