"""A form builds what most showings never draw only when it is needed.

The long walk's memory peaks where it stacks forms and Settings (docs/performance.md,
"Memory: the long walk, walk8's round"): the application form was 136 widgets, 22 of them
hidden message lines and 40 its eight dropdowns' parts, most of them a list that only shows
when opened. A field's message line is now made the first time the field is refused, where
it always sat (under the row, after the help line); a dropdown's closed box is one widget
that draws its label and arrow (turned while open), and its list is made the first time it
opens. The first three tests fail on main 9a62a8b; the last (a click opens a dropdown whose
list is not made yet) guards the way in that has no key.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Region
from textual.widgets import Select, Static
from textual.widgets._select import SelectOverlay

from bounceback_tui.errors import FieldError, ValidationError
from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.form import FormScreen
from tests.ui_harness import app_on, settle


async def _application_form(pilot: Any) -> FormScreen[Any]:
    await pilot.press("a")
    await settle(pilot, 3)  # its later fields are mounted just after its first paint
    screen = pilot.app.screen
    assert isinstance(screen, FormScreen)
    assert screen.query("#row-description")  # every field is built
    return screen


def _first_line(dropdown: Any) -> str:
    """What the closed box of ``dropdown`` shows on its first line."""
    box = dropdown.children[0]
    return box.render_lines(Region(0, 0, box.outer_size.width, 1))[0].text


def _after(widget: Any) -> Any:
    siblings = list(widget.parent.children)
    return siblings[siblings.index(widget) + 1]


async def test_message_lines_are_made_when_a_field_is_first_refused(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _application_form(pilot)
        assert not form.query(".field-error")
        await pilot.press("ctrl+s")  # company and role are required
        await settle(pilot)
        company = form.query_one("#error-company", Static)
        role = form.query_one("#error-role", Static)
        assert company.display and role.display
        assert _after(form.query_one("#row-company")) is company
        assert _after(form.query_one("#row-role")) is role
        assert len(form.query(".field-error")) == 2
        assert app.focused is form.query_one("#field-company")
        assert "2 fields need" in str(form.query_one("#form-message", Static).render())
        await pilot.press(*"Acme")
        await settle(pilot)
        assert not company.display and role.display
        assert "1 field needs" in str(form.query_one("#form-message", Static).render())
        await pilot.press("ctrl+s")  # refused again: the same line shown again, not a second
        await settle(pilot)
        assert len(form.query("#error-role")) == 1 and role.display


async def test_a_message_line_sits_under_the_fields_help(opened_paths: DataPaths) -> None:
    from bounceback_tui.ui.pipeline.dialogs import follow_up_form

    def refuse(values: dict[str, str]) -> None:
        raise ValidationError([FieldError("next_follow_up", "Not a day I know.")])

    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        app.push_screen(follow_up_form("Acme", None, refuse))
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormScreen) and not form.query(".field-error")
        await pilot.press("enter")
        await settle(pilot)
        line = form.query_one("#error-next_follow_up", Static)
        help_line = _after(form.query_one("#row-next_follow_up"))
        assert help_line.has_class("field-help")
        assert _after(help_line) is line and line.display
        assert str(line.render()) == "Not a day I know."


async def test_a_dropdowns_list_is_made_when_it_first_opens(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _application_form(pilot)
        dropdowns = list(form.query(Select))
        assert len(dropdowns) == 8
        for dropdown in dropdowns:  # itself and its box, which draws the label and arrow
            assert len(list(dropdown.walk_children())) == 1
        stage = form.query_one("#field-stage", Select)
        stage.focus()
        await settle(pilot)
        await pilot.press("space")
        await settle(pilot)
        overlay = stage.query_one(SelectOverlay)
        assert stage.expanded and overlay.display and app.focused is overlay
        assert overlay.highlighted == [v for _p, v in stage._options].index(stage.value)
        assert _first_line(stage).split() == ["Applied", "▲"]
        await pilot.press("down", "enter")
        await settle(pilot)
        assert not stage.expanded and app.focused is stage
        assert stage.value == "screening"  # the choice after Applied
        assert _first_line(stage).split() == ["Screening", "▼"]
        await pilot.press("space")  # opened again: the same list, not a second
        await settle(pilot)
        assert len(stage.query(SelectOverlay)) == 1 and stage.expanded
        await pilot.press("escape")
        await settle(pilot)
        assert not stage.expanded and app.focused is stage
        assert isinstance(app.screen, FormScreen)


async def test_a_click_opens_a_dropdown_whose_list_is_not_made_yet(
    opened_paths: DataPaths,
) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        form = await _application_form(pilot)
        stage = form.query_one("#field-stage", Select)
        await pilot.click("#field-stage")
        await settle(pilot, 3)
        overlay = stage.query_one(SelectOverlay)
        assert stage.expanded and overlay.display and app.focused is overlay
