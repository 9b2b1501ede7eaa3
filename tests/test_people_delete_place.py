"""After a delete on People, the cursor keeps its place, as on every other pane.

Found walking the app (ux11): deleting the eighth person of eight put the cursor back on
the first, so the detail beside the list showed someone far from where the person was
working (the Pipeline, Skills and Reframe keep the line: the next item takes it, or the one
above when the last went). `u` brings the deleted person back under the cursor.
"""

from __future__ import annotations

from bounceback_tui.domain.people import validate_contact
from bounceback_tui.paths import DataPaths
from bounceback_tui.services import people_edits
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.focus import focus_problem
from tests.conftest import FIXED_TODAY
from tests.ui_harness import app_on, settle

NAMES = ("Ann Abbott", "Ben Brook", "Cal Cole", "Dee Dunn")


def _seed(db: Database) -> dict[str, int]:
    return {
        name: people_edits.add_contact(
            db, validate_contact({"name": name, "kind": "recruiter"}, FIXED_TODAY)
        )
        for name in NAMES
    }


async def test_a_delete_leaves_the_cursor_on_its_line(
    opened_paths: DataPaths, db: Database
) -> None:
    ids = _seed(db)
    async with app_on(opened_paths, "people") as (app, pilot, pane):
        assert pane.select_item(ids["Cal Cole"])
        await pilot.press("d", "y")  # the third of four: the fourth takes its line
        await settle(pilot)
        assert pane.selected is not None and pane.selected.name == "Dee Dunn"
        assert pane.people_list.cursor == 2
        await pilot.press("d", "y")  # now the last: the one above takes the cursor
        await settle(pilot)
        assert pane.selected is not None and pane.selected.name == "Ben Brook"
        assert focus_problem(app) is None
        await pilot.press("u")  # Dee comes back, under the cursor
        await settle(pilot)
        assert pane.selected is not None and pane.selected.name == "Dee Dunn"
