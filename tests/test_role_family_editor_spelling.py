"""The role family editor shows each family as What's working does: as the person typed it.

The twenty-third round left it: What's working showed "iOS Developer" (the words of the
first title met in the family, tests/test_role_family_spelling.py), while its editor (`e`)
listed "ios developer = Mobile", the lower case the grouping is keyed by, under an intro
asking for "a family as shown". A line is read back case aside, so a family shown as typed
is saved under the same key; a family no application's role is in yet has no title to
take its spelling from: it is shown as the person typed it, and, saved by its key alone
(as here, and by a store saved before), in Title Case (tests/test_role_family_typed_spelling.py).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.domain.role_families import format_family_renames, parse_family_renames
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.insights import role_families_now, save_role_families
from bounceback_tui.store.database import Database
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle_workers

RENAMES = {
    "backend engineer": "Engineering",
    "ios developer": "Mobile",
    "qa lead": "QA",  # no application's role is in it yet
}


def _insert_apps(path: Path, titles: list[tuple[str, str]]) -> None:
    with sqlite3.connect(path) as conn:
        for title, day in titles:
            conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES ('Acme', ?, 'applied', 'referral', ?, "
                "'2026-02-02 10:00:00', '2026-02-02 10:00:00')",
                (title, day),
            )
    conn.close()


def test_the_lines_are_written_in_the_spelling_given_and_read_back_as_before() -> None:
    spelt = {"ios developer": "iOS Developer", "backend engineer": "Backend Engineer"}
    text = format_family_renames(RENAMES, spelt)
    assert text == "Backend Engineer = Engineering\niOS Developer = Mobile\nQa Lead = QA"
    assert parse_family_renames(text) == RENAMES


async def test_the_editor_lists_families_as_typed(opened_paths: DataPaths, db: Database) -> None:
    _insert_apps(
        opened_paths.database,
        [
            ("Senior iOS Developer", "2026-02-02"),
            ("ios developer ii", "2026-02-09"),  # the same family, met later
            ("backend engineer", "2026-02-03"),  # typed all in lower case
        ],
    )
    save_role_families(db, RENAMES, expected_version=0)
    async with app_on(opened_paths, "today", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        insights = app.screen
        assert isinstance(insights, InsightsScreen)
        await pilot.press("e")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        box = app.screen.query_one("#field-renames")
        assert box.text.splitlines() == [
            "Backend Engineer = Engineering",
            "iOS Developer = Mobile",
            "Qa Lead = QA",
        ]
        # Saved untouched, the names are kept under the same families.
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert app.screen is insights
        assert role_families_now(db)[0] == RENAMES
        assert focus_problem(app) is None
