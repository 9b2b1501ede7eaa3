"""A new application half typed is kept as a draft, and the next `a` offers it back.

A stranger's walk: Pipeline `a`, the company and the role typed, then the terminal closed (or
`kill -9`, or a crash): everything typed was gone, where a recovery step's answer and a
Reframe record came back as drafts. The app dying is the store as it stood at that moment,
copied while the form is still open and nothing more is written (``_killed``), and a new
app opened on the copy.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from sqlmodel import select
from textual.widgets import Input, Static, TextArea

from bounceback_tui.paths import DataPaths, resolve_paths
from bounceback_tui.store.database import Database
from bounceback_tui.store.models import Application
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from tests.ui_harness import app_on, fill, settle

if TYPE_CHECKING:
    from bounceback_tui.services.application_draft import ApplicationDraft

# Typed in bits, as a person types (a pause after each: the draft is written after one).
COMPANY, ROLE = "Acme", "Data Analyst"
OFFER = "You were adding Acme (Data Analyst). Start empty instead?"
BACK = "Your draft from last time is back, as you left it; not saved yet."


def _killed(paths: DataPaths, where: Path) -> DataPaths:
    """The store as a process killed now leaves it (what it committed, nothing more), in a
    data folder of its own for the next app."""
    after = resolve_paths(where)
    after.ensure_data_dir()
    source = sqlite3.connect(paths.database)
    target = sqlite3.connect(after.database)
    try:
        source.backup(target)
    finally:
        source.close()
        target.close()
    return after


async def _pause_in_typing(pilot: object) -> None:
    """A pause in typing: a second, longer than the one after which a draft is written."""
    await pilot.pause(1.0)  # type: ignore[attr-defined]


def read_draft(db: Database) -> ApplicationDraft | None:
    """The draft kept (imported here: the test of the app dying fails before the fix on
    what the person sees, not on an import)."""
    from bounceback_tui.services.application_draft import read_draft as read

    return read(db)


async def _add_form(app: object, pilot: object) -> ApplicationFormScreen:
    await pilot.press("a")  # type: ignore[attr-defined]
    await settle(pilot, 3)
    form = app.screen  # type: ignore[attr-defined]
    assert isinstance(form, ApplicationFormScreen)
    return form


async def _type_company_and_role(pilot: object) -> None:
    await pilot.press(*COMPANY, "tab", *ROLE)  # type: ignore[attr-defined]
    await _pause_in_typing(pilot)


def _field(form: ApplicationFormScreen, name: str) -> str:
    widget = form.query_one(f"#field-{name}")
    return widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]


def _message(form: ApplicationFormScreen) -> str:
    return str(form.query_one("#form-message", Static).render())


def _offer(app: object, question: str = OFFER) -> ConfirmScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ConfirmScreen), screen
    assert str(screen.question) == question
    return screen


async def test_a_half_typed_application_comes_back_after_the_app_dies(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _add_form(app, pilot)
        await _type_company_and_role(pilot)
        assert app.screen is form  # still typing: nothing saved, nothing closed
        after = _killed(opened_paths, tmp_path / "after")
    async with app_on(after, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        _offer(app)
        await pilot.press("n")  # no, do not start empty: carry on
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert (_field(form, "company"), _field(form, "role")) == (COMPANY, ROLE)
        assert _message(form) == BACK
        assert focus_problem(app) is None
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, ApplicationFormScreen)
    kept = Database(after.database)
    try:
        with kept.read() as session:
            saved = session.exec(select(Application)).all()
        assert [(a.company, a.role) for a in saved] == [(COMPANY, ROLE)]
        assert read_draft(kept) is None  # saved: the draft went with it
    finally:
        kept.dispose()


async def test_hostile_text_comes_back_exactly(
    opened_paths: DataPaths, db: Database, tmp_path: Path
) -> None:
    typed = {
        "company": "[b]Acme[/b] [",
        "role": "[link=https://x.example]Analyst\x1b[31m",
        "location": "[",
        "notes": "Line one [/]\n\x07" + "x" * 10_000,
    }
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _add_form(app, pilot)
        await settle(pilot, 3)  # the later fields (Notes) are in place
        await fill(pilot, **typed)
        await _pause_in_typing(pilot)
        shown = form.values()
        after = _killed(opened_paths, tmp_path / "after")
    assert {name: shown[name] for name in typed} == typed
    async with app_on(after, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        # Named as typed, never as markup; the escape and bell characters, which no field
        # takes from typing or a paste, are not kept.
        _offer(
            app,
            "You were adding [b]Acme[/b] [ ([link=https://x.example]Analyst[31m). "
            "Start empty instead?",
        )
        await pilot.press("escape")  # Escape is no too: carry on, nothing thrown away
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        back = dict(shown, role="[link=https://x.example]Analyst[31m")
        back["notes"] = "Line one [/]\n" + "x" * 10_000
        assert form.values() == back
        assert _field(form, "company") == "[b]Acme[/b] ["
        assert _field(form, "notes").endswith("x" * 10_000)


async def test_starting_empty_throws_the_draft_away(opened_paths: DataPaths, db: Database) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _add_form(app, pilot)
        await _type_company_and_role(pilot)
        draft = read_draft(db)
        assert draft is not None and (draft.company, draft.role) == (COMPANY, ROLE)
        # Escape, and yes to throwing it away: the draft goes too.
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("y")
        await settle(pilot)
        assert not isinstance(app.screen, ApplicationFormScreen)
        assert read_draft(db) is None
        await pilot.press("a")  # nothing kept: the form opens empty, nothing asked
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert _field(form, "company") == ""
        await _type_company_and_role(pilot)
        # Escape, then no: back to the form, the draft kept.
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is form
        assert read_draft(db) is not None
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        _offer(app)
        await pilot.press("y")  # start empty
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert (_field(form, "company"), _field(form, "role")) == ("", "")
        assert isinstance(form.focused, Input)
        assert read_draft(db) is None
    with db.read() as session:
        assert session.exec(select(Application)).all() == []


async def test_a_draft_another_window_is_still_typing_is_not_offered_as_left_over(
    opened_paths: DataPaths, db: Database
) -> None:
    """A tester: window 1 typed AlphaCo, window 2's `a` offered "You were adding" window 1's
    live form, and saving in both made two identical applications without a word."""
    async with app_on(opened_paths, "pipeline") as (a, pilot_a, _pane_a):
        form_a = await _add_form(a, pilot_a)
        await _type_company_and_role(pilot_a)
        async with app_on(opened_paths, "pipeline") as (b, pilot_b, _pane_b):
            await pilot_b.press("a")
            await settle(pilot_b, 3)
            form_b = b.screen  # not asked: an empty form, saying why
            assert isinstance(form_b, ApplicationFormScreen)
            assert (_field(form_b, "company"), _field(form_b, "role")) == ("", "")
            assert _message(form_b) == (
                "Another window is adding Acme (Data Analyst); this form starts empty."
            )
            assert focus_problem(b) is None
            await pilot_b.press(*"Beta", "tab", *"Tester")
            await _pause_in_typing(pilot_b)
            assert _message(form_b).startswith("Not kept as a draft: another window keeps")
            draft = read_draft(db)  # A's typing, still A's
            assert draft is not None and (draft.company, draft.role) == (COMPANY, ROLE)
            await pilot_a.press(*" Ltd")
            await _pause_in_typing(pilot_a)
            draft = read_draft(db)
            assert draft is not None and draft.role == f"{ROLE} Ltd"
            await pilot_b.press("ctrl+s")
            await settle(pilot_b, 3)
            assert not isinstance(b.screen, ApplicationFormScreen)
        assert a.screen is form_a
        await pilot_a.press("ctrl+s")
        await settle(pilot_a, 3)
    with db.read() as session:
        saved = sorted((a.company, a.role) for a in session.exec(select(Application)).all())
    assert saved == [(COMPANY, f"{ROLE} Ltd"), ("Beta", "Tester")]
    assert read_draft(db) is None
