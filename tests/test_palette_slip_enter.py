"""What Enter does in the palette after a slip: it runs the one thing the slip was taken for,
and only lists the hits when it could be taken for more than one.

A slip in a long word scores well above the palette's bar for Enter (one letter left out of
"applications" scores 96 of 100), so Enter ran the first hit whatever word the slip had been
taken for: "aplications" exported every application as CSV (the word is one of that
action's keywords) though "Add an application" was listed just under it, and "recovert" (a
slip in "recovery") opened "Restore a backup" (its keyword "recover"), with "Go to Recovery"
under it. A slip that every hit was taken for alike still runs ("settngs" opens Settings,
"gogle" the Google application, "nrthwind" the Northwind application above its rejection);
one taken for different words, as close, lists them, none picked, and Enter says so ("go to
recovry" is Go to Recovery: the words around the slip put it well ahead). A word typed as
the item has it runs as before. Every expected outcome is written out by hand.
"""

from __future__ import annotations

import pytest
from textual.command import CommandList, CommandPalette
from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.services.settings import save_setting
from bounceback_tui.store.database import Database
from bounceback_tui.ui.app import BouncebackApp
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.palette_fixtures import Records, build_store
from tests.palette_fixtures_ui import choose, messages

SIZE = (100, 30)
LISTED = "palette: listed, nothing run"


@pytest.fixture
def records(db: Database) -> Records:
    built = store_once(db, build_store)
    # Nothing looks quiet: with Northwind quiet (24 days in Applied), "Review quiet
    # applications" is offered, its name holds "applications" whole, and Enter runs it for
    # "aplications", as it did once the Pipeline was opened (tests/test_palette_before_pipeline.py).
    save_setting(db, "ghost_after_days", 60)
    return built


def _where(app: BouncebackApp, records: Records) -> str:
    """What Enter did, in words."""
    screen = app.screen
    if isinstance(screen, CommandPalette):
        picked = screen.query_one(CommandList).highlighted
        return LISTED if picked is None else f"palette: hit {picked} picked, nothing run"
    if isinstance(screen, FormScreen):
        return f"the form {str(screen.form_title)!r}"
    if type(screen).__name__ == "SettingsScreen":
        return "Settings"
    pane = app.current_pane
    if pane.id == "pipeline":
        row = pane.selected_row  # type: ignore[attr-defined]
        names = {records.google: "Google", records.northwind: "Northwind"}
        return f"Pipeline: {names.get(row.id if row else None, row)}"
    return f"pane: {pane.id}"


@pytest.mark.parametrize(
    ("typed", "enter_does"),
    [
        ("check", "the form 'How is today?'"),  # as typed: the daily check-in
        ("settngs", "Settings"),  # one slip, one word it can be: Settings
        ("gogle", "Pipeline: Google"),
        ("nrthwind", "Pipeline: Northwind"),  # its rejection has the same word: the first
        ("aplications", LISTED),  # "applications" (Export as CSV) or "application"?
        ("recovert", LISTED),  # "recover" (Restore a backup) or "recovery"?
        ("go to recovry", "pane: recovery"),  # the words around the slip settle it
        ("mod", LISTED),  # too weak a match for any
    ],
)
async def test_what_enter_does_after_a_query(
    records: Records, opened_paths: DataPaths, typed: str, enter_does: str
) -> None:
    app = BouncebackApp(opened_paths)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await choose(app, pilot, typed)
        assert _where(app, records) == enter_does
        if enter_does == LISTED:
            assert app.focused is app.screen.query_one(Input)
            said = " ".join(messages(app))
            assert "Pick one with ↓ and Enter, or type on." in said, said
