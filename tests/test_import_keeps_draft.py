"""Pipeline `i` over a new application's draft left over asks about the import, and never
throws the draft away (ui/pipeline/import_or_draft.py).

A stranger's walk: `i` with "Zeta" half typed last time asked "You were adding Zeta. Start
empty instead?", nothing about the import. Escape ("no") opened the New application form
holding Zeta: neither the import nor back to the list. `y` threw Zeta away at once, and
Escape on the import's dialog after it left nothing: the next `a` opened an empty form.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.application_draft import keep_draft, let_go_of
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.confirm import ConfirmScreen
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.pipeline.import_posting import ImportPostingScreen
from tests.importers_fixtures import PostingServer, serve_postings
from tests.screen_text import assert_on_screen, flat, screen_text
from tests.test_application_draft import _field, read_draft
from tests.test_keymap import _keymapped
from tests.ui_harness import app_on, settle

ZETA = {"company": "Zeta", "role": "Engineer", "location": "Leeds"}


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


def _left_over(db: Database) -> None:
    assert keep_draft(db, "last-time", ZETA)
    let_go_of(db, "last-time")  # its window is gone: the draft is left over


async def _asked(app: object, pilot: object) -> str:
    await pilot.press("i")  # type: ignore[attr-defined]
    await settle(pilot, 3)
    assert isinstance(app.screen, ConfirmScreen)  # type: ignore[attr-defined]
    return screen_text(app)  # type: ignore[arg-type]


async def test_i_asks_about_the_import_and_escape_goes_back_to_the_list(
    opened_paths: DataPaths, db: Database
) -> None:
    _left_over(db)
    async with app_on(opened_paths, "pipeline") as (app, pilot, pane):
        text = await _asked(app, pilot)
        assert_on_screen(
            app,
            "You were adding Zeta (Engineer) (not saved). Import a posting instead, keeping "
            "that draft for later (a opens it)?",
        )
        assert_on_screen(app, "Carry on opens the draft now, as you left it; Back leaves")
        # The key bar, in the buttons' order and with their words.
        assert "y Import a posting  c Carry on  n/Esc Back" in text
        await pilot.press("escape")
        await settle(pilot, 3)
        assert app.screen is pane.screen  # back on the Pipeline, no form, no import
        assert app.focused is not None
        draft = read_draft(db)
        assert draft is not None and dict(draft.fields) == ZETA


async def test_yes_imports_and_the_draft_is_still_offered_after_the_import_is_given_up(
    opened_paths: DataPaths, db: Database
) -> None:
    _left_over(db)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _asked(app, pilot)
        await pilot.press("y")
        await settle(pilot, 3)
        assert isinstance(app.screen, ImportPostingScreen)
        assert read_draft(db) is not None  # not thrown away before anything is saved
        await pilot.press("escape")  # gives up the import
        await settle(pilot, 3)
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, ConfirmScreen)
        assert "You were adding Zeta (Engineer). Start empty instead?" in flat(screen_text(app))
        await pilot.press("n")  # carry on
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert (_field(form, "company"), _field(form, "location")) == ("Zeta", "Leeds")


async def test_a_posting_imported_and_saved_leaves_the_draft_for_a(
    opened_paths: DataPaths, db: Database, posting_server: PostingServer
) -> None:
    _left_over(db)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _asked(app, pilot)
        await pilot.press("y")
        await settle(pilot)
        await pilot.press(*posting_server.url("/jobs/single"), "enter")
        await app.workers.wait_for_complete()
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert _field(form, "company") not in ("", "Zeta")
        await pilot.press("ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, ApplicationFormScreen)  # saved
        draft = read_draft(db)
        assert draft is not None and dict(draft.fields) == ZETA


async def test_carry_on_opens_the_draft_as_a_does(opened_paths: DataPaths, db: Database) -> None:
    _left_over(db)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _asked(app, pilot)
        await pilot.click("#carry_on")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert (_field(form, "company"), _field(form, "role")) == ("Zeta", "Engineer")


async def test_carry_on_has_its_key_under_the_buttons(
    opened_paths: DataPaths, db: Database
) -> None:
    """The other two buttons had their keys on the keys line ("y import  n/Esc back"); Carry
    on had none, so the way on took Tab and Enter. The key bar under the question names all
    three with the buttons' words (the question has no keys line of its own now)."""
    _left_over(db)
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _asked(app, pilot)
        shown = flat(screen_text(app))
        assert "y Import a posting c Carry on n/Esc Back" in shown, shown
        await pilot.press("c")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert (_field(form, "company"), _field(form, "role")) == ("Zeta", "Engineer")
        assert app.focused is not None and app.focused.screen is form


async def test_carry_on_moved_in_the_keymap_is_named_as_bound(
    opened_paths: DataPaths, db: Database
) -> None:
    _left_over(db)
    keymap = '[keymap]\n"import_or_draft.carry_on" = "o"\n'
    async with _keymapped(opened_paths, keymap) as (app, pilot):
        await pilot.press("2")
        await settle(pilot, 3)
        await _asked(app, pilot)
        shown = flat(screen_text(app))
        assert "y Import a posting o Carry on n/Esc Back" in shown, shown
        await pilot.press("o")
        await settle(pilot, 3)
        assert isinstance(app.screen, ApplicationFormScreen)
