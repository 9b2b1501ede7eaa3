"""A widget is matched against the stylesheet when it is mounted, not before.

Textual restyles a widget whenever its classes change, mounted or not: a compact field sets
its class as it is made, so every field of a form was styled once alone (no ancestors), its
look kept by the app (``ui/kit/focus_looks.KeptLooks``), then styled again as it was mounted
(docs/performance.md, "Memory: the application form, mem12's round"). Both tests fail on
main 19bf753: the field made and not mounted had its component styles and a kept look, and
each of the application form's one-line fields kept the look it had alone.
"""

from __future__ import annotations

from textual.widgets import Input

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.fields import PlainInput
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle


def _looks(widget: object) -> int:
    kept = vars(widget).get("_kept_looks")
    return len(kept.looks) if kept is not None else 0


async def test_a_field_made_is_styled_as_it_is_mounted(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        field = PlainInput("Acme", compact=True)  # its compact class set as it is made
        field.add_class("later")
        assert field.has_class("-textual-compact", "later")
        assert not field._component_styles and _looks(field) == 0
        twin = PlainInput("Acme", compact=True)
        await app.screen.mount_all([field, twin])
        await settle(pilot)
        assert field.styles.border == twin.styles.border  # compact: no border
        assert (
            set(field._component_styles)
            == set(twin._component_styles)
            == {
                "input--cursor",
                "input--placeholder",
                "input--selection",
                "input--suggestion",
            }
        )


async def test_no_look_is_kept_from_before_a_field_was_mounted(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        form = app.screen
        assert isinstance(form, FormScreen) and form.query("#row-description")
        fields = [field for field in form.query(Input) if field.id != "field-company"]
        assert len(fields) == 11
        # Nothing kept for a state no mounted field is in (main: one each, the field alone
        # before it was mounted); a look is kept when focus first restyles it.
        assert [_looks(field) for field in fields] == [0] * 11
        await pilot.press("tab")
        await settle(pilot)
        assert app.focused is fields[0] and _looks(fields[0]) == 1
