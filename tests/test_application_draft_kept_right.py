"""A new application's draft is kept where it is true to keep it, and nowhere else.

After the draft landed (``tests/test_application_draft.py``), its author found: a save
cleared the draft in a transaction of its own after the save's, so the app killed between
the two offered back a draft of an application already saved.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from bounceback_tui.domain.applications import validate_application
from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.store.sqlite_file import open_store
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.quit_guard import QuitConfirmScreen
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.test_application_draft import (
    COMPANY,
    ROLE,
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


DAY = date(2026, 3, 16)

# A draft as big as the form lets it be, with a character the JSON import refuses in a
# setting: Notes and Posting text 60,000 characters each, a bell in the notes.
BIG_DRAFT = {
    "company": "Acme",
    "role": "Data Analyst",
    "notes": "Notes \x07" + "n" * 60_000,
    "description": "p" * 60_000,
}


def test_an_export_taken_with_a_big_draft_leaves_it_out_and_imports(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    from bounceback_tui.services.application_draft import keep_draft
    from bounceback_tui.services.applications import add_application
    from bounceback_tui.services.settings import get_setting, set_setting
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import import_json, load_json_export

    data = validate_application({"company": "Beta", "role": "Engineer", "stage": "applied"}, DAY)
    add_application(db, data)
    with db.write() as session:  # a setting of the person's: it moves
        set_setting(session, "ghost_after_days", 30)
    assert keep_draft(db, "form-1", BIG_DRAFT)
    exported = tmp_path / "all.json"
    with exported.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    document = json.loads(exported.read_text(encoding="utf-8"))
    settings = {row["key"]: row["value"] for row in document["tables"]["setting"]}
    assert "application_draft" not in settings
    assert json.loads(settings["ghost_after_days"]) == 30

    fresh = resolve_paths(tmp_path / "fresh")
    open_store(fresh)
    import_json(fresh, load_json_export(exported))
    moved = Database(fresh.database)
    try:
        assert read_draft(moved) is None
        with moved.read() as session:
            assert get_setting(session, "ghost_after_days") == 30
            names = [(a.company, a.role) for a in session.exec(select(Application)).all()]
        assert names == [("Beta", "Engineer")]
    finally:
        moved.dispose()


def test_an_older_export_carrying_a_big_draft_still_imports_without_it(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    from bounceback_tui.transfer.json_export import export_json
    from bounceback_tui.transfer.json_import import import_json, load_json_export

    exported = tmp_path / "older.json"
    with exported.open("w", encoding="utf-8") as out:
        export_json(opened_paths.database, out)
    document = json.loads(exported.read_text(encoding="utf-8"))
    # As an export taken before drafts were left out holds one, first among the settings.
    draft_row = {
        "key": "application_draft",
        "value": json.dumps({"holder": "form-1", "fields": BIG_DRAFT}),
    }
    document["tables"]["setting"].insert(0, draft_row)
    exported.write_text(json.dumps(document), encoding="utf-8")

    fresh = resolve_paths(tmp_path / "fresh")
    open_store(fresh)
    import_json(fresh, load_json_export(exported))
    moved = Database(fresh.database)
    try:
        assert read_draft(moved) is None
    finally:
        moved.dispose()


async def test_quitting_over_the_form_keeps_the_draft_at_once_and_says_so_without_asking(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    # ctrl+q asked "Quit and throw away what you typed?" over a form whose typing is kept as
    # a draft and offered back: untrue. Then it asked "Quit? What you typed is kept as a
    # draft.": a question before a quit that loses nothing. It quits, and the terminal is
    # told what is kept and which key brings it back. What was typed in the last pause's
    # worth of time before quitting is kept too.
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        app.update_keymap({"pipeline.add": "A"})  # the key named is the one bound
        await pilot.press("A")
        await settle(pilot, 3)
        assert isinstance(app.screen, ApplicationFormScreen)
        await pilot.press(*COMPANY, "tab", *ROLE)
        await pilot.press("ctrl+q")  # at once, no pause in typing
        await settle(pilot)
        assert not isinstance(app.screen, QuitConfirmScreen)
        assert app.quitting
        assert app.said_on_leaving == (
            "The new application you were adding is kept as a draft, not saved yet; A on "
            "the Pipeline brings it back as you left it."
        )
        draft = read_draft(db)  # kept already
        assert draft is not None and (draft.company, draft.role) == (COMPANY, ROLE)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        assert str(app.screen.question) == (
            "You were adding Acme (Data Analyst). Start empty instead?"
        )


async def test_quitting_over_a_form_with_nothing_typed_says_nothing_of_a_draft(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _add_form(app, pilot)
        await pilot.press("ctrl+q")
        await settle(pilot)
        assert app.quitting and app.said_on_leaving is None
        assert read_draft(db) is None


async def test_quitting_where_another_window_keeps_the_draft_still_asks_to_throw_away(
    opened_paths: DataPaths, db: Database
) -> None:
    from bounceback_tui.services.application_draft import keep_draft

    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _add_form(app, pilot)
        # Another window's form keeps a draft already: this one's typing is not kept.
        assert keep_draft(db, "another-window", {"company": "Beta"})
        await pilot.press(*COMPANY, "ctrl+q")
        await settle(pilot)
        question = app.screen
        assert isinstance(question, QuitConfirmScreen)
        assert str(question.question) == "Quit and throw away what you typed?"
        draft = read_draft(db)
        assert draft is not None and draft.company == "Beta"  # the other window's, as it was
