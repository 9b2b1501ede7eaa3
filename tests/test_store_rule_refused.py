"""A save SQLite refuses as breaking one of the store's rules is a refusal, never a crash.

A tester's walk: another program's unique index, or a trigger that RAISEs, made a save fail
with IntegrityError; the app ended "Something went wrong" (exit 70), the form typed was
lost, and the trigger's own words were printed to the terminal. Now the layout check
refuses such a store before writing, and any rule broken during a save is said in one
sentence, the form kept as typed, SQLite's words (another program's) not shown.
"""

from __future__ import annotations

import json
import sqlite3

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.application_draft import KEY
from bounceback_tui.store.foreign_guard import LayoutGuard
from bounceback_tui.ui.pipeline import add_draft
from tests.test_foreign_layout_no_writes import _one_application
from tests.transfer_fixtures import dump_store
from tests.ui_harness import app_on, fill, settle_workers

RAISES = (
    "CREATE TRIGGER zz_no BEFORE INSERT ON application "
    "BEGIN SELECT RAISE(ABORT, '[bold]pwned by zz_no[/]'); END"
)


def _run(paths: DataPaths, statement: str) -> None:
    conn = sqlite3.connect(paths.database)
    conn.execute(statement)
    conn.commit()
    conn.close()


async def _add_in_the_pipeline(paths: DataPaths) -> str:
    async with app_on(paths, "pipeline", notifications=True) as run:
        await settle_workers(run.pilot)
        await run.pilot.press("a")
        await settle_workers(run.pilot)
        await fill(run.pilot, company="Acme", role="Analyst")
        await run.pilot.press("enter")
        await settle_workers(run.pilot)
        assert run.app.is_running  # no crash
        assert run.app.focused is not None
        form = run.app.screen
        assert str(form.query_one("#field-company").value) == "Acme"  # kept as typed
        return str(form.query_one("#form-message").render())


async def test_a_foreign_unique_index_is_refused_before_the_save(opened_paths: DataPaths) -> None:
    _one_application(opened_paths)
    _run(opened_paths, "CREATE UNIQUE INDEX zz_u ON application (company)")
    before = dump_store(opened_paths.database)
    message = await _add_in_the_pipeline(opened_paths)
    assert message.startswith(
        "Nothing was changed: your store holds an index (zz_u) that bounceback-tui does not make"
    )
    assert dump_store(opened_paths.database) == before


async def test_a_rule_broken_during_a_save_is_a_refusal_and_the_form_is_kept(
    opened_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if the layout check let it by (a trigger that came some other way): the save meets it.
    monkeypatch.setattr(LayoutGuard, "check", lambda self, conn: None)
    # No pause in typing is long enough: the form's draft (a setting row of its own) is
    # written at Enter, before the save, and holds what was typed.
    monkeypatch.setattr(add_draft, "DRAFT_DELAY", 3600.0)
    _run(opened_paths, RAISES)
    before = dump_store(opened_paths.database)
    message = await _add_in_the_pipeline(opened_paths)
    assert message.startswith(
        "Nothing was saved: the store refused the change as breaking one of its rules."
    )
    assert "pwned" not in message
    after = dump_store(opened_paths.database)
    drafts = [row for row in after["setting"] if row[0] == KEY]
    assert len(drafts) == 1
    assert json.loads(drafts[0][1])["fields"] == {
        "company": "Acme",
        "role": "Analyst",
        "stage": "applied",
    }
    after["setting"] = [row for row in after["setting"] if row[0] != KEY]
    assert after == before
