"""A form whose first field is a text area opens with the cursor after its text, as a form
whose first field is a line does (kit/form.py, ``_open_at_end``).

A stranger's walk (seventeenth round): What's working, `e` (role families) over saved names,
then a letter: "Qbackend engineer = engineering", the name silently no longer matching.
"""

from __future__ import annotations

from textual.widgets import TextArea

from bounceback_tui.paths import DataPaths
from bounceback_tui.services import insights as insights_service
from bounceback_tui.store.database import Database
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on


async def test_the_role_families_editor_opens_after_its_text(
    opened_paths: DataPaths, db: Database
) -> None:
    insights_service.save_role_families(
        db, {"backend engineer": "engineering", "data analyst": "data"}
    )
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        await pilot.press("w")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormScreen)
        area = form.query_one("#field-renames", TextArea)
        assert app.focused is area
        before = area.text
        await pilot.press("Q")
        await pilot.pause()
        assert area.text == before + "Q"
