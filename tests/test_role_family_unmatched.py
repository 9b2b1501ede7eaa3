"""A role family the editor is given that no application's role is in is saved, and said.

A tester's walk: in What's working, `e`, "backend enginer = Engineering" (one letter left
out) was saved without a word, and grouped nothing; the chart went on showing "backend
engineer" as it was. The line is kept (a family may be named before its first application),
and a note says it matches no application's role yet, naming the closest family when there
is one.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from bounceback_tui.domain.role_families import (
    families_as_typed,
    families_matching_nothing,
    parse_family_renames,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.insights import role_families_now
from bounceback_tui.store.database import Database
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle_workers, toasts

FAMILIES = {"backend engineer", "data analyst", "machine learning engineer"}


def test_a_family_no_role_is_in_is_named_with_the_closest() -> None:
    renames = {
        "backend enginer": "Engineering",  # a letter left out
        "data analyst": "Data",  # a family there is
        "florist": "Flowers",  # nothing close
    }
    assert families_matching_nothing(renames, FAMILIES) == [
        ("backend enginer", "backend engineer"),
        ("florist", None),
    ]


def test_a_line_saved_before_is_not_said_again() -> None:
    before = {"florist": "Flowers"}
    assert families_matching_nothing({"florist": "Flowers"}, FAMILIES, before) == []
    assert families_matching_nothing({}, FAMILIES) == []


def _insert_apps(path: Path, titles: list[str]) -> None:
    with sqlite3.connect(path) as conn:
        for title in titles:
            conn.execute(
                "INSERT INTO application (company, role, stage, source, date_applied, "
                "created_at, updated_at) VALUES ('Acme', ?, 'applied', 'referral', "
                "'2026-02-02', '2026-02-02 10:00:00', '2026-02-02 10:00:00')",
                (title,),
            )
    conn.close()


async def test_the_editor_saves_it_and_says_it_matches_no_role_yet(
    opened_paths: DataPaths, db: Database
) -> None:
    # A wishlist application (never sent) has a role too.
    _insert_apps(opened_paths.database, ["Senior Backend Engineer", "Data Analyst II"])
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, created_at, updated_at) VALUES "
            "('Initech', 'Florist', 'wishlist', '2026-02-02 10:00:00', '2026-02-02 10:00:00')"
        )
    conn.close()
    async with app_on(opened_paths, "today", size=(100, 30), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        await pilot.press("w")
        await settle_workers(pilot)
        insights = app.screen
        assert isinstance(insights, InsightsScreen)
        await pilot.press("e")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        lines = "backend enginer = Engineering\nflorist = Flowers\nqa lead = QA"
        app.screen.query_one("#field-renames").text = lines
        await pilot.press("ctrl+s")
        await settle_workers(pilot)

        # Saved as typed, not refused.
        assert app.screen is insights
        assert role_families_now(db)[0] == {
            "backend enginer": "Engineering",
            "florist": "Flowers",
            "qa lead": "QA",
        }
        said = "\n".join(toasts(app))
        assert (
            "“backend enginer” matches no application's role yet; the closest family is "
            "“Backend Engineer”." in said  # as What's working spells it
        )
        assert "“qa lead” matches no application's role yet." in said
        assert "florist" not in said  # the wishlist's Florist is in it
        assert focus_problem(app) is None


def test_a_line_is_split_at_its_last_spaced_equals_sign() -> None:
    # A tester's walk: "[b]x[/b] [ [link=x]y 🚀 = Rocket" was split at the "=" in the
    # link, and kept as "b x b link" named "x]y 🚀 = Rocket".
    line = "[b]x[/b] [ [link=x]y 🚀 = Rocket"
    assert parse_family_renames(line) == {"b x b link x y": "Rocket"}
    assert families_as_typed(line) == {"b x b link x y": "[b]x[/b] [ [link=x]y 🚀"}
    # Without spaces around it, the first "=" still divides the line.
    assert parse_family_renames("data analyst=Data") == {"data analyst": "Data"}


async def test_the_note_quotes_the_family_as_typed(opened_paths: DataPaths, db: Database) -> None:
    _insert_apps(opened_paths.database, ["Senior Backend Engineer"])
    async with app_on(opened_paths, "today", size=(100, 30), notifications=True) as (
        app,
        pilot,
        _pane,
    ):
        await pilot.press("w")
        await settle_workers(pilot)
        insights = app.screen
        await pilot.press("e")
        await settle_workers(pilot)
        assert isinstance(app.screen, FormScreen)
        app.screen.query_one("#field-renames").text = "[b]x[/b] [ [link=x]y 🚀 = Rocket"
        await pilot.press("ctrl+s")
        await settle_workers(pilot)

        assert app.screen is insights
        assert role_families_now(db)[0] == {"b x b link x y": "Rocket"}
        said = "\n".join(toasts(app))
        assert "“[b]x[/b] [ [link=x]y 🚀” matches no application's role yet." in said
        assert focus_problem(app) is None
