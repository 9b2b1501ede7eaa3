"""`u` leaves the key bar once the add it would take back can no longer be taken back.

A helper's list (twenty-fifth round): after `a` then `e` on the same Skills item, `u` stayed
on the bar and, pressed, refused ("… has changed since you added it, so it stays."). The
bar now asks the add's own check (``services/take_back.can_take_back``), once for each
version of the store (it is drawn on every key, the check reads the store), and `u` still
says why when pressed (kit/pane.py ``undo_refusal``)."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from typing import Any

from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.key_bar import KeyBar
from bounceback_tui.ui.kit.undo import AddUndo
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, keep_toasts, settle
from tests.undo_panes import save_form


def _undo_on_bar(app: object) -> bool:
    bar = app.screen.query_one(KeyBar)  # type: ignore[attr-defined]  # a BouncebackApp
    return "undo" in bar.shown_actions()


def _titles(paths: DataPaths) -> list[str]:
    with sqlite3.connect(paths.database) as conn:
        return sorted(title for (title,) in conn.execute("SELECT title FROM skill"))


async def test_u_leaves_the_bar_after_this_window_edits_the_added_item(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 4)
        await pilot.press("a")
        await settle(pilot, 3)
        await save_form(pilot, title="Negotiation")
        assert _undo_on_bar(app)  # the add, as it was left: `u` takes it away
        await pilot.press("e")
        await settle(pilot, 3)
        await save_form(pilot, title="Negotiation skills")
        assert pane.check_action("undo", ()) is False
        assert not _undo_on_bar(app)
        await pilot.press("u")  # still says why, and changes nothing
        await settle(pilot, 3)
        assert said[-1] == (
            "“Negotiation skills” has changed since you added it, so it stays. "
            "Press d to delete it."
        ), said
        assert focus_problem(app) is None
    assert _titles(opened_paths) == ["Negotiation skills", "SQL joins"]


async def test_the_bar_asks_the_store_once_for_each_version_of_it(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    async with app_on(opened_paths, "skills", size=(100, 30)) as (_app, pilot, pane):
        await settle(pilot, 4)
        await pilot.press("a")
        await settle(pilot, 3)
        await save_form(pilot, title="Negotiation")
        entry = pane.undo_entry()
        assert isinstance(entry, AddUndo) and entry.check is not None
        asked: list[int] = []
        check = entry.check

        def counted(*keys: Any) -> None:  # as the kit calls it (with the keys, as bound)
            asked.append(1)
            check(*keys)

        pane._undo_entries[-1] = replace(entry, check=counted)
        for _ in range(6):
            await pilot.press("k")
            await pilot.press("j")
            await settle(pilot)
            assert pane.check_action("undo", ()) is True
        assert len(asked) == 1  # one read for the store as it stands, not one per key
        assert pane.selected is not None and pane.selected.title == "Negotiation"
        await pilot.press("e")
        await settle(pilot, 3)
        await save_form(pilot, title="Negotiation skills")
        assert pane.check_action("undo", ()) is False
        assert len(asked) == 2  # the store changed: asked again
