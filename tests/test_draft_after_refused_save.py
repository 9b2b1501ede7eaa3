"""A refused save's reason stays on the add form: the draft's pause does not write over it.

The draft of a new application is kept a moment after each pause in typing. Enter pressed
inside that moment left the draft's write waiting: on a store another program changed the
save was refused ("Nothing was changed: your store holds an index …"), then the waiting
draft was refused too, and its note ("Not kept as a draft: …") took the reason's place
(seen as a flaky tests/test_store_rule_refused.py on a busy machine).
"""

from __future__ import annotations

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.pipeline import add_draft
from tests.test_foreign_layout_no_writes import _one_application
from tests.test_store_rule_refused import _run
from tests.transfer_fixtures import dump_store
from tests.ui_harness import app_on, fill, settle_workers


async def test_the_save_refusal_stays_after_the_drafts_pause(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(add_draft, "DRAFT_DELAY", 0.3)
    _one_application(opened_paths)
    _run(opened_paths, "CREATE UNIQUE INDEX zz_u ON application (company)")
    before = dump_store(opened_paths.database)
    async with app_on(opened_paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        await run.pilot.press("a")
        await settle_workers(run.pilot)
        await fill(run.pilot, company="Acme", role="Analyst")
        await run.pilot.press("enter")  # inside the draft's pause
        await settle_workers(run.pilot)
        await run.pilot.pause(0.6)  # past the pause: nothing waits to write
        await settle_workers(run.pilot)
        form = run.app.screen
        said = str(form.query_one("#form-message").render())
        assert said.startswith("Nothing was changed: your store holds an index (zz_u)"), said
        assert str(form.query_one("#field-company").value) == "Acme"
    assert dump_store(opened_paths.database) == before
