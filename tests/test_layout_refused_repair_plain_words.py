"""The store-problem screen's Repair it says what went wrong in a person's words; SQLite's own
words are kept on the details line under it.

A store another program changed with an index made from its own function (`zz_fn`, which
only that program knows) was offered Repair it, and `p` answered "That did not work: The
store at … is damaged inside (SQLite's check of the copy says: unknown function: zz_fn()),
so the backup was not kept …": SQLite's words as the reason, and a store called damaged that
was not. The sentence now says what happened and that the store is as it was; SQLite's
words are on a line of their own, "Details: …" (docs/backups.md). (Such an index alone is
no longer taken for damage: tests/test_their_function_index_not_damage.py; here the store
is damaged beside it.)
"""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Button

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.focus import focus_problem
from tests.helpers import file_digest
from tests.test_layout_refused_repair_screen import _older_store, _said, _screen, _settled


def _with_their_function_index(paths: DataPaths) -> None:
    """A store of schema 7 with another program's index on its own function."""
    _older_store(paths)
    conn = sqlite3.connect(paths.database)
    conn.create_function("zz_fn", 1, lambda text: text, deterministic=True)
    conn.execute("CREATE INDEX zz_i ON application(zz_fn(company))")
    conn.commit()
    conn.close()


async def test_a_repair_that_stops_says_so_plainly_with_sqlites_words_apart(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Their index alone is not damage now (tests/test_their_function_index_not_damage.py):
    # the copy kept first fails the check when the store beside it is damaged too.
    from tests.damage_fixtures import damage_tables

    _with_their_function_index(data_paths)
    damage_tables(data_paths.database, "application")
    digest = file_digest(data_paths.database)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        assert app.focused is app.query_one("#repair", Button)
        await pilot.press("p")
        await _settled(pilot)
        said = _said(app, "#problem-result")
        assert said.startswith("That did not work: Repair stopped before changing anything"), said
        assert "It is exactly as it was." in said, said
        for sqlites in ("malformed", "unknown function", "SQLite's check of the copy says"):
            assert sqlites not in said, said
        details = app.query_one("#problem-details")
        assert details.display
        shown = _said(app, "#problem-details")
        assert shown.startswith("Details: ") and "unknown function" not in shown, shown
        assert focus_problem(app) is None
        assert app.query_one("#fresh", Button).display  # still a way on
    assert file_digest(data_paths.database) == digest


async def test_repair_not_offered_says_why_without_sqlites_words(
    data_paths: DataPaths, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A store with another program's column that removing fails on, in SQLite's words ("no
    # such column"), for a reason other than a column made from it: the offer said "(SQLite
    # could not put it right (no such column: zz_x))".
    from bounceback_tui.store import layout_faults

    _older_store(data_paths, "ALTER TABLE application ADD COLUMN zz_x TEXT")

    def fails(conn: sqlite3.Connection) -> list[layout_faults.Fault]:
        raise sqlite3.OperationalError("no such column: zz_x")

    monkeypatch.setattr(layout_faults, "put_right", fails)
    app = _screen(data_paths, monkeypatch)
    async with app.run_test(size=(100, 40)) as pilot:
        await pilot.pause()
        said = _said(app, "#problem-no-repair")
        assert said.startswith("Repair is not offered: it would not put this store right"), said
        assert "no such column" not in said and "SQLite" not in said, said
        assert "something else in the store" in said, said
