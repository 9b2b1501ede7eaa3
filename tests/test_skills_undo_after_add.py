"""On Skills, `u` after an add takes the add back, not a delete held before it.

A helper's walk: "SQL joins" deleted (held for `u`), then "Negotiation" added, then `u`:
"SQL joins" came back, while the add was what the person had just done and meant. The add
replaces the delete as what `u` takes back (its note ends "u takes it away."); `u` takes
"Negotiation" away, and the deleted item stays gone (tests/test_undo_an_add.py has the rest).
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.domain.skills import validate_skill
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.skills import add_skill
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.built_stores import store_once
from tests.conftest import FIXED_TODAY
from tests.skills_fixtures import seed_backlog
from tests.ui_harness import app_on, fill, keep_toasts, settle


def _titles(paths: DataPaths) -> list[str]:
    with sqlite3.connect(paths.database) as conn:
        return sorted(r[0] for r in conn.execute("SELECT title FROM skill"))


async def test_u_after_an_add_does_not_bring_back_the_delete_before_it(
    opened_paths: DataPaths, db: Database
) -> None:
    add_skill(db, validate_skill({"title": "SQL joins", "kind": "technical"}, FIXED_TODAY))
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, _pane):
        said = keep_toasts(app)
        await settle(pilot, 4)
        await pilot.press("d")
        await settle(pilot, 3)
        await pilot.press("y")
        await settle(pilot, 4)
        assert "Deleted “SQL joins”. Press u to undo." in said, said
        await pilot.press("a")
        await settle(pilot, 3)
        assert isinstance(app.screen, FormScreen)
        await fill(pilot, title="Negotiation")
        await pilot.press("ctrl+s")
        await settle(pilot, 4)
        assert not isinstance(app.screen, FormScreen)
        assert said[-1] == "Added: Negotiation. u takes it away.", said
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: “Negotiation” is removed.", said
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Nothing to undo here.", said
        assert focus_problem(app) is None
    assert _titles(opened_paths) == []


async def test_a_suggestion_added_with_shift_a_replaces_the_delete_too(
    opened_paths: DataPaths,
) -> None:
    """The last stranger's walk: `A` (add the suggested soft-skill item) kept the delete held
    before it, and `u` brought back "Telling stories…" as the form's add no longer did."""
    seeded = store_once(opened_paths, seed_backlog)
    async with app_on(opened_paths, "skills", size=(100, 30)) as (app, pilot, pane):
        said = keep_toasts(app)
        await settle(pilot, 4)
        assert pane.select_item(seeded.skills["sql"])
        await settle(pilot, 3)
        await pilot.press("d")
        await settle(pilot, 3)
        await pilot.press("y")
        await settle(pilot, 4)
        assert "Deleted “SQL window functions”. Press u to undo." in said, said
        await pilot.press("A")
        await settle(pilot, 4)
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Taken back: “Tell one teamwork story in…” is removed.", said
        await pilot.press("u")
        await settle(pilot, 4)
        assert said[-1] == "Nothing to undo here.", said
        assert focus_problem(app) is None
    titles = _titles(opened_paths)
    assert "SQL window functions" not in titles
    assert "Tell one teamwork story in every interview" not in titles
