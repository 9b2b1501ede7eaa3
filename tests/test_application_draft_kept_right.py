"""A new application's draft is kept where it is true to keep it, and nowhere else.

After the draft landed (``tests/test_application_draft.py``), its author found: a save
cleared the draft in a transaction of its own after the save's, so the app killed between
the two offered back a draft of an application already saved.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.test_application_draft import (
    _add_form,
    _field,
    _killed,
    _type_company_and_role,
    read_draft,
)
from tests.ui_harness import app_on, settle


def _applications(paths: DataPaths) -> int:
    with sqlite3.connect(paths.database) as connection:
        return int(connection.execute("SELECT count(*) FROM application").fetchone()[0])


async def test_the_app_killed_just_after_the_save_offers_no_draft_of_it(
    opened_paths: DataPaths, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The app dies the moment the transaction that saved the application commits: the
    # store as it stands then, copied before the app writes anything more.
    killed: list[DataPaths] = []
    write = Database.write

    @contextmanager
    def write_then_die(self: Database, **kwargs: Any) -> Iterator[Session]:
        with write(self, **kwargs) as session:
            yield session
        if not killed and _applications(opened_paths):
            killed.append(_killed(opened_paths, tmp_path / "after"))

    monkeypatch.setattr(Database, "write", write_then_die)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _add_form(app, pilot)
        await _type_company_and_role(pilot)
        assert read_draft(db) is not None
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, ApplicationFormScreen)
    monkeypatch.undo()
    assert killed, "the save was never committed"
    (after,) = killed
    assert _applications(after) == 1
    kept = Database(after.database)
    try:
        assert read_draft(kept) is None  # saved: no draft of it left to offer back
    finally:
        kept.dispose()
    async with app_on(after, "pipeline") as (app, pilot, _pane):
        form = await _add_form(app, pilot)  # the form at once, nothing asked
        assert (_field(form, "company"), _field(form, "role")) == ("", "")
