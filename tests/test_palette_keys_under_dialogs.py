"""The palette's pane keys: Recovery's keys stay available under a dialog, and no entry is
listed twice on any pane.

A power user's walk: with a plan's steps in focus on Recovery, any dialog opened over the
pane (the palette among them) made space, `x` and `m` read as refused ("nothing to tick
here"): the pane asked the app which widget had focus, and the app answered with the
dialog's. On the Pipeline the palette listed "What's working" twice, once as written for
the palette (Today's key) and once as the Pipeline's own `w`.
"""

from __future__ import annotations

from collections import Counter

import pytest
from textual.screen import ModalScreen
from textual.widgets import Static

from bounceback_tui.paths import DataPaths
from bounceback_tui.store.database import Database
from bounceback_tui.ui.palette_actions import app_actions
from bounceback_tui.ui.panes import PANES
from tests.recovery_fixtures import add_rejection, steps_of
from tests.ui_harness import app_on, settle


class _Dialog(ModalScreen[None]):
    def compose(self):  # type: ignore[no-untyped-def]
        yield Static("a dialog", id="dialog-words")


async def test_recovery_keys_stay_available_under_a_dialog(
    opened_paths: DataPaths, db: Database
) -> None:
    rid = add_rejection(db)
    first = steps_of(db, rid)[0]
    async with app_on(opened_paths, "recovery", size=(160, 40)) as (app, pilot, pane):
        await pilot.press("enter")  # into the plan
        await settle(pilot)
        pane.step_list.select_step(first.id)
        await settle(pilot)
        usable = {name: pane.check_action(name, ()) for name in ("tick", "skip")}
        assert usable == {"tick": True, "skip": True}
        app.push_screen(_Dialog())
        await settle(pilot)
        assert {name: pane.check_action(name, ()) for name in ("tick", "skip")} == usable


@pytest.mark.parametrize("pane_id", [spec.id for spec in PANES])
async def test_no_palette_entry_is_listed_twice(
    opened_paths: DataPaths, db: Database, pane_id: str
) -> None:
    add_rejection(db)
    async with app_on(opened_paths, pane_id, size=(160, 40)) as (app, pilot, _pane):
        await settle(pilot)
        titles = Counter(str(action.title) for action in app_actions(app, app.screen))
        assert [title for title, count in titles.items() if count > 1] == []
