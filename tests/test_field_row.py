"""A form field's row draws its label: one widget where a row and a ``Label`` were two.

Opening the application form built 83 widgets, 22 of them the labels beside its fields
(docs/performance.md, "Memory: the application form, mem12's round"). Each row now draws its
label itself, in the cells the ``Label`` had. The first test fails on main 19bf753 (a
``Label`` in every row); the second compares each row, cell for cell and colour for colour,
with a row built as before (a ``Horizontal`` holding a ``.field-label`` ``Label`` and the
field) beside it on the same form: long labels wrapped over several lines beside a one-line
field, a required one, a dropdown, a text area, in a light and a dark theme, 80 and 120 wide.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from textual.containers import Horizontal
from textual.geometry import Region
from textual.widgets import Label

from bounceback_tui.paths import DataPaths
from bounceback_tui.ui.kit.field_row import FieldRow
from bounceback_tui.ui.kit.form import FieldSpec, FormScreen, field_label
from tests.ui_harness import app_on, settle


async def test_the_application_forms_rows_draw_their_labels(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)  # its later fields are mounted just after its first paint
        form = app.screen
        assert isinstance(form, FormScreen) and form.query("#row-description")
        assert not form.query(Label)
        rows = list(form.query(".field-row"))
        assert len(rows) == len(form.fields) == 22
        for row, spec in zip(rows, form.fields, strict=True):
            assert isinstance(row, FieldRow) and row.label == field_label(spec)
            assert [child.id for child in row.children] == [f"field-{spec.name}"]
        assert sum(1 for _ in form.walk_children()) <= 62  # 83 with a Label in each row


FIELDS = (
    FieldSpec("first", "First", placeholder="focused: its cursor blinks, not compared"),
    FieldSpec("long", "A label long enough to wrap over three lines", value="Acme"),
    FieldSpec("required", "Company", placeholder="Who is hiring", required=True),
    FieldSpec("plain", "Posted on", placeholder="The posting's own date"),
    FieldSpec(
        "choice",
        "Pick one of these, please",
        kind="select",
        options=(("One", "1"), ("Two", "2")),
        value="2",
    ),
    FieldSpec("text", "Questions they asked", kind="multiline", value="Why us?\nWhy now?"),
)


def _cells(strips: list[Any], region: Region) -> list[list[tuple[str, object]]]:
    """Each cell of ``region`` on screen: its character and its style."""
    rows = []
    for y in range(region.y, region.bottom):
        line = strips[y].crop(region.x, region.right)
        rows.append([(char, segment.style) for segment in line for char in segment.text])
    return rows


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light"])
@pytest.mark.parametrize("width", [80, 120])
async def test_a_row_draws_what_a_label_beside_its_field_drew(
    opened_paths: DataPaths, theme: str, width: int
) -> None:
    async with app_on(opened_paths, "pipeline", size=(width, 60)) as (app, pilot, _pane):
        app.theme = theme
        form: FormScreen[None] = FormScreen("Rows", FIELDS, lambda values: None)
        app.push_screen(form)
        await settle(pilot)
        before = [
            Horizontal(
                Label(field_label(spec), classes="field-label"),
                form._input(replace(spec, name=f"{spec.name}_before")),
                classes=f"field-row {'field-multiline' if spec.kind == 'multiline' else ''}",
                id=f"before-{spec.name}",
            )
            for spec in FIELDS[1:]
        ]
        await form.query_one(".form-fields").mount_all(before)
        await settle(pilot, 3)
        strips = form._compositor.render_strips()
        for spec in FIELDS[1:]:
            row = form.query_one(f"#row-{spec.name}").region
            old = form.query_one(f"#before-{spec.name}").region
            assert row.size == old.size
            assert row.height == {"long": 3, "choice": 2, "text": 5}.get(spec.name, 1)
            assert _cells(strips, row) == _cells(strips, old), spec.name


async def test_a_rows_label_can_be_selected_with_the_mouse(opened_paths: DataPaths) -> None:
    async with app_on(opened_paths, "pipeline") as (app, pilot, _pane):
        await pilot.press("a")
        await settle(pilot, 3)
        row = app.screen.query_one("#row-role").region
        await pilot.mouse_down(offset=(row.x, row.y))
        await pilot.hover(offset=(row.x + 10, row.y))
        await pilot.mouse_up(offset=(row.x + 10, row.y))
        await settle(pilot)
        assert app.screen.get_selected_text() == "Role *"  # as the Label's words were
