"""A role family no application is in yet keeps, in the editor, the spelling it was typed in.

The editor showed each family as What's working does, in the words of its first title
(tests/test_role_family_editor_spelling.py); a family no application's role is in yet has
no title, and came back as the lower case it is kept by: "iOS Developer = Mobile", typed
before the first iOS application, read "ios developer = Mobile" on the next `e`. The store
keeps each family as typed now, and the grouping looks it up by its words, case aside; a
store saved before, which knows only the lower case, shows it in Title Case, as What's
working shows a title typed in lower case.
"""

from __future__ import annotations

import sqlite3

from bounceback_tui.domain.role_families import (
    format_family_renames,
    renames_kept,
    renames_to_store,
    role_family,
    spellings_given,
)
from bounceback_tui.paths import DataPaths
from bounceback_tui.services.insights import (
    load_insights,
    role_families_now,
    save_role_families,
)
from bounceback_tui.store.database import Database
from bounceback_tui.ui.insights.screen import InsightsScreen
from bounceback_tui.ui.kit.focus import focus_problem
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle_workers

TYPED = "iOS Developer = Mobile\nMLOps Engineer = Platform"
KEPT = {"ios developer": "Mobile", "mlops engineer": "Platform"}


def _stored(paths: DataPaths) -> str:
    with sqlite3.connect(paths.database) as conn:
        (value,) = conn.execute("SELECT value FROM setting WHERE key = 'role_families'").fetchone()
    conn.close()
    return str(value)


async def _editor_lines(app: object, pilot: object) -> list[str]:
    await pilot.press("e")  # type: ignore[attr-defined]
    await settle_workers(pilot)
    form = app.screen  # type: ignore[attr-defined]
    assert isinstance(form, FormScreen)
    return str(form.query_one("#field-renames").text).splitlines()


async def test_families_typed_before_any_application_come_back_as_typed(
    opened_paths: DataPaths, db: Database
) -> None:
    async with app_on(opened_paths, "today", size=(100, 30)) as (app, pilot, _pane):
        await pilot.press("w")
        await settle_workers(pilot)
        insights = app.screen
        assert isinstance(insights, InsightsScreen)
        await _editor_lines(app, pilot)
        app.screen.query_one("#field-renames").text = TYPED
        await pilot.press("ctrl+s")
        await settle_workers(pilot)
        assert app.screen is insights
        assert await _editor_lines(app, pilot) == [
            "iOS Developer = Mobile",
            "MLOps Engineer = Platform",
        ]
        await pilot.press("escape")
        await settle_workers(pilot)
        assert app.screen is insights
        assert focus_problem(app) is None
    # Kept as typed; looked up by their words, as before.
    assert _stored(opened_paths) == ('{"iOS Developer": "Mobile", "MLOps Engineer": "Platform"}')
    assert role_families_now(db)[0] == KEPT


def test_a_family_kept_as_typed_still_groups_its_applications(
    opened_paths: DataPaths, db: Database
) -> None:
    save_role_families(db, KEPT, expected_version=0, typed={"ios developer": "iOS  Developer"})
    with sqlite3.connect(opened_paths.database) as conn:
        conn.execute(
            "INSERT INTO application (company, role, stage, source, date_applied, "
            "created_at, updated_at) VALUES ('Acme', 'Senior iOS Developer', 'applied', "
            "'referral', '2026-02-02', '2026-02-02 10:00:00', '2026-02-02 10:00:00')"
        )
    conn.close()
    view = load_insights(opened_paths.database)
    (role,) = [c for c in view.comparisons if c.dimension.key == "role"]
    assert [(group.name, group.count) for group in role.groups] == [("Mobile", 1)]


def test_a_store_saved_before_shows_a_family_without_a_title_in_title_case() -> None:
    before = {"data scientist": "Data", "ios developer": "Mobile"}  # as kept until now
    assert spellings_given(before) == {
        "data scientist": "Data Scientist",
        "ios developer": "Ios Developer",
    }
    # A title met in the family spells it, as What's working does.
    text = format_family_renames(before, {"ios developer": "iOS Developer"})
    assert text == "Data Scientist = Data\niOS Developer = Mobile"


def test_what_is_stored_is_read_back_as_the_same_families() -> None:
    typed = {"ios developer": "iOS Developer", "qa": "not this family"}
    stored = renames_to_store({"ios developer": "Mobile", "qa": "QA"}, typed)
    # A spelling that is not of its family is not kept: the family's key is.
    assert stored == {"iOS Developer": "Mobile", "qa": "QA"}
    assert renames_kept(stored) == {"ios developer": "Mobile", "qa": "QA"}
    assert role_family("Senior iOS Developer II", renames_kept(stored)) == "Mobile"
