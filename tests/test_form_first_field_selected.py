"""A dialog's first field, filled in by the app, opens selected: what is typed replaces it.

A new user's walk: palette → "Export calendar", typing a path joined it to the default
("There is no folder /root/bounceback-calendar-2026-12-08.ics/tmp/x"). A field reached with
Tab selected its text; the field focused as the dialog opened did not. A form editing a
stored record still opens with the cursor after the record's own text (the first key
replaced an application's company).
"""

from __future__ import annotations

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, SaveGuard
from tests.ui_harness import app_on, settle


async def test_typing_in_the_export_path_replaces_the_default(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.screens.export import open_export

    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        open_export(app, "calendar")
        await settle(pilot)
        assert isinstance(app.screen, FormScreen)
        field = app.screen.query_one("#field-path", Input)
        assert app.focused is field
        assert field.value.endswith(".ics")  # a path is offered
        await pilot.press("slash", "t", "m", "p", "slash", "x")
        await settle(pilot)
        assert field.value == "/tmp/x"


async def test_any_form_with_a_first_value_offered_opens_it_selected(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        fields = [FieldSpec("name", "Name", value="Untitled"), FieldSpec("note", "Note")]
        app.push_screen(FormScreen("New thing", fields, lambda values: values))
        await settle(pilot)
        await pilot.press("M", "i", "n", "e")
        await settle(pilot)
        assert app.screen.query_one("#field-name", Input).value == "Mine"


async def test_a_form_editing_a_record_opens_after_its_text(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "today") as (app, pilot, _pane):
        fields = [FieldSpec("name", "Company", value="Acme")]
        app.push_screen(
            FormScreen("Edit", fields, lambda values: values, guard=SaveGuard(version=3))
        )
        await settle(pilot)
        await pilot.press("space", "C", "o")
        await settle(pilot)
        assert app.screen.query_one("#field-name", Input).value == "Acme Co"
