"""The add form `i` opens (a posting fetched, or `ctrl+n` around a link that failed) keeps a
draft as `a`'s does: the same form, the same mechanism (ui/pipeline/add_draft.py).

Its author's list: Pipeline `i`, a posting fetched and the form edited, then the terminal
closed: everything was gone, where the same form opened by `a` came back as a draft.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.application_draft import keep_draft, let_go_of
from bounceback_tui.store.database import Database
from bounceback_tui.ui.pipeline.application_form import ApplicationFormScreen
from bounceback_tui.ui.pipeline.import_posting import ImportPostingScreen
from tests.importers_fixtures import PostingServer, serve_postings
from tests.test_application_draft import (
    COMPANY,
    ROLE,
    _field,
    _killed,
    _message,
    _offer,
    _pause_in_typing,
    read_draft,
)
from tests.ui_harness import app_on, settle

I_ASKS = (
    "You were adding Beta (Engineer) (not saved). Import a posting instead, keeping that draft "
    "for later (a opens it)?"
)


@pytest.fixture
def posting_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[PostingServer]:
    yield from serve_postings(monkeypatch)


async def _fetched(app: object, pilot: object, link: str) -> None:
    await pilot.press("i")  # type: ignore[attr-defined]
    await settle(pilot)
    await pilot.press(*link, "enter")  # type: ignore[attr-defined]
    await app.workers.wait_for_complete()  # type: ignore[attr-defined]
    await settle(pilot, 3)


async def test_a_posting_fetched_and_edited_comes_back_after_the_app_dies(
    opened_paths: DataPaths, db: Database, posting_server: PostingServer, tmp_path: Path
) -> None:
    link = posting_server.url("/jobs/single")
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _fetched(app, pilot, link)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        company, role = _field(form, "company"), _field(form, "role")
        assert company and role  # filled in from the posting
        form.query_one("#field-location", Input).focus()
        await pilot.press(*"Leeds")
        await _pause_in_typing(pilot)
        after = _killed(opened_paths, tmp_path / "after")
    async with app_on(after, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        _offer(app, f"You were adding {company} ({role}). Start empty instead?")
        await pilot.press("n")  # carry on
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert (_field(form, "company"), _field(form, "link")) == (company, link)
        assert _field(form, "location").endswith("Leeds")


async def test_the_form_around_a_link_that_failed_keeps_a_draft_too(
    opened_paths: DataPaths, db: Database, posting_server: PostingServer
) -> None:
    link = posting_server.url("/broken")  # the server answers 500
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await _fetched(app, pilot, link)
        await pilot.press("ctrl+n")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        form.query_one("#field-company", Input).focus()
        await pilot.press(*COMPANY)
        await _pause_in_typing(pilot)
        draft = read_draft(db)
        assert draft is not None
        assert (draft.company, draft.fields.get("link")) == (COMPANY, link)
        form.query_one("#field-role", Input).focus()
        await pilot.press(*ROLE, "ctrl+s")
        await settle(pilot, 3)
        assert not isinstance(app.screen, ApplicationFormScreen)
        assert read_draft(db) is None  # saved: the draft went with it


async def test_a_draft_left_over_while_the_link_is_typed_is_never_written_over(
    opened_paths: DataPaths, db: Database, posting_server: PostingServer
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("i")
        await settle(pilot)
        # Another window quits with its new application kept, after this `i` looked.
        assert keep_draft(db, "last-time", {"company": "Beta", "role": "Engineer"})
        let_go_of(db, "last-time")  # its window is gone: the draft is left over
        await pilot.press(*posting_server.url("/broken"), "enter")
        await app.workers.wait_for_complete()
        await settle(pilot, 3)
        await pilot.press("ctrl+n")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        form.query_one("#field-company", Input).focus()
        await pilot.press(*COMPANY)
        await _pause_in_typing(pilot)
        assert _message(form) == (
            "Not kept as a draft: another new application's draft is kept, which a offers "
            "back. Saving keeps this."
        )
        draft = read_draft(db)
        assert draft is not None and (draft.company, draft.role) == ("Beta", "Engineer")


async def test_i_asks_about_a_draft_left_over_and_importing_keeps_it_for_a(
    opened_paths: DataPaths, db: Database, posting_server: PostingServer
) -> None:
    # `i` said nothing of the draft left over until the posting's form was typed in, then
    # "Not kept as a draft: …", where `a` asks first. It asks now, of the import: yes goes
    # to the link and keeps the draft (ui/pipeline/import_or_draft.py).
    assert keep_draft(db, "last-time", {"company": "Beta", "role": "Engineer"})
    let_go_of(db, "last-time")
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("i")
        await settle(pilot, 3)
        _offer(app, I_ASKS)
        await pilot.press("y")  # import: the link is asked for, the draft stays
        await settle(pilot)
        assert isinstance(app.screen, ImportPostingScreen)
        await pilot.press(*posting_server.url("/jobs/single"), "enter")
        await app.workers.wait_for_complete()
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert _field(form, "company") != "Beta"
        form.query_one("#field-location", Input).focus()
        await pilot.press(*"Leeds")
        await _pause_in_typing(pilot)
        assert _message(form) == (
            "Not kept as a draft: another new application's draft is kept, which a offers "
            "back. Saving keeps this."
        )
        draft = read_draft(db)  # Beta's, never written over
        assert draft is not None and (draft.company, draft.role) == ("Beta", "Engineer")


async def test_i_carrying_on_opens_the_draft_left_over_as_a_does(
    opened_paths: DataPaths, db: Database
) -> None:
    assert keep_draft(db, "last-time", {"company": "Beta", "role": "Engineer"})
    let_go_of(db, "last-time")
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("i")
        await settle(pilot, 3)
        _offer(app, I_ASKS)
        await pilot.click("#carry_on")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, ApplicationFormScreen)
        assert (_field(form, "company"), _field(form, "role")) == ("Beta", "Engineer")
        assert _message(form) == "Your draft from last time is back, as you left it; not saved yet."
